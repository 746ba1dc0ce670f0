namespace ConflictTracker.Data.Entities;

/// <summary>
/// One uploaded file waiting for (or done with) ingestion: the persisted queue, so a restart resumes unfinished work.
/// </summary>
public sealed class IngestionJob
{
    public int Id { get; set; }
    /// <summary>Groups the files of one upload.</summary>
    public string? BatchId { get; set; }
    public required string FileName { get; set; }
    /// <summary>The uploaded bytes; cleared once the job is done to keep the database small.</summary>
    public byte[]? Content { get; set; }
    public long Size { get; set; }
    public IngestionJobStatus Status { get; set; }
    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int ReportsAdded { get; set; }
    public int Duplicates { get; set; }
    public int NearDuplicates { get; set; }
    /// <summary>Why the file was rejected or the job failed; null when it went in.</summary>
    public string? Error { get; set; }
}
