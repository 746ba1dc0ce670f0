using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>The head noun of a described source ("officials", "a spokesman") and the actor type it implies.</summary>
public sealed record DescribedHead(string Word, ActorType Type, bool Plural);
