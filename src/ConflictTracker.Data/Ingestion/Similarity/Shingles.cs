using System.Globalization;
using System.Text;

namespace ConflictTracker.Data.Ingestion.Similarity;

/// <summary>Word tokens and word shingles as fixed 64-bit hashes, and the set measures near-duplicate checks use.</summary>
internal static class Shingles
{
    public const int ReportShingleSize = 4;

    /// <summary>Lower-case letter/digit runs, diacritics kept (they distinguish words in many languages).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || (current.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The set of k-word shingles of a text, hashed; a text shorter than k words is one shingle.</summary>
    public static HashSet<ulong> Of(string text, int size = ReportShingleSize)
    {
        var words = Words(text);
        var hashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            hashes[i] = Hash(words[i]);
        }

        var set = new HashSet<ulong>();
        if (hashes.Length == 0)
        {
            return set;
        }

        var count = Math.Max(1, hashes.Length - size + 1);
        for (var i = 0; i < count; i++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var j = i; j < Math.Min(i + size, hashes.Length); j++)
            {
                h = MinHash.Mix(h ^ hashes[j]);
            }

            set.Add(h);
        }

        return set;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then mixed: stable across processes and machines.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return MinHash.Mix(h);
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var intersection = Intersection(a, b);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    /// <summary>How much of the smaller set lies in the larger: catches a copy trimmed or padded by one site.</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : (double)Intersection(a, b) / smaller;
    }

    private static int Intersection(HashSet<ulong> a, HashSet<ulong> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var count = 0;
        foreach (var x in small)
        {
            if (large.Contains(x))
            {
                count++;
            }
        }

        return count;
    }
}
