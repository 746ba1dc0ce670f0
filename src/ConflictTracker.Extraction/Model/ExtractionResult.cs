namespace ConflictTracker.Extraction.Model;

/// <summary>Everything extracted from one report. Offsets index the text exactly as it was given to the extractor.</summary>
public sealed record ExtractionResult
{
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public IReadOnlyList<ExtractedLocation> Locations { get; init; } = [];
    public IReadOnlyList<ExtractedActor> Actors { get; init; } = [];
    public IReadOnlyList<ExtractedClaim> Claims { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public static ExtractionResult Failed(string message) =>
        new() { Diagnostics = [new Diagnostic(DiagnosticSeverity.Error, message)] };
}
