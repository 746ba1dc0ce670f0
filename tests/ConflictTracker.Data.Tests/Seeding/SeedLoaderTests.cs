using ConflictTracker.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using ConflictTracker.Tests.Infrastructure;

namespace ConflictTracker.Data.Tests.Seeding;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task MigratesAnEmptyDatabaseAndStoresEachSeedOnce()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_database.Folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "one.txt"), "Title: Fighting near the dam\nOutlet: Test Wire\nPublished: 2024-05-02\n\nThe army said the dam held.", TestContext.Current.CancellationToken);
        var loader = CreateLoader(seeds);

        await loader.MigrateAndSeedAsync(TestContext.Current.CancellationToken);
        await loader.MigrateAndSeedAsync(TestContext.Current.CancellationToken);

        await using var db = _database.CreateDbContext();
        var report = Assert.Single(await db.Reports.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Fighting near the dam", report.Title);
        Assert.Equal("Test Wire", report.Outlet);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        Assert.Equal("The army said the dam held.", report.Text);
    }

    [Fact]
    public void FindsTheRepositorySeedsFolderFromAProjectFolder()
    {
        var found = SeedLoader.FindSeedFolder(AppContext.BaseDirectory);

        Assert.NotNull(found);
        Assert.NotEmpty(Directory.GetFiles(found, "*.txt"));
    }

    private SeedLoader CreateLoader(string seeds) => new(
        _database,
        Options.Create(new SeedOptions { Folder = seeds }),
        new HostingEnvironment { ContentRootPath = _database.Folder, EnvironmentName = Environments.Development },
        NullLogger<SeedLoader>.Instance);

    public void Dispose() => _database.Dispose();
}
