using Bunit;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class TimelineAndOverviewTests : DashboardTestContext
{
    [Fact]
    public void TimelineGroupsClaimsAndReportsByDayNewestFirst()
    {
        var monday = Data.AddReport("Monday report", "Officials said the dam held. Officials said the road reopened.", published: new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
        Data.AddClaim("officials", "said", "the dam held", [monday], date: new DateOnly(2026, 3, 1));
        Data.AddClaim("officials", "said", "the road reopened", [monday], date: new DateOnly(2026, 3, 2));

        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() =>
        {
            var days = cut.FindAll("[data-testid=timeline-day]");
            Assert.Equal(["2026-03-02", "2026-03-01"], days.Select(d => d.GetAttribute("data-day")));
            Assert.Contains("the road reopened", days[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("Reports published", days[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("the dam held", days[1].TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Reports published", days[1].TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TimelineFilteredByPlaceShowsOnlyThatPlace()
    {
        var report = Data.AddReport("Front", "Officials said Rivertown was calm. Officials said Hillside burned.", published: new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        var town = Data.AddLocation("Rivertown", "UA", 48.1, 37.7);
        Data.AddClaim("officials", "said", "Rivertown was calm", [report], about: town);
        Data.AddClaim("officials", "said", "Hillside burned", [report]);

        NavigateTo($"timeline?location={town.Id}");
        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() =>
        {
            var claims = cut.FindAll("[data-testid=claim]");
            Assert.Single(claims);
            Assert.Contains("Rivertown was calm", claims[0].TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void OverviewCountsWhatIsStoredAndShowsTheLatestClaims()
    {
        var report = Data.AddReport("Front", "Officials said Rivertown was calm.");
        var town = Data.AddLocation("Rivertown", "UA", 48.1, 37.7);
        Data.AddActor("Officials of Northland", Extraction.Model.ActorType.Government);
        Data.AddClaim("officials", "said", "Rivertown was calm", [report], about: town);

        var cut = Render<OverviewPage>();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("1", cut.Find("[data-testid=count-reports]").TextContent);
            Assert.Equal("1", cut.Find("[data-testid=count-claims]").TextContent);
            Assert.Equal("1", cut.Find("[data-testid=count-actors]").TextContent);
            Assert.Equal("1", cut.Find("[data-testid=count-locations]").TextContent);
            Assert.Contains("Rivertown was calm", cut.Find("[data-testid=claim]").TextContent, StringComparison.Ordinal);
        });
    }
}
