namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The writer could not restore the reports of its open batch after one of them failed: reports already counted as
/// stored were not, so the run must stop rather than go on as if they were.
/// </summary>
public sealed class BatchLostException(Exception inner)
    : Exception("The reports written since the last commit could not be written again after a failed report.", inner);
