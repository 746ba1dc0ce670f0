using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Where a noun phrase before a cue starts, and which named actor opens a sentence as its subject.</summary>
internal sealed class NounPhrases(ExtractionLexicons lexicons)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    internal int NounPhraseStart(Document document, Sentence sentence, int last)
    {
        var start = last + 1;
        for (var p = last; p >= Math.Max(sentence.FirstToken, last - 6); p--)
        {
            var t = document.Tokens[p];
            if (t.Kind == TokenKind.Possessive && p - 1 >= sentence.FirstToken && document.ActorTable!.AtToken(p - 1) is not null)
            {
                // "Netanyahu's office": the owner belongs to the phrase, and nothing before it does.
                return document.ActorTable.MentionStart(p - 1);
            }

            if (!(t.IsWord || t.Kind == TokenKind.Possessive) || _words.NounPhraseStops.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length))
                || p < last && document.ActorTable!.AtToken(p) is { Type: ActorType.Person })
            {
                break;
            }

            start = p;
            if (p < last && t.IsWord && document.TokenText(p) is "the" or "The" or "a" or "A" or "an" or "An")
            {
                break; // "a claim the military denied": a determiner opens the phrase
            }
        }

        return start;
    }

    /// <summary>The first token of "The National Security Adviser" (capitalised words after "the" ending in a title) before <paramref name="j"/>, or -1.</summary>
    internal int CapitalisedRoleStart(Document document, Sentence sentence, int j)
    {
        var p = j;
        while (p - 1 >= sentence.FirstToken && document.Tokens[p - 1].IsWord && document.Tokens[p - 1].IsCapitalised && document.TokenText(p - 1) is not "The" && j - p < 4)
        {
            p--;
        }

        if (p - 1 < sentence.FirstToken || document.TokenText(p - 1) is not ("the" or "The"))
        {
            return -1;
        }

        for (var q = p; q <= j; q++)
        {
            if (lexicons.Titles.TryMatch(document.Normalized, document.Tokens, q, j + 1, out _, out var end) && end == j + 1)
            {
                return p - 1;
            }
        }

        return -1;
    }

    /// <summary>A named actor that opens the sentence and is followed by a finite verb, or null.</summary>
    internal static ActorRecord? SentenceSubject(Document document, Sentence sentence, int before)
    {
        var table = document.ActorTable!;
        var p = sentence.FirstToken;
        if (p < before && document.TokenText(p) is "The" or "the")
        {
            p++;
        }

        // Title words before the name ("General", "Foreign Minister") are not part of every mention.
        while (p < Math.Min(before, sentence.FirstToken + 4) && table.AtToken(p) is null && document.Tokens[p].IsWord && document.Tokens[p].IsCapitalised)
        {
            p++;
        }

        if (p >= before || table.AtToken(p) is not { } actor || table.MentionStart(p) != p)
        {
            return null;
        }

        var q = p;
        while (q < before && table.AtToken(q) == actor)
        {
            q++;
        }

        // "Governor X urged calm": a lower-case word right after the name is the verb, so the name is the subject.
        return q < before && document.Tokens[q].IsWord && document.Tokens[q].IsLower && document.TokenText(q) is not ("of" or "in" or "at" or "and" or "for" or "from" or "on") ? actor : null;
    }
}
