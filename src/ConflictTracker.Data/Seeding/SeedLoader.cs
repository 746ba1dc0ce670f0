using ConflictTracker.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConflictTracker.Data.Seeding;

/// <summary>
/// Applies migrations and ingests the seed reports through the same path as any other input, so seeds get their
/// extracted locations, actors and claims. Idempotent: stored content is recognised and skipped.
/// </summary>
public sealed class SeedLoader(
    IDbContextFactory<ConflictTrackerDbContext> contextFactory,
    ReportIngestor ingestor,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    ILogger<SeedLoader> logger)
{
    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        }

        if (!options.Value.Enabled)
        {
            return;
        }

        var folder = options.Value.Folder is { Length: > 0 } configured ? configured : FindSeedFolder(environment.ContentRootPath);
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No seed folder found from {ContentRoot}", environment.ContentRootPath);
            return;
        }

        var summary = await ingestor.IngestPathsAsync([folder], progress: null, cancellationToken);
        logger.LogInformation("Seeded {AddedCount} reports from {SeedFolder} ({Duplicates} already stored, {Rejected} rejected)",
            summary.ReportsAdded, folder, summary.Duplicates, summary.Rejected.Count);
    }

    /// <summary>Walks up from the app's folder so both <c>dotnet run --project src/...</c> and a published app find the repo's seeds.</summary>
    internal static string? FindSeedFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
