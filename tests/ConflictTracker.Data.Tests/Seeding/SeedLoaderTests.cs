using ConflictTracker.Data.Seeding;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConflictTracker.Data.Tests.Seeding;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly ScriptedExtractor _extractor = new();
    private readonly IngestionHarness _harness;

    public SeedLoaderTests()
    {
        _extractor.Actors.Add(new ExtractedActor { Name = "The army", Type = ActorType.Military });
        _harness = new IngestionHarness(_extractor);
    }

    [Fact]
    public async Task MigratesAnEmptyDatabaseAndStoresEachSeedOnceWithItsExtractedClaims()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_harness.Inputs, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "one.txt"), "Title: Fighting near the dam\nOutlet: Test Wire\nPublished: 2024-05-02\n\nThe army said the dam held.", TestContext.Current.CancellationToken);
        var loader = CreateLoader(seeds);

        await loader.MigrateAndSeedAsync(TestContext.Current.CancellationToken);
        await loader.MigrateAndSeedAsync(TestContext.Current.CancellationToken);

        await using var db = _harness.Db();
        var report = Assert.Single(await db.Reports.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Fighting near the dam", report.Title);
        Assert.Equal("Test Wire", report.Outlet);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        Assert.Equal("The army said the dam held.", report.Text);
        var claim = Assert.Single(await db.Claims.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("the dam held", claim.Text);
    }

    [Fact]
    public void FindsTheRepositorySeedsFolderFromAProjectFolder()
    {
        var found = SeedLoader.FindSeedFolder(AppContext.BaseDirectory);

        Assert.NotNull(found);
        Assert.NotEmpty(Directory.GetFiles(found, "*.txt"));
    }

    private SeedLoader CreateLoader(string seeds) => new(
        _harness.Contexts,
        _harness.CreateIngestor(),
        Options.Create(new SeedOptions { Folder = seeds }),
        new HostingEnvironment { ContentRootPath = _harness.Inputs, EnvironmentName = Environments.Development },
        NullLogger<SeedLoader>.Instance);

    public void Dispose() => _harness.Dispose();
}
