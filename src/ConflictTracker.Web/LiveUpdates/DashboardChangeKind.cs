namespace ConflictTracker.Web.LiveUpdates;

public enum DashboardChangeKind
{
    /// <summary>New reports (with their places, actors and claims) were stored.</summary>
    DataChanged,

    /// <summary>An upload job was queued, started or finished.</summary>
    JobChanged,
}
