using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>A known actor from the curated dictionary (<c>Resources/Lexicons/actors.tsv</c>).</summary>
/// <param name="PlaceLike">A seat of government that is also a place ("Kremlin", "White House"): an actor only when it acts.</param>
/// <param name="Aliases">The other names the dictionary knows for it.</param>
/// <param name="NeedsContext">
/// Matched by an alias other conflicts use too ("Rada", "RSF", "MoD"): it stands for this actor only in a report that
/// also names the actor's country.
/// </param>
public sealed record ActorDefinition(string Name, ActorType Type, string? Affiliation, bool PlaceLike = false, IReadOnlyList<string>? Aliases = null, bool NeedsContext = false);
