using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Name shape ("Amara Diallo", "al-Burhan", "MR. KIRBY" in a label) and the person record a name makes.</summary>
internal sealed class PersonNames(ExtractionLexicons lexicons)
{
    /// <summary>Lower-case particles inside a name ("Institute for the Study of War", "Abu Bakr al-Baghdadi", "Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "the", "and", "on", "de", "du", "al", "bin", "ibn", "von", "van", "der", "la", "le", "da", "el", "abu"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["Jr", "Jr.", "Sr", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>"People's" in "Uganda People's Defence Force", "Kurdistan Workers' Party": a possessive inside an organisation's name.</summary>
    public static bool IsPluralPossessiveInName(Document document, int k) =>
        document.Tokens[k].Kind == TokenKind.Possessive && k > 0 && k + 1 < document.TokenCount &&
        (document.TokenText(k - 1) is "People" or "Peoples" or "Workers" or "Women" or "Farmers" or "Martyrs" or "Veterans" or "Mothers" or "Citizens" ||
         IsOfficeOfTitle(document, k)) &&
        document.Tokens[k + 1].IsCapitalised && document.Tokens[k + 1].NewlinesBefore == 0;

    /// <summary>"Prosecutor General's Office", "the Ombudsman's Office": an office named after the post it serves is one body, not a person and a body.</summary>
    private static bool IsOfficeOfTitle(Document document, int k) =>
        document.TokenText(k - 1) is "General" or "Ombudsman" or "Ombudsperson" or "President" or "Minister" or "Governor" or "Mayor" &&
        document.TokenText(k + 1) is "Office" or "Bureau";

    public bool IsPersonName(Document document, int first, int end)
    {
        if (lexicons.Capitals.TryMatch(document.Normalized, document.Tokens, first, end, out _, out var capitalEnd) && capitalEnd == end)
        {
            return false; // "relations between Addis Ababa and Asmara": a capital, never a person
        }

        var words = 0;
        for (var k = first; k < end; k++)
        {
            var t = document.Tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                continue; // the period of an initial
            }

            if (!IsNameWord(document, k))
            {
                var w = document.Normalized.AsSpan(t.Start, t.Length);
                if (!(Connectors.ContainsSpan(w) || Suffixes.ContainsSpan(w)) || k == first)
                {
                    return false;
                }
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }

    public bool IsNameWord(Document document, int k)
    {
        var t = document.Tokens[k];
        if (t.IsWord && t.IsLower && IsArticleName(document.Normalized, t))
        {
            return true;
        }

        if (!t.IsWord || !t.IsCapitalised)
        {
            return false;
        }

        var w = document.Normalized.AsSpan(t.Start, t.Length);
        if (IsCompoundAdjective(w))
        {
            return false; // "Houthi-controlled Hodeidah", "English-speaking North-West": a place described, not a person
        }

        if (lexicons.NonNameWords.ContainsSpan(w) || lexicons.OrgHeads.ContainsKeySpan(w) || lexicons.Titles.ContainsWord(w) && t.Length > 1 && IsSingleWordTitle(document, k))
        {
            return false;
        }

        if (t.IsAllCaps && t.Length > 1 && !IsShoutedName(document, k))
        {
            return false;
        }

        if (lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, Math.Min(document.TokenCount, k + 4), out _, out _))
        {
            return false;
        }

        return !lexicons.Demonyms.ContainsWord(w) || k + 1 < document.TokenCount && document.Tokens[k + 1].IsCapitalised && k > 0 && document.Tokens[k - 1].IsCapitalised;
    }

