namespace ConflictTracker.Data.Queries;

/// <summary>One day of the timeline: the claims about it and the reports published on it.</summary>
public sealed record TimelineDay(DateOnly Day, IReadOnlyList<ClaimSummary> Claims, IReadOnlyList<ReportSummary> Reports);
