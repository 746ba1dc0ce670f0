using System.Collections.Frozen;

namespace ConflictTracker.Extraction.Text;

/// <summary>
/// Finds sentences, paragraphs and transcript speaker turns over tokens. A period after an abbreviation
/// ("Mr.", "Gen.", "Lt. Col.") or an initial does not end a sentence; a line break before a capital does
/// (headings without a final period); closing quotes stay with the sentence they close.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig",
            "gov", "sen", "rep", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "rev", "hon",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ",
            "fig", "vol", "al", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotSpeakerLabels = FrozenSet.ToFrozenSet(
        [
            "note", "update", "updated", "latest", "developments", "title", "source", "sources", "photo", "video", "read", "watch",
            "related", "published", "editor", "editors", "warning", "background", "summary", "context", "correction", "disclaimer",
            "key", "points", "what", "why", "how", "where", "when", "also", "see", "tags", "topics", "location", "date", "by",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static void Split(string text, Token[] tokens, int count, List<Sentence> sentences, List<SpeakerTurn> turns)
    {
        var paragraph = 0;
        var turn = -1;
        var sentenceStart = 0;
        var i = 0;
        while (i < count)
        {
            var token = tokens[i];
            var lineStart = i == 0 || token.NewlinesBefore > 0;
            if (lineStart && i > sentenceStart)
            {
                // A line break ends a sentence unless the text was hard-wrapped mid-sentence (next line starts lower-case).
                if (token.NewlinesBefore >= 2 || !token.IsLower)
                {
                    Add(sentences, tokens, sentenceStart, i, paragraph, turn);
                    sentenceStart = i;
                }
            }

            if (token.NewlinesBefore >= 2 && i > 0)
            {
                paragraph++;
            }

            if (lineStart && TrySpeakerLabel(text, tokens, count, i, out var colon))
            {
                if (turn >= 0)
                {
                    turns[turn] = turns[turn] with { EndToken = i };
                }

                turns.Add(new SpeakerTurn(i, colon, count));
                turn = turns.Count - 1;
                i = colon + 1;
                sentenceStart = i;
                continue;
            }

            if (token.Kind == TokenKind.Punctuation && IsTerminal(text[token.Start]) && !IsAbbreviationPeriod(text, tokens, i))
            {
                var end = i + 1;
                while (end < count && tokens[end].Start == tokens[end - 1].End && tokens[end].Kind == TokenKind.Punctuation && IsCloser(text[tokens[end].Start]))
                {
                    end++;
                }

                if (end >= count || StartsSentence(text, tokens[end]))
                {
                    Add(sentences, tokens, sentenceStart, end, paragraph, turn);
                    sentenceStart = end;
                    i = end;
                    continue;
                }
            }
            else if (token.IsWord && (token.Shape & TokenShape.Dotted) != 0 && text[token.End - 1] == '.' && i + 1 < count
                && tokens[i + 1].NewlinesBefore == 0 && IsClearSentenceStarter(text, tokens[i + 1]))
            {
                // "... sanctions imposed by the U.S. The ministry said": the abbreviation's period also ends the sentence.
                Add(sentences, tokens, sentenceStart, i + 1, paragraph, turn);
                sentenceStart = i + 1;
            }

            i++;
        }

        if (sentenceStart < count)
        {
            Add(sentences, tokens, sentenceStart, count, paragraph, turn);
        }
    }

    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int end, int paragraph, int turn)
    {
        if (end > first)
        {
            sentences.Add(new Sentence(first, end, tokens[first].Start, tokens[end - 1].End, paragraph, turn));
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '.' or '!' or '?';

    private static bool StartsSentence(string text, Token next)
    {
        if (next.NewlinesBefore > 0)
        {
            return true;
        }

        var c = text[next.Start];
        return next.IsCapitalised || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' || (next.IsWord && !next.IsLower);
    }

    private static bool IsClearSentenceStarter(string text, Token next)
    {
        var word = text.AsSpan(next.Start, next.Length);
        return next.IsCapitalised && !next.IsAllCaps && (word is "The" or "He" or "She" or "It" or "They" or "We" or "In" or "On" or "But" or "This" or "That" or "A" or "An" or "Its" or "His" or "Their");
    }

    private static bool IsAbbreviationPeriod(string text, Token[] tokens, int i)
    {
        if (text[tokens[i].Start] != '.' || i == 0)
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (previous.End != tokens[i].Start || !previous.IsWord)
        {
            return false;
        }

        // An initial ("Lloyd J. Austin") follows a name and precedes one; "posted on X. The army" ends a sentence.
        if (previous.Length == 1 && previous.IsCapitalised)
        {
            var afterName = i >= 2 && tokens[i - 2].IsCapitalised && tokens[i - 2].End < previous.Start;
            var next = i + 1 < tokens.Length ? tokens[i + 1] : default;
            return (afterName || i == 1 || tokens[i - 2].Kind == TokenKind.Punctuation && text[tokens[i - 2].Start] == '.') &&
                !(next.Length > 0 && IsClearSentenceStarter(text, next));
        }

        var word = text.AsSpan(previous.Start, previous.Length);
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number; // "No. 3" but "No. Our artillery"
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>A speaker label: up to eight name-like tokens at a line start, then a colon, then speech on the same line.</summary>
    private static bool TrySpeakerLabel(string text, Token[] tokens, int count, int first, out int colon)
    {
        colon = -1;
        var nameLike = 0;
        var limit = Math.Min(count, first + 10);
        for (var j = first; j < limit; j++)
        {
            var t = tokens[j];
            if (j > first && t.NewlinesBefore > 0)
            {
                return false;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                var c = text[t.Start];
                if (c == ':' && j > first)
                {
                    if (nameLike == 0 || j + 1 >= count || tokens[j + 1].NewlinesBefore > 0)
                    {
                        return false;
                    }

                    colon = j;
                    return true;
                }

                if (c is '.' or ',' or '(' or ')' or '-')
                {
                    continue;
                }

                return false;
            }

            var word = text.AsSpan(t.Start, t.Length);
            if (t.IsCapitalised)
            {
                if (NotSpeakerLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    return false;
                }

                nameLike++;
            }
            else if (!(word is "of" or "the" or "for" or "and" or "de" or "al" or "bin"))
            {
                return false;
            }
        }

        return false;
    }
}
