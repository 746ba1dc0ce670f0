namespace ConflictTracker.Extraction.Model;

/// <summary>A distinct agent in a report (person, state, force, group, organisation), with its aliases and mentions.</summary>
public sealed record ExtractedActor
{
    public required string Name { get; init; }
    public ActorType Type { get; init; }
    /// <summary>A country or group name the actor belongs to, or null.</summary>
    public string? Affiliation { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}

public enum ActorType { Person, State, Government, Military, ArmedGroup, InternationalOrg, Organization, Media }
