using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>"Zelensky's claim that ...": a reporting noun owned by its source.</summary>
internal sealed class NominalClaimRule(ExtractionLexicons lexicons, SubjectSources subjects)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>
    /// "Zelensky's claim that Russia had lost 1,000 troops could not be verified": the owner of a reporting noun is the
    /// source, and the that-clause up to the sentence's own main verb is the content.
    /// </summary>
    internal void Apply(Document document, int si, int k, Evidentiality evidentiality)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        var draft = new AttributionDraft();
        if (!subjects.TrySubject(document, sentence, k - 2, draft, out var subjectStart))
        {
            return;
        }

        var first = k + 2;
        var last = sentence.EndToken - 1;
        var ownVerb = false;
        var inChain = false;
        for (var q = first; q < sentence.EndToken; q++)
        {
            var w = document.TokenText(q);
            if (tokens[q].Kind == TokenKind.Punctuation && w is ";" or "?" or "!")
            {
                last = q - 1;
                break;
            }

            var isAux = _words.NominalMainVerbs.ContainsSpan(w) || w is "not" or "been" or "be" or "being" || w.EndsWith("ly", StringComparison.Ordinal);
            var isVerb = isAux || tokens[q].IsWord && tokens[q].IsLower && w.EndsWith("ed", StringComparison.Ordinal);
            if (!ownVerb)
            {
                ownVerb = isVerb;
                inChain = isAux;
                continue;
            }

            // "were harmed": the clause's own verb group runs through its auxiliaries to the first full verb.
            if (inChain && isVerb)
            {
                inChain = isAux;
                continue;
            }

            inChain = false;
            if (_words.NominalMainVerbs.ContainsSpan(w) && q - 1 > first)
            {
                last = q - 1;
                break;
            }
        }

        var end = TrimEnd(document, last);
        var start = tokens[first].Start;
        if (end - start < 3 || WordCount(document, start, end) < 3)
        {
            return;
        }

        draft.SubjectToken = subjectStart;
        draft.Add(document, si, k, new CueDefinition(document.TokenText(k).ToString(), evidentiality, CueKind.Speech), start, end);
    }
}
