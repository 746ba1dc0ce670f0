using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>The content of a trailing attribution ("..., X said."): the clause or quote before the source, an interrupted quote as one span.</summary>
internal sealed class ContentBeforeCue(ExtractionLexicons lexicons)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>The content before a trailing attribution: the quote or clause up to the comma before the source.</summary>
    internal (int Start, int End) LeftContent(Document document, Sentence sentence, int subjectStart, int afterCue)
    {
        var tokens = document.Tokens;
        var text = document.Normalized;
        var last = subjectStart - 1;
        while (last >= sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is ',' or '"' or '\'' or '-' or ':')
        {
            last--;
        }

        if (last < sentence.FirstToken)
        {
            return (0, 0);
        }

        var end = tokens[last].End;
        var closesQuote = subjectStart - 1 > last && HasQuoteBetween(document, last + 1, subjectStart);
        var start = sentence.Start;
        if (closesQuote)
        {
            // The opening quote may be sentences back in the same paragraph.
            var open = FindOpeningQuote(document, sentence, last);
            if (open >= 0)
            {
                start = tokens[open].End;
            }
        }
        else if (text[tokens[sentence.FirstToken].Start] == '"')
        {
            start = tokens[sentence.FirstToken].End;
        }
        else if (DatelineEnd(document, sentence) is var afterDateline and > 0)
        {
            start = tokens[afterDateline].Start; // "KYIV - ...": the dateline is not part of the statement
        }

        // An interrupted quote: '"A," the official said, "B."' is one claim spanning both parts.
        var p = afterCue;
        while (p < sentence.EndToken && tokens[p].IsWord && _words.AdjunctWords.ContainsSpan(text.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            p++;
        }

        if (closesQuote && p + 1 < document.TokenCount && text[tokens[p].Start] == ',' && text[tokens[p + 1].Start] == '"')
        {
            var close = FindClosingQuote(document, p + 2, sentence.Paragraph);
            if (close > p + 2)
            {
                end = TrimEnd(document, close - 1);
            }
        }

        return (start, end);
    }

    /// <summary>The first token after a dateline ("GAZA CITY -", "KYIV, Ukraine -"), or 0 when the sentence has none.</summary>
    private static int DatelineEnd(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (!tokens[sentence.FirstToken].IsAllCaps)
        {
            return 0;
        }

        for (var q = sentence.FirstToken + 1; q < Math.Min(sentence.EndToken - 1, sentence.FirstToken + 9); q++)
        {
            var t = tokens[q];
            if (t.Kind == TokenKind.Punctuation && document.Normalized[t.Start] == '-' && t.Start > tokens[q - 1].End)
            {
                return q + 1;
            }

            // "KHARTOUM, Sudan (AP) -": the agency in brackets belongs to the dateline.
            if (!(t.IsWord && (t.IsAllCaps || t.IsCapitalised) || document.Normalized[t.Start] is ',' or '(' or ')'))
            {
                return 0;
            }
        }

        return 0;
    }
}
