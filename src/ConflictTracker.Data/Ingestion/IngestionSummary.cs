namespace ConflictTracker.Data.Ingestion;

/// <summary>Totals of one ingestion run, and every rejected file with its reason.</summary>
public sealed record IngestionSummary(
    int Files,
    int ReportsAdded,
    int Duplicates,
    int NearDuplicates,
    IReadOnlyList<FileOutcome> Rejected,
    IReadOnlyList<FileOutcome> WithNotes,
    bool Cancelled,
    TimeSpan Elapsed)
{
    /// <summary>How long the single writer was busy storing and committing; the rest of the run it waited for parsing and extraction.</summary>
    public TimeSpan WriterBusy { get; init; }
}