    /// <summary>
    /// "Houthi-controlled", "Kremlin-backed", "Hamas-run": a name and a participle. A hyphenated given name whose second
    /// half is lower case ("Tae-woo", "Sung-jun", "Gyu-back") is a name, not one of these.
    /// </summary>
    private static bool IsCompoundAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= word.Length || !char.IsLower(word[hyphen + 1]) || word[..hyphen].Contains('-'))
        {
            return false;
        }

        var second = word[(hyphen + 1)..];
        return second.EndsWith("ed") || second.EndsWith("ing") || second.EndsWith("en")
            || second is "run" or "held" or "built" or "made" or "born" or "bound" or "style" or "like" or "wide" or "friendly" or "free";
    }

    private bool IsSingleWordTitle(Document document, int k) =>
        lexicons.Titles.TryMatch(document.Normalized, document.Tokens, k, k + 1, out _, out _);

    /// <summary>Transcript labels shout names ("MR. KIRBY"); elsewhere an all-capitals word is an acronym.</summary>
    private static bool IsShoutedName(Document document, int k)
    {
        // Turns are in text order: binary search for the last label starting at or before k.
        int lo = 0, hi = document.Turns.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (document.Turns[mid].LabelFirstToken <= k)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && k < document.Turns[found].LabelEndToken;
    }

    /// <summary>An Arabic name with its article: "al-Burhan", "el-Sisi", "ash-Sharaa".</summary>
    public static bool IsArticleName(string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.Length);
        var dash = span.IndexOf('-');
        return dash is >= 2 and <= 3 && dash + 1 < span.Length && char.IsUpper(span[dash + 1]) &&
            span[..dash] is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" or "ad" or "ul";
    }

    public ActorRecord AddPerson(Document document, ActorTable table, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var full = TitleCase(text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start));
        var name = CanonicalPersonName(full);
        var record = table.Find(name) ?? table.Find(full) ?? table.GetOrAdd(name, ActorType.Person, null);
        record.AddAlias(full);
        record.Emit = true;
        table.AddMention(record, first, end);
        return record;
    }

    /// <summary>"Lloyd J. Austin III" is known as "Lloyd Austin": middle initials and generation suffixes are dropped.</summary>
    private static string CanonicalPersonName(string full)
    {
        var parts = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 2)
        {
            return full;
        }

        var kept = new List<string>(parts.Length);
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            var initial = part.Length <= 2 && part.EndsWith('.') || part.Length == 1;
            if (k > 0 && (initial || Suffixes.Contains(part)) && kept.Count > 0 && (k < parts.Length - 1 || Suffixes.Contains(part)))
            {
                continue;
            }

            kept.Add(part);
        }

        return kept.Count >= 2 ? string.Join(' ', kept) : full;
    }

    /// <summary>"MR. KIRBY" in a transcript label reads as "Kirby".</summary>
    private static string TitleCase(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return name;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (letters <= 5 && !name.Contains(' ', StringComparison.Ordinal))
        {
            return name[0] + name[1..].ToLowerInvariant();
        }

        var chars = name.ToCharArray();
        for (var k = 1; k < chars.Length; k++)
        {
            if (char.IsLetter(chars[k]) && char.IsLetter(chars[k - 1]))
            {
                chars[k] = char.ToLowerInvariant(chars[k]);
            }
        }

        return new string(chars);
    }

    public void AddRoleWords(Document document, ActorRecord person, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && lexicons.Titles.TryMatch(text, tokens, k, end, out _, out var te))
            {
                person.AddRole(text.Substring(tokens[k].Start, tokens[te - 1].End - tokens[k].Start).ToLowerInvariant());
                person.AddRole(text.Substring(tokens[te - 1].Start, tokens[te - 1].Length).ToLowerInvariant());
                k = te - 1;
            }
        }
    }

    public int LowerTitleBefore(Document document, Sentence sentence, int i)
    {
        for (var k = Math.Max(sentence.FirstToken, i - 3); k < i; k++)
        {
            if (document.Tokens[k].IsWord && lexicons.Titles.TryMatch(document.Normalized, document.Tokens, k, i, out _, out var end) && end == i)
            {
                return k;
            }
        }

        return -1;
    }
}
