using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>After every sentence is read: surname-only mentions, acronyms, roles and capitals linked to the full actor they stand for.</summary>
internal sealed class ActorLinks(ExtractionLexicons lexicons)
{
    public void Link(Document document, ActorTable table)
    {
        LinkAcronymsToFullNames(table);
        LinkSurnamesAndAcronyms(document, table);
        LinkRolesToHolders(table);
        LinkGovernmentForces(table);
        MoveCapitalsToGovernments(table);
        LinkBareBodies(table);
        LinkBareForces(document, table);
        LinkBareServices(document, table);
        LinkBareGovernments(document, table);
        LinkAuthoritiesToGovernments(table);
        LinkNationalForces(table);
        LinkMinistryForms(table);
        LinkSubBodies(table);
        EmitCreditsNamedAgain(table);
    }

    /// <summary>
    /// "MONUSCO ... the United Nations peacekeeping mission said": a body described by its organisation's name and
    /// its own words is the one known body of that organisation whose name or alias has those words.
    /// </summary>
    private static void LinkSubBodies(ActorTable table)
    {
        foreach (var (body, words) in table.SubBodies)
        {
            if (body.MergedInto is not null)
            {
                continue;
            }

            ActorRecord? named = null;
            var unique = true;
            foreach (var other in table.All)
            {
                if (other == body || other.MergedInto is not null || !other.Emit || other.Affiliation != body.Affiliation || !HasWords(other, words))
                {
                    continue;
                }

                unique &= named is null;
                named = other;
            }

            if (named is not null && unique)
            {
                table.Merge(body, named);
            }
        }
    }

