namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Key to place indices without a list per key: a key naming one place stores that index directly; a key naming
/// several stores a negative offset into one shared postings array (count, then the indices).
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int> _keys;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _postings;

    private NameIndex(Dictionary<string, int> keys, int[] postings)
    {
        _keys = keys;
        _lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _postings = postings;
    }

    public int KeyCount => _keys.Count;

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key)
    {
        if (!_lookup.TryGetValue(key, out var value))
        {
            return [];
        }

        if (value >= 0)
        {
            // Points into the postings array's single-entry tail, see Build.
            return new ReadOnlySpan<int>(_postings, value, 1);
        }

        var offset = -value - 1;
        return new ReadOnlySpan<int>(_postings, offset + 1, _postings[offset]);
    }

    public sealed class Builder(int capacity)
    {
        private readonly Dictionary<string, int> _keys = new(capacity, StringComparer.Ordinal);
        private readonly List<List<int>> _multi = [];

        public void Add(ReadOnlySpan<char> key, int place)
        {
            var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var value))
            {
                lookup[key] = place;
                return;
            }

            if (value >= 0)
            {
                if (value == place)
                {
                    return;
                }

                _multi.Add([value, place]);
                lookup[key] = -_multi.Count;
                return;
            }

            var list = _multi[-value - 1];
            if (list[^1] != place)
            {
                list.Add(place);
            }
        }

        public NameIndex Build()
        {
            // Layout: the multi-place lists (count + indices), then every place index once so that a single-place
            // key can return a one-element span without an allocation.
            var multiLength = 0;
            foreach (var list in _multi)
            {
                multiLength += list.Count + 1;
            }

            var maxPlace = -1;
            foreach (var value in _keys.Values)
            {
                maxPlace = Math.Max(maxPlace, value);
            }

            foreach (var list in _multi)
            {
                foreach (var place in list)
                {
                    maxPlace = Math.Max(maxPlace, place);
                }
            }

            var postings = new int[multiLength + maxPlace + 1];
            var offsets = new int[_multi.Count];
            var position = 0;
            for (var i = 0; i < _multi.Count; i++)
            {
                offsets[i] = position;
                postings[position++] = _multi[i].Count;
                foreach (var place in _multi[i])
                {
                    postings[position++] = place;
                }
            }

            for (var place = 0; place <= maxPlace; place++)
            {
                postings[multiLength + place] = place;
            }

            var keys = new Dictionary<string, int>(_keys.Count, StringComparer.Ordinal);
            foreach (var (key, value) in _keys)
            {
                keys[key] = value >= 0 ? multiLength + value : -offsets[-value - 1] - 1;
            }

            return new NameIndex(keys, postings);
        }
    }
}
