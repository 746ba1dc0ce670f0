using System.Runtime.CompilerServices;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Key to place indices without a list per key: a key naming one place stores that index directly; a key naming
/// several stores a negative offset into one shared postings array (count, then the indices).
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _slots;
    private readonly int[] _postings;

    private NameIndex(Dictionary<string, int> keys, int[] slots, int[] postings)
    {
        KeyCount = keys.Count;
        _lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _slots = slots;
        _postings = postings;
    }

    public int KeyCount { get; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_lookup.Dictionary.Count);
        foreach (var (key, slot) in _lookup.Dictionary)
        {
            writer.Write(key);
            writer.Write(slot);
        }

        WriteInts(writer, _slots);
        WriteInts(writer, _postings);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NameIndex Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var keys = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            keys.Add(key, reader.ReadInt32());
        }

        return new NameIndex(keys, ReadInts(reader), ReadInts(reader));
    }

    internal static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    internal static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key)
    {
        if (!_lookup.TryGetValue(key, out var slot))
        {
            return [];
        }

        var value = _slots[slot];
        if (value >= 0)
        {
            // Points into the postings array's one-entry-per-place tail, see Build.
            return new ReadOnlySpan<int>(_postings, value, 1);
        }

        var offset = -value - 1;
        return new ReadOnlySpan<int>(_postings, offset + 1, _postings[offset]);
    }

    /// <summary>Collects keys once each (key to slot), so building the final index never re-hashes them.</summary>
    public sealed class Builder(int capacity)
    {
        private readonly Dictionary<string, int> _keys = new(capacity, StringComparer.Ordinal);
        private readonly List<int> _slots = new(capacity);

        // Keys naming several places keep them as chains in two parallel lists (place, next), not a list per key.
        private readonly List<int> _chainPlace = [];
        private readonly List<int> _chainNext = [];
        private readonly List<int> _chainHead = [];
        private readonly List<int> _chainCount = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> key, int place)
        {
            var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var slot))
            {
                lookup[key] = _slots.Count;
                _slots.Add(place);
                return;
            }

            var value = _slots[slot];
            if (value >= 0)
            {
                if (value != place)
                {
                    var chain = _chainHead.Count;
                    _chainHead.Add(NewLink(place, NewLink(value, -1)));
                    _chainCount.Add(2);
                    _slots[slot] = -chain - 1;
                }

                return;
            }

            var id = -value - 1;
            if (_chainPlace[_chainHead[id]] != place)
            {
                _chainHead[id] = NewLink(place, _chainHead[id]);
                _chainCount[id]++;
            }
        }

        public NameIndex Build(int placeCount)
        {
            // Layout: the multi-place lists (count, then indices in the order they were added) in key order, then every
            // place index once so that a key naming one place returns a one-element span without an allocation. Key
            // order, not the order lists were started, makes the layout depend only on the keys and their places.
            var multiLength = 0;
            foreach (var count in _chainCount)
            {
                multiLength += count + 1;
            }

            var postings = new int[multiLength + placeCount];
            var slots = new int[_slots.Count];
            var position = 0;
            for (var slot = 0; slot < slots.Length; slot++)
            {
                var value = _slots[slot];
                if (value >= 0)
                {
                    slots[slot] = multiLength + value;
                    continue;
                }

                var chain = -value - 1;
                var count = _chainCount[chain];
                slots[slot] = -position - 1;
                postings[position] = count;
                var at = position + count;
                for (var link = _chainHead[chain]; link >= 0; link = _chainNext[link])
                {
                    postings[at--] = _chainPlace[link];
                }

                position += count + 1;
            }

            for (var place = 0; place < placeCount; place++)
            {
                postings[multiLength + place] = place;
            }

            return new NameIndex(_keys, slots, postings);
        }

        private int NewLink(int place, int next)
        {
            _chainPlace.Add(place);
            _chainNext.Add(next);
            return _chainPlace.Count - 1;
        }
    }
}
