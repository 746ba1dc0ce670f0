using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction;

/// <summary>Turns one report's text into locations, actors and claims. Thread-safe; never throws on odd text.</summary>
public interface IReportExtractor
{
    ExtractionResult Extract(ReportInput input);
}
