using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Queries;

/// <summary>The one ordering and projection every report list on the dashboard shares.</summary>
internal static class ReportQueryExtensions
{
    /// <summary>Newest first by publication, or by ingestion when the source gave no date.</summary>
    public static IOrderedQueryable<Report> NewestFirst(this IQueryable<Report> reports) =>
        reports.OrderByDescending(r => r.PublishedAt ?? r.IngestedAt).ThenByDescending(r => r.Id);

    public static IQueryable<ReportSummary> ToSummaries(this IQueryable<Report> reports) =>
        reports.Select(r => new ReportSummary(r.Id, r.Title, r.Outlet, r.PublishedAt, r.IngestedAt));
}
