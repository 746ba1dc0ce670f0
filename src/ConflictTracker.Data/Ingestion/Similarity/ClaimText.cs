using System.Text;

namespace ConflictTracker.Data.Ingestion.Similarity;

/// <summary>How claims are compared: content words only, and numbers must agree ("20 drones" is not "35 drones").</summary>
internal static class ClaimText
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "that", "this", "these", "those", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
        "was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "it", "its", "as", "into", "which", "who", "would", "will",
    };

    /// <summary>The content words in order, lower case, joined by single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in Shingles.Words(text))
        {
            if (Filler.Contains(word))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }

    public static HashSet<ulong> Tokens(string normalized)
    {
        var set = new HashSet<ulong>();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(Shingles.Hash(word));
        }

        return set;
    }

    /// <summary>
    /// The claim's similarity bands, salted with its numbers: claims that differ in a number can never be the same
    /// statement, so they never even become candidates ("shot down 12 drones" and "shot down 30 drones" are routine
    /// and frequent from one speaker).
    /// </summary>
    public static long[] Bands(string normalized)
    {
        if (normalized.Length == 0)
        {
            return [];
        }

        var salt = 0x9E3779B97F4A7C15UL;
        foreach (var number in Numbers(normalized).Order(StringComparer.Ordinal))
        {
            salt = MinHash.Mix(salt ^ Shingles.Hash(number));
        }

        var bands = MinHash.Claims.Bands(Tokens(normalized));
        for (var i = 0; i < bands.Length; i++)
        {
            bands[i] = (long)MinHash.Mix((ulong)bands[i] ^ salt);
        }

        return bands;
    }

    /// <summary>Same statement: similar enough words and exactly the same numbers.</summary>
    public static bool SameStatement(string normalizedA, string normalizedB, double threshold)
    {
        if (normalizedA == normalizedB)
        {
            return true;
        }

        if (!Numbers(normalizedA).SetEquals(Numbers(normalizedB)))
        {
            return false;
        }

        return Shingles.Jaccard(Tokens(normalizedA), Tokens(normalizedB)) >= threshold;
    }

    private static HashSet<string> Numbers(string normalized)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsDigit))
            {
                set.Add(word);
            }
        }

        return set;
    }
}
