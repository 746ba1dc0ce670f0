using ConflictTracker.Data.Ingestion.Similarity;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The writer's in-memory copy of what claim grouping looks up, one bucket per speaker: claims by exact normalised
/// text and by similarity band. A speaker's bucket is filled from the database on first use, its bands recomputed from
/// the stored normalised text: a stored band table costs millions of random B-tree inserts per large ingest, more than
/// all the claims it serves. Bounded: a speaker keeps its newest claims, and the least recently used speakers are
/// dropped (and reloaded when needed), so memory stays flat however large the database grows. Cleared whenever a
/// write rolls back, so it never holds a claim the database does not.
/// </summary>
internal sealed class ClaimIndex
{
    /// <summary>About 100 MB of managed heap in all.</summary>
    public const int MaxClaims = 200_000;

    /// <summary>A claim is grouped with the speaker's newest claims only; older ones are years back at realistic rates.</summary>
    public const int MaxClaimsPerSpeaker = 50_000;

    private const int MaxClaimsPerBand = 256;

    private readonly Dictionary<string, SpeakerClaims> _speakers = new(StringComparer.Ordinal);
    private long _uses;

    public int Count { get; private set; }

    public bool IsLoaded(string speakerKey) => _speakers.ContainsKey(speakerKey);

    /// <summary>Fills a speaker's bucket with their stored claims, oldest first.</summary>
    public void Load(string speakerKey, IReadOnlyList<(int Id, string Normalized, DateOnly? Date)> claims)
    {
        var speaker = new SpeakerClaims();
        foreach (var (id, normalized, date) in claims)
        {
            speaker.Add(id, normalized, date, ClaimText.Bands(ClaimText.Words(normalized)));
        }

        _speakers[speakerKey] = speaker;
        Count += speaker.Count;
        speaker.LastUse = ++_uses;
        Shrink(speakerKey);
    }

    /// <summary>Adds a new claim of a loaded speaker.</summary>
    public void Add(string speakerKey, int id, string normalized, DateOnly? date, long[] bands)
    {
        var speaker = _speakers[speakerKey];
        speaker.Add(id, normalized, date, bands);
        Count++;
        if (speaker.Count > MaxClaimsPerSpeaker)
        {
            Count -= speaker.Count;
            speaker.KeepNewest(MaxClaimsPerSpeaker / 2);
            Count += speaker.Count;
        }

        Shrink(speakerKey);
    }

    public int? Exact(string speakerKey, string normalized) => Use(speakerKey).Exact(normalized);

    /// <summary>
    /// The speaker's claims sharing most bands with these, best first (ties by id), at most <paramref name="limit"/>.
    /// </summary>
    public List<(int Id, string Normalized, DateOnly? Date)> Candidates(string speakerKey, long[] bands, int limit) =>
        Use(speakerKey).Candidates(bands, limit);

    public void Clear()
    {
        _speakers.Clear();
        Count = 0;
    }

    private SpeakerClaims Use(string speakerKey)
    {
        var speaker = _speakers[speakerKey];
        speaker.LastUse = ++_uses;
        return speaker;
    }

    /// <summary>Drops the least recently used speakers (never the one in use) until a quarter of the room is free again.</summary>
    private void Shrink(string inUse)
    {
        if (Count <= MaxClaims)
        {
            return;
        }

        foreach (var (key, speaker) in _speakers.Where(s => s.Key != inUse).OrderBy(s => s.Value.LastUse).ToList())
        {
            if (Count <= MaxClaims * 3 / 4)
            {
                break;
            }

            _speakers.Remove(key);
            Count -= speaker.Count;
        }
    }

    private sealed class SpeakerClaims
    {
        private readonly List<(int Id, string Normalized, int? Day)> _claims = [];
        private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);

        // Claims sharing a band form a chain through _bandNodes, newest first: two small arrays instead of a list per band.
        private readonly Dictionary<long, int> _newestWithBand = [];
        private readonly List<(int Claim, int Previous)> _bandNodes = [];

        public long LastUse { get; set; }

        public int Count => _claims.Count;

        public void Add(int id, string normalized, DateOnly? date, long[] bands)
        {
            var claim = _claims.Count;
            _claims.Add((id, normalized, date?.DayNumber));
            _exact.TryAdd(normalized, id);
            foreach (var band in bands)
            {
                var previous = _newestWithBand.TryGetValue(band, out var node) ? node : -1;
                if (previous >= 0 && _bandNodes[previous].Claim == claim)
                {
                    continue;
                }

                _newestWithBand[band] = _bandNodes.Count;
                _bandNodes.Add((claim, previous));
            }
        }

        public int? Exact(string normalized) => _exact.TryGetValue(normalized, out var id) ? id : null;

        public List<(int Id, string Normalized, DateOnly? Date)> Candidates(long[] bands, int limit)
        {
            var shared = new Dictionary<int, int>();
            foreach (var band in bands)
            {
                if (!_newestWithBand.TryGetValue(band, out var node))
                {
                    continue;
                }

                // A band shared by hundreds of the speaker's claims says little; its newest claims are enough, and the walk
                // stays short for a speaker of formulaic claims ("shot down 12 drones").
                for (var steps = 0; node >= 0 && steps < MaxClaimsPerBand; node = _bandNodes[node].Previous, steps++)
                {
                    var claim = _bandNodes[node].Claim;
                    shared[claim] = shared.GetValueOrDefault(claim) + 1;
                }
            }

            // Claims were added in id order, so the lower position is the lower id.
            var best = new List<(int Claim, int Shared)>(shared.Count);
            foreach (var (claim, count) in shared)
            {
                best.Add((claim, count));
            }

            best.Sort((a, b) => a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared) : a.Claim.CompareTo(b.Claim));
            var result = new List<(int Id, string Normalized, DateOnly? Date)>(Math.Min(limit, best.Count));
            for (var i = 0; i < best.Count && i < limit; i++)
            {
                var (id, normalized, day) = _claims[best[i].Claim];
                result.Add((id, normalized, day is { } d ? DateOnly.FromDayNumber(d) : null));
            }

            return result;
        }

        /// <summary>Rebuilds the bucket from its newest claims, bands recomputed.</summary>
        public void KeepNewest(int count)
        {
            var kept = _claims[^count..];
            _claims.Clear();
            _exact.Clear();
            _newestWithBand.Clear();
            _bandNodes.Clear();
            foreach (var (id, normalized, day) in kept)
            {
                Add(id, normalized, day is { } d ? DateOnly.FromDayNumber(d) : null, ClaimText.Bands(ClaimText.Words(normalized)));
            }
        }
    }
}
