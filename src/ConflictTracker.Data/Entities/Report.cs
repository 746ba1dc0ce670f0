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
    /// <summary>UTC.</summary>
    public DateTime IngestedAt { get; set; }
    /// <summary>SHA-256 of the normalised clean text, hex: the same content is stored once.</summary>
    public required string ContentHash { get; set; }
    /// <summary>SHA-256 of the input file's bytes, hex, when the file held this one report: lets a re-ingest skip parsing.</summary>
    public string? RawHash { get; set; }
    /// <summary>The clean text exactly as extraction saw it; every span (mention, claim) indexes this string.</summary>
    public required string Text { get; set; }
    /// <summary>The file (or feed file plus item) it came from.</summary>
    public string? SourceName { get; set; }
    public ReportFormat Format { get; set; }
    /// <summary>The near-duplicate group: wire copies of one story share it and count as one independent source.</summary>
    public int? StoryId { get; set; }
    public Story? Story { get; set; }
    /// <summary>The earlier report this one was found to copy (Jaccard over word shingles at or above the threshold), if any.</summary>
    public int? NearDuplicateOfId { get; set; }
    /// <summary>
    /// How many mentions and claim occurrences were written with the report in its one transaction. A reader can check
    /// completeness by counting the child rows.
    /// </summary>
    public int MentionCount { get; set; }
    public int ClaimCount { get; set; }

    public List<Mention> Mentions { get; } = [];
    public List<ClaimReport> ClaimReports { get; } = [];
    public RawInput? RawInput { get; set; }
}
