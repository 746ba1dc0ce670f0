using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>The party a messenger quotes or cites is the source: "TASS, quoting the defence ministry, said", "quoted officials as saying".</summary>
internal sealed class CitedSources(ExtractionLexicons lexicons, NounPhrases nounPhrases, DescribedSources described)
{
    /// <summary>"TASS, quoting the defence ministry, said": the party quoted or cited is the source, not the messenger.</summary>
    internal bool TryCitedSource(Document document, Sentence sentence, int comma, AttributionDraft draft, out int subjectStart)
    {
        subjectStart = comma;
        var table = document.ActorTable!;
        for (var q = comma - 1; q > Math.Max(sentence.FirstToken, comma - 10); q--)
        {
            var w = document.TokenText(q);
            if (w is "," or "\"")
            {
                return false;
            }

            if (w is not ("citing" or "quoting") || document.TokenText(q - 1) is not ",")
            {
                continue;
            }

            for (var a = q + 1; a < comma; a++)
            {
                if (table.AtToken(a) is { } cited)
                {
                    draft.Sources.Add(cited);
                    subjectStart = q - 1 > sentence.FirstToken ? nounPhrases.NounPhraseStart(document, sentence, q - 2) : sentence.FirstToken;
                    return true;
                }
            }

            if (lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.TokenText(comma - 1)) && described.TryDescribed(document, sentence, comma - 1, comma - 1, draft, out _))
            {
                subjectStart = q - 1 > sentence.FirstToken ? nounPhrases.NounPhraseStart(document, sentence, q - 2) : sentence.FirstToken;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>"State media quoted Syrian military officials as saying": the quoted party is the source.</summary>
    internal bool QuotedAsSaying(Document document, Sentence sentence, int asToken, AttributionDraft draft, out int subjectStart)
    {
        subjectStart = asToken;
        for (var q = asToken - 1; q >= Math.Max(sentence.FirstToken, asToken - 8); q--)
        {
            if (document.TokenText(q) is "quoted" or "cited" or "quoting" or "citing")
            {
                var last = asToken - 1;
                if (last <= q)
                {
                    return false;
                }

                if (document.ActorTable!.AtToken(last) is { } actor)
                {
                    draft.Sources.Add(actor);
                    return true;
                }

                var head = document.Normalized.Substring(document.Tokens[last].Start, document.Tokens[last].Length);
                return lexicons.DescribedHeads.ContainsKey(head) && described.TryDescribed(document, sentence, last, last, draft, out _);
            }
        }

        return false;
    }
}
