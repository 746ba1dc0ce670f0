using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>"According to X, ...", "..., according to X.", "where, according to locals, ...", "Based on the report of X, ...".</summary>
internal sealed class AccordingToRule(ExtractionLexicons lexicons, SourceAfterCue sourceAfter)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    internal void Apply(Document document, int si, int k) => Apply(document, si, k, k + 2, "according to");

    /// <summary>"Based on the report of the welfare office, 600 families left": the document's author is the source.</summary>
    internal void ApplyBasedOn(Document document, int si, int k)
    {
        var sentence = document.Sentences[si];
        var p = k + 2;
        if (p < sentence.EndToken && document.TokenText(p) is "the" or "a" or "an")
        {
            p++;
        }

        if (p + 2 < sentence.EndToken && _words.DocumentNouns.ContainsSpan(document.TokenText(p)) && document.TokenText(p + 1) is "of" or "from" or "by")
        {
            Apply(document, si, k, p + 2, "based on");
        }
    }

    private void Apply(Document document, int si, int k, int sourceFirst, string cueText)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        var text = document.Normalized;
        var draft = new AttributionDraft();
        if (!sourceAfter.TrySourceAfter(document, sentence, sourceFirst, draft, out var sourceEnd))
        {
            return;
        }

        // "according to a statement from the ministry": the issuer is the source.
        int start, end;
        var atStart = k == sentence.FirstToken || (k == sentence.FirstToken + 1 && tokens[sentence.FirstToken].Kind == TokenKind.Punctuation);
        var governsRight = !atStart && tokens[k - 1].IsWord && document.TokenText(k - 1) is "where" or "that" or "which" or "and" or "but" or "as";
        if (governsRight && sourceEnd + 3 < sentence.EndToken)
        {
            // "a district where, according to locals, there have been no clashes": the clause after the source.
            var first = sourceEnd;
            while (first < sentence.EndToken && tokens[first].Kind == TokenKind.Punctuation)
            {
                first++;
            }

            if (first >= sentence.EndToken)
            {
                return;
            }

            start = tokens[first].Start;
            end = TrimEnd(document, sentence.EndToken - 1);
        }
        else if (atStart)
        {
            var q = sourceEnd;
            while (q < sentence.EndToken && text[tokens[q].Start] != ',')
            {
                q++;
            }

            if (q + 1 >= sentence.EndToken)
            {
                return;
            }

            start = tokens[q + 1].Start;
            var last = sentence.EndToken - 1;
            while (last > q + 1 && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            end = tokens[last].End;
        }
        else
        {
            var last = k - 1;
            while (last >= sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            if (last < sentence.FirstToken)
            {
                return;
            }

            start = text[tokens[sentence.FirstToken].Start] == '"' ? tokens[sentence.FirstToken].End : sentence.Start;
            end = tokens[last].End;
        }

        if (end - start < 3)
        {
            return;
        }

        draft.SubjectToken = k;
        draft.Add(document, si, k, new CueDefinition(cueText, Evidentiality.Reported, CueKind.Speech), start, end, cueText);
    }
}
