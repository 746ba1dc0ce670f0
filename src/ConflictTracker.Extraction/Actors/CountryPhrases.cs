using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Phrases built on a country, demonym or capital: its forces ("Russian troops"), its government, its bodies, its people, and the state itself when it acts.</summary>
internal sealed class CountryPhrases(ExtractionLexicons lexicons, StateAgency agency, Collectives collectives, DescribedPeople described, PossessiveBodies bodies)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// "the federal government in Baghdad", "Authorities in Ouagadougou", "the regime in Damascus": the government of
    /// the country whose capital (or name) follows.
    /// </summary>
    public bool TryGovernmentIn(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        var end = sentence.EndToken;
        var first = i;
        if (first + 1 < end && document.TokenText(first) is "federal" or "central" or "national" or "military" or "transitional" or "interim" or "Federal" or "Central" or "National" or "Military" or "Transitional" or "Interim")
        {
            first++;
        }

        if (first + 2 >= end || !document.TokenText(first).Equals("government", StringComparison.OrdinalIgnoreCase) &&
            !document.TokenText(first).Equals("authorities", StringComparison.OrdinalIgnoreCase) && document.TokenText(first) is not ("regime" or "junta") ||
            document.TokenText(first + 1) is not "in" || table.TokenActor[first + 2] >= 0)
        {
            return false;
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        if (i > sentence.FirstToken && tokens[i - 1].IsWord && tokens[i - 1].IsLower && document.TokenText(i - 1) is not ("the" or "its" or "their") ||
            first > i && document.TokenText(first).Equals("authorities", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "the military authorities in Naypyitaw" are a body of their own; "the military government in Niamey" is the government
        }

        if (!lexicons.Capitals.TryMatch(text, tokens, first + 2, end, out var country, out var placeEnd) &&
            !lexicons.CountryNames.TryMatch(text, tokens, first + 2, end, out country, out placeEnd))
        {
            return false;
        }

        var record = GovernmentOf(table, country, "government");
        record.KeepsName = true; // "Authorities in Ouagadougou" is a description, not the government's name
        table.AddMention(record, i, placeEnd);
        next = placeEnd;
        return true;
    }

    /// <summary>
    /// "the army said", "the government has denied": forces and governments named without their country are noted here
    /// and linked after the pass to the report's own country's (see <see cref="ActorLinks"/>).
    /// </summary>
    public void NoteUnnamedActors(Document document, ActorTable table, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i - 1 < sentence.FirstToken)
        {
            return;
        }

        // "Prime Minister Amara's government": a leader's government, named by the leader.
        if (document.Tokens[i - 1].Kind == TokenKind.Possessive && i - 2 >= sentence.FirstToken && document.Tokens[i - 2].IsCapitalised &&
            document.TokenText(i) is "government" && !lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, i - 2, i - 1, out _, out _))
        {
            NoteBareGovernment(document, table, sentence, i, i);
            return;
        }

        if (NoteBareService(document, table, sentence, i))
        {
            return;
        }

        if (document.TokenText(i - 1) is not ("the" or "The" or "my" or "My" or "our" or "Our"))
        {
            return;
        }

        if (document.TokenText(i) is "government" or "federal" or "central" or "national" && NoteBareGovernment(document, table, sentence, i, i - 1))
        {
            return;
        }

        var forcesEnd = document.TokenText(i) switch
        {
            "army" or "military" => i + 1,
            "armed" when i + 1 < end && document.TokenText(i + 1) is "forces" => i + 2,
            _ => -1,
        };

        if (forcesEnd < 0 || forcesEnd < end && (document.TokenText(forcesEnd) is "of" or "government" or "junta" or "regime" or "authorities" or "administration" or "council" or "court" or "leadership" ||
            document.Tokens[forcesEnd].IsCapitalised && document.Tokens[forcesEnd].NewlinesBefore == 0))
        {
            return;
        }

        table.BareForces.Add((i - 1, forcesEnd));
    }

    /// <summary>"the government said", "the federal government", "my government" (a leader speaking): noted for <see cref="ActorLinks"/>.</summary>
    private static bool NoteBareGovernment(Document document, ActorTable table, Sentence sentence, int i, int first)
    {
        var head = document.TokenText(i) is "government" ? i : i + 1;
        if (head >= sentence.EndToken || document.TokenText(head) is not "government")
        {
            return false;
        }

        var after = head + 1 < sentence.EndToken ? document.TokenText(head + 1) : default;
        if (after is "of" or "in" or "forces" or "troops" or "soldiers" or "officials" or "body" or "bodies" or "spokesman" or "spokeswoman" or "spokesperson" or "ministers" or "critics" ||
            head + 1 < sentence.EndToken && document.Tokens[head + 1].IsCapitalised && document.Tokens[head + 1].NewlinesBefore == 0)
        {
            return true; // said and done: not a bare mention of the government
        }

        table.BareGovernments.Add((first, head + 1));
        return true;
    }

    /// <summary>"government forces shelled the town": the state's forces, named by the text's own words.</summary>
    public bool TryGovernmentForces(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        var tokens = document.Tokens;
        if (document.TokenText(i) is not ("government" or "regime") || i + 1 >= sentence.EndToken || document.TokenText(i + 1) is not ("forces" or "troops" or "soldiers") ||
            i != sentence.FirstToken && tokens[i - 1].IsCapitalised && !_words.FunctionWords.ContainsSpan(document.TokenText(i - 1)))
        {
            return false;
        }

        var forces = table.GetOrAdd("government forces", ActorType.Military, null);
        forces.Emit = true;
        forces.Described = true;
        table.AddMention(forces, i, i + 2);
        next = i + 2;
        return true;
    }

    public bool TryCountryPhrase(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        next = i;
        Country? country;
        int countryEnd;
        var kind = 0;
        var isCountry = lexicons.CountryNames.TryMatch(text, tokens, i, end, out var named, out var namedEnd);
        if (lexicons.Demonyms.TryMatch(text, tokens, i, end, out country, out countryEnd) && (!isCountry || countryEnd > namedEnd))
        {
            kind = 1; // "Saudi Arabia" is a country even though "Saudi" is also a demonym
        }
        else if (isCountry)
        {
            country = named;
            countryEnd = namedEnd;
            kind = 2;
        }
        else if (lexicons.Capitals.TryMatch(text, tokens, i, end, out country, out countryEnd))
        {
            kind = 3;
        }
        else
        {
            return false;
        }

        var j = countryEnd;
        var possessive = j < end && tokens[j].Kind == TokenKind.Possessive;
        if (possessive)
        {
            j++;
        }

        // "U.S. and British forces", "Russian and Syrian warplanes": the force noun after the pair belongs to both.
        if (kind is 1 or 2 && !possessive && j + 2 < end && document.TokenText(j) is "and" &&
            (lexicons.Demonyms.TryMatch(text, tokens, j + 1, end, out _, out var otherEnd) || lexicons.CountryNames.TryMatch(text, tokens, j + 1, end, out _, out otherEnd)) &&
            lexicons.ForceNouns.TryMatch(text, tokens, otherEnd, end, out _, out _))
        {
            var shared = ForcesOf(table, country, text.Substring(tokens[i].Start, tokens[countryEnd - 1].End - tokens[i].Start), kind == 1);
            shared.Emit = true;
            table.AddMention(shared, i, countryEnd);
            next = countryEnd;
            return true;
        }

        // "U.S. officials", "UK forces": a country name used as an adjective reads like a demonym.
        var attributive = kind == 2 && !possessive && j < end && tokens[j].IsLower;
        if ((kind == 1 || attributive) && (collectives.TryCollective(document, table, sentence, i, j, country.Name, out next) || described.TryDescribedRole(document, table, sentence, i, j, country.Name, out next)))
        {
            return true;
        }

        if (kind == 1 || possessive || attributive)
        {
            var forceStart = j;
            if (j + 1 < end && tokens[j].IsLower && (text.AsSpan(tokens[j].Start, tokens[j].Length).EndsWith("ing", StringComparison.Ordinal) || document.TokenText(j) is "government" or "regime" or "federal" or "national"))
            {
                forceStart = j + 1; // "Russian occupying forces", "Somali government forces"
            }

            // "Mali's military government", "the Burkinabe military junta": the government, not the forces.
            var ruling = j + 1 < end && document.TokenText(j) is "military" && document.TokenText(j + 1) is "government" or "junta" or "regime";
            if (!ruling && (lexicons.ForceNouns.TryMatch(text, tokens, forceStart, end, out _, out var forceEnd) ||
                (forceStart != j && lexicons.ForceNouns.TryMatch(text, tokens, j, end, out _, out forceEnd))))
            {
                var surface = text.Substring(tokens[i].Start, tokens[countryEnd - 1].End - tokens[i].Start);
                if (forceEnd < end && document.TokenText(forceEnd) is "command" or "leadership" && document.TokenText(forceEnd - 1) is "military" or "army")
                {
                    // "Ukrainian military command", "Kyiv's military command": the command speaks apart from the troops.
                    var adjective = kind == 1 ? surface : (country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name);
                    var command = table.GetOrAdd(adjective + " military " + document.TokenText(forceEnd).ToString(), ActorType.Military, country.Name);
                    command.Emit = true;
                    table.AddMention(command, i, forceEnd + 1);
                    next = forceEnd + 1;
                    return true;
                }

                var record = ServiceNamed(document, forceStart, forceEnd) is { } service
                    ? ServiceOf(lexicons, table, country, service)
                    : ForcesOf(table, country, surface, kind == 1);
                record.Emit = true;
                table.AddMention(record, i, forceEnd);
                next = forceEnd;
                return true;
            }

            if (TryGovernment(document, table, sentence, i, j, country, out next))
            {
                return true;
            }

            if (possessive && bodies.TryPossessiveBody(document, table, sentence, i, j - 1, country.Name, out var bodyEnd, country.Demonyms.Count > 0 ? country.Demonyms[0] : null))
            {
                // The state owns the body; its own mention records that it acts ("Iran's foreign ministry said").
                var owner = table.GetOrAdd(country.Name, ActorType.State, country.Name);
                table.AddMention(owner, i, countryEnd);
                next = bodyEnd;
                return true;
            }
        }

        // "Kosovo Police", "Uganda People's Defence Force": a country's name starting an organisation's name is part of it.
        if (kind == 2 && !possessive && j < end && tokens[j].IsCapitalised && tokens[j].NewlinesBefore == 0 && agency.IsNamedBodyAt(document, sentence, j))
        {
            return false;
        }

        if (kind == 1)
        {
            // A demonym before a capitalised word is part of a title or a name ("Ukrainian President ...").
            next = j < end && tokens[j].IsCapitalised ? i : countryEnd;
            if (next == i)
            {
                return false;
            }

            return true;
        }

        var agentive = agency.IsAgentive(document, table, sentence, i, countryEnd);
        if (kind == 3 && !agentive)
        {
            next = countryEnd;
            return false; // a capital used as a place is the location step's business
        }

        var state = table.GetOrAdd(country.Name, ActorType.State, country.Name);
        if (kind == 3)
        {
            table.AddKey(text.Substring(tokens[i].Start, tokens[countryEnd - 1].End - tokens[i].Start), state);
        }

        state.Emit |= agentive;
        table.AddMention(state, i, countryEnd);
        next = countryEnd;
        return true;
    }

    /// <summary>
    /// "the Sudanese government", "Ethiopia's federal government": the government of a country acts apart from the state
    /// (annotators list both). One record per country, named "Government of X", with the report's phrasings as aliases.
    /// </summary>
    private bool TryGovernment(Document document, ActorTable table, Sentence sentence, int first, int j, Country country, out int next)
    {
        next = first;
        var end = sentence.EndToken;
        var head = j;
        if (head + 1 < end && document.TokenText(head) is "federal" or "central" or "transitional" or "interim" or "military" or "national" or "new" or "caretaker" or "de")
        {
            head += document.TokenText(head) is "de" && head + 2 < end && document.TokenText(head + 1) is "facto" ? 2 : 1;
        }

        if (head >= end || document.TokenText(head) is not ("government" or "junta" or "regime" or "cabinet"))
        {
            return false;
        }

        if (head + 1 < end && document.TokenText(head + 1) is "forces" or "troops" or "soldiers" or "officials")
        {
            return false; // forces and people of the government have their own rules
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var record = GovernmentOf(table, country, text.Substring(tokens[j].Start, tokens[head].End - tokens[j].Start));
        table.AddMention(record, first, head + 1);
        next = head + 1;
        return true;
    }

    /// <summary>
    /// "the air force said", "air defences shot down 20 drones", "the air defence is working": a service named without
    /// its country is the report's own country's, linked after the pass. Weapons ("the air defence system") are not.
    /// </summary>
    private static bool NoteBareService(Document document, ActorTable table, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        var article = document.TokenText(i - 1) is "the" or "The" or "our" or "Our";
        if (!article && document.Tokens[i - 1].IsCapitalised)
        {
            return false; // "Ukrainian air defences" is read with its demonym
        }

        var serviceEnd = document.TokenText(i) is "navy" ? i + 1 : i + 2;
        if (serviceEnd > end || ServiceNamed(document, i, serviceEnd) is not { } service)
        {
            return false;
        }

        var plural = document.TokenText(serviceEnd - 1) is "defences" or "defenses";
        if (serviceEnd < end && document.TokenText(serviceEnd) is "forces" or "force" or "troops" or "units" or "command")
        {
            serviceEnd++;
        }
        else if (serviceEnd < end && document.Tokens[serviceEnd].IsLower &&
            document.TokenText(serviceEnd) is "system" or "systems" or "missile" or "missiles" or "battery" or "batteries" or "network" or "capabilities" or "capability" or
                "zone" or "umbrella" or "interceptors" or "base" or "bases" or "jets" or "planes" or "aircraft" or "ships" or "vessels")
        {
            return false;
        }

        if (!article && !plural)
        {
            return false;
        }

        table.BareServices.Add((article ? i - 1 : i, serviceEnd, service));
        return true;
    }

    /// <summary>The one government record of a country in the report ("Government of X"), made on first need; the demonym with <paramref name="headWords"/> is an alias.</summary>
    public static ActorRecord GovernmentOf(ActorTable table, Country country, string headWords)
    {
        var canonical = "Government of " + country.Name;
        if (table.Find(canonical) is { } existing)
        {
            return existing;
        }

        // Named as annotators and analysts name governments ("Government of Sudan"), with the report's words as an alias.
        var adjective = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        var described = adjective + " " + headWords;
        var record = table.Find(described) ?? table.GetOrAdd(canonical, ActorType.Government, country.Name);
        record.Emit = true;
        record.AddAlias(described);
        table.AddKey(described, record);
        table.AddKey(canonical, record);
        return record;
    }

    /// <summary>
    /// The service a force phrase names ("Air Force", "Navy", "air defence forces"), or null for the forces as a whole:
    /// a country's air force or air defences act and speak apart from its army.
    /// </summary>
    public static string? ServiceNamed(Document document, int first, int end)
    {
        if (end - first == 1 && document.TokenText(first).Equals("navy", StringComparison.OrdinalIgnoreCase))
        {
            return "Navy";
        }

        if (end - first < 2 || !document.TokenText(first).Equals("air", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var second = document.TokenText(first + 1);
        if (second.Equals("force", StringComparison.OrdinalIgnoreCase))
        {
            return "Air Force";
        }

        return second.StartsWith("defence", StringComparison.OrdinalIgnoreCase) ? "air defence forces" :
            second.StartsWith("defense", StringComparison.OrdinalIgnoreCase) ? "air defense forces" : null;
    }

    /// <summary>A country's air force, navy or air defences: the dictionary's name when it knows one ("Royal Air Force"), else the demonym's.</summary>
    public static ActorRecord ServiceOf(ExtractionLexicons lexicons, ActorTable table, Country country, string service)
    {
        var adjective = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        var name = adjective + " " + service;
        if (lexicons.ActorsByName.TryGetValue(name, out var known) && known.Type == ActorType.Military)
        {
            return table.GetOrAdd(known.Name, known.Type, known.Affiliation);
        }

        var record = table.GetOrAdd(name, ActorType.Military, country.Name);
        record.KeepsName = true;
        return record;
    }

    private ActorRecord ForcesOf(ActorTable table, Country country, string surfaceAdjective, bool demonym)
    {
        var adjective = demonym ? surfaceAdjective : (country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name);
        foreach (var candidate in (ReadOnlySpan<string>)[adjective + " forces", adjective + " military", adjective + " armed forces", adjective + " army"])
        {
            if (lexicons.ActorsByName.TryGetValue(candidate, out var known) && known.Type == ActorType.Military)
            {
                return table.GetOrAdd(known.Name, known.Type, known.Affiliation);
            }
        }

        return table.GetOrAdd(adjective + " Armed Forces", ActorType.Military, country.Name);
    }
}
