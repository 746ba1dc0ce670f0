using System.Collections.Frozen;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>Looks words up by span so the hot path never allocates a string per token.</summary>
internal static class SpanLookup
{
    public static bool ContainsSpan(this FrozenSet<string> set, ReadOnlySpan<char> key) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static bool ContainsKeySpan<T>(this FrozenDictionary<string, T> dictionary, ReadOnlySpan<char> key) =>
        dictionary.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);

    public static bool TryGetSpan<T>(this FrozenDictionary<string, T> dictionary, ReadOnlySpan<char> key, out T value) =>
        dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
}
