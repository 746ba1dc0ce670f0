namespace ConflictTracker.Data.Queries;

/// <summary>A report that carries a claim.</summary>
public sealed record ClaimReportLink(int ReportId, string Title, string? Outlet, DateTime? PublishedAt);
