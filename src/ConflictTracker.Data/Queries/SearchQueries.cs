using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

public sealed record ClaimHit(int Id, string Speaker, string Text, ClaimStatus Status, int ReportCount, int IndependentSourceCount, DateTime FirstReportedAt);

/// <summary>Full-text search (SQLite FTS5, best matches first) over reports and claims; any user text is safe.</summary>
public sealed class SearchQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReportSummary>> SearchReportsAsync(string? text, int skip, int take, CancellationToken cancellationToken)
    {
        if (FtsQuery.Escape(text) is not { } match)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Database
            .SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ReportsFts" WHERE "ReportsFts" MATCH {match} ORDER BY rank LIMIT {take} OFFSET {skip}""")
            .ToListAsync(cancellationToken);
        var found = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToSummaries()
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<int> CountReportsAsync(string? text, CancellationToken cancellationToken)
    {
        if (FtsQuery.Escape(text) is not { } match)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database
            .SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ReportsFts" WHERE "ReportsFts" MATCH {match}""")
            .SingleAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClaimHit>> SearchClaimsAsync(string? text, int skip, int take, CancellationToken cancellationToken)
    {
        if (FtsQuery.Escape(text) is not { } match)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Database
            .SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ClaimsFts" WHERE "ClaimsFts" MATCH {match} ORDER BY rank LIMIT {take} OFFSET {skip}""")
            .ToListAsync(cancellationToken);
        var found = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ClaimHit(c.Id, c.Speaker, c.Text, c.Status, c.ReportCount, c.IndependentSourceCount, c.FirstReportedAt))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
