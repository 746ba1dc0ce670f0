using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction;

/// <summary>Runs the extraction steps in their fixed order over one report.</summary>
public sealed class ReportExtractor(IReadOnlyList<IExtractionStep> steps) : IReportExtractor
{
    public ExtractionResult Extract(ReportInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return ExtractionResult.Failed("The report has no text.");
        }

        var document = new Document(input);
        foreach (var step in steps)
        {
            try
            {
                step.Run(document);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A step must not lose what earlier steps found; the failure is reported, not thrown.
                document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"Step {step.Name} failed: {ex.Message}"));
            }
        }

        return document.ToResult();
    }
}