    private static bool HasWords(ActorRecord record, string[] words)
    {
        if (ContainsWords(record.Name, words))
        {
            return true;
        }

        foreach (var alias in record.Aliases)
        {
            if (ContainsWords(alias, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWords(string name, string[] words)
    {
        var own = name.Split(' ');
        foreach (var word in words)
        {
            if (Array.FindIndex(own, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"(Meridian) - ... Meridian could not verify": a credited outlet the story names again is one of its actors.</summary>
    private static void EmitCreditsNamedAgain(ActorTable table)
    {
        foreach (var credit in table.Credits)
        {
            var record = credit.Resolve();
            record.Emit |= record.Mentions.Count > 1;
        }
    }

    /// <summary>
    /// "the Royal Thai Army ... Thai troops": a demonym's forces, when the report names its country's army by name
    /// (and only one such force), are that army rather than a second actor.
    /// </summary>
    private void LinkNationalForces(ActorTable table)
    {
        foreach (var generic in table.All)
        {
            if (generic.MergedInto is not null || generic.Type != ActorType.Military || generic.Affiliation is null ||
                lexicons.Countries.ByName(generic.Affiliation) is not { } country || !IsDemonymForces(generic.Name, country) ||
                lexicons.ActorsByName.ContainsKey(generic.Name))
            {
                continue;
            }

            ActorRecord? army = null;
            var unique = true;
            foreach (var other in table.All)
            {
                if (other == generic || other.MergedInto is not null || !other.Emit || other.Type != ActorType.Military || other.Affiliation != generic.Affiliation ||
                    other.Described || IsDemonymForces(other.Name, country) || !IsWholeArmy(other.Name))
                {
                    continue;
                }

                unique &= army is null;
                army = other;
            }

            if (army is not null && unique)
            {
                table.Merge(generic, army);
            }
        }
    }

    private static bool IsDemonymForces(string name, Country country)
    {
        foreach (var demonym in country.Demonyms)
        {
            if (name.Length == demonym.Length + " Armed Forces".Length && name.StartsWith(demonym, StringComparison.OrdinalIgnoreCase) &&
                name.EndsWith(" Armed Forces", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A country's whole army by its own name ("Royal Thai Army", "South Sudan People's Defence Forces"), not one service or unit of it.</summary>
    private static bool IsWholeArmy(string name)
    {
        if (!(name.EndsWith(" Army", StringComparison.Ordinal) || name.Contains("Armed Forces", StringComparison.Ordinal) ||
              name.Contains("Defence Force", StringComparison.Ordinal) || name.Contains("Defense Force", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var word in name.Split(' '))
        {
            if (word is "Air" or "Navy" or "Naval" or "Marine" or "Marines" or "Police" or "Guard" or "Staff" or "Command" or "Corps" or "Division" or "Brigade" or "Regiment" or
                "Battalion" or "Area" or "Region" or "Regional" or "Special" or "Reserve" or "Ministry" or "of")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the Ministry of Foreign Affairs ... the Foreign Ministry": one ministry named two ways is one actor, unless the
    /// report has two countries' ministries of that kind to choose from.
    /// </summary>
    private static void LinkMinistryForms(ActorTable table)
    {
        foreach (var bare in table.All)
        {
            if (bare.MergedInto is not null || bare.Type != ActorType.Government || MinistrySubject(bare.Name) is not { } subject)
            {
                continue;
            }

            ActorRecord? full = null;
            var unique = true;
            foreach (var other in table.All)
            {
                if (other == bare || other.MergedInto is not null || other.Type != ActorType.Government ||
                    bare.Affiliation is not null && other.Affiliation is not null && bare.Affiliation != other.Affiliation ||
                    MinistrySubject(other.Name) is not { } otherSubject || !otherSubject.Equals(subject, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                unique &= full is null;
                full = other;
            }

            if (full is not null && unique)
            {
                // The earlier-named form keeps the record; the other becomes its alias.
                var (from, into) = FirstMention(full) < FirstMention(bare) ? (bare, full) : (full, bare);
                table.Merge(from, into);
            }
        }
    }

    private static int FirstMention(ActorRecord record)
    {
        var first = int.MaxValue;
        foreach (var mention in record.Mentions)
        {
            first = Math.Min(first, mention.Start);
        }

        return first;
    }

    /// <summary>"Foreign" for "Foreign Ministry" and "Ministry of Foreign Affairs" alike; null for a name with an owner or no ministry.</summary>
    private static string? MinistrySubject(string name)
    {
        if (name.StartsWith("Ministry of ", StringComparison.Ordinal))
        {
            var subject = name["Ministry of ".Length..];
            if (subject.StartsWith("the ", StringComparison.Ordinal))
            {
                subject = subject[4..];
            }

            if (subject.EndsWith(" Affairs", StringComparison.Ordinal))
            {
                subject = subject[..^" Affairs".Length];
            }

            return subject.Contains(' ', StringComparison.Ordinal) ? null : subject.Replace("Defense", "Defence", StringComparison.Ordinal);
        }

        var words = name.Split(' ');
        return words.Length == 2 && words[1] == "Ministry" ? words[0].Replace("Defense", "Defence", StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// "the Moro Islamic Liberation Front ... MILF members": an acronym the text never defines still stands for the one
    /// organisation of the report whose initials it is; its uses anywhere in the text become mentions.
    /// </summary>
    private static void LinkAcronymsToFullNames(ActorTable table)
    {
        var acronyms = new List<ActorRecord>();
        var named = new List<ActorRecord>();
        foreach (var record in table.All)
        {
            if (record.MergedInto is not null || record.Type is ActorType.Person or ActorType.State)
            {
                continue;
            }

            (TextNames.IsAcronym(record.Name) ? acronyms : named).Add(record);
        }

        foreach (var record in named)
        {
            if (!record.Name.Contains(' ', StringComparison.Ordinal) || record.Described)
            {
                continue;
            }

            foreach (var acronym in acronyms)
            {
                if (acronym.MergedInto is null && TextNames.Abbreviates(acronym.Name, record.Name))
                {
                    table.Merge(acronym, record);
                }
            }
        }

        foreach (var record in named)
        {
            if (record.MergedInto is not null || record.Described || !record.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var initials = Initials(record.Name);
            if (initials.Length is >= 3 and <= 6 && !table.ShortNames.ContainsKey(initials))
            {
                table.ShortNames[initials] = record;
            }
        }
    }

    /// <summary>The capitalised words' initials ("Moro Islamic Liberation Front" is "MILF").</summary>
    private static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder(6);
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>"the government said", "my government will" in a report about one country: that country's government.</summary>
    private void LinkBareGovernments(Document document, ActorTable table)
    {
        if (table.BareGovernments.Count == 0 || ReportCountry.Main(document, lexicons.Countries) is not { } country)
        {
            return;
        }

        var government = CountryPhrases.GovernmentOf(table, country, "government");
        foreach (var (first, end) in table.BareGovernments)
        {
            table.AddMention(government, first, end);
        }
    }

    /// <summary>"the Government of Zambia ... Zambian authorities": a country's authorities are its government when the report names both.</summary>
    private void LinkAuthoritiesToGovernments(ActorTable table)
    {
        foreach (var government in table.All)
        {
            if (government.Type != ActorType.Government || government.MergedInto is not null || !government.Name.StartsWith("Government of ", StringComparison.Ordinal) ||
                government.Affiliation is null || lexicons.Countries.ByName(government.Affiliation) is not { } country)
            {
                continue;
            }

            foreach (var authorities in table.All)
            {
                if (authorities == government || authorities.MergedInto is not null || authorities.Type != ActorType.Government ||
                    !authorities.Name.EndsWith(" authorities", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var adjective = authorities.Name[..^" authorities".Length];
                if (adjective.Equals(country.Name, StringComparison.OrdinalIgnoreCase) || country.Demonyms.Contains(adjective, StringComparer.OrdinalIgnoreCase))
                {
                    table.Merge(authorities, government);
                }
            }
        }
    }

    /// <summary>
    /// "the army said" in a report about one country: that country's forces, as the report names them elsewhere, else
    /// as the dictionary knows them, else "[demonym] Army" (or "Armed Forces" for "the military").
    /// </summary>
    private void LinkBareForces(Document document, ActorTable table)
    {
        if (table.BareForces.Count == 0 || ReportCountry.Main(document, lexicons.Countries) is not { } country)
        {
            return;
        }

        // The country's whole army first; a general staff, a command or a unit speaks for itself, not as "the army".
        ActorRecord? forces = null;
        foreach (var record in table.All)
        {
            if (record.MergedInto is null && record.Emit && record.Type == ActorType.Military && record.Affiliation == country.Name && !IsService(record.Name) &&
                (IsWholeArmy(record.Name) || forces is null && !IsHeadquarters(record.Name)))
            {
                forces = record;
                if (IsWholeArmy(record.Name))
                {
                    break;
                }
            }
        }

        var adjective = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        if (forces is null)
        {
            foreach (var candidate in (ReadOnlySpan<string>)[adjective + " Army", adjective + " Armed Forces", adjective + " military", adjective + " forces"])
            {
                if (lexicons.ActorsByName.TryGetValue(candidate, out var known) && known.Type == ActorType.Military)
                {
                    forces = table.GetOrAdd(known.Name, known.Type, known.Affiliation);
                    break;
                }
            }
        }

        var (first, end) = table.BareForces[0];
        forces ??= table.GetOrAdd(adjective + (document.TokenText(first + 1) is "army" ? " Army" : " Armed Forces"), ActorType.Military, country.Name);
        forces.Emit = true;
        foreach (var (start, stop) in table.BareForces)
        {
            table.AddMention(forces, start, stop);
        }
    }

    private static bool IsHeadquarters(string name) =>
        name.Contains("Staff", StringComparison.Ordinal) || name.Contains("Command", StringComparison.Ordinal) || name.Contains("Headquarters", StringComparison.Ordinal);

    private static bool IsService(string name) =>
        name.EndsWith(" Air Force", StringComparison.Ordinal) || name.EndsWith(" Navy", StringComparison.Ordinal) ||
        name.EndsWith(" air defence forces", StringComparison.Ordinal) || name.EndsWith(" air defense forces", StringComparison.Ordinal);

    /// <summary>"the air force said" in a report about one country: that country's air force.</summary>
    private void LinkBareServices(Document document, ActorTable table)
    {
        if (table.BareServices.Count == 0 || ReportCountry.Main(document, lexicons.Countries) is not { } country)
        {
            return;
        }

        // "Ukraine's air force said ... air defences shot down 20 drones": where the report names the air force, the air
        // defences it reports on are its own.
        ActorRecord? airForce = null;
        foreach (var record in table.All)
        {
            if (record.MergedInto is null && record.Emit && record.Type == ActorType.Military && record.Affiliation == country.Name &&
                record.Name.EndsWith(" Air Force", StringComparison.Ordinal))
            {
                airForce = record;
            }
        }

        foreach (var (first, end, service) in table.BareServices)
        {
            var record = airForce is not null && service.StartsWith("air ", StringComparison.Ordinal) ? airForce : CountryPhrases.ServiceOf(lexicons, table, country, service);
            record.Emit = true;
            table.AddMention(record, first, end);
        }
    }

    /// <summary>
    /// "Russia's Defence Ministry said ... quoting the Defence Ministry": a body named later without its owner is the
    /// one body of the report whose name ends with it, when there is exactly one.
    /// </summary>
    private static void LinkBareBodies(ActorTable table)
    {
        foreach (var bare in table.All)
        {
            if (bare.Type is ActorType.Person or ActorType.State || bare.Described || bare.MergedInto is not null || !bare.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            ActorRecord? owner = null;
            var unique = true;
            foreach (var other in table.All)
            {
                if (other == bare || other.MergedInto is not null || other.Type is ActorType.Person or ActorType.State || !other.Emit || !NamesOwned(other, bare.Name))
                {
                    continue;
                }

                unique &= owner is null;
                owner = other;
            }

            if (owner is not null && unique)
            {
                table.Merge(bare, owner);
            }
        }
    }

    /// <summary>Whether a name or alias of <paramref name="record"/> is <paramref name="name"/> with an owner before it ("Pakistan's Ministry of Interior").</summary>
    private static bool NamesOwned(ActorRecord record, string name)
    {
        if (EndsWithName(record.Name, name))
        {
            return true;
        }

        foreach (var alias in record.Aliases)
        {
            if (EndsWithName(alias, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russia's Defence Ministry" ends with "Defence Ministry" after an owner; "General Staff of the Armed Forces" names another body.</summary>
    private static bool EndsWithName(string longer, string name)
    {
        var space = longer.Length - name.Length - 1;
        if (space < 2 || !longer.EndsWith(name, StringComparison.OrdinalIgnoreCase) || longer[space] != ' ')
        {
            return false;
        }

        var ownerWord = longer.LastIndexOf(' ', space - 1) + 1;
        return char.IsUpper(longer[ownerWord]) || longer[space - 1] == 's' && longer[space - 2] is '\'' or '\u2019';
    }

    /// <summary>Surname-only mentions ("Zelensky said") and later uses of acronyms point to the full actor.</summary>
    private void LinkSurnamesAndAcronyms(Document document, ActorTable table)
    {
        HashSet<int>? places = null;
        var text = document.Normalized;
        var tokens = document.Tokens;
        var surnames = new Dictionary<string, ActorRecord?>(StringComparer.OrdinalIgnoreCase);
        var givenNames = new Dictionary<string, ActorRecord?>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.All)
        {
            if (record.Type != ActorType.Person || record.MergedInto is not null)
            {
                continue;
            }

            var parts = record.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = parts.Length;
            while (last > 1 && PersonNames.Suffixes.Contains(parts[last - 1]))
            {
                last--;
            }

            if (parts.Length >= 2 && last >= 2)
            {
                var surname = parts[last - 1];
                surnames[surname] = surnames.TryGetValue(surname, out var other) && other != record ? null : record;
                // "Jean-Pierre", "Lloyd Austin" vs "Austin": hyphenated surnames are whole tokens already.
                if (parts[0].Length > 1)
                {
                    givenNames[parts[0]] = givenNames.TryGetValue(parts[0], out var namesake) && namesake != record ? null : record;
                }
            }
        }

        foreach (var record in table.All)
        {
            if (record.Type != ActorType.Person || record.MergedInto is not null || record.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (surnames.TryGetValue(record.Name, out var full) && full is not null)
            {
                table.Merge(record, full);
            }
            else if (givenNames.TryGetValue(record.Name, out var named) && named is not null && !surnames.ContainsKey(record.Name) && IsSpeakerLabel(document, record))
            {
                // "MAJ. GEN. WINTHAI:" after "Major General Winthai Suvaree": Thai, Indonesian and other speakers are
                // labelled by their given name.
                table.Merge(record, named);
            }
        }

        for (var k = 0; k < document.TokenCount; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || !t.IsCapitalised || table.TokenActor[k] >= 0)
            {
                continue;
            }

            var word = text.Substring(t.Start, t.Length);
            if (surnames.TryGetValue(word, out var person) && person is not null && (k + 1 >= document.TokenCount || !document.Tokens[k + 1].IsCapitalised || document.Tokens[k + 1].NewlinesBefore > 0))
            {
                table.AddMention(person, k, k + 1);
            }
            else if (table.ShortNames.TryGetValue(word, out var org))
            {
                table.AddMention(org, k, k + 1);
            }
            else if (word.Length >= 4 && givenNames.TryGetValue(word, out var bearer) && bearer is not null && !surnames.ContainsKey(word) && IsLoneGivenName(document, k, places ??= PlaceStarts(document)))
            {
                // "Getachew Reda ... commanders sided with Getachew": Ethiopian, Thai, Indonesian and other people are
                // referred to by their given name.
                table.AddMention(bearer, k, k + 1);
            }
        }
    }

    /// <summary>A capitalised word standing alone that is no place, country, title or sentence-opening word.</summary>
    private bool IsLoneGivenName(Document document, int k, HashSet<int> places)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var word = document.TokenText(k);
        if (k + 1 < document.TokenCount && tokens[k + 1].IsCapitalised && tokens[k + 1].NewlinesBefore == 0 ||
            k > 0 && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalised && tokens[k].NewlinesBefore == 0 || places.Contains(tokens[k].Start) ||
            lexicons.NonNameWords.ContainsSpan(word) || lexicons.Titles.ContainsWord(word) ||
            lexicons.CountryNames.TryMatch(text, tokens, k, k + 1, out _, out _) || lexicons.Demonyms.TryMatch(text, tokens, k, k + 1, out _, out _) ||
            lexicons.Capitals.TryMatch(text, tokens, k, k + 1, out _, out _) ||
            k > 0 && document.TokenText(k - 1) is "in" or "from" or "to" or "near" or "at" or "into" or "across" or "around" or "outside" or "inside" or "towards" or "toward")
        {
            return false; // "left from Sydney" is a place whatever the given names of the report
        }

        // "Joaquin \"El Chapo\" Guzman": a nickname between given name and surname makes it another person's name.
        return k + 1 >= document.TokenCount || text[tokens[k + 1].Start] is not ('"' or '\u201C' or '(' or '\'');
    }

    private static HashSet<int> PlaceStarts(Document document)
    {
        var starts = new HashSet<int>();
        foreach (var location in document.Locations)
        {
            foreach (var mention in location.Mentions)
            {
                starts.Add(mention.Start);
            }
        }

        return starts;
    }

    private static bool IsSpeakerLabel(Document document, ActorRecord record)
    {
        foreach (var turn in document.Turns)
        {
            var start = document.Tokens[turn.LabelFirstToken].Start;
            var end = document.Tokens[turn.LabelEndToken - 1].End;
            if (record.Mentions.Exists(m => m.Start >= start && m.End <= end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"President Amara Diallo ... the President said": a role-only person is the named holder of that role, when there is one.</summary>
    private static void LinkRolesToHolders(ActorTable table)
    {
        foreach (var role in table.All)
        {
            if (role.RoleTitle is not { } title || role.MergedInto is not null)
            {
                continue;
            }

            ActorRecord? holder = null;
            var distance = int.MaxValue;
            var at = role.Mentions.Count > 0 ? role.Mentions[0].Start : 0;
            foreach (var person in table.All)
            {
                if (person.Type != ActorType.Person || person.RoleTitle is not null || person.Described || person.MergedInto is not null ||
                    !person.Roles.Contains(title) || role.Affiliation is not null && person.Affiliation is not null && person.Affiliation != role.Affiliation)
                {
                    continue;
                }

                foreach (var mention in person.Mentions)
                {
                    // The nearest holder named before the role wins; one named only after it counts as farther.
                    var d = mention.Start <= at ? at - mention.Start : mention.Start - at + 100_000;
                    if (d < distance)
                    {
                        distance = d;
                        holder = person;
                    }
                }
            }

            // "the Egyptian Foreign Minister ... the Foreign Minister": with no named holder, the first role-only
            // mention of the same title (and a compatible country) is the same person.
            if (holder is null)
            {
                foreach (var earlier in table.All)
                {
                    if (earlier == role)
                    {
                        break;
                    }

                    if (earlier.RoleTitle == title && earlier.MergedInto is null &&
                        (role.Affiliation is null || earlier.Affiliation is null || earlier.Affiliation == role.Affiliation))
                    {
                        holder = earlier;
                        break;
                    }
                }
            }

            if (holder is not null)
            {
                table.Merge(role, holder);
            }
        }
    }

    /// <summary>"Somali government forces ... government soldiers": the bare form is the forces the report named with their country.</summary>
    private static void LinkGovernmentForces(ActorTable table)
    {
        if (table.Find("government forces") is not { } bare || bare.Name != "government forces")
        {
            return;
        }

        foreach (var record in table.All)
        {
            if (record == bare || record.MergedInto is not null || record.Type != ActorType.Military)
            {
                continue;
            }

            foreach (var alias in record.Aliases)
            {
                if (alias.Contains(" government ", StringComparison.OrdinalIgnoreCase) || alias.Contains(" regime ", StringComparison.OrdinalIgnoreCase) ||
                    alias.Contains(" federal ", StringComparison.OrdinalIgnoreCase))
                {
                    table.Merge(bare, record);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// "Kinshasa accused Kigali" in a report that also names "the Rwandan government": the capital stands for that
    /// government rather than for the state, so its mentions move to the government's record.
    /// </summary>
    private void MoveCapitalsToGovernments(ActorTable table)
    {
        foreach (var state in table.All)
        {
            if (state.Type != ActorType.State || state.MergedInto is not null || table.Find("Government of " + state.Name) is not { } government || government == state)
            {
                continue;
            }

            for (var m = state.Mentions.Count - 1; m >= 0; m--)
            {
                var mention = state.Mentions[m];
                // A state's mentions are its names, demonyms or capitals: what is neither of the first two is a capital.
                if (lexicons.Countries.ByName(mention.Text) is not null || lexicons.Countries.ByDemonym(mention.Text) is not null)
                {
                    continue;
                }

                state.Mentions.RemoveAt(m);
                state.Aliases.Remove(mention.Text);
                government.Mentions.Add(mention);
                government.AddAlias(mention.Text);
            }
        }
    }
}
