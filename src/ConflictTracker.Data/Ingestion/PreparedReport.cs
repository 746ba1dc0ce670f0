using ConflictTracker.Data.Ingestion.Similarity;
using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Ingestion;

/// <summary>A report ready to write: clean text, hashes, similarity bands and validated extraction, all computed off the writer thread.</summary>
internal sealed record PreparedReport
{
    public required ParsedReport Parsed { get; init; }
    public required string CleanText { get; init; }
    public required string ContentHash { get; init; }
    public string? RawHash { get; init; }
    public required string Title { get; init; }
    public DateTime? PublishedAt { get; init; }
    public required long[] Bands { get; init; }
    public required ExtractionResult Extraction { get; init; }
    public required IReadOnlyList<PreparedClaim> Claims { get; init; }
    public required int MentionCount { get; init; }
}

internal sealed record PreparedClaim(ExtractedClaim Claim, string Text, string NormalizedText, ClaimWords Words, long[] Bands);
