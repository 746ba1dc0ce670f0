using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests;

/// <summary>Runs the real pipeline (shared data files) over a short composed text.</summary>
internal static class Extract
{
    public static ExtractionResult From(string text, DateOnly? published = null) =>
        ExtractionPipeline.Default.Extract(new ReportInput(text, published));

    public static ExtractedClaim SingleClaim(string text)
    {
        var result = From(text);
        return Assert.Single(result.Claims);
    }
}
