namespace ConflictTracker.Data.Ingestion;

/// <summary>One input after the parallel stage: its new reports to write, or why it was refused.</summary>
internal sealed record PreparedFile(
    string File,
    IReadOnlyList<PreparedReport> Reports,
    int Duplicates,
    string? Rejection,
    IReadOnlyList<string> Notes);
