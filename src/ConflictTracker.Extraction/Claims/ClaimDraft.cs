using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Claims;

/// <summary>A claim found by attribution, before its source is resolved to an actor and its hedging and date are known.</summary>
public sealed class ClaimDraft
{
    /// <summary>Sources already known (one per actor for joint statements).</summary>
    public List<Actors.ActorRecord> Sources { get; } = [];
    /// <summary>A pronoun or a definite role ("he", "the spokesman") still to be resolved, with its token.</summary>
    public string? Reference { get; set; }
    public int ReferenceToken { get; set; } = -1;
    public required string Cue { get; init; }
    public int CueToken { get; init; }
    public Evidentiality Evidentiality { get; init; }
    public int Start { get; set; }
    public int End { get; set; }
    public int Sentence { get; init; }
    public bool Hedged { get; set; }
    public bool FromTurn { get; init; }
    /// <summary>Where the attribution ("the junta says") starts in the text, or -1 when the cue has no subject phrase.</summary>
    public int AttributionStart { get; init; } = -1;
    /// <summary>The described phrase to fall back on when a role reference ("the military") finds no earlier actor.</summary>
    public int FallbackFirst { get; init; } = -1;
    public int FallbackEnd { get; init; } = -1;
    /// <summary>The fallback phrase names a role held by one person ("the regional governor"), not a body.</summary>
    public bool FallbackPerson { get; init; }
}
