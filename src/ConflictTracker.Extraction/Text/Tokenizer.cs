namespace ConflictTracker.Extraction.Text;

/// <summary>
/// Splits normalised text into words, numbers, possessives and punctuation in one pass, without regular expressions.
/// Keeps hyphenated words ("Iranian-backed", "al-Shabaab") and dotted abbreviations ("U.S.") whole.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = new Token[Math.Max(16, text.Length / 5)];
        count = 0;
        var i = 0;
        var newlines = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\n' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c == '\n' && newlines < 255)
                {
                    newlines++;
                }

                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (c == '\'' && count > 0 && IsPossessive(text, i, tokens[count - 1]))
            {
                i += i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') ? 2 : 1;
                kind = TokenKind.Possessive;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Punctuation;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            tokens[count++] = new Token(start, i, kind, kind == TokenKind.Word ? Shape(text, start, i) : TokenShape.None, (byte)newlines);
            newlines = 0;
        }

        return tokens;
    }

    private static bool IsPossessive(string text, int i, Token previous)
    {
        if (previous.End != i || previous.Kind != TokenKind.Word)
        {
            return false;
        }

        if (i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S'))
        {
            return i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]);
        }

        // "the Houthis' attacks": a bare apostrophe after a plural, followed by a space.
        var last = text[i - 1];
        return (last == 's' || last == 'S') && (i + 1 >= text.Length || text[i + 1] == ' ');
    }

    private static int ScanWord(string text, int i)
    {
        var start = i;
        var segmentStart = i;
        var dotted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c == '-' || c == '&') && char.IsLetterOrDigit(next))
            {
                i++;
                segmentStart = i;
                continue;
            }

            if (c == '\'' && char.IsLetter(next))
            {
                // "'s" followed by a non-letter is a possessive token of its own.
                var after = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next == 's' || next == 'S') && !char.IsLetter(after))
                {
                    break;
                }

                i++;
                continue;
            }

            if (c == '.' && i - segmentStart == 1 && char.IsUpper(text[segmentStart]))
            {
                // "U.S.", "U.N.", "D.C.": single capitals joined by periods; the final period belongs to the word.
                if (char.IsUpper(next) && (i + 2 >= text.Length || text[i + 2] == '.'))
                {
                    dotted = true;
                    i++;
                    segmentStart = i;
                    continue;
                }

                if (dotted)
                {
                    i++;
                }
            }

            break;
        }

        return i > start ? i : start + 1;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == ':' || c == '-' || c == '/') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static TokenShape Shape(string text, int start, int end)
    {
        var first = text[start];
        var shape = char.IsUpper(first) ? TokenShape.Capitalised : char.IsLower(first) ? TokenShape.Lower : TokenShape.None;
        var letters = 0;
        var lower = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                lower |= char.IsLower(c);
            }
            else if (c == '.')
            {
                shape |= TokenShape.Dotted;
            }
        }

        if (letters >= 2 && !lower && (shape & TokenShape.Capitalised) != 0)
        {
            shape |= TokenShape.AllCaps;
        }

        return shape;
    }
}
