namespace ConflictTracker.Data.Ingestion.Similarity;

/// <summary>
/// MinHash signatures and their locality-sensitive bands: two sets whose Jaccard similarity is s share at least one
/// band with probability 1 - (1 - s^rows)^bands. Hashes are fixed (not per-process) because bands are stored.
/// </summary>
internal sealed class MinHash
{
    private readonly ulong[] _seeds;
    private readonly int _bands;
    private readonly int _rows;

    public MinHash(int bands, int rows, ulong salt)
    {
        _bands = bands;
        _rows = rows;
        _seeds = new ulong[bands * rows];
        var state = salt;
        for (var i = 0; i < _seeds.Length; i++)
        {
            state = Mix(state + 0x9E3779B97F4A7C15UL);
            _seeds[i] = state;
        }
    }

    /// <summary>16 bands of 4 rows: at Jaccard 0.8 a pair is a candidate with probability 0.9998, at 0.3 with 0.12.</summary>
    public static MinHash Reports { get; } = new(bands: 16, rows: 4, salt: 0x5265706F72747331UL);

    /// <summary>8 bands of 2 rows for short claim texts: at Jaccard 0.6, 0.97; at 0.2, 0.28.</summary>
    public static MinHash Claims { get; } = new(bands: 8, rows: 2, salt: 0x436C61696D733031UL);

    /// <summary>The band keys of a set of element hashes; empty for an empty set.</summary>
    public long[] Bands(IReadOnlyCollection<ulong> elements)
    {
        if (elements.Count == 0)
        {
            return [];
        }

        var minima = new ulong[_seeds.Length];
        Array.Fill(minima, ulong.MaxValue);
        foreach (var element in elements)
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = Mix(element ^ _seeds[i]);
                if (h < minima[i])
                {
                    minima[i] = h;
                }
            }
        }

        var bands = new long[_bands];
        for (var b = 0; b < _bands; b++)
        {
            var key = (ulong)(b + 1) * 0xD6E8FEB86659FD93UL;
            for (var r = 0; r < _rows; r++)
            {
                key = Mix(key ^ minima[b * _rows + r]);
            }

            bands[b] = (long)key;
        }

        return bands;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-distributed, fixed 64-bit mix.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
