using System.Net;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests;

public sealed class HostTests(ConflictTrackerAppFactory factory) : IClassFixture<ConflictTrackerAppFactory>
{
    private const string SeedTitle = "Bakhmut and Avdiivka (seed report)";

    [Fact]
    public async Task HealthEndpointReportsHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports")]
    public async Task PageListsTheSeedReport(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains(SeedTitle, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStartDoesNotDuplicateTheSeedReport()
    {
        using var client = factory.CreateClient();
        await factory.Services.MigrateAndSeedAsync(TestContext.Current.CancellationToken);

        var html = await client.GetStringAsync("/reports", TestContext.Current.CancellationToken);

        Assert.Equal(1, CountOccurrences(html, SeedTitle));
    }

    [Fact]
    public async Task UnknownPageShowsNotFound()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
