using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Token and span arithmetic every attribution rule shares: word counts, quote marks, trimmed ends.</summary>
internal static class TokenSpans
{
    // A closed class: the subject pronouns a source may be, resolved later to the actor they stand for.
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you"], StringComparer.OrdinalIgnoreCase);

    internal static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.ContainsSpan(word);

    internal static int WordCount(Document document, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(document.Normalized[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>"it said was deployed there": a relative clause, not a reported statement.</summary>
    internal static bool StartsWithVerb(Document document, int start)
    {
        var span = document.Normalized.AsSpan(start);
        var space = span.IndexOfAny(' ', ',');
        var first = space < 0 ? span : span[..space];
        return first is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would" or "be";
    }

    internal static bool IsQuestion(Document document, Sentence sentence)
    {
        for (var q = sentence.EndToken - 1; q >= sentence.FirstToken; q--)
        {
            var t = document.Tokens[q];
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (document.Normalized[t.Start] == '?')
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsGerundAt(Document document, int offset)
    {
        var span = document.Normalized.AsSpan(offset);
        var space = span.IndexOfAny(' ', ',');
        var first = space < 0 ? span : span[..space];
        return first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal);
    }

    internal static bool IsParticiple(Document document, int k) => document.TokenText(k).EndsWith("ing", StringComparison.Ordinal);

    internal static bool HasQuoteBetween(Document document, int first, int end)
    {
        for (var p = first; p < end; p++)
        {
            if (document.Normalized[document.Tokens[p].Start] == '"')
            {
                return true;
            }
        }

        return false;
    }

    internal static int FindOpeningQuote(Document document, Sentence sentence, int last)
    {
        var text = document.Normalized;
        var limit = sentence.FirstToken;
        // Walk back through earlier sentences of the same paragraph.
        var si = document.SentenceAt(sentence.Start);
        while (si > 0 && document.Sentences[si - 1].Paragraph == sentence.Paragraph && sentence.FirstToken - document.Sentences[si - 1].FirstToken < 400)
        {
            si--;
        }

        limit = document.Sentences[Math.Max(0, si)].FirstToken;
        for (var p = last; p >= limit; p--)
        {
            if (document.Tokens[p].Kind == TokenKind.Punctuation && text[document.Tokens[p].Start] == '"')
            {
                return p;
            }
        }

        return -1;
    }

    internal static int FindClosingQuote(Document document, int from, int paragraph)
    {
        var text = document.Normalized;
        for (var p = from; p < Math.Min(document.TokenCount, from + 1500); p++)
        {
            var t = document.Tokens[p];
            if (t.NewlinesBefore >= 2)
            {
                return -1;
            }

            if (t.Kind == TokenKind.Punctuation && text[t.Start] == '"')
            {
                return p;
            }
        }

        return -1;
    }

    internal static int TrimEnd(Document document, int last)
    {
        while (last > 0 && document.Tokens[last].Kind == TokenKind.Punctuation && document.Normalized[document.Tokens[last].Start] is ',' or '.' or ';' or ':' or '"')
        {
            last--;
        }

        return document.Tokens[last].End;
    }

    internal static int FirstTokenAtOrAfter(Document document, Sentence sentence, int offset)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && document.Tokens[k].Start < offset)
        {
            k++;
        }

        return k;
    }
}
