using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Entities;

/// <summary>One real actor (person, state, force, group, organisation) across all reports; its names accumulate as aliases.</summary>
public sealed class Actor
{
    public int Id { get; set; }
    /// <summary>The name to show: the first full name seen.</summary>
    public required string Name { get; set; }
    /// <summary>Lower-case, diacritics and punctuation removed: how names are matched.</summary>
    public required string NormalizedName { get; set; }
    public ActorType Type { get; set; }
    public string? Affiliation { get; set; }
    public List<ActorAlias> Aliases { get; } = [];
    public List<Mention> Mentions { get; } = [];
}
