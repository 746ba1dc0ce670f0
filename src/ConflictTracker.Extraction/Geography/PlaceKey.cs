using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// The lookup key of a place name (Resources/README.md, "Normalisation"): marks and apostrophes dropped, lower case,
/// punctuation runs turned into one space. The same character-by-character function indexes the gazetteer and reads
/// the report, so both sides always agree, and the report side runs without allocating.
/// </summary>
public static class PlaceKey
{
    /// <summary>Longest key the spotter builds; longer spans are never place names.</summary>
    public const int MaxLength = 96;

    private const char Drop = '\0';
    private const char Space = ' ';

    // Folded form of every char below U+0800 (Latin, Greek, Cyrillic, Arabic): up to two chars, Drop when removed.
    private static readonly string[] Fold = BuildFoldTable();

    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "es", "et", "ez", "en", "er", "ul"];

    /// <summary>Normalises <paramref name="text"/> into <paramref name="destination"/>; returns the key length, or -1 when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            // Fast path: ASCII letters and digits, most of any English report.
            var lower = (char)(c | 0x20);
            if ((uint)(lower - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                if (pendingSpace)
                {
                    if (length >= destination.Length)
                    {
                        return -1;
                    }

                    destination[length++] = Space;
                    pendingSpace = false;
                }

                if (length >= destination.Length)
                {
                    return -1;
                }

                destination[length++] = (uint)(c - '0') <= 9 ? c : lower;
                continue;
            }

            if (c < 0x800)
            {
                var folded = Fold[c];
                if (folded.Length == 0)
                {
                    continue;
                }

                if (folded[0] == Space)
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (!Append(folded, destination, ref length, ref pendingSpace))
                {
                    return -1;
                }

                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (IsApostrophe(c))
            {
                continue;
            }

            if (IsSeparator(c, category))
            {
                pendingSpace = length > 0;
                continue;
            }

            Span<char> one = [char.ToLowerInvariant(c)];
            if (!Append(one, destination, ref length, ref pendingSpace))
            {
                return -1;
            }
        }

        return length;
    }

    /// <summary>The key as a string (for indexing; the report side uses the span overload).</summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = text.Length * 2 <= 512 ? stackalloc char[512] : new char[text.Length * 2];
        var length = Normalize(text, buffer);
        return length <= 0 ? "" : new string(buffer[..length]);
    }

    /// <summary>Length of the leading Arabic article plus its space ("al " in "al fashir"), or 0.</summary>
    public static int ArticleLength(ReadOnlySpan<char> key)
    {
        var space = key.IndexOf(' ');
        if (space <= 0 || space == key.Length - 1)
        {
            return 0;
        }

        var first = key[..space];
        foreach (var article in Articles)
        {
            if (first.SequenceEqual(article))
            {
                return space + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// A coarse transliteration skeleton of a key: kh→k, zh→z, ph/th/gh/dh/bh→p/t/g/d/b, e/j/y→i, ai→i, vowel clusters after i folded, doubled letters
    /// collapsed. Kupyansk and Kupiansk, Sievierodonetsk and Syevyerodonetsk share one. Only Latin keys fold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Skeleton(ReadOnlySpan<char> key, Span<char> destination)
    {
        if (key.Length > destination.Length)
        {
            return -1;
        }

        var length = 0;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c > 'z')
            {
                return -1;
            }

            if (c is 'k' or 'z' or 'p' or 't' or 'g' or 'd' or 'b' && i + 1 < key.Length && key[i + 1] == 'h')
            {
                // An aspirate or a fricative written with h or without: Kyaukphyu/Kyaukpyu, Thall/Tall, Ghazni/Gazni.
                i++;
            }
            else if (c == 'o' && i + 1 < key.Length && key[i + 1] == 'u')
            {
                // French and Persian romanisations write u as "ou": Boulsa/Bulsa, Kourou/Kuru.
                c = 'u';
                i++;
            }
            else if (c == 'e')
            {
                // e and i stand for one Arabic kasra or a reduced vowel: Bint/Bent Jbeil, Deir/Dir.
                c = 'i';
            }
            else if (c == 'j' || c == 'y')
            {
                c = 'i';
            }

            if (length > 0 && destination[length - 1] == 'i' && c is 'a' or 'e' or 'o' or 'u')
            {
                // "ia", "ie", "iu", "io" after a consonant are one sound in most romanisations.
                destination[length - 1] = c;
                if (length > 1 && destination[length - 2] == c)
                {
                    length--;
                }

                continue;
            }

            if (c == 'i' && length > 0 && destination[length - 1] == 'a')
            {
                // "ai", "ay" and "ei" write one vowel: Jbail/Jbeil, Dayr/Deir, Bayt/Beit.
                destination[length - 1] = 'i';
                continue;
            }

            if (length > 0 && destination[length - 1] == c)
            {
                continue;
            }

            destination[length++] = c;
        }

        return length;
    }

    public static string Skeleton(string key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[256] : new char[key.Length];
        var length = Skeleton(key, buffer);
        return length <= 0 ? "" : new string(buffer[..length]);
    }

    public static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u02BC' or '`' or '\u2018' or '\u02BB' or '\u00B4' or '\u02B9' or '\u02BF' or '\u02BE';

    private static bool IsSeparator(char c, UnicodeCategory category) =>
        char.IsWhiteSpace(c) || category is UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation
        || c is '.' or ',' or ';' or ':' or '/' or '"';

    private static bool Append(ReadOnlySpan<char> chars, Span<char> destination, ref int length, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            if (length >= destination.Length)
            {
                return false;
            }

            destination[length++] = Space;
            pendingSpace = false;
        }

        if (length + chars.Length > destination.Length)
        {
            return false;
        }

        chars.CopyTo(destination[length..]);
        length += chars.Length;
        return true;
    }

    private static string[] BuildFoldTable()
    {
        var table = new string[0x800];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsApostrophe(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Control && !char.IsWhiteSpace(c))
            {
                table[i] = "";
                continue;
            }

            if (IsSeparator(c, category))
            {
                table[i] = " ";
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
            var builder = new StringBuilder(2);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && !IsApostrophe(d))
                {
                    builder.Append(char.ToLowerInvariant(d));
                }
            }

            // A decomposition to a space or punctuation (rare compatibility forms) is treated as a separator.
            var folded = builder.ToString();
            table[i] = folded.Length > 0 && folded.Trim().Length == 0 ? " " : folded;
        }

        return table;
    }
}
