using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Claims;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Pipeline;

/// <summary>The working state of one report while the steps annotate it.</summary>
public sealed class Document
{
    public Document(ReportInput input)
    {
        Input = input;
        Text = input.Text;
        Normalized = input.Text;
    }

    public ReportInput Input { get; }
    public string Text { get; }

    /// <summary>The text with typographic variants folded (same length as <see cref="Text"/>, so offsets agree).</summary>
    public string Normalized { get; set; }

    public Token[] Tokens { get; set; } = [];
    public int TokenCount { get; set; }
    public List<Sentence> Sentences { get; } = [];
    public List<SpeakerTurn> Turns { get; } = [];

    /// <summary>The actors being built; the resolution step turns the emitted ones into <see cref="Actors"/>.</summary>
    public ActorTable? ActorTable { get; set; }
    public List<ClaimDraft> ClaimDrafts { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];
    public List<ExtractedLocation> Locations { get; } = [];
    public List<ExtractedActor> Actors { get; } = [];
    public List<ExtractedClaim> Claims { get; } = [];

    public ReadOnlySpan<char> TokenText(int index) => Normalized.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The index of the sentence holding character <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

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
