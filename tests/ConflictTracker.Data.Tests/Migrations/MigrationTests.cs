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

    public void Dispose() => _database.Dispose();
}
