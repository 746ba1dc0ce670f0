namespace ConflictTracker.Extraction.Model;

/// <summary>One occurrence of an entity: [Start, End) in the report text, as .NET string indices.</summary>
public sealed record Mention(int Start, int End, string Text);
