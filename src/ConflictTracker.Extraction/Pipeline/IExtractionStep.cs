namespace ConflictTracker.Extraction.Pipeline;

/// <summary>One stage of extraction. It annotates the document in place and records diagnostics instead of throwing.</summary>
public interface IExtractionStep
{
    string Name { get; }
    void Run(Document document);
}
