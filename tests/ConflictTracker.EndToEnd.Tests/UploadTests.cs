using System.Text;
using ConflictTracker.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ConflictTracker.EndToEnd.Tests;

public sealed class UploadTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task UploadedReportAppearsInAnOpenReportsListWithoutAReload()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl });
        var reports = await fixture.OpenAsync("/reports", context);
        var upload = await fixture.OpenAsync("/upload", context);
        var title = $"Harbour cranes idle after strike {Guid.NewGuid():N}";

        await UploadAsync(upload, "harbour.txt", $"Title: {title}\nOutlet: Test Wire\n\nThe port authority said the cranes stopped after the strike on the harbour.");

        await Assertions.Expect(upload.Locator("[data-testid=upload-jobs] tbody tr", new() { HasText = "harbour.txt" }).Locator("[data-outcome]"))
            .ToHaveAttributeAsync("data-outcome", "ingested", new() { Timeout = 30_000 });
        await Assertions.Expect(reports.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task HostileMarkupInAnUploadedReportNeverRuns()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl });
        var upload = await fixture.OpenAsync("/upload", context);
        var dialogs = 0;
        context.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var marker = Guid.NewGuid().ToString("N");
        var body = $"""
            Title: Hostile {marker} <img src=x onerror="alert('title')">

            The spokesman said <script>alert('body')</script> the town was <img src=x onerror="alert('img')"> quiet.
            Officials said <b onmouseover="alert('hover')">nothing</b> happened in <iframe src="javascript:alert('frame')"></iframe> the night.
            """;

        await UploadAsync(upload, "hostile.txt", body);
        var row = upload.Locator("[data-testid=upload-jobs] tbody tr", new() { HasText = "hostile.txt" });
        await Assertions.Expect(row.Locator("[data-outcome]")).ToHaveAttributeAsync("data-outcome", "ingested", new() { Timeout = 30_000 });

        var reports = await fixture.OpenAsync("/reports", context);
        await reports.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex($"Hostile {marker}") }).ClickAsync();
        var text = reports.GetByTestId("report-text");
        await Assertions.Expect(text).ToContainTextAsync("<script>alert('body')</script>");
        await text.HoverAsync();
        await reports.WaitForTimeoutAsync(500);

        Assert.Equal(0, dialogs);
        Assert.Equal(0, await reports.Locator(".mud-main-content script, .mud-main-content img[src=x], .mud-main-content iframe, .mud-main-content [onerror], .mud-main-content [onmouseover]").CountAsync());
        await Assertions.Expect(reports.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("<img src=x");
    }

    private static async Task UploadAsync(IPage page, string name, string content) =>
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(content),
        });
}
