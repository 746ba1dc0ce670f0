using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>A run of capitalised words, read as a titled person, a role, an organisation or an untitled name, in that order.</summary>
internal sealed class CapitalisedNames(ExtractionLexicons lexicons, PersonNames names, TitledPeople titled, CapitalisedRoles roles, Organisations organisations)
{
    private static readonly FrozenSet<string> DateWords = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        StringComparer.Ordinal);

    private readonly ActorWords _words = lexicons.ActorWords;

    public int RecogniseCapitalised(Document document, ActorTable table, bool[] located, Sentence sentence, int i)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        if (DateWords.ContainsSpan(document.TokenText(i)))
        {
            return i + 1; // a day or month never starts an actor's name
        }

        var seqEnd = ScanCapitalised(document, sentence, i);
        if (seqEnd <= i)
        {
            return i + 1;
        }

        // "Mission in Somalia (AUSSOM)": a short place tail before a defined acronym still belongs to the name.
        if (!IsAcronymAt(document, sentence, seqEnd) && seqEnd + 2 < sentence.EndToken && document.TokenText(seqEnd) is "in" or "on" or "for")
        {
            var tail = seqEnd + 1;
            while (tail < sentence.EndToken && tail < seqEnd + 4 && tokens[tail].IsCapitalised && tokens[tail].NewlinesBefore == 0)
            {
                tail++;
            }

            if (tail > seqEnd + 1 && IsAcronymAt(document, sentence, tail))
            {
                seqEnd = tail;
            }
        }

        // A defined acronym vouches for the whole name, connectors and all ("Framework for the Defence of the People of X (FDPX)").
        var defined = IsAcronymAt(document, sentence, seqEnd);
        var rawEnd = seqEnd;
        if (!defined)
        {
            seqEnd = CutAtConnectorWithoutHead(document, i, seqEnd);
            if (CutAtPersonBeforeBody(document, i, seqEnd) is var personEnd && personEnd < seqEnd)
            {
                seqEnd = rawEnd = personEnd;
            }
        }

        // "Institute for the Study of War (ISW)": the acronym in brackets names the same actor.
        string? acronym = null;
        if (IsAcronymAt(document, sentence, seqEnd))
        {
            acronym = text.Substring(tokens[seqEnd + 1].Start, tokens[seqEnd + 1].Length);
        }

        if (titled.TryTitled(document, table, sentence, i, seqEnd))
        {
            return seqEnd;
        }

        var first = i;
        while (first < seqEnd && text.AsSpan(tokens[first].Start, tokens[first].Length) is "The" or "A" or "An")
        {
            first++;
        }

        // "Troops of Operation X reported": a force noun capitalised only because it starts the sentence is no part of the name.
        if (first == sentence.FirstToken && first + 2 < seqEnd && document.TokenText(first + 1) is "of" &&
            lexicons.ForceNouns.TryMatch(text, tokens, first, first + 1, out _, out _))
        {
            first += 2;
            i = first;
        }

        if (roles.TryCapitalisedRole(document, table, sentence, i, rawEnd, out var roleEnd) || rawEnd != seqEnd && roles.TryCapitalisedRole(document, table, sentence, i, seqEnd, out roleEnd))
        {
            return roleEnd;
        }

        if (organisations.TryNamed(document, table, located, sentence, i, first, seqEnd, acronym, defined, out var organisationEnd))
        {
            return organisationEnd;
        }

        if (TryNamedFaction(document, table, located, sentence, first, seqEnd, out var factionEnd))
        {
            return factionEnd;
        }

        if (!TryUntitledPerson(document, table, located, sentence, i, first, seqEnd))
        {
            organisations.TryUndefinedAcronym(document, table, sentence, i, seqEnd);
        }

        return seqEnd;
    }

    /// <summary>
    /// "the Karialan faction": a proper name that is no place, before a lower-case "faction", names an armed faction.
    /// (A name before "government" is left alone: it is as often a leader's, "the Maduro government".)
    /// </summary>
    private bool TryNamedFaction(Document document, ActorTable table, bool[] located, Sentence sentence, int first, int end, out int next)
    {
        next = end;
        if (end >= sentence.EndToken || end - first is < 1 or > 2 || first - 1 < sentence.FirstToken || document.TokenText(first - 1) is not ("the" or "The" or "a") ||
            document.TokenText(end) is not "faction" || IsAllLocated(located, first, end) ||
            end + 1 < sentence.EndToken && document.TokenText(end + 1) is "forces" or "troops" or "soldiers" or "officials" or "official" or "spokesman" or "spokesperson")
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (located[k] || !names.IsNameWord(document, k) || table.TokenActor[k] >= 0)
            {
                return false;
            }
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var record = table.GetOrAdd(text[tokens[first].Start..tokens[end].End], ActorType.ArmedGroup, null);
        record.Emit = true;
        record.KeepsName = true;
        table.AddMention(record, first, end + 1);
        next = end + 1;
        return true;
    }

    /// <summary>A name without a title: two to four name-shaped words, or one word after a lower-case role ("governor Koval").</summary>
    private bool TryUntitledPerson(Document document, ActorTable table, bool[] located, Sentence sentence, int i, int first, int seqEnd)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var nameStart = first;
        while (nameStart < seqEnd && !names.IsNameWord(document, nameStart))
        {
            nameStart++;
        }

        var words = seqEnd - nameStart;
        var lowerTitle = names.LowerTitleBefore(document, sentence, i);
        if (words < 1 || words < 2 && lowerTitle <= 0 && !IsAgedAppositive(document, sentence, seqEnd) || !names.IsPersonName(document, nameStart, seqEnd) || IsAllLocated(located, nameStart, seqEnd) ||
            IsHeading(document, sentence) || LooksLikePlace(document, located, sentence, i, seqEnd) || IsQuoted(document, sentence, i, seqEnd))
        {
            return false; // one name word alone could be anything
        }

        var person = names.AddPerson(document, table, nameStart, seqEnd);
        if (lowerTitle > 0)
        {
            person.AddRole(text.Substring(tokens[lowerTitle].Start, tokens[i - 1].End - tokens[lowerTitle].Start).ToLowerInvariant());
            names.AddRoleWords(document, person, lowerTitle, i);
        }

        return true;
    }

    /// <summary>
    /// "Kateryna, a 58-year-old nurse," or "Ahmed, 34, said": an age in apposition makes a lone given name a person (people
    /// who ask that their surname not be used).
    /// </summary>
    private static bool IsAgedAppositive(Document document, Sentence sentence, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        if (end + 2 >= sentence.EndToken || text[tokens[end].Start] != ',')
        {
            return false;
        }

        var k = end + 1;
        if (char.IsAsciiDigit(text[tokens[k].Start]) && tokens[k].Length <= 3 && k + 1 < sentence.EndToken && text[tokens[k + 1].Start] == ',')
        {
            return true;
        }

        if (document.TokenText(k) is not ("a" or "an"))
        {
            return false;
        }

        var at = tokens[k + 1].Start;
        var digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > at && text.AsSpan(digits).StartsWith("-year-old", StringComparison.Ordinal);
    }

    /// <summary>"a so-called governor of \"Guayana Esequiba\"": a name in quotation marks is a term or a disputed name, not a person.</summary>
    private static bool IsQuoted(Document document, Sentence sentence, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        if (first - 1 < sentence.FirstToken || end >= sentence.EndToken || text[tokens[first - 1].Start] is not ('"' or '\u201C') || text[tokens[end].Start] is not ('"' or '\u201D'))
        {
            return false;
        }

        // 'Ismael "El Mayo" Zambada': a nickname between a given name and a surname still names that person.
        return !(first - 2 >= sentence.FirstToken && tokens[first - 2].IsCapitalised && end + 1 < sentence.EndToken && tokens[end + 1].IsCapitalised);
    }

    private int ScanCapitalised(Document document, Sentence sentence, int i)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var k = i;
        var end = i;
        while (k < sentence.EndToken)
        {
            var t = tokens[k];
            if (k > i && t.NewlinesBefore > 0)
            {
                break;
            }

            if (t.IsWord && !t.IsLower && (k == i || !lexicons.Actors.TryMatch(text, tokens, k, sentence.EndToken, out _, out _) || IsInsideOrgName(document, k)))
            {
                k++;
                end = k;
                continue;
            }

            if (k > i && PersonNames.IsPluralPossessiveInName(document, k))
            {
                k++; // "Sudan People's Liberation Movement"
                continue;
            }

            if (t.IsWord && t.IsLower && k > i && PersonNames.IsArticleName(text, t) && t.NewlinesBefore == 0)
            {
                k++; // "Abdel Fattah al-Burhan"
                end = k;
                continue;
            }

            if (t.IsWord && t.IsLower && k > i && PersonNames.Connectors.ContainsSpan(text.AsSpan(t.Start, t.Length)) && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsLower &&
                !DateWords.ContainsSpan(document.TokenText(k + 1)) && !(document.TokenText(k) is "the" && !IsArticleInsideName(document, k)) && !StartsOwner(document, sentence, k))
            {
                k++;
                continue;
            }

            // "Framework for the Defence of the People": a connector and an article inside a long name.
            if (t.IsWord && t.IsLower && k > i && document.TokenText(k) is "for" or "of" or "on" && k + 2 < sentence.EndToken && document.TokenText(k + 1) is "the" &&
                tokens[k + 2].IsWord && tokens[k + 2].IsCapitalised && tokens[k + 2].NewlinesBefore == 0 && !DateWords.ContainsSpan(document.TokenText(k + 2)))
            {
                k += 2;
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && text[t.Start] == '.' && k > i && t.Start == tokens[k - 1].End && k + 1 < sentence.EndToken && tokens[k + 1].IsCapitalised &&
                (tokens[k - 1].Length == 1 && tokens[k - 1].IsCapitalised || text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length) is "Gen" or "Lt" or "Col" or "Maj" or "Capt" or "Sgt" or "Adm" or "Gov" or "Sen" or "Rep" or "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "Brig" or "Cmdr"))
            {
                k++; // the period after an initial ("Lloyd J. Austin")
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// "Amara Diallo of the Timbuktu Institute", "Lieutenant Colonel Marco Ferrante and Kosovo Police": a person's name
    /// (after any title) joined by "of" or "and" to an organisation's ends before the joining word; each is an actor.
    /// </summary>
    private int CutAtPersonBeforeBody(Document document, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        for (var c = first + 2; c < end - 1; c++)
        {
            if (!tokens[c].IsLower || document.TokenText(c) is not ("of" or "and"))
            {
                continue;
            }

            var body = false;
            for (var k = c + 1; k < end && !body; k++)
            {
                body = tokens[k].IsCapitalised && lexicons.OrgHeads.ContainsKeySpan(document.TokenText(k));
            }

            var nameStart = first;
            for (var k = first; k < c; k++)
            {
                if (lexicons.Titles.TryMatch(text, tokens, k, c, out _, out var titleEnd))
                {
                    nameStart = titleEnd;
                    k = titleEnd - 1;
                }
            }

            var words = 0;
            for (var k = nameStart; k < c; k++)
            {
                words += tokens[k].IsWord ? 1 : 0;
            }

            if (body && words is >= 2 and <= 4 && names.IsPersonName(document, nameStart, c) && !HasHead(document, first, c))
            {
                return c;
            }

            return end; // only the first joining word can separate a person from a body
        }

        return end;
    }

    private bool HasHead(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (document.Tokens[k].IsCapitalised && lexicons.OrgHeads.ContainsKeySpan(document.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Chile's Ministry of Interior and Peru's ...": a name with a possessive after "and" owns what follows, so it starts a new phrase.</summary>
    private static bool StartsOwner(Document document, Sentence sentence, int and)
    {
        if (document.TokenText(and) is not "and")
        {
            return false;
        }

        var k = and + 1;
        while (k < sentence.EndToken && k < and + 4 && document.Tokens[k].IsCapitalised)
        {
            k++;
        }

        return k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Possessive;
    }

    /// <summary>"Luhansk and Donetsk", "Tshisekedi and Kagame": joining words belong inside organisation names only.</summary>
    private int CutAtConnectorWithoutHead(Document document, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var connector = -1;
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            if (t.IsCapitalised && lexicons.OrgHeads.ContainsKeySpan(text.AsSpan(t.Start, t.Length)))
            {
                return end;
            }

            if (connector < 0 && t.IsLower && text.AsSpan(t.Start, t.Length) is "of" or "for" or "the" or "and" or "on")
            {
                connector = k;
            }
        }

        return connector > first ? connector : end;
    }

    /// <summary>"Kyiv City Military Administration": a dictionary word inside a longer organisation name does not split it.</summary>
    private bool IsInsideOrgName(Document document, int k)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        for (var j = k; j < Math.Min(document.TokenCount, k + 4); j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.IsLower)
            {
                return false;
            }

            if (lexicons.OrgHeads.ContainsKeySpan(text.AsSpan(t.Start, t.Length)) && j > k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Union of the Comoros" keeps its article; "On Tuesday the Commander" is two phrases.</summary>
    private static bool IsArticleInsideName(Document document, int k) =>
        k - 1 >= 0 && document.TokenText(k - 1) is "of" or "for" or "and" or "on";

    /// <summary>
    /// "in Haji Omar village", "around Khiam and Bint Tal": an unknown two-word name in a place's slot (after a locative
    /// preposition, beside a known place, before a settlement noun) is a place the gazetteer lacks, not a person.
    /// </summary>
    private bool LooksLikePlace(Document document, bool[] located, Sentence sentence, int first, int end)
    {
        if (end < sentence.EndToken && _words.SettlementNouns.ContainsSpan(document.TokenText(end)))
        {
            return true;
        }

        if (IsPlaceByNeighbours(document, located, sentence, first, end))
        {
            return true;
        }

        var before = first - 1;
        if (before < sentence.FirstToken)
        {
            return false;
        }

        if (document.TokenText(before) is "and" or "or" && before - 1 >= sentence.FirstToken)
        {
            if (located[before - 1])
            {
                return true;
            }

            // "around Khiam and Bint Tal": the first of the pair sits after a locative preposition.
            var k = before - 1;
            while (k > sentence.FirstToken && k > before - 4 && document.Tokens[k].IsCapitalised)
            {
                k--;
            }

            before = k;
            if (k == first - 2 || document.Tokens[k].IsCapitalised)
            {
                return false;
            }
        }

        return document.TokenText(before) is "in" or "near" or "around" or "outside" or "inside" or "toward" or "towards" or "across" or "throughout";
    }

    /// <summary>
    /// "from Bint Tal to the coast", "Kfar Hamam and Khiam", "the camps of Jenin, Ein Sultan and Far'a", "held at Camp X,
    /// Dar Salam, North Kivu,": a name that runs from or to a place, is listed with known places or stands before its
    /// province in an address is a place too.
    /// </summary>
    private static bool IsPlaceByNeighbours(Document document, bool[] located, Sentence sentence, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var before = first - 1 >= sentence.FirstToken ? document.TokenText(first - 1) : default;
        var after = end < sentence.EndToken ? document.TokenText(end) : default;
        if (before is "from" && after is "to")
        {
            return true;
        }

        if (after is "and" or "or" && end + 1 < sentence.EndToken && located[end + 1])
        {
            return true;
        }

        var commaBefore = first - 1 >= sentence.FirstToken && text[tokens[first - 1].Start] == ',';
        if (commaBefore && after is "and" or "or" && first - 2 >= sentence.FirstToken && located[first - 2])
        {
            return true;
        }

        if ((commaBefore || before is "in" or "at") && end + 1 < sentence.EndToken && text[tokens[end].Start] == ',' && located[end + 1])
        {
            var k = end + 1;
            while (k < sentence.EndToken && located[k])
            {
                k++;
            }

            return k >= sentence.EndToken || text[tokens[k].Start] is ',' or '.' or ';';
        }

        return false;
    }

    /// <summary>"Humanitarian Situation Worsens": a line of capitalised words with no closing punctuation is a heading, not a name.</summary>
    private static bool IsHeading(Document document, Sentence sentence)
    {
        var last = document.Tokens[sentence.EndToken - 1];
        if (!last.IsWord || sentence.EndToken - sentence.FirstToken < 2)
        {
            return false;
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k];
            if (!t.IsWord || t.IsLower && !PersonNames.Connectors.ContainsSpan(document.TokenText(k)))
            {
                return false;
            }
        }

        return sentence.EndToken >= document.TokenCount || document.Tokens[sentence.EndToken].NewlinesBefore > 0;
    }

    public static bool IsAcronymAt(Document document, Sentence sentence, int k) =>
        k + 2 < sentence.EndToken && document.Normalized[document.Tokens[k].Start] == '(' && document.Tokens[k + 1].IsAllCaps &&
        document.Tokens[k + 1].Length >= 2 && document.Normalized[document.Tokens[k + 2].Start] == ')';

    public static bool IsAllLocated(bool[] located, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!located[k])
            {
                return false;
            }
        }

        return true;
    }
}
