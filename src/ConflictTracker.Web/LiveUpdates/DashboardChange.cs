namespace ConflictTracker.Web.LiveUpdates;

/// <summary>What changed, so a page can ignore news it does not show.</summary>
public sealed record DashboardChange(DashboardChangeKind Kind, int? JobId = null);
