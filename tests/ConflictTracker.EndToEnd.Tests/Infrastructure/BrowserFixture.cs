using Microsoft.Playwright;

namespace ConflictTracker.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One app and one headless Debian Chromium per test class. Playwright's own browser download is never used:
/// the tests drive the system chromium (CHROMIUM_PATH overrides /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own localStorage) on a page that is already interactive.</summary>
    public async Task<IPage> OpenAsync(string path, IBrowserContext? context = null)
    {
        context ??= await Browser.NewContextAsync(new() { BaseURL = App.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-interactive='true']");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
