using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Steps;

/// <summary>Folds quotes, dashes and invisible characters without changing the text's length.</summary>
public sealed class NormaliseStep : IExtractionStep
{
    public string Name => "Normalise";

    public void Run(Document document) => document.Normalized = TextNormaliser.Normalise(document.Text);
}
