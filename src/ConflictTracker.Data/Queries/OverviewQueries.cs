using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>The Overview page's numbers. Each call opens its own short-lived context.</summary>
public sealed class OverviewQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    public async Task<OverviewCounts> CountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return new OverviewCounts(
            await db.Reports.CountAsync(cancellationToken),
            await db.Stories.CountAsync(cancellationToken),
            await db.Claims.CountAsync(cancellationToken),
            await db.Actors.CountAsync(cancellationToken),
            await db.Locations.CountAsync(cancellationToken),
            await db.IngestionJobs.CountAsync(j => j.Status == IngestionJobStatus.Pending || j.Status == IngestionJobStatus.Running, cancellationToken));
    }
}
