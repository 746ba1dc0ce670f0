namespace ConflictTracker.Data.Ingestion;

/// <summary>The result of ingesting one file, reported once its reports are committed.</summary>
/// <param name="NearDuplicates">New reports stored and linked to an earlier report's story (wire copies).</param>
/// <param name="Reason">Why the file was rejected; null otherwise.</param>
/// <param name="Notes">Anything degraded or skipped along the way (a guessed encoding, empty feed items).</param>
public sealed record FileOutcome(
    string File,
    FileStatus Status,
    int ReportsAdded,
    int Duplicates,
    int NearDuplicates,
    string? Reason,
    IReadOnlyList<string> Notes,
    IReadOnlyList<int> ReportIds);
