using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

public sealed record ReportSummary(int Id, string Title, string? Outlet, DateTime? PublishedAt, DateTime IngestedAt);

public sealed record ReportDetail(int Id, string Title, string? Outlet, string? Url, string? Author, DateTime? PublishedAt, DateTime IngestedAt, string Text);

/// <summary>What the dashboard asks about reports; each call opens its own short-lived context.</summary>
public sealed class ReportQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .NewestFirst()
            .Skip(skip).Take(take)
            .ToSummaries()
            .ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.CountAsync(cancellationToken);
    }

    public async Task<ReportDetail?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new ReportDetail(r.Id, r.Title, r.Outlet, r.Url, r.Author, r.PublishedAt, r.IngestedAt, r.Text))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
