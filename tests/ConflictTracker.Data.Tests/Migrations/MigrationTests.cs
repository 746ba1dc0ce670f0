using ConflictTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Tests.Migrations;

public sealed class MigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task MigratesAnEmptyDatabaseToTheCurrentModel()
    {
        await using var db = _database.CreateDbContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Claims.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.IngestionJobs.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RefusesADatabaseAnotherVersionMigratedAndLeavesItUntouched()
    {
        await using (var db = _database.CreateDbContext())
        {
            await DatabaseMigrator.MigrateAsync(db, TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('20990101000000_FromTheFuture', '99.0')""",
                TestContext.Current.CancellationToken);
        }

        await using var again = _database.CreateDbContext();
        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(() => DatabaseMigrator.MigrateAsync(again, TestContext.Current.CancellationToken));

        Assert.Contains("20990101000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__ConflictTracker", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await again.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => _database.Dispose();
}
