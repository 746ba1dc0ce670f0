namespace ConflictTracker.Extraction.Model;

/// <summary>The clean text of one report plus what is known about it before extraction.</summary>
/// <param name="Published">Anchors relative dates ("on Saturday", "last week").</param>
public sealed record ReportInput(string Text, DateOnly? Published = null, string? Title = null);
