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

    private int AddReport(string title, string? outlet = null, string text = "Body text.")
    {
        using var db = CreateDbContext();
        var report = new Report { Title = title, Outlet = outlet, Text = text, ContentHash = Guid.NewGuid().ToString("N"), IngestedAt = DateTime.UtcNow };
        db.Reports.Add(report);
        db.SaveChanges();
        return report.Id;
    }
}
