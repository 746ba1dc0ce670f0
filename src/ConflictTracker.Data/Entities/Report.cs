namespace ConflictTracker.Data.Entities;

/// <summary>One ingested news report: its provenance and the clean text exactly as extraction saw it.</summary>
public sealed class Report
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    public string? Language { get; set; }
    /// <summary>UTC; null when the source does not say.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime IngestedAt { get; set; }
    /// <summary>SHA-256 of the clean text, hex: the same content is stored once.</summary>
    public required string ContentHash { get; set; }
    public required string Text { get; set; }
}
