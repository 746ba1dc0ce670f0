using ConflictTracker.Data.Queries;

namespace ConflictTracker.Web.Annotations;

/// <summary>A run of report text with the same annotations: the place or actor it names and the claim it belongs to, if any.</summary>
public sealed record TextSegment(string Text, ReportAnnotation? Mention, ReportAnnotation? Claim);
