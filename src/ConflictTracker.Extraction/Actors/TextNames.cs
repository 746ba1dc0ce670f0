using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Actors;

/// <summary>The name an actor is given in the output: the report's own words over the dictionary's.</summary>
internal static class TextNames
{
    /// <summary>
    /// A dictionary name the report never uses ("Gaza Health Ministry" where the text says "Ministry of Health in
    /// Gaza") gives way to the longest proper name the text does use, because readers and annotators know the actor by
    /// the report's words; the dictionary name stays an alias.
    /// </summary>
    public static void PreferTextName(ActorRecord record)
    {
        if (record.Type is ActorType.Person or ActorType.State || record.Described || record.KeepsName || record.Mentions.Count == 0)
        {
            return;
        }

        var nameIsAcronym = IsAcronym(record.Name);
        string? best = null;
        string? acronym = null;
        foreach (var mention in record.Mentions)
        {
            if (IsAcronym(mention.Text))
            {
                acronym ??= mention.Text;
            }

            var text = mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention.Text[4..] : mention.Text;
            // The dictionary name is in the text: keep it, unless it is only the acronym of a long form also used.
            if (!nameIsAcronym && ActorTable.Key(text).Replace('\u2019', '\'').Equals(ActorTable.Key(record.Name), StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (IsProperName(text) && (best is null || text.Length > best.Length))
            {
                best = text;
            }
        }

        // Only an acronym in the text ("the HUR") that does not abbreviate the dictionary name (a transliterated
        // acronym): the report's acronym is the name its readers know. "WHO" keeps "World Health Organization".
        if (best is null && acronym is not null && !nameIsAcronym && !Abbreviates(acronym, record.Name))
        {
            best = acronym;
        }

        // Only a description in the text ("the UN humanitarian office") for a dictionary acronym: the spelled-out
        // dictionary name says more to a reader than the initials the report never used.
        if (best is null && acronym is null && nameIsAcronym)
        {
            foreach (var alias in record.Aliases)
            {
                if (!alias.Contains('.') && Abbreviates(record.Name, alias) && (best is null || alias.Length > best.Length))
                {
                    best = alias;
                }
            }
        }

        if (best is null)
        {
            return;
        }

        var old = record.Name;
        record.Name = best;
        record.AddAlias(old);
    }

    /// <summary>Whether <paramref name="acronym"/> is the initials of <paramref name="name"/> ("MILF", "Moro Islamic Liberation Front").</summary>
    public static bool Abbreviates(string acronym, string name)
    {
        Span<char> all = stackalloc char[16];
        Span<char> content = stackalloc char[16];
        int a = 0, c = 0;
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length == 0 || a == all.Length || c == content.Length)
            {
                continue;
            }

            all[a++] = char.ToUpperInvariant(word[0]);
            if (char.IsUpper(word[0]))
            {
                content[c++] = word[0];
            }
        }

        return acronym.AsSpan().SequenceEqual(all[..a]) || acronym.AsSpan().SequenceEqual(content[..c]);
    }

    /// <summary>"U.S.", "U.N.": initials with dots, which a proper name may hold.</summary>
    private static bool IsDottedInitials(string word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 0;
    }

    public static bool IsAcronym(string text)
    {
        if (text.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Ministry of Health in Gaza": two or more words, each capitalised or a short function word.</summary>
    private static bool IsProperName(string text)
    {
        var words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "for" or "the" or "and" or "&" or "in" or "on" or "de" or "du" or "des" or "al")
            {
                continue;
            }

            // "al-Islam", "wal-Muslimin": a lower-case Arabic article joined to a capitalised name is part of the name.
            var core = word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length ? word[(hyphen + 1)..] : word;
            // "Jama'at" keeps its apostrophe; "Mali's armed forces" is a possessive phrase, not a name.
            var possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) || word[^1] is '\'' or '\u2019';
            if (!char.IsUpper(word[0]) && !char.IsUpper(core[0]) || possessive || word.Contains('.') && !IsDottedInitials(word))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }
}
