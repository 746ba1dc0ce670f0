using Bunit;
using ConflictTracker.Data.Entities;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.LiveUpdates;
using ConflictTracker.Web.Tests.Infrastructure;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class ClaimsPageTests : DashboardTestContext
{
    [Fact]
    public void ShowsSourceCueQuoteHedgingCorroborationAndCarryingReports()
    {
        var wire = Data.AddReport("Port shelled overnight", "The governor said the port was shelled overnight.", "Coast Herald", new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        var copy = Data.AddReport("Shelling at the port", "The governor said the port was shelled overnight.", "Daily Wire");
        var governor = Data.AddActor("Regional Governor", ActorType.Person);
        Data.AddClaim("Regional Governor", "said", "the port was shelled overnight", [wire, copy], speakerActor: governor, hedged: true, independentSources: 1);

        var cut = Render<ClaimsPage>();

        cut.WaitForAssertion(() =>
        {
            var claim = cut.Find("[data-testid=claim]");
            Assert.Equal("Regional Governor", claim.QuerySelector($"a[href='actors/{governor.Id}']")!.TextContent);
            Assert.Contains("the port was shelled overnight", claim.QuerySelector(".claim-quote")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("said", claim.QuerySelector(".claim-cue")!.TextContent.Trim());
            Assert.NotNull(claim.QuerySelector("[data-testid=hedged]"));
            Assert.Equal("1 independent source", claim.QuerySelector("[data-testid=independent-sources]")!.TextContent);
            Assert.NotNull(claim.QuerySelector($"a[href='reports/{wire.Id}']"));
            Assert.NotNull(claim.QuerySelector($"a[href='reports/{copy.Id}']"));
        });
    }

    [Fact]
    public void FullTextSearchKeepsOnlyMatchingClaims()
    {
        var report = Data.AddReport("Two statements", "The mayor said water supplies were restored. The army denied losing the bridge.");
        Data.AddClaim("the mayor", "said", "water supplies were restored", [report]);
        Data.AddClaim("the army", "denied", "losing the bridge", [report]);

        NavigateTo("claims?q=bridge");
        var cut = Render<ClaimsPage>();

        cut.WaitForAssertion(() =>
        {
            var claims = cut.FindAll("[data-testid=claim]");
            Assert.Single(claims);
            Assert.Contains("losing the bridge", claims[0].TextContent, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("bridge AND OR NOT (")]
    [InlineData("Speaker: NEAR(a b")]
    [InlineData("*")]
    public void SearchTextWithFullTextSyntaxNeverFails(string text)
    {
        var report = Data.AddReport("Statement", "The army denied losing the bridge.");
        Data.AddClaim("the army", "denied", "losing the bridge", [report]);

        NavigateTo($"claims?q={Uri.EscapeDataString(text)}");
        var cut = Render<ClaimsPage>();

        cut.WaitForAssertion(() => Assert.Contains("claim(s)", cut.Find("[data-testid=claim-count]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void FiltersByStatusAndPlace()
    {
        var report = Data.AddReport("Front", "Officials said the town was retaken. Officials said the hill was lost.");
        var town = Data.AddLocation("Rivertown", "UA", 48.0, 37.0);
        Data.AddClaim("officials", "said", "the town was retaken", [report], about: town, status: ClaimStatus.Verified);
        Data.AddClaim("officials", "said", "the hill was lost", [report], status: ClaimStatus.Verified);
        Data.AddClaim("officials", "said", "the town was retaken again", [report], about: town, status: ClaimStatus.Disputed);

        NavigateTo($"claims?location={town.Id}&status=verified");
        var cut = Render<ClaimsPage>();

        cut.WaitForAssertion(() =>
        {
            var claims = cut.FindAll("[data-testid=claim]");
            Assert.Single(claims);
            Assert.Contains("the town was retaken", claims[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("Place: Rivertown", cut.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void FiltersByDateRange()
    {
        var report = Data.AddReport("Week", "A said one. B said two.");
        Data.AddClaim("A", "said", "one", [report], date: new DateOnly(2026, 1, 5));
        Data.AddClaim("B", "said", "two", [report], date: new DateOnly(2026, 2, 5));

        NavigateTo("claims?from=2026-02-01&to=2026-02-28");
        var cut = Render<ClaimsPage>();

        cut.WaitForAssertion(() => Assert.Equal("B", cut.Find("[data-testid=claim] .mud-typography-subtitle2").TextContent));
    }

    [Fact]
    public async Task ShowsClaimsThatLandWhileThePageIsOpen()
    {
        var cut = Render<ClaimsPage>();
        cut.WaitForAssertion(() => Assert.Contains("No claims match", cut.Markup, StringComparison.Ordinal));

        var report = Data.AddReport("Late news", "The ministry confirmed the convoy arrived.");
        Data.AddClaim("the ministry", "confirmed", "the convoy arrived", [report]);
        await Notifier.NotifyAsync(new DashboardChange(DashboardChangeKind.DataChanged));

        cut.WaitForAssertion(() => Assert.Contains("the convoy arrived", cut.Find("[data-testid=claim]").TextContent, StringComparison.Ordinal));
    }
}
