using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction;

/// <summary>The extraction steps in their one visible order, and the shared extractor built from them.</summary>
public static class ExtractionPipeline
{
    private static readonly Lazy<ReportExtractor> DefaultExtractor = new(() => new ReportExtractor(CreateSteps()));

    /// <summary>One extractor per process: its data files are loaded once, and it is safe to use from many threads.</summary>
    public static IReportExtractor Default => DefaultExtractor.Value;

    public static IReadOnlyList<IExtractionStep> CreateSteps() => [new Geography.LocationStep()];
}
