using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Organisations by a capitalised head noun ("Ministry", "Brigade"), by a defined acronym, by a lower-case unit phrase ("Tavria military command"), and undefined acronyms that speak or are described ("DTEK said").</summary>
internal sealed class Organisations(ExtractionLexicons lexicons, PersonNames names, BodyOwners owners)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// "Kyiv City Military Administration", "47th Mechanized Brigade", "Institute for the Study of War (ISW)": a
    /// capitalised sequence with an organisation head noun or a defined acronym; or a short name before a lower-case
    /// unit phrase ("Tavria military command", "the Siversk group of forces").
    /// </summary>
    public bool TryNamed(Document document, ActorTable table, bool[] located, Sentence sentence, int i, int first, int seqEnd, string? acronym, bool defined, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        next = seqEnd;
        var orgType = (ActorType?)null;
        for (var k = i; k < seqEnd; k++)
        {
            if (tokens[k].IsCapitalised && lexicons.OrgHeads.TryGetSpan(text.AsSpan(tokens[k].Start, tokens[k].Length), out var type))
            {
                orgType = type;
                if (k > i)
                {
                    break; // the head after its modifiers decides ("Military Administration")
                }
            }
        }

        if (orgType is null && acronym is not null && defined && seqEnd - first >= 3 && !CapitalisedNames.IsAllLocated(located, first, seqEnd) && !names.IsPersonName(document, first, seqEnd) &&
            !lexicons.CountryNames.TryMatch(text, tokens, first, seqEnd, out _, out _))
        {
            orgType = ActorType.Organization;
        }

        var ordinal = first == i && first > sentence.FirstToken && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 1].End + 1 == tokens[first].Start &&
            text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is [.., 's' or 'n' or 'r' or 't', 't' or 'd' or 'h'];
        if (orgType is { } orgKind && (seqEnd - first >= 2 || ordinal) && !CapitalisedNames.IsAllLocated(located, first, seqEnd))
        {
            if (ordinal)
            {
                first--; // "47th Mechanized Brigade", "the 47th Brigade"
            }

            var name = text.Substring(tokens[first].Start, tokens[seqEnd - 1].End - tokens[first].Start);
            var affiliation = AffiliationIn(document, first, seqEnd);
            // A body with its own acronym ("National Intelligence Service (NIS)") is known by its name alone.
            var record = (affiliation is null && !ordinal && acronym is null ? OwnedBody(document, table, sentence, first, seqEnd, name, orgKind) : null) ??
                table.Find(name) ?? table.GetOrAdd(name, orgKind, affiliation);
            record.Emit = true;
            table.AddMention(record, first, seqEnd);
            AddSeatAlias(document, sentence, record, name, seqEnd);
            if (acronym is not null)
            {
                table.ShortNames[acronym] = record;
                table.AddMention(record, seqEnd + 1, seqEnd + 2);
            }

            return true;
        }

        // "Hawar news agency": a name before its kind written in lower case.
        if (seqEnd - first is 1 or 2 && seqEnd + 1 < sentence.EndToken && document.TokenText(seqEnd) is "news" && document.TokenText(seqEnd + 1) is "agency" &&
            !lexicons.CountryNames.TryMatch(text, tokens, first, seqEnd, out _, out _) && !lexicons.Demonyms.TryMatch(text, tokens, first, seqEnd, out _, out _))
        {
            var agencyName = text.Substring(tokens[first].Start, tokens[seqEnd + 1].End - tokens[first].Start);
            var agency = table.Find(agencyName) ?? table.GetOrAdd(agencyName, ActorType.Media, null);
            agency.Emit = true;
            table.AddMention(agency, first, seqEnd + 2);
            next = seqEnd + 2;
            return true;
        }

        if (seqEnd - first is 1 or 2 && UnitPhraseEnd(document, sentence, seqEnd) is var unitEnd && unitEnd > seqEnd &&
            !lexicons.CountryNames.TryMatch(text, tokens, first, seqEnd, out _, out _) && !lexicons.Demonyms.TryMatch(text, tokens, first, seqEnd, out _, out _))
        {
            var unitName = text.Substring(tokens[first].Start, tokens[unitEnd - 1].End - tokens[first].Start);
            var unit = table.Find(unitName) ?? table.GetOrAdd(unitName, ActorType.Military, owners.Before(document, sentence, first, out _)?.Name);
            unit.Emit = true;
            table.AddMention(unit, first, unitEnd);
            next = unitEnd;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "The African Union's Peace and Security Council": a body of an international organisation is known with its
    /// owner's name ("African Union Peace and Security Council"); the owner named only to own it does not act.
    /// </summary>
    private static ActorRecord? InternationalBody(Document document, ActorTable table, Sentence sentence, int first, string name, ActorType type)
    {
        if (first - 2 < sentence.FirstToken || document.Tokens[first - 1].Kind != TokenKind.Possessive ||
            table.AtToken(first - 2) is not { Type: ActorType.InternationalOrg } owner)
        {
            return null;
        }

        var qualified = owner.Name + " " + name;
        var record = table.Find(qualified) ?? table.GetOrAdd(qualified, type == ActorType.Organization ? ActorType.InternationalOrg : type, owner.Name);
        record.KeepsName = true;
        record.AddAlias(owner.Name + "'s " + name);
        if (owner.Mentions.Count == 1)
        {
            owner.Emit = false;
        }

        return record;
    }

    /// <summary>"the Basic Court in Mitrovica": the body's name with its seat is an alias, the way such bodies are often known.</summary>
    private static void AddSeatAlias(Document document, Sentence sentence, ActorRecord record, string name, int end)
    {
        if (end + 1 >= sentence.EndToken || document.TokenText(end) is not "in")
        {
            return;
        }

        var place = end + 1;
        while (place < sentence.EndToken && place < end + 4 && document.Tokens[place].IsCapitalised && document.Tokens[place].NewlinesBefore == 0)
        {
            place++;
        }

        if (place > end + 1)
        {
            var tokens = document.Tokens;
            record.AddAlias(name + " " + document.Normalized.Substring(tokens[end].Start, tokens[place - 1].End - tokens[end].Start));
        }
    }

    /// <summary>An undefined acronym named by a descriptor ("power company DTEK"), speaking ("DTEK said") or with its people ("KFOR troops").</summary>
    public void TryUndefinedAcronym(Document document, ActorTable table, Sentence sentence, int i, int seqEnd)
    {
        var tokens = document.Tokens;
        if (seqEnd - i == 1 && tokens[i].IsAllCaps && tokens[i].Length is >= 2 and <= 6 &&
            (OrgDescriptorBefore(document, sentence, i) || IsFollowedByCue(document, sentence, seqEnd) || IsDescribedAsBody(document, sentence, seqEnd) ||
             seqEnd < sentence.EndToken && document.Tokens[seqEnd].IsLower && _words.MemberNouns.ContainsSpan(document.TokenText(seqEnd))))
        {
            var record = table.GetOrAdd(document.Normalized.Substring(tokens[i].Start, tokens[i].Length), ActorType.Organization, null);
            record.Emit = true;
            table.AddMention(record, i, seqEnd);
        }
    }

    private static int UnitPhraseEnd(Document document, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (k + 1 < end && document.TokenText(k) is "military" or "operational" or "joint" && document.TokenText(k + 1) is "command")
        {
            return k + 2;
        }

        if (k + 2 < end && document.TokenText(k) is "group" && document.TokenText(k + 1) is "of" && document.TokenText(k + 2) is "forces" or "troops")
        {
            return k + 3;
        }

        if (k + 1 < end && document.TokenText(k) is "operational-strategic" or "operational-tactical" or "operational" && document.TokenText(k + 1) is "group")
        {
            return k + 2;
        }

        return k;
    }

    /// <summary>
    /// "Pakistan's Ministry of Interior", "the Ministry of Defence in Yaoundé": a body named without its country belongs
    /// to the country whose possessive precedes it (or whose capital follows), and is known by both ("Pakistani Ministry
    /// of Interior"); a generic name alone would merge the ministries of every country in the report.
    /// </summary>
    private ActorRecord? OwnedBody(Document document, ActorTable table, Sentence sentence, int first, int end, string name, ActorType type)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        string described;
        if (owners.Before(document, sentence, first, out var ownerStart) is { } owner)
        {
            described = text.Substring(tokens[ownerStart].Start, tokens[first - 2].End - tokens[ownerStart].Start) + "'s " + name;
        }
        else if (BodyOwners.IsStateBody(name) && owners.After(document, sentence, end, out var placeEnd) is { } seat)
        {
            owner = seat;
            described = name + " " + text.Substring(tokens[end].Start, tokens[placeEnd - 1].End - tokens[end].Start);
        }
        else
        {
            return InternationalBody(document, table, sentence, first, name, type);
        }

        var qualified = (owner.Demonyms.Count > 0 ? owner.Demonyms[0] : owner.Name) + " " + name;
        var record = table.Find(described) ?? table.Find(qualified);
        if (record is null && lexicons.ActorsByName.TryGetValue(qualified, out var known))
        {
            record = table.GetOrAdd(known.Name, known.Type, known.Affiliation);
        }

        if (record is null)
        {
            record = table.GetOrAdd(qualified, type, owner.Name);
            record.KeepsName = true;
        }

        record.AddAlias(described);
        table.AddKey(described, record);
        table.AddKey(qualified, record);
        return record;
    }

    private bool OrgDescriptorBefore(Document document, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && document.Tokens[i - 1].IsWord && _words.OrgDescriptors.ContainsSpan(document.Normalized.AsSpan(document.Tokens[i - 1].Start, document.Tokens[i - 1].Length));

    /// <summary>"The SNAI, the prison service, has told us": an acronym set off by a description of a body is that body.</summary>
    private bool IsDescribedAsBody(Document document, Sentence sentence, int k)
    {
        var tokens = document.Tokens;
        if (k + 2 >= sentence.EndToken || document.Normalized[tokens[k].Start] != ',' || document.TokenText(k + 1) is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var j = k + 2; j < Math.Min(sentence.EndToken, k + 6); j++)
        {
            if (!tokens[j].IsWord || !tokens[j].IsLower)
            {
                return false;
            }

            if (_words.BodyNouns.ContainsKey(document.TokenText(j).ToString()) || _words.SubBodyNouns.Contains(document.TokenText(j).ToString()) ||
                document.TokenText(j) is "service" or "group" or "organisation" or "organization" or "network" or "broadcaster" or "newspaper" or "party" or "movement" or "militia")
            {
                return j + 1 < sentence.EndToken && document.Normalized[tokens[j + 1].Start] == ',';
            }
        }

        return false;
    }

    private bool IsFollowedByCue(Document document, Sentence sentence, int k)
    {
        var tokens = document.Tokens;
        if (k < sentence.EndToken && tokens[k].IsWord && document.Normalized.AsSpan(tokens[k].Start, tokens[k].Length) is "also" or "has" or "had")
        {
            k++;
        }

        return k < sentence.EndToken && tokens[k].IsWord && lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.TokenText(k));
    }

    private string? AffiliationIn(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (lexicons.Demonyms.TryMatch(document.Normalized, document.Tokens, k, end, out var country, out _) ||
                lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, end, out country, out _) ||
                lexicons.Capitals.TryMatch(document.Normalized, document.Tokens, k, end, out country, out _))
            {
                return country.Name;
            }
        }

        return null;
    }
}
