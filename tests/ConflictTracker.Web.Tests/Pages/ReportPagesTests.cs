using Bunit;
using ConflictTracker.Data.Entities;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class ReportPagesTests : DashboardTestContext
{
    [Fact]
    public void ReportsPageLinksEachStoredReport()
    {
        var id = AddReport("Drone strike on the port", "Harbour Daily");

        var cut = Render<ReportsPage>();

        cut.WaitForAssertion(() =>
        {
            var link = cut.Find($"a[href='reports/{id}']");
            Assert.Equal("Drone strike on the port", link.TextContent);
            Assert.Contains("Harbour Daily", cut.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReportsPageSearchFindsReportsByTheirText()
    {
        var ferry = AddReport("Ferry resumes", text: "The harbour master said the ferry resumed its crossings.");
        AddReport("Bridge closed", text: "Engineers closed the bridge for repairs.");
        NavigateTo("reports?q=crossings");

        var cut = Render<ReportsPage>();

        cut.WaitForAssertion(() =>
        {
            Assert.Single(cut.FindAll("tbody tr"));
            Assert.Equal("Ferry resumes", cut.Find($"a[href='reports/{ferry}']").TextContent);
        });
    }

    [Fact]
    public void ReportsPageShowsEmptyStateWithoutReports()
    {
        var cut = Render<ReportsPage>();

        cut.WaitForAssertion(() => Assert.Contains("No reports yet", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportPageRendersHostileMarkupAsText()
    {
        var id = AddReport("Hostile", text: "Before <script>alert('x')</script><img src=x onerror=alert(1)> after");

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() =>
        {
            var body = cut.Find("[data-testid=report-text]");
            Assert.Contains("<script>alert('x')</script>", body.TextContent, StringComparison.Ordinal);
            Assert.Empty(body.QuerySelectorAll("script"));
            Assert.Empty(body.QuerySelectorAll("img"));
        });
    }

    [Fact]
    public void ReportPageLinksMentionsAndMarksClaimsInTheText()
    {
        var report = Data.AddReport("Front", "Governor Ana Kova said Rivertown was shelled at dawn.");
        var town = Data.AddLocation("Rivertown", "UA", 48.1, 37.7);
        var kova = Data.AddActor("Ana Kova", Extraction.Model.ActorType.Person);
        Data.Mention(report, "Rivertown", location: town);
        Data.Mention(report, "Ana Kova", actor: kova);
        var claim = Data.AddClaim("Ana Kova", "said", "Rivertown was shelled at dawn", [report], speakerActor: kova);

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, report.Id));

        cut.WaitForAssertion(() =>
        {
            var body = cut.Find("[data-testid=report-text]");
            Assert.Equal("Governor Ana Kova said Rivertown was shelled at dawn.", body.TextContent);
            Assert.Equal("Rivertown", body.QuerySelector($"a.ann-location[href='locations/{town.Id}']")!.TextContent);
            Assert.Equal("Ana Kova", body.QuerySelector($"a.ann-actor[href='actors/{kova.Id}']")!.TextContent);
            Assert.Equal("Rivertown was shelled at dawn", string.Concat(body.QuerySelectorAll($".ann-claim[data-claim-id='{claim.Id}']").Select(e => e.TextContent)));
        });
    }

    [Fact]
    public void HostileMarkupInsideAnnotatedTextStaysText()
    {
        var report = Data.AddReport("Hostile", "The <b onmouseover=alert(1)>spokesman</b> said <script>alert('x')</script> happened.");
        var actor = Data.AddActor("spokesman", Extraction.Model.ActorType.Person);
        Data.Mention(report, "<b onmouseover=alert(1)>spokesman</b>", actor: actor);
        Data.AddClaim("spokesman", "said", "<script>alert('x')</script> happened", [report]);

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, report.Id));

        cut.WaitForAssertion(() =>
        {
            var body = cut.Find("[data-testid=report-text]");
            Assert.Equal(report.Text, body.TextContent);
            Assert.Empty(body.QuerySelectorAll("script, b, [onmouseover]"));
            Assert.NotNull(body.QuerySelector(".ann-claim"));
        });
    }

    private int AddReport(string title, string? outlet = null, string text = "Body text.")
    {
        using var db = CreateDbContext();
        var report = new Report { Title = title, Outlet = outlet, Text = text, ContentHash = Guid.NewGuid().ToString("N"), IngestedAt = DateTime.UtcNow };
        db.Reports.Add(report);
        db.SaveChanges();
        return report.Id;
    }
}
