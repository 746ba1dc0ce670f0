using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data;

/// <summary>
/// Brings a database to the current schema. A database that another build of ConflictTracker migrated (its history
/// names migrations this build does not have) is refused untouched: applying ours on top would fail half-way on
/// tables that already exist, and the user would see a raw SQLite error instead of what to do.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(ConflictTrackerDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var foreign = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (foreign.Count > 0)
        {
            throw new IncompatibleDatabaseException(
                $"The database ({db.Database.GetConnectionString()}) was written by another version of ConflictTracker " +
                $"(unknown migrations: {string.Join(", ", foreign)}). Nothing in it was changed. Move the file aside or set " +
                "ConnectionStrings__ConflictTracker (CLI: --db) to another file.");
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
