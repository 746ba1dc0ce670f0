using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>A known actor from the curated dictionary (<c>Resources/Lexicons/actors.tsv</c>).</summary>
public sealed record ActorDefinition(string Name, ActorType Type, string? Affiliation);
