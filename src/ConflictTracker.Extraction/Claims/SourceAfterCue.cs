using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>A source named right after its cue: "said Serhii Popko", "said the official", "according to officials and residents".</summary>
internal sealed class SourceAfterCue(ExtractionLexicons lexicons, DescribedSources described)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>A source named right after the cue: "said Serhii Popko", "said the official", "said a spokesman for the army".</summary>
    internal bool TrySourceAfter(Document document, Sentence sentence, int k, AttributionDraft draft, out int end, bool afterCue = false)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        end = k;
        var p = k;
        while (p < sentence.EndToken && tokens[p].IsWord && _words.Determiners.ContainsSpan(document.Normalized.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            p++;
        }

        if (p >= sentence.EndToken)
        {
            return false;
        }

        // "said Dr. Layla Haddad": a title the recogniser left out of the name.
        var titled = p;
        while (titled < Math.Min(sentence.EndToken - 1, p + 4) && table.AtToken(titled) is null &&
               (document.Tokens[titled].IsWord && document.Tokens[titled].IsCapitalised || document.TokenText(titled) is "."))
        {
            titled++;
        }

        if (titled > p && table.AtToken(titled) is { Type: ActorType.Person })
        {
            p = titled;
        }

        var actor = table.AtToken(p);
        if (actor is not null)
        {
            draft.Sources.Add(actor);
            var q = p;
            while (q < sentence.EndToken && table.AtToken(q) == actor)
            {
                q++;
            }

            // "said Ukrainian units held the line": an actor that a verb follows is the subject of the content.
            if (afterCue && q < sentence.EndToken && tokens[q].IsWord && tokens[q].IsLower &&
                !_words.AdjunctWords.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)) &&
                !_words.SourceFollowers.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)))
            {
                draft.Sources.Clear();
                return false;
            }

            end = q;
            return true;
        }

        if (tokens[p].IsWord && IsPronoun(document.Normalized.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            if (afterCue && p + 1 < sentence.EndToken && tokens[p + 1].IsWord && tokens[p + 1].IsLower &&
                !_words.AdjunctWords.ContainsSpan(document.TokenText(p + 1)) && !_words.SourceFollowers.ContainsSpan(document.TokenText(p + 1)))
            {
                return false; // "X, a nurse, said she walks to work": the pronoun is the subject of the content, not "said she."
            }

            draft.Reference = document.Normalized.Substring(tokens[p].Start, tokens[p].Length).ToLowerInvariant();
            draft.ReferenceToken = p;
            end = p + 1;
            return true;
        }

        // A described phrase: up to five words ending in a described head ("a senior military official").
        for (var q = p; q < Math.Min(sentence.EndToken, p + 5); q++)
        {
            var t = tokens[q];
            if (!t.IsWord)
            {
                break;
            }

            if (lexicons.DescribedHeads.ContainsKeySpan(document.Normalized.AsSpan(t.Start, t.Length)))
            {
                // "said a spokesman for the army, Col. X": prefer a named person right after.
                var named = q + 2 < sentence.EndToken && document.TokenText(q + 1) is "," ? table.AtToken(q + 2) : null;
                if (named is not null && named.Type == ActorType.Person)
                {
                    draft.Sources.Add(named);
                    end = q + 3;
                    return true;
                }

                end = q + 1;
                if (afterCue && q + 1 < sentence.EndToken && tokens[q + 1].IsWord && tokens[q + 1].IsLower &&
                    !_words.AdjunctWords.ContainsSpan(document.TokenText(q + 1)) && !_words.SourceFollowers.ContainsSpan(document.TokenText(q + 1)))
                {
                    return false; // "said the militants were believed to ...": the group is the subject of the content
                }

                // "according to refugees interviewed by monitors", "residents who spoke to the radio": the clause that
                // narrows a bare group is part of its name.
                var narrowed = q == p ? NarrowingClauseEnd(document, sentence, q) : q;
                if (!described.TryDescribed(document, sentence, q, narrowed, draft, out _))
                {
                    return false;
                }

                if (narrowed > q)
                {
                    end = narrowed + 1;
                    return true;
                }

                // "according to officials and residents": both groups are sources.
                if (draft.Reference is null && q + 2 < sentence.EndToken && document.TokenText(q + 1) is "and" &&
                    lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(q + 2)) && described.TryDescribed(document, sentence, q + 2, q + 2, draft, out _))
                {
                    end = q + 3;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of "who spoke to X" or "interviewed by X" after the head <paramref name="head"/>, or the head itself.</summary>
    private static int NarrowingClauseEnd(Document document, Sentence sentence, int head)
    {
        var tokens = document.Tokens;
        var next = head + 1;
        if (next + 2 >= sentence.EndToken || !tokens[next].IsWord || !tokens[next].IsLower)
        {
            return head;
        }

        var opens = document.TokenText(next) is "who" ||
            document.TokenText(next).EndsWith("ed", StringComparison.Ordinal) && document.TokenText(next + 1) is "by" or "in" or "at" or "from";
        if (!opens)
        {
            return head;
        }

        var last = next;
        for (var q = next + 1; q < sentence.EndToken; q++)
        {
            if (!tokens[q].IsWord && tokens[q].Kind != TokenKind.Number)
            {
                break;
            }

            if (q - head > 8)
            {
                return head; // a long clause is more than a name
            }

            last = q;
        }

        return last > next ? last : head;
    }
}
