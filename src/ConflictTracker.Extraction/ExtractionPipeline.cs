using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Claims;
using ConflictTracker.Extraction.Dates;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Steps;

namespace ConflictTracker.Extraction;

/// <summary>The extraction steps in their one visible order, and the shared extractor built from them.</summary>
public static class ExtractionPipeline
{
    private static readonly Lazy<ReportExtractor> DefaultExtractor = new(() => new ReportExtractor(CreateSteps()));

    /// <summary>One extractor per process: its data files are loaded once, and it is safe to use from many threads.</summary>
    public static IReportExtractor Default => DefaultExtractor.Value;

    public static IReadOnlyList<IExtractionStep> CreateSteps()
    {
        var lexicons = ExtractionLexicons.Default;
        return
        [
            new NormaliseStep(),
            new SegmentStep(),
            new Geography.LocationStep(),
            new ActorRecognitionStep(lexicons),
            new AttributionStep(lexicons),
            new HedgingStep(lexicons),
            new ResolutionStep(lexicons),
            new DateStep(),
        ];
    }
}
