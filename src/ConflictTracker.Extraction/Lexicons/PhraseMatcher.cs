using System.Collections.Frozen;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>
/// Finds the longest listed phrase starting at a token: phrases are indexed by their first token
/// (case-insensitive, looked up by span without allocating) and compared token by token.
/// Case rules keep "WHO" (the organisation) from matching "who", and "Hamas" from matching a lower-case word.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases, bool caseSensitiveAcronyms = true)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var text = TextNormaliser.Normalise(phrase.Trim());
            var tokens = Tokenizer.Tokenize(text, out var count);
            var first = 0;
            if (count > 1 && text.AsSpan(tokens[0].Start, tokens[0].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                first = 1; // "the Houthis" is matched as "Houthis"; the article stays outside the mention.
            }

            if (count - first == 0)
            {
                continue;
            }

            var words = new string[count - first];
            var exact = new bool[count - first];
            var cased = new bool[count - first];
            for (var k = first; k < count; k++)
            {
                var t = tokens[k];
                words[k - first] = text.Substring(t.Start, t.Length);
                // "WHO" never matches "who", nor "LeT" "Let": short acronyms, all capitals or mixed, match as written.
                exact[k - first] = caseSensitiveAcronyms && t.Length <= 5 && (t.IsAllCaps || HasInnerCapital(words[k - first]));
                cased[k - first] = !t.IsLower;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            if (!list.Exists(e => e.Words.AsSpan().SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
            {
                list.Add(new Entry(words, exact, cased, value));
            }
        }

        _byFirst = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byFirst.Count;

    private static bool HasInnerCapital(string word)
    {
        for (var c = 1; c < word.Length; c++)
        {
            if (char.IsUpper(word[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>; <paramref name="end"/> is the exclusive end token.</summary>
    public bool TryMatch(string text, Token[] tokens, int index, int limit, out T value, out int end)
    {
        value = default!;
        end = index;
        var first = tokens[index];
        if (!_lookup.TryGetValue(text.AsSpan(first.Start, first.Length), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var n = entry.Words.Length;
            if (index + n > limit)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < n && ok; k++)
            {
                var t = tokens[index + k];
                var span = text.AsSpan(t.Start, t.Length);
                ok = entry.Exact[k] ? span.SequenceEqual(entry.Words[k]) : span.Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
                ok &= !(entry.Cased[k] && t.IsLower);
                // Tokens of a phrase sit on one line: a heading break never joins two names.
                ok &= k == 0 || t.NewlinesBefore == 0;
            }

            if (ok)
            {
                value = entry.Value;
                end = index + n;
                return true;
            }
        }

        return false;
    }

    public bool ContainsWord(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    private sealed record Entry(string[] Words, bool[] Exact, bool[] Cased, T Value);
}
