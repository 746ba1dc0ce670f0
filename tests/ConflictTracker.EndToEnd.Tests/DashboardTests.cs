using ConflictTracker.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ConflictTracker.EndToEnd.Tests;

public sealed class DashboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnalystOpensTheSeedReportFromTheReportsPage()
    {
        var page = await fixture.OpenAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bakhmut and Avdiivka (seed report)" }).ClickAsync();

        var text = page.GetByTestId("report-text");
        await Assertions.Expect(text).ToContainTextAsync("Institute for the Study of War");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bakhmut and Avdiivka (seed report)");
    }

    [Fact]
    public async Task DarkModeChoiceSurvivesAReload()
    {
        var page = await fixture.OpenAsync("/");
        var root = page.Locator("#app-root");
        await Assertions.Expect(root).ToHaveAttributeAsync("data-theme", "light");

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark mode" }).ClickAsync();
        await Assertions.Expect(root).ToHaveAttributeAsync("data-theme", "dark");

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-interactive='true']");
        await Assertions.Expect(root).ToHaveAttributeAsync("data-theme", "dark");
    }
}
