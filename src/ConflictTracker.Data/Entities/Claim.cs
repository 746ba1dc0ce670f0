using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Entities;

/// <summary>
/// A statement attributed to a source, grouped across reports: every report that carries the same statement by the same
/// speaker links to this one claim through <see cref="ClaimReport"/>. Editors review the claim, not each copy.
/// </summary>
public sealed class Claim
{
    public int Id { get; set; }
    /// <summary>The speaker when it is a named actor; null for a described source ("a local official").</summary>
    public int? SpeakerActorId { get; set; }
    public Actor? SpeakerActor { get; set; }
    /// <summary>The source as the first report worded it.</summary>
    public required string Speaker { get; set; }
    /// <summary>Who said it, as matched: <c>actor:ID</c> for a named actor, else <c>text:</c> plus the normalised source.</summary>
    public required string SpeakerKey { get; set; }
    public SourceType SourceType { get; set; }
    public required string Cue { get; set; }
    /// <summary>The verbatim content span of the first report that carried the claim.</summary>
    public required string Text { get; set; }
    /// <summary>The text with case, punctuation and filler words removed: how copies are matched.</summary>
    public required string NormalizedText { get; set; }
    public bool Hedged { get; set; }
    public Evidentiality Evidentiality { get; set; }
    /// <summary>When the claimed event happened or the statement was made, if a report says.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>UTC: the earliest publication (or ingestion) instant of a report carrying the claim.</summary>
    public DateTime FirstReportedAt { get; set; }
    public ClaimStatus Status { get; set; }
    /// <summary>How many reports carry the claim.</summary>
    public int ReportCount { get; set; }
    /// <summary>How many distinct stories carry it: wire copies of one story count once.</summary>
    public int IndependentSourceCount { get; set; }

    public List<ClaimReport> Reports { get; } = [];
    public List<ClaimLocation> Locations { get; } = [];
    public List<ClaimActor> Actors { get; } = [];
    public List<ClaimEdit> Edits { get; } = [];
}
