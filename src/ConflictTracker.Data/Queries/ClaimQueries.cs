using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>The sourced-claims view: filtered, paged, newest first. Each call opens its own short-lived context.</summary>
public sealed class ClaimQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    /// <summary>Reports listed per claim; a wire story on fifty sites should not print fifty links.</summary>
    public const int ReportsPerClaim = 10;

    public async Task<PagedResult<ClaimSummary>> ListAsync(ClaimFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Apply(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var page = await query
            .OrderByDescending(c => c.FirstReportedAt).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Select(Projection)
            .ToListAsync(cancellationToken);
        return new PagedResult<ClaimSummary>(page, total);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Claims.CountAsync(cancellationToken);
    }

    internal static IQueryable<Claim> Apply(ConflictTrackerDbContext db, ClaimFilter filter)
    {
        IQueryable<Claim> query = db.Claims.AsNoTracking();
        if (FtsQuery.Escape(filter.Text) is { } match)
        {
            query = db.Claims.FromSqlInterpolated(
                $"""SELECT * FROM "Claims" WHERE "Id" IN (SELECT rowid FROM "ClaimsFts" WHERE "ClaimsFts" MATCH {match})""").AsNoTracking();
        }

        if (filter.ActorId is { } actorId)
        {
            query = query.Where(c => c.SpeakerActorId == actorId || c.Actors.Any(a => a.ActorId == actorId));
        }

        if (filter.LocationId is { } locationId)
        {
            query = query.Where(c => c.Locations.Any(l => l.LocationId == locationId));
        }

        if (filter.ReportId is { } reportId)
        {
            query = query.Where(c => c.Reports.Any(r => r.ReportId == reportId));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.From is { } from)
        {
            var fromInstant = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.Date != null ? c.Date >= from : c.FirstReportedAt >= fromInstant);
        }

        if (filter.To is { } to)
        {
            var afterInstant = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.Date != null ? c.Date <= to : c.FirstReportedAt < afterInstant);
        }

        return query;
    }

    internal static readonly System.Linq.Expressions.Expression<Func<Claim, ClaimSummary>> Projection = c => new ClaimSummary(
        c.Id,
        c.Speaker,
        c.SpeakerActorId,
        c.SourceType,
        c.Cue,
        c.Text,
        c.Hedged,
        c.Evidentiality,
        c.Status,
        c.Date,
        c.FirstReportedAt,
        c.ReportCount,
        c.IndependentSourceCount,
        c.Reports
            .OrderBy(r => r.Report!.PublishedAt ?? r.Report.IngestedAt)
            .Take(ReportsPerClaim)
            .Select(r => new ClaimReportLink(r.ReportId, r.Report!.Title, r.Report.Outlet, r.Report.PublishedAt))
            .ToList());
}
