using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Actors of the curated dictionary (<c>actors.tsv</c>), with the acronyms and bodies they define.</summary>
internal sealed class DictionaryActors(ExtractionLexicons lexicons, PossessiveBodies bodies, BodyOwners owners)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>Only a few names start in lower case ("al-Shabaab"); the dictionary knows them.</summary>
    public bool TryLowerCase(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        if (!lexicons.Actors.TryMatch(document.Normalized, document.Tokens, i, sentence.EndToken, out var definition, out var end) ||
            definition.NeedsContext && !NamesCountry(document, table, definition.Affiliation))
        {
            return false;
        }

        var record = table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation);
        record.Emit = true;
        table.AddMention(record, i, end);
        next = end;
        return true;
    }

    /// <summary>A capitalised dictionary name, unless it only starts a longer name or describes people of a force.</summary>
    public bool TryCapitalised(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        next = i;
        if (!lexicons.Actors.TryMatch(text, tokens, i, end, out var definition, out var dictEnd) || Continues(document, dictEnd, end) || IsForceOfPeople(document, definition, i, dictEnd, end) ||
            definition.NeedsContext && !NamesCountry(document, table, definition.Affiliation) || IsOtherCountrys(document, sentence, definition, i, dictEnd))
        {
            return false;
        }

        if (definition.Type is ActorType.InternationalOrg or ActorType.ArmedGroup && TrySubBody(document, table, sentence, definition, i, dictEnd, out next))
        {
            return true;
        }

        var record = table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation);
        // "at the Kremlin", "in Downing Street": a seat of government named as a place does not act.
        // "GOMA, Congo (Reuters) -": the wire credited in a dateline reports nothing in the story itself.
        record.Emit |= (!definition.PlaceLike || !AfterLocativePreposition(document, sentence, i)) && !IsDatelineCredit(document, i, dictEnd);
        if (definition.Aliases is { } known)
        {
            foreach (var alias in known)
            {
                record.AddAlias(alias);
            }
        }

        table.AddMention(record, i, dictEnd);
        next = dictEnd;
        // "the Arakan Army (AA)": a dictionary actor may define its own acronym, used alone later in the text.
        if (dictEnd + 2 < end && text[tokens[dictEnd].Start] == '(' && tokens[dictEnd + 1].IsAllCaps && text[tokens[dictEnd + 2].Start] == ')')
        {
            table.ShortNames[text.Substring(tokens[dictEnd + 1].Start, tokens[dictEnd + 1].Length)] = record;
            table.AddMention(record, dictEnd + 1, dictEnd + 2);
            next = dictEnd + 2;
            return true;
        }

        if (dictEnd < end && tokens[dictEnd].Kind == TokenKind.Possessive && definition.Type != ActorType.Person &&
            bodies.TryPossessiveBody(document, table, sentence, i, dictEnd, definition.Affiliation ?? definition.Name, out var bodyEnd))
        {
            next = bodyEnd;
        }

        return true;
    }

    /// <summary>
    /// "the UN migration agency", "a UN monitoring team": the organisation's name only modifies one of its bodies, so
    /// the mention is the body's, not the organisation's. A body named by an acronym in apposition ("The UN children's
    /// agency, UNICEF,", "the UN agency for Palestine refugees (UNRWA)") is that acronym's actor.
    /// </summary>
    private bool TrySubBody(Document document, ActorTable table, Sentence sentence, ActorDefinition definition, int i, int dictEnd, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        next = i;
        var head = -1;
        for (var k = dictEnd; k < Math.Min(end, dictEnd + 5); k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Possessive && k > dictEnd)
            {
                continue; // "the UN children's agency"
            }

            // "the IAEA to keep its experts": a verb phrase after the name is no description of a body.
            if (!t.IsWord || !t.IsLower || IsClauseWord(document.TokenText(k)))
            {
                break;
            }

            // An armed group splits into factions ("a CODECO faction"); its other nouns ("Hamas fighters") are its own people.
            if (definition.Type == ActorType.ArmedGroup ? document.TokenText(k) is "faction" : _words.SubBodyNouns.Contains(document.TokenText(k).ToString()))
            {
                head = k;
                break;
            }
        }

        if (head < 0)
        {
            return false;
        }

        var bodyEnd = head + 1;
        var appositive = AppositiveAt(document, bodyEnd, end);
        if (appositive < 0 && bodyEnd + 1 < end && document.TokenText(bodyEnd) is "for" or "in" or "on")
        {
            // "the UN agency for Palestine refugees (UNRWA)": the qualifier belongs to the body only when an acronym names it.
            for (var k = bodyEnd + 1; k < Math.Min(end, bodyEnd + 6) && tokens[k].IsWord; k++)
            {
                if (AppositiveAt(document, k + 1, end) is var found and >= 0)
                {
                    appositive = found;
                    bodyEnd = k + 1;
                    break;
                }
            }
        }

        ActorRecord record;
        if (appositive >= 0 && lexicons.Actors.TryMatch(text, tokens, appositive, end, out var named, out var namedEnd) && namedEnd == appositive + 1)
        {
            record = table.GetOrAdd(named.Name, named.Type, named.Affiliation);
            next = appositive;
        }
        else if (appositive >= 0)
        {
            var acronym = document.TokenText(appositive).ToString();
            record = table.GetOrAdd(acronym, definition.Type, definition.Name);
            table.ShortNames[acronym] = record;
            table.AddMention(record, appositive, appositive + 1);
            next = appositive + 1;
        }
        else
        {
            var first = tokens[i].Start;
            record = table.GetOrAdd(text[first..tokens[head].End], definition.Type, definition.Name);
            table.SubBodies.Add((record, text[tokens[dictEnd].Start..tokens[head].End].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            next = bodyEnd;
        }

        record.Emit = true;
        table.AddMention(record, i, bodyEnd);
        return true;
    }

    private static bool IsClauseWord(ReadOnlySpan<char> word) =>
        word is "to" or "its" or "their" or "his" or "her" or "and" or "or" or "of" or "in" or "on" or "for" or "with" or "by" or "at" or "from" or "that" or "which" or
            "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "could" or "should" or "may" or "might" or "must" or "can" or "not" or
            "said" or "says" or "also" or "keep" or "send" or "sent";

    /// <summary>The token of an acronym set off after a phrase (", UNICEF," or "(UNRWA)"), or -1.</summary>
    private static int AppositiveAt(Document document, int k, int end)
    {
        if (k + 1 >= end || document.Normalized[document.Tokens[k].Start] is not (',' or '(') || !document.Tokens[k + 1].IsAllCaps || !document.Tokens[k + 1].IsWord)
        {
            return -1;
        }

        var close = k + 2;
        return close >= end || document.Normalized[document.Tokens[close].Start] is ',' or ')' or '.' or ';' ? k + 1 : -1;
    }

    /// <summary>"Pakistan's Foreign Office" is not the UK's, whatever the dictionary's "Foreign Office" means.</summary>
    private bool IsOtherCountrys(Document document, Sentence sentence, ActorDefinition definition, int first, int end)
    {
        if (definition.Affiliation is null || lexicons.Countries.ByName(definition.Affiliation) is not { } country)
        {
            return false;
        }

        var owner = owners.Before(document, sentence, first, out _) ?? (BodyOwners.IsStateBody(definition.Name) ? owners.After(document, sentence, end, out _) : null);
        return owner is not null && owner.Code != country.Code;
    }

    /// <summary>
    /// Whether the report names the country (a place in it, its name, demonym or capital): "Rada" is Ukraine's
    /// parliament only in a report about Ukraine. An affiliation that is no country asks for no context.
    /// </summary>
    private bool NamesCountry(Document document, ActorTable table, string? affiliation)
    {
        if (affiliation is null || lexicons.Countries.ByName(affiliation) is not { } country)
        {
            return true;
        }

        if (table.CountriesNamed is null)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in document.Locations)
            {
                if (location.Country is { } code)
                {
                    named.Add(code);
                }
            }

            var text = document.Normalized;
            var tokens = document.Tokens;
            for (var k = 0; k < document.TokenCount; k++)
            {
                if (tokens[k].IsCapitalised &&
                    (lexicons.CountryNames.TryMatch(text, tokens, k, document.TokenCount, out var found, out _) ||
                     lexicons.Demonyms.TryMatch(text, tokens, k, document.TokenCount, out found, out _) ||
                     lexicons.Capitals.TryMatch(text, tokens, k, document.TokenCount, out found, out _)))
                {
                    named.Add(found.Code);
                }
            }

            table.CountriesNamed = named;
        }

        return table.CountriesNamed.Contains(country.Code);
    }

    /// <summary>"Syrian military officials", "an Israeli army spokesman": people of a force, not the force itself.</summary>
    private bool IsForceOfPeople(Document document, ActorDefinition definition, int i, int dictEnd, int end) =>
        definition.Type == ActorType.Military && dictEnd < end && document.Tokens[dictEnd].IsLower &&
        (_words.CollectiveHeads.ContainsKey(document.TokenText(dictEnd).ToString()) || _words.LowerRoleHeads.ContainsSpan(document.TokenText(dictEnd))) &&
        lexicons.Demonyms.TryMatch(document.Normalized, document.Tokens, i, end, out _, out _);

    /// <summary>Whether a dictionary match is only the start of a longer capitalised name ("Hamas Political Bureau").</summary>
    private bool Continues(Document document, int dictEnd, int end)
    {
        if (dictEnd >= end)
        {
            return false;
        }

        var next = document.Tokens[dictEnd];
        if (!next.IsWord || !next.IsCapitalised || next.NewlinesBefore > 0)
        {
            return false;
        }

        var word = document.Normalized.AsSpan(next.Start, next.Length);
        if (lexicons.OrgHeads.ContainsKeySpan(word))
        {
            return !lexicons.Titles.ContainsWord(word);
        }

        // "African Union Support and Stabilization Mission": a head noun a few words on makes the known name a prefix,
        // unless another known name or a country intervenes ("NATO and European Union").
        var text = document.Normalized;
        var tokens = document.Tokens;
        for (var k = dictEnd; k < Math.Min(end, dictEnd + 6); k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.NewlinesBefore > 0)
            {
                return false;
            }

            if (t.IsLower)
            {
                if (k == dictEnd || text.AsSpan(t.Start, t.Length) is not ("and" or "for" or "of") || k + 1 >= end || !tokens[k + 1].IsCapitalised)
                {
                    return false;
                }

                continue;
            }

            if (lexicons.Actors.TryMatch(text, tokens, k, end, out _, out _) || lexicons.CountryNames.TryMatch(text, tokens, k, end, out _, out _))
            {
                return false;
            }

            if (lexicons.OrgHeads.ContainsKeySpan(text.AsSpan(t.Start, t.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterLocativePreposition(Document document, Sentence sentence, int i)
    {
        var k = i - 1;
        if (k >= sentence.FirstToken && document.TokenText(k) is "the")
        {
            k--;
        }

        return k >= sentence.FirstToken && document.TokenText(k) is "at" or "in" or "to" or "from" or "outside" or "inside" or "near" or "into" or "within" or "across";
    }

    private static bool IsDatelineCredit(Document document, int first, int end) =>
        first >= 1 && end + 1 < document.TokenCount && document.Normalized[document.Tokens[first - 1].Start] == '(' &&
        document.Normalized[document.Tokens[end].Start] == ')' && document.Normalized[document.Tokens[end + 1].Start] is '-' or ':';
}
