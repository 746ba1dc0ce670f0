using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Quotes that carry on a speaker's statement without a cue of their own: later quotes in the paragraph, quoted paragraphs after "X said:".</summary>
internal static class QuoteContinuation
{
    /// <summary>A quoted sentence with no cue continues the last speaker quoted in the same paragraph.</summary>
    internal static void OrphanQuote(Document document, int si)
    {
        var sentence = document.Sentences[si];
        if (document.ClaimDrafts.Count == 0 || document.Normalized[sentence.Start] != '"')
        {
            return;
        }

        var previous = document.ClaimDrafts[^1];
        if (document.Sentences[previous.Sentence].Paragraph != sentence.Paragraph || previous.End > sentence.Start)
        {
            return;
        }

        var close = FindClosingQuote(document, sentence.FirstToken + 1, sentence.Paragraph);
        var last = close > sentence.FirstToken + 1 ? close - 1 : sentence.EndToken - 1;
        var end = TrimEnd(document, last);
        var start = document.Tokens[sentence.FirstToken + 1 < document.TokenCount ? sentence.FirstToken + 1 : sentence.FirstToken].Start;
        if (end - start < 3)
        {
            return;
        }

        var draft = new ClaimDraft
        {
            Cue = previous.Cue,
            CueToken = previous.CueToken,
            Evidentiality = previous.Evidentiality,
            Start = start,
            End = end,
            Sentence = si,
            Reference = previous.Reference,
            ReferenceToken = previous.ReferenceToken,
        };
        draft.Sources.AddRange(previous.Sources);
        document.ClaimDrafts.Add(draft);
    }

    /// <summary>"Foreign Secretary X said:" at the end of a paragraph, followed by paragraphs that are quotes.</summary>
    internal static bool ColonIntroducesQuotes(Document document, Sentence sentence, int k, AttributionDraft draft)
    {
        if (draft.Sources.Count == 0 && draft.Reference is null)
        {
            return false;
        }

        var last = sentence.EndToken - 1;
        if (document.TokenText(last) is not ":" || last > k + 6)
        {
            return false;
        }

        return last + 1 < document.TokenCount && document.Tokens[last + 1].NewlinesBefore > 0 && document.TokenText(last + 1) is "\"";
    }

    internal static void QuotedParagraphs(Document document, int si, int k, CueDefinition cue, AttributionDraft draft)
    {
        var paragraph = -1;
        for (var s = si + 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Paragraph == paragraph)
            {
                continue;
            }

            if (document.Normalized[sentence.Start] != '"')
            {
                break;
            }

            paragraph = sentence.Paragraph;
            var end = s;
            while (end + 1 < document.Sentences.Count && document.Sentences[end + 1].Paragraph == paragraph)
            {
                end++;
            }

            var close = FindClosingQuote(document, sentence.FirstToken + 1, paragraph);
            var lastToken = close > sentence.FirstToken ? close - 1 : document.Sentences[end].EndToken - 1;
            var stop = TrimEnd(document, lastToken);
            var start = document.Tokens[sentence.FirstToken + 1].Start;
            if (stop - start >= 3)
            {
                draft.Add(document, s, k, cue, start, stop);
            }
        }
    }
}
