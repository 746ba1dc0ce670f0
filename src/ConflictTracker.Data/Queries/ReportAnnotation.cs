namespace ConflictTracker.Data.Queries;

/// <summary>A span of a report's text, [Start, End), that names a place or an actor or carries a claim.</summary>
/// <param name="TargetId">The location, actor or claim it belongs to.</param>
/// <param name="Label">What to say about the span on hover (the entity's name, or the claim's source and cue).</param>
public sealed record ReportAnnotation(int Start, int End, AnnotationKind Kind, int TargetId, string Label);
