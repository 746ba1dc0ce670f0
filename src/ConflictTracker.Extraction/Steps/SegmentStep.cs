using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Steps;

/// <summary>Tokens, sentences, paragraphs and transcript speaker turns.</summary>
public sealed class SegmentStep : IExtractionStep
{
    public string Name => "Segment";

    public void Run(Document document)
    {
        document.Tokens = Tokenizer.Tokenize(document.Normalized, out var count);
        document.TokenCount = count;
        SentenceSplitter.Split(document.Normalized, document.Tokens, count, document.Sentences, document.Turns);
    }
}
