using System.Buffers;
using System.Globalization;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Splits a report into words for place spotting in one pass, normalising each word once into a shared key buffer
/// (so an n-gram's key is its words' keys joined by spaces). Linear in the text, pooled buffers, no regex.
/// </summary>
internal sealed class PlaceTokenizer : IDisposable
{
    private static readonly string[] Abbreviations = ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen", "rep", "u", "s", "d", "c", "n", "e", "w", "mt", "ft", "jr", "sr", "no", "vs"];

    private PlaceToken[] _tokens;
    private char[] _keys;

    public PlaceTokenizer(string text)
    {
        Text = text;
        _tokens = ArrayPool<PlaceToken>.Shared.Rent(Math.Max(16, text.Length / 5 + 16));
        _keys = ArrayPool<char>.Shared.Rent(text.Length * 2 + 16);
        Tokenise();
    }

    public string Text { get; }

    public int Count { get; private set; }

    public ref PlaceToken this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> Key(int index) => _keys.AsSpan(_tokens[index].KeyStart, _tokens[index].KeyLength);

    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    /// <summary>Key of tokens [first, first + count) joined by spaces, or -1 when it does not fit.</summary>
    public int NGramKey(int first, int count, Span<char> destination)
    {
        var length = 0;
        for (var i = first; i < first + count; i++)
        {
            var key = Key(i);
            if (i > first)
            {
                if (length >= destination.Length)
                {
                    return -1;
                }

                destination[length++] = ' ';
            }

            if (length + key.Length > destination.Length)
            {
                return -1;
            }

            key.CopyTo(destination[length..]);
            length += key.Length;
        }

        return length;
    }

    public void Dispose()
    {
        ArrayPool<PlaceToken>.Shared.Return(_tokens);
        ArrayPool<char>.Shared.Return(_keys);
        _tokens = [];
        _keys = [];
    }

    private void Tokenise()
    {
        var text = Text.AsSpan();
        var keyLength = 0;
        var i = 0;
        var previousEnd = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var shape = TokenShape.None;
            var letters = 0;
            var uppers = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    // Fast path for ASCII: letters, digits, and the rest ends the word (apostrophes handled below).
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        letters++;
                        if (c < 'a')
                        {
                            uppers++;
                        }

                        i++;
                        continue;
                    }

                    if ((uint)(c - '0') <= 9)
                    {
                        shape |= TokenShape.Digit;
                        i++;
                        continue;
                    }
                }
                else if (IsWordChar(c) || IsInnerMark(c))
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        if (char.IsUpper(c))
                        {
                            uppers++;
                        }
                    }
                    else if (char.IsDigit(c))
                    {
                        shape |= TokenShape.Digit;
                    }

                    i++;
                    continue;
                }

                // An apostrophe inside a word belongs to it (Re'im, Kryvyi Rih's is possessive, handled below).
                if (PlaceKey.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    var possessive = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                    if (possessive)
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                break;
            }

            var end = i;
            if (end < text.Length && PlaceKey.IsApostrophe(text[end]) && end + 1 < text.Length && (text[end + 1] is 's' or 'S'))
            {
                shape |= TokenShape.Possessive;
                i = end + 2;
            }
            else if (end < text.Length && PlaceKey.IsApostrophe(text[end]) && end > start && text[end - 1] is 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])))
            {
                // Plural possessive ("Forces'"): the apostrophe ends the word.
                shape |= TokenShape.Possessive;
                i = end + 1;
            }

            var first = text[start];
            if (char.IsUpper(first))
            {
                shape |= TokenShape.Capitalised;
                if (letters >= 2 && uppers == letters)
                {
                    shape |= TokenShape.AllCaps;
                }
            }
            else if (char.IsLetter(first) && !char.IsLower(first))
            {
                shape |= TokenShape.Caseless;
            }

            if (Count > 0)
            {
                ref var previous = ref _tokens[Count - 1];
                previous.Shape |= GapShape(text, previous, start);
            }

            shape |= StartShape(text, previousEnd, start);

            if (Count == _tokens.Length)
            {
                Grow();
            }

            var keySpan = _keys.AsSpan(keyLength);
            var written = PlaceKey.Normalize(text[start..end], keySpan[..Math.Min(keySpan.Length, (end - start) * 2 + 2)]);
            ref var token = ref _tokens[Count++];
            token.Start = start;
            token.End = end;
            token.KeyStart = keyLength;
            token.KeyLength = Math.Max(0, written);
            token.Shape = shape;
            keyLength += token.KeyLength;
            previousEnd = i;
        }
    }

    private TokenShape StartShape(ReadOnlySpan<char> text, int previousEnd, int start)
    {
        if (Count == 0)
        {
            return TokenShape.SentenceStart | TokenShape.LineStart;
        }

        var shape = TokenShape.None;
        for (var j = start - 1; j >= previousEnd; j--)
        {
            var c = text[j];
            if (c is '\n' or '\r')
            {
                return TokenShape.SentenceStart | TokenShape.LineStart;
            }

            if (c is '!' or '?' or ':' or ';' or '"' or '“' or '”' or '(' or '[' or '•' or '*')
            {
                shape |= TokenShape.SentenceStart;
            }
            else if (c == '.')
            {
                // "Mr. Smith" and "U.S. forces" go on; other full stops end a sentence.
                if (!IsAbbreviation(Count - 1))
                {
                    shape |= TokenShape.SentenceStart;
                }
            }
        }

        return shape;
    }

    private TokenShape GapShape(ReadOnlySpan<char> text, in PlaceToken previous, int nextStart)
    {
        var from = previous.End;
        if ((previous.Shape & TokenShape.Possessive) != 0)
        {
            return TokenShape.None;
        }

        var gap = text[from..nextStart];
        if (gap.Length == 1)
        {
            var c = gap[0];
            if (c == ' ')
            {
                return TokenShape.JoinsNext | TokenShape.SpaceNext;
            }

            if (c is '-' or '‐' or '‑')
            {
                return TokenShape.JoinsNext | TokenShape.HyphenNext;
            }

            if (c == '.' && IsAbbreviation(Count - 1))
            {
                return TokenShape.JoinsNext;
            }
        }

        if (gap.Length == 2 && gap[0] == '.' && gap[1] == ' ' && IsAbbreviation(Count - 1))
        {
            return TokenShape.JoinsNext;
        }

        foreach (var c in gap)
        {
            if (c is ',' or '—' or '–' or ':' or '(')
            {
                return TokenShape.CommaNext;
            }
        }

        return TokenShape.None;
    }

    private bool IsAbbreviation(int index)
    {
        var key = Key(index);
        if (key.Length == 0 || key.Length > 4)
        {
            return false;
        }

        if (key.Length == 1 && (_tokens[index].Shape & TokenShape.Capitalised) != 0)
        {
            return true; // an initial
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (key.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }

    private void Grow()
    {
        var bigger = ArrayPool<PlaceToken>.Shared.Rent(_tokens.Length * 2);
        _tokens.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<PlaceToken>.Shared.Return(_tokens);
        _tokens = bigger;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // Combining marks and zero-width joiners inside a word keep it one word.
    private static bool IsInnerMark(char c)
    {
        if (c < 0x300)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }
}
