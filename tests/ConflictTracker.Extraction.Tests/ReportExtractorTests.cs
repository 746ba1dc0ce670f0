using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Tests;

public sealed class ReportExtractorTests
{
    [Fact]
    public void ReportsEmptyTextAsDiagnosticInsteadOfThrowing()
    {
        var result = new ReportExtractor([]).Extract(new ReportInput("   \n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void KeepsEarlierFindingsWhenALaterStepFails()
    {
        var extractor = new ReportExtractor([new AddActorStep(), new ThrowingStep()]);

        var result = extractor.Extract(new ReportInput("Some report text."));

        Assert.Single(result.Actors);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Throwing", StringComparison.Ordinal));
    }

    private sealed class AddActorStep : IExtractionStep
    {
        public string Name => "AddActor";
        public void Run(Document document) => document.Actors.Add(new ExtractedActor { Name = "Someone" });
    }

    private sealed class ThrowingStep : IExtractionStep
    {
        public string Name => "Throwing";
        public void Run(Document document) => throw new InvalidOperationException("boom");
    }
}
