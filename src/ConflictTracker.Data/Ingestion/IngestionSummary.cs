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
    TimeSpan Elapsed);
