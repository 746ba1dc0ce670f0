using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConflictTracker.Data.Seeding;

/// <summary>Applies migrations and stores every seed report once; a second start adds nothing.</summary>
public sealed class SeedLoader(
    IDbContextFactory<ConflictTrackerDbContext> contextFactory,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    ILogger<SeedLoader> logger)
{
    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
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

        var added = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var parsed = FrontMatter.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            var body = parsed.Body.Trim();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            if (await db.Reports.AnyAsync(r => r.ContentHash == hash, cancellationToken))
            {
                continue;
            }

            db.Reports.Add(new Report
            {
                Title = parsed["Title"] ?? Path.GetFileNameWithoutExtension(file),
                Outlet = parsed["Outlet"],
                Url = parsed["Url"],
                PublishedAt = DateTime.TryParse(parsed["Published"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var published) ? published : null,
                IngestedAt = DateTime.UtcNow,
                ContentHash = hash,
                Text = body,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {AddedCount} reports from {SeedFolder}", added, folder);
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
