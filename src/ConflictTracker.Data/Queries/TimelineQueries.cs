using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>Claims and reports by day, newest day first. Each call opens its own short-lived context.</summary>
public sealed class TimelineQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    /// <param name="filter">Actor, location and date range are used; text and status are not.</param>
    /// <param name="maxEach">At most this many claims and this many reports, the newest; older ones are reached by moving <c>To</c> back.</param>
    public async Task<IReadOnlyList<TimelineDay>> GetAsync(ClaimFilter filter, int maxEach, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claims = await ClaimQueries.Apply(db, filter with { Text = null, Status = null })
            .OrderByDescending(c => c.Date ?? DateOnly.FromDateTime(c.FirstReportedAt)).ThenByDescending(c => c.FirstReportedAt).ThenByDescending(c => c.Id)
            .Take(maxEach)
            .Select(ClaimQueries.Projection)
            .ToListAsync(cancellationToken);

        var reports = db.Reports.AsNoTracking();
        if (filter.ActorId is { } actorId)
        {
            reports = reports.Where(r => r.Mentions.Any(m => m.ActorId == actorId));
        }

        if (filter.LocationId is { } locationId)
        {
            reports = reports.Where(r => r.Mentions.Any(m => m.LocationId == locationId));
        }

        if (filter.ReportId is { } reportId)
        {
            reports = reports.Where(r => r.Id == reportId);
        }

        if (filter.From is { } from)
        {
            var fromInstant = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            reports = reports.Where(r => (r.PublishedAt ?? r.IngestedAt) >= fromInstant);
        }

        if (filter.To is { } to)
        {
            var afterInstant = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            reports = reports.Where(r => (r.PublishedAt ?? r.IngestedAt) < afterInstant);
        }

        var reportList = await reports
            .NewestFirst()
            .Take(maxEach)
            .ToSummaries()
            .ToListAsync(cancellationToken);

        return Group(claims, reportList);
    }

    internal static IReadOnlyList<TimelineDay> Group(IReadOnlyList<ClaimSummary> claims, IReadOnlyList<ReportSummary> reports)
    {
        var days = new SortedDictionary<DateOnly, (List<ClaimSummary> Claims, List<ReportSummary> Reports)>(Comparer<DateOnly>.Create((a, b) => b.CompareTo(a)));
        foreach (var claim in claims)
        {
            Day(days, claim.Day).Claims.Add(claim);
        }

        foreach (var report in reports)
        {
            Day(days, DateOnly.FromDateTime(report.PublishedAt ?? report.IngestedAt)).Reports.Add(report);
        }

        var result = new List<TimelineDay>(days.Count);
        foreach (var (day, entries) in days)
        {
            result.Add(new TimelineDay(day, entries.Claims, entries.Reports));
        }

        return result;
    }

    private static (List<ClaimSummary> Claims, List<ReportSummary> Reports) Day(
        SortedDictionary<DateOnly, (List<ClaimSummary> Claims, List<ReportSummary> Reports)> days, DateOnly day)
    {
        if (!days.TryGetValue(day, out var entries))
        {
            entries = ([], []);
            days[day] = entries;
        }

        return entries;
    }
}
