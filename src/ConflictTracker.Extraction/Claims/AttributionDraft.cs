using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>The source of a statement as a rule finds it, before the content is known and the claim is added.</summary>
internal sealed class AttributionDraft
{
    public List<ActorRecord> Sources { get; } = [];
    public string? Reference { get; set; }
    public int ReferenceToken { get; set; } = -1;
    public int SourceAfterEnd { get; set; }
    public bool ContinuesPrevious { get; set; }
    public int FallbackFirst { get; set; } = -1;
    public int FallbackEnd { get; set; } = -1;
    public bool FallbackPerson { get; set; }
    public int SubjectToken { get; set; } = -1;

    /// <summary>
    /// The source is a role or noun that points back to an actor named earlier ("the ministry", "the governor");
    /// when none is found, the words from <paramref name="first"/> to <paramref name="end"/> stand for it.
    /// </summary>
    public void PointBack(string reference, int token, int first, int end, bool person = false)
    {
        Reference = reference;
        ReferenceToken = token;
        FallbackFirst = first;
        FallbackEnd = end;
        FallbackPerson = person;
    }

    /// <summary>Always true, so a source can be added inside a condition.</summary>
    public bool AddSource(ActorRecord actor)
    {
        Sources.Add(actor);
        return true;
    }

    /// <summary>The same speaker as an earlier claim ("said A, adding that B").</summary>
    public void CopySource(ClaimDraft from)
    {
        Sources.AddRange(from.Sources);
        Reference = from.Reference;
        ReferenceToken = from.ReferenceToken;
    }

    /// <summary>"said A, and that B": a that-clause set off by a comma is its own statement.</summary>
    public void AddSplitAtThat(Document document, int si, int k, CueDefinition cue, int start, int end)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[si];
        for (var q = k + 2; q + 1 < sentence.EndToken && tokens[q].Start < end; q++)
        {
            // Only after a comma: "said A and that B" usually reads as one statement with two parts.
            if (tokens[q].Start <= start || document.TokenText(q) is not "and" || document.TokenText(q + 1) is not "that" || document.TokenText(q - 1) is not "," ||
                q + 2 >= sentence.EndToken || !tokens[q + 2].IsWord && document.TokenText(q + 2) is not "\"")
            {
                continue;
            }

            var last = q - 1;
            while (last > k && tokens[last].Kind == TokenKind.Punctuation && document.Normalized[tokens[last].Start] is ',' or ';')
            {
                last--;
            }

            if (last <= k || tokens[last].End <= start || WordCount(document, start, tokens[last].End) < 3)
            {
                break;
            }

            var secondStart = tokens[q + 2].Start;
            if (WordCount(document, secondStart, end) < 3)
            {
                break;
            }

            Add(document, si, k, cue, start, tokens[last].End);
            Add(document, si, k, cue, secondStart, end);
            return;
        }

        Add(document, si, k, cue, start, end);
    }

    /// <summary>Adds the claim with this source, its cue at token <paramref name="k"/> and its content [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Add(Document document, int si, int k, CueDefinition cue, int start, int end, string? cueText = null)
    {
        var claim = new ClaimDraft
        {
            Cue = cueText ?? document.Text.Substring(document.Tokens[k].Start, document.Tokens[k].Length),
            CueToken = k,
            Evidentiality = cue.Evidentiality,
            Start = start,
            End = end,
            Sentence = si,
            Reference = Reference,
            ReferenceToken = ReferenceToken,
            FallbackFirst = FallbackFirst,
            FallbackEnd = FallbackEnd,
            FallbackPerson = FallbackPerson,
            AttributionStart = SubjectToken >= 0 && SubjectToken < document.TokenCount ? document.Tokens[SubjectToken].Start : -1,
        };
        claim.Sources.AddRange(Sources);
        document.ClaimDrafts.Add(claim);
    }
}
