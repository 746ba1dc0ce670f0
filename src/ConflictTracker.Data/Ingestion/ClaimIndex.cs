namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The writer's in-memory copy of what claim grouping looks up: claims by speaker and text, and by similarity band.
/// Short claims over a small vocabulary share bands with many others, so the same lookup in SQL walks a band's
/// growing row list and joins every claim on it per new claim: ingestion slowed down as the database grew. Here the
/// same walk is dictionary reads. Loaded from the database when the writer first needs it and dropped whenever a
/// write rolls back, so it never holds a claim the database does not.
/// </summary>
internal sealed class ClaimIndex
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<int>> _byBand = [];
    private readonly Dictionary<int, (string SpeakerKey, string Normalized, int? Day)> _claims = [];

    public int Count => _claims.Count;

    public void Add(int id, string speakerKey, string normalized, DateOnly? date)
    {
        _claims[id] = (speakerKey, normalized, date?.DayNumber);
        _exact.TryAdd(ExactKey(speakerKey, normalized), id);
    }

    public void AddBand(long key, int claimId)
    {
        if (!_byBand.TryGetValue(key, out var ids))
        {
            _byBand[key] = ids = new List<int>(2);
        }

        ids.Add(claimId);
    }

    public int? Exact(string speakerKey, string normalized) => _exact.TryGetValue(ExactKey(speakerKey, normalized), out var id) ? id : null;

    /// <summary>
    /// The speaker's claims sharing most bands with these, best first (ties by id), at most <paramref name="limit"/>:
    /// the order the SQL lookup it replaces returned.
    /// </summary>
    public IEnumerable<(int Id, string Normalized, DateOnly? Date)> Candidates(long[] bands, string speakerKey, int limit)
    {
        var shared = new Dictionary<int, int>();
        foreach (var band in bands)
        {
            if (!_byBand.TryGetValue(band, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (_claims.TryGetValue(id, out var claim) && claim.SpeakerKey == speakerKey)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        return shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(limit).Select(p =>
        {
            var claim = _claims[p.Key];
            return (p.Key, claim.Normalized, claim.Day is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null);
        });
    }

    private static string ExactKey(string speakerKey, string normalized) => speakerKey + "\u0001" + normalized;
}
