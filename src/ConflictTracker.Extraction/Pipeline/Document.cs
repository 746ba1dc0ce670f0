using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Pipeline;

/// <summary>The working state of one report while the steps annotate it.</summary>
public sealed class Document
{
    public Document(ReportInput input)
    {
        Input = input;
        Text = input.Text;
    }

    public ReportInput Input { get; }
    public string Text { get; }
    public List<Diagnostic> Diagnostics { get; } = [];
    public List<ExtractedLocation> Locations { get; } = [];
    public List<ExtractedActor> Actors { get; } = [];
    public List<ExtractedClaim> Claims { get; } = [];

    public ExtractionResult ToResult() => new()
    {
        Title = Input.Title,
        Published = Input.Published,
        Locations = Locations,
        Actors = Actors,
        Claims = Claims,
        Diagnostics = Diagnostics,
    };
}
