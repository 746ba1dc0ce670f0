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

    /// <summary>The distinct content words of a normalised claim as hashes, and which of them hold a digit.</summary>
    public static ClaimWords Words(string normalized)
    {
        var words = new ClaimWords([], []);
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            var hash = Shingles.Hash(word);
            words.Tokens.Add(hash);
            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    words.Numbers.Add(hash);
                    break;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The claim's similarity bands, salted with its numbers: claims that differ in a number can never be the same
    /// statement, so they never even become candidates ("shot down 12 drones" and "shot down 30 drones" are routine
    /// and frequent from one speaker).
    /// </summary>
    public static long[] Bands(ClaimWords words)
    {
        if (words.Tokens.Count == 0)
        {
            return [];
        }

        var salt = 0x9E3779B97F4A7C15UL;
        foreach (var number in words.Numbers.Order())
        {
            salt = MinHash.Mix(salt ^ number);
        }

        var bands = MinHash.Claims.Bands(words.Tokens);
        for (var i = 0; i < bands.Length; i++)
        {
            bands[i] = (long)MinHash.Mix((ulong)bands[i] ^ salt);
        }

        return bands;
    }

    /// <summary>Same statement: similar enough words and exactly the same numbers.</summary>
    public static bool SameStatement(ClaimWords a, ClaimWords b, double threshold) =>
        a.Numbers.SetEquals(b.Numbers) && Shingles.Jaccard(a.Tokens, b.Tokens) >= threshold;
}
