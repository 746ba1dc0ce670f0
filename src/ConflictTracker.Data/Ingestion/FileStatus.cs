namespace ConflictTracker.Data.Ingestion;

/// <summary>What happened to one input file.</summary>
public enum FileStatus
{
    /// <summary>At least one new report was stored.</summary>
    Ingested,
    /// <summary>Everything in it was already stored.</summary>
    Duplicate,
    /// <summary>Nothing could be stored; <see cref="FileOutcome.Reason"/> says why.</summary>
    Rejected,
}
