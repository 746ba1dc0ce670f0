namespace ConflictTracker.Extraction.Model;

/// <summary>A statement attributed to a source; [Start, End) is the verbatim content span in the report.</summary>
public sealed record ExtractedClaim
{
    public required string Source { get; init; }
    public SourceType SourceType { get; init; }
    public required string Cue { get; init; }
    public required string Text { get; init; }
    public bool Hedged { get; init; }
    public Evidentiality Evidentiality { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string Sentence { get; init; } = "";
    /// <summary>When the claimed event happened or the statement was made, if the text says.</summary>
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Locations { get; init; } = [];
    public IReadOnlyList<string> Actors { get; init; } = [];
}

/// <summary>The kind of actor a claim's source is; mirrors <see cref="ActorType"/> for named sources.</summary>
public enum SourceType { Person, State, Government, Military, ArmedGroup, InternationalOrg, Organization, Media, Described }

public enum Evidentiality { Stated, Claimed, Reported, Assessed, Denied, Confirmed }
