using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>One report read from an input, before normalisation and extraction.</summary>
public sealed record ParsedReport
{
    public required string Body { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    /// <summary>UTC.</summary>
    public DateTime? PublishedAt { get; init; }
    public ReportFormat Format { get; init; }
    public required string SourceName { get; init; }
    /// <summary>The input this report was read from: the whole file, or one feed item's XML.</summary>
    public required byte[] Raw { get; init; }
}
