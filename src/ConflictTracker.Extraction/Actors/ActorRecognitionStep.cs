using System.Collections.Frozen;
using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// Finds actors in one left-to-right pass per sentence: the curated dictionary, demonym or country plus a force
/// noun ("Russian troops"), states and capitals acting as agents, organisations by head noun, acronyms defined in
/// the text, and people by title or name shape; then surname-only mentions and acronyms are linked back.
/// </summary>
public sealed class ActorRecognitionStep(ExtractionLexicons lexicons) : IExtractionStep
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "into", "of", "to", "at", "from", "across", "throughout", "inside", "within", "near", "toward", "towards", "against",
         "for", "on", "over", "with", "through", "around", "via", "between", "about", "under", "outside", "beyond", "like", "onto",
         "including", "and", "or", "as", "than", "than", "besides", "among", "amid", "after", "before", "without", "upon", "off", "by"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AgentiveAfterPossessive = FrozenSet.ToFrozenSet(
        ["invasion", "attack", "attacks", "offensive", "forces", "military", "army", "troops", "government", "president", "leader",
         "leadership", "strikes", "strike", "missiles", "drones", "ministry", "officials", "decision", "refusal", "demand", "demands",
         "proposal", "position", "defence", "defense", "bombardment", "shelling", "aggression", "occupation", "campaign", "assault",
         "response", "war", "warplanes", "navy", "envoy", "ambassador", "delegation", "foreign", "prime", "security", "intelligence"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BackingParticiples = FrozenSet.ToFrozenSet(
        ["backed", "mediated", "brokered", "sponsored", "funded", "financed", "supported", "led", "armed", "trained", "supplied", "imposed"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> BackedNouns = FrozenSet.ToFrozenSet(
        ["rebels", "rebel", "group", "groups", "militia", "militias", "forces", "fighters", "militants", "insurgents", "coalition", "government",
         "regime", "ceasefire", "cease-fire", "truce", "talks", "deal", "agreement", "accord", "negotiations", "proxies", "proxy", "faction",
         "factions", "army", "troops", "movement", "offensive", "operation", "campaign", "blockade", "peace", "initiative", "plan",
         "mercenaries", "paramilitaries", "paramilitary", "separatists", "separatist", "opposition", "occupation", "alliance", "force", "insurgency", "rebellion", "coup", "junta", "administration"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActorType> CollectiveHeads = new Dictionary<string, ActorType>(StringComparer.Ordinal)
    {
        ["officials"] = ActorType.Government, ["authorities"] = ActorType.Government, ["allies"] = ActorType.State,
        ["diplomats"] = ActorType.Government, ["negotiators"] = ActorType.Government,
        ["mediators"] = ActorType.State, ["governments"] = ActorType.State,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CollectiveModifiers = FrozenSet.ToFrozenSet(
        ["health", "security", "government", "local", "regional", "intelligence", "defence", "defense", "foreign", "ministry", "state",
         "judicial", "occupation", "occupying", "election", "provincial", "municipal", "city", "border", "police", "prison", "aid",
         "military", "administration", "federal", "transitional", "interim", "de", "facto", "humanitarian", "senior", "top"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeadingCollectiveModifiers = FrozenSet.ToFrozenSet(
        ["local", "senior", "top", "regional", "provincial", "federal", "municipal"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DateWords = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["Honourable", "Honorable", "Hon", "Acting"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoleOnlyHeads = FrozenSet.ToFrozenSet(
        ["President", "Secretary", "Minister", "Secretary-General", "Governor", "Mayor", "Ambassador", "Envoy", "Chancellor", "King", "Emir",
         "Commander", "Commander-in-Chief", "Adviser", "Advisor", "Commissioner", "Rapporteur", "Premier", "Chief", "Prosecutor", "Spokesman", "Speaker",
         "Spokeswoman", "Spokesperson", "Leader"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LowerRoleHeads = FrozenSet.ToFrozenSet(
        ["official", "commander", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "envoy", "ambassador", "general",
         "governor", "mayor", "prosecutor", "adviser", "advisor", "lawmaker", "diplomat", "negotiator", "leader", "chief", "officer", "secretary"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoleModifiers = FrozenSet.ToFrozenSet(
        ["military", "army", "government", "security", "intelligence", "defence", "defense", "foreign", "health", "police", "border",
         "regional", "local", "senior", "top", "naval", "field", "ministry", "state", "presidential"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> AlliedNouns = FrozenSet.ToFrozenSet(
        ["militias", "militia", "groups", "fighters", "forces", "factions", "paramilitaries", "tribes", "gunmen"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoleOfModifiers = FrozenSet.ToFrozenSet(
        ["deputy", "senior", "top", "former", "acting", "chief", "local", "regional"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoleOfHeads = FrozenSet.ToFrozenSet(
        ["commander", "member", "members", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "representative",
         "representatives", "head", "leader", "leaders", "director", "chief", "officer", "officers", "fighter", "fighters"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrgNounsInLowerCase = FrozenSet.ToFrozenSet(
        ["regiment", "brigade", "battalion", "committee", "council", "group", "militia", "movement", "army", "agency", "ministry", "party",
         "mission", "unit", "division", "corps", "force", "forces", "battalions", "brigades", "committees"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActorType> BodyNouns = new Dictionary<string, ActorType>(StringComparer.Ordinal)
    {
        ["ministry"] = ActorType.Government, ["agency"] = ActorType.Government, ["office"] = ActorType.Government,
        ["service"] = ActorType.Government, ["directorate"] = ActorType.Government, ["department"] = ActorType.Government,
        ["cabinet"] = ActorType.Government, ["parliament"] = ActorType.Government, ["council"] = ActorType.Government,
        ["commission"] = ActorType.Organization, ["committee"] = ActorType.Organization, ["court"] = ActorType.Organization,
        ["police"] = ActorType.Government, ["command"] = ActorType.Military, ["embassy"] = ActorType.Government,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BodyModifiers = FrozenSet.ToFrozenSet(
        ["foreign", "defence", "defense", "interior", "health", "intelligence", "security", "information", "justice", "finance",
         "energy", "emergency", "emergencies", "presidential", "prime", "minister's", "military", "national", "general", "supreme",
         "central", "election", "electoral", "human", "rights", "anti-corruption", "investigative", "prosecutor's", "prosecutor-general's",
         "media", "press", "state", "federal", "public"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ConflictNouns = FrozenSet.ToFrozenSet(
        ["conflict", "war", "fighting", "talks", "clashes", "tensions", "negotiations", "ceasefire", "cease-fire", "truce", "deal", "agreement",
         "hostilities", "dispute", "confrontation", "escalation", "exchange", "swap", "accord", "rivalry", "standoff", "battle"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> SettlementNouns = FrozenSet.ToFrozenSet(
        ["village", "town", "city", "district", "camp", "area", "region", "province", "neighbourhood", "neighborhood", "suburb", "county",
         "municipality", "settlement", "locality", "valley", "crossing", "checkpoint", "base", "airport", "hospital", "market", "street", "road"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeAdverbs = FrozenSet.ToFrozenSet(
        ["only", "also", "still", "now", "already", "not", "actively", "reportedly", "increasingly", "currently", "simply", "merely", "again", "just"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeAgentiveAdjectives = FrozenSet.ToFrozenSet(
        ["also", "expected", "ready", "prepared", "responsible", "likely", "unlikely", "willing", "unwilling", "able", "unable", "determined",
         "trying", "set", "poised", "reluctant", "eager", "keen", "committed", "obliged", "entitled", "right", "wrong", "due", "open", "behind", "seeking", "considering"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameConnectors = FrozenSet.ToFrozenSet(
        ["of", "for", "the", "and", "on", "de", "du", "al", "bin", "ibn", "von", "van", "der", "la", "le", "da", "el", "abu"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
         "Our", "My", "Your", "In", "On", "At", "For", "From", "By", "With", "Without", "As", "After", "Before", "During", "Since",
         "Until", "While", "When", "Where", "Why", "How", "What", "Who", "Which", "If", "But", "And", "Or", "Yet", "So", "Also",
         "Meanwhile", "However", "Still", "Although", "Though", "Despite", "Over", "Under", "Near", "Into", "Among", "Around",
         "Across", "Against", "Along", "About", "Some", "Many", "Most", "More", "Several", "All", "Both", "Each", "Every", "No",
         "Not", "Other", "Another", "Such", "There", "Here", "Then", "Now", "Today", "Yesterday", "According", "Earlier", "Later",
         "Last", "Next", "Following", "Just", "Only", "Even", "Already", "Thank", "Thanks", "Yes", "Well", "Let", "Please"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameSuffixes = FrozenSet.ToFrozenSet(["Jr", "Jr.", "Sr", "II", "III", "IV"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrgDescriptors = FrozenSet.ToFrozenSet(
        ["company", "group", "agency", "operator", "outlet", "broadcaster", "newspaper", "firm", "organisation", "organization",
         "charity", "channel", "network", "monitor", "watchdog", "provider", "militia", "faction", "movement", "party", "daily", "website"],
        StringComparer.OrdinalIgnoreCase);

    public string Name => "Actors";

    public void Run(Document document)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var table = new ActorTable(text, tokens, document.TokenCount);
        document.ActorTable = table;
        var located = LocatedTokens(document);

        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                i = Recognise(document, table, located, sentence, i);
            }
        }

        foreach (var turn in document.Turns)
        {
            RecogniseSpeaker(document, table, turn);
        }

        LinkSurnamesAndAcronyms(document, table);
        LinkRolesToHolders(table);
        LinkGovernmentForces(table);
        MoveCapitalsToGovernments(table);
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

    /// <summary>
    /// A capitalised role with no name after it: "the Secretary", "The National Security Adviser", "Honourable Minister of
    /// Defence", "the Chief of the General Staff [Name]". A bracketed name right after makes it that person's role.
    /// </summary>
    private bool TryCapitalisedRole(Document document, ActorTable table, Sentence sentence, int i, int seqEnd, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        next = i;
        var p = i;
        var article = false;
        while (p < seqEnd && document.TokenText(p) is "The" or "the" or "A" or "An")
        {
            p++;
            article = true;
        }

        article |= p == i && p - 1 >= sentence.FirstToken && document.TokenText(p - 1) is "the" or "The" or "his" or "her" or "its" or "their" or "a" or "an";
        var honorific = false;
        while (p < seqEnd && Honorifics.ContainsSpan(document.TokenText(p)))
        {
            p++;
            honorific = true;
        }

        var nameStart = p;
        string? affiliation = null;
        if (lexicons.CountryNames.TryMatch(text, tokens, p, seqEnd, out var country, out var countryEnd) ||
            lexicons.Demonyms.TryMatch(text, tokens, p, seqEnd, out country, out countryEnd))
        {
            affiliation = country.Name;
            p = countryEnd;
        }

        if (p >= seqEnd || document.TokenText(p) is "Mr" or "Mrs" or "Ms" or "Madam" or "Madame" or "Dr" or "Sir" or "MR" or "MRS" or "MS" ||
            !lexicons.Titles.TryMatch(text, tokens, p, seqEnd, out _, out var titleEnd))
        {
            return false; // "Mr President," addresses someone; it names no new actor
        }

        while (titleEnd < seqEnd && lexicons.Titles.TryMatch(text, tokens, titleEnd, seqEnd, out _, out var chained))
        {
            titleEnd = chained; // "Chief Prosecutor", "Deputy Foreign Minister"
        }

        if (!RoleOnlyHeads.ContainsSpan(document.TokenText(titleEnd - 1)) && !RoleOnlyHeads.ContainsSpan(document.TokenText(p)))
        {
            return false; // "Secretary of State" counts by its first word
        }

        var portfolio = titleEnd < seqEnd;
        if (portfolio && document.TokenText(titleEnd) is not "of")
        {
            return false;
        }

        if (portfolio && seqEnd - titleEnd >= 4 && IsPersonName(document, seqEnd - 2, seqEnd))
        {
            // "Minister of Defence Amara Diallo": the role with its portfolio introduces the two name words after it.
            var holder = AddPerson(document, table, seqEnd - 2, seqEnd);
            holder.AddAlias(text.Substring(tokens[nameStart].Start, tokens[seqEnd - 1].End - tokens[nameStart].Start));
            holder.AddRole(text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant());
            holder.Affiliation ??= affiliation;
            next = seqEnd;
            return true;
        }

        if (!(article || honorific || affiliation is not null || portfolio || titleEnd - p >= 2))
        {
            return false;
        }

        var title = text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant();
        var roleName = text.Substring(tokens[nameStart].Start, tokens[seqEnd - 1].End - tokens[nameStart].Start);

        // "the Chief of the General Staff [Valery Gerasimov]": the role names the person in brackets.
        if (seqEnd + 3 < sentence.EndToken && text[tokens[seqEnd].Start] is '[' or '(')
        {
            var close = seqEnd + 1;
            while (close < sentence.EndToken && close < seqEnd + 6 && text[tokens[close].Start] is not (']' or ')'))
            {
                close++;
            }

            if (close < sentence.EndToken && close < seqEnd + 6 && close - seqEnd >= 3 && IsPersonName(document, seqEnd + 1, close))
            {
                var named = AddPerson(document, table, seqEnd + 1, close);
                named.AddAlias(roleName);
                named.AddRole(title);
                named.Affiliation ??= affiliation;
                next = close + 1;
                return true;
            }
        }

        var portfolioBody = portfolio ? AddPortfolioBody(document, table, titleEnd, seqEnd) : null;
        if (TryAppositiveHolder(document, table, sentence, seqEnd, roleName, title, affiliation ?? portfolioBody) is { } holderNamed)
        {
            table.AddMention(holderNamed, nameStart, seqEnd);
            next = seqEnd;
            while (next < sentence.EndToken && text[tokens[next].Start] != ',')
            {
                next++; // "for European Integration," belongs to the role, not to a new name
            }

            return true;
        }

        var record = table.Find(roleName) ?? table.GetOrAdd(roleName, ActorType.Person, affiliation);
        record.Emit = true;
        record.Described = true;
        record.RoleTitle ??= title;
        table.AddMention(record, nameStart, seqEnd);

        record.Affiliation ??= portfolioBody;
        next = seqEnd;
        return true;
    }

    /// <summary>"the Commander of U.S. Central Command": a known body in a role's portfolio is an actor too.</summary>
    private string? AddPortfolioBody(Document document, ActorTable table, int first, int end)
    {
        string? found = null;
        for (var k = first; k < end; k++)
        {
            if (lexicons.Actors.TryMatch(document.Normalized, document.Tokens, k, end, out var body, out var bodyEnd) && body.Type != ActorType.Person)
            {
                var bodyRecord = table.GetOrAdd(body.Name, body.Type, body.Affiliation);
                bodyRecord.Emit = true;
                table.AddLooseMention(bodyRecord, k, bodyEnd);
                found ??= body.Name;
                k = bodyEnd - 1;
            }
        }

        return found;
    }

    /// <summary>"The UN Special Envoy on Myanmar, Ingrid Salvesen, told", "the Russian ambassador to the UN, Vasily Nebenzia,": the name in apposition holds the role.</summary>
    private ActorRecord? TryAppositiveHolder(Document document, ActorTable table, Sentence sentence, int roleEnd, string roleName, string title, string? affiliation, bool anyWords = false)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var comma = roleEnd;
        while (comma < sentence.EndToken && comma < roleEnd + (anyWords ? 12 : 5) &&
               (tokens[comma].IsCapitalised || document.TokenText(comma) is "on" or "for" or "to" or "in" or "the" or "of" || anyWords && text[tokens[comma].Start] != ','))
        {
            comma++;
        }

        if (comma + 2 >= sentence.EndToken || text[tokens[comma].Start] != ',')
        {
            return null;
        }

        var nameStart = comma + 1;
        if (lexicons.Titles.TryMatch(text, tokens, nameStart, sentence.EndToken, out _, out var titleEnd) && tokens[nameStart].IsCapitalised)
        {
            nameStart = titleEnd; // ", Ambassador Amara Diallo,"
            while (nameStart < sentence.EndToken && tokens[nameStart].Kind == TokenKind.Punctuation && text[tokens[nameStart].Start] == '.')
            {
                nameStart++;
            }
        }

        var nameEnd = nameStart;
        while (nameEnd < sentence.EndToken && nameEnd < nameStart + 4 && tokens[nameEnd].IsCapitalised)
        {
            nameEnd++;
        }

        if (nameEnd - nameStart < 2 || nameEnd < sentence.EndToken && text[tokens[nameEnd].Start] is not (',' or '.') || !IsPersonName(document, nameStart, nameEnd))
        {
            return null;
        }

        var named = AddPerson(document, table, nameStart, nameEnd);
        named.AddAlias(roleName);
        named.AddRole(title);
        named.Affiliation ??= affiliation;
        return named;
    }

    /// <summary>"a senior Russian commander", "an Israeli official": a described person by nationality and role, with no name.</summary>
    private bool TryDescribedRole(Document document, ActorTable table, Sentence sentence, int first, int j, string affiliation, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        next = first;
        var p = j;
        if (p + 1 < end && tokens[p].IsLower && RoleModifiers.ContainsSpan(document.TokenText(p)))
        {
            p++; // "a Ukrainian military spokesman"
        }

        if (p >= end || !tokens[p].IsLower || !lexicons.Titles.TryMatch(text, tokens, p, end, out _, out var titleEnd) ||
            !LowerRoleHeads.ContainsSpan(document.TokenText(titleEnd - 1)))
        {
            return false;
        }

        if (titleEnd < end && tokens[titleEnd].IsCapitalised && tokens[titleEnd].NewlinesBefore == 0)
        {
            return false; // "Russian commander Ivan Petrov" is a named person
        }

        var start = first;
        while (start - 1 >= sentence.FirstToken && tokens[start - 1].IsLower && LeadingCollectiveModifiers.ContainsSpan(document.TokenText(start - 1)))
        {
            start--;
        }

        if (start - 1 < sentence.FirstToken || document.TokenText(start - 1) is not ("a" or "A" or "an" or "An" or "the" or "The" or "one" or "One" or "another" or "Another"))
        {
            return false; // "Ukrainian commanders say": plural and bare roles are not one identifiable person
        }

        var title = text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant();
        var name = text.Substring(tokens[start].Start, tokens[titleEnd - 1].End - tokens[start].Start);
        if (TryAppositiveHolder(document, table, sentence, titleEnd, name, title, affiliation) is { } holder)
        {
            table.AddMention(holder, start, titleEnd);
            next = titleEnd;
            return true;
        }

        if (titleEnd < end && document.TokenText(titleEnd) is "of" or "for")
        {
            return false; // "a Russian commander of the ...": longer than a role
        }

        var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Person, affiliation);
        record.Emit = true;
        record.Described = true;
        record.RoleTitle ??= title;
        table.AddMention(record, start, titleEnd);
        next = titleEnd;
        return true;
    }

    private int Recognise(Document document, ActorTable table, bool[] located, Sentence sentence, int i)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var t = tokens[i];
        if (!t.IsWord || table.TokenActor[i] >= 0)
        {
            return i + 1;
        }

        var end = sentence.EndToken;
        if (t.IsLower)
        {
            // Only a few names start in lower case ("al-Shabaab"); the dictionary knows them.
            if (lexicons.Actors.TryMatch(text, tokens, i, end, out var lowerDefinition, out var lowerEnd))
            {
                var lowerRecord = table.GetOrAdd(lowerDefinition.Name, lowerDefinition.Type, lowerDefinition.Affiliation);
                lowerRecord.Emit = true;
                table.AddMention(lowerRecord, i, lowerEnd);
                return lowerEnd;
            }

            if (TryAlliedGroup(document, table, sentence, i, out var alliedEnd))
            {
                return alliedEnd;
            }

            TryRoleOfOrganisation(document, table, sentence, i);

            // "government forces shelled the town": the state's forces, named by the text's own words.
            if (document.TokenText(i) is "government" or "regime" && i + 1 < end && document.TokenText(i + 1) is "forces" or "troops" or "soldiers" &&
                (i == sentence.FirstToken || !tokens[i - 1].IsCapitalised || FunctionWords.ContainsSpan(document.TokenText(i - 1))))
            {
                var forces = table.GetOrAdd("government forces", ActorType.Military, null);
                forces.Emit = true;
                forces.Described = true;
                table.AddMention(forces, i, i + 2);
                return i + 2;
            }

            return i + 1;
        }

        if (lexicons.Actors.TryMatch(text, tokens, i, end, out var definition, out var dictEnd) && !Continues(document, dictEnd, end) && !IsForceOfPeople(document, definition, i, dictEnd, end))
        {
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
            // "the Arakan Army (AA)": a dictionary actor may define its own acronym, used alone later in the text.
            if (dictEnd + 2 < end && text[tokens[dictEnd].Start] == '(' && tokens[dictEnd + 1].IsAllCaps && text[tokens[dictEnd + 2].Start] == ')')
            {
                table.Acronyms[text.Substring(tokens[dictEnd + 1].Start, tokens[dictEnd + 1].Length)] = record;
                table.AddMention(record, dictEnd + 1, dictEnd + 2);
                return dictEnd + 2;
            }

            if (dictEnd < end && tokens[dictEnd].Kind == TokenKind.Possessive && definition.Type != ActorType.Person &&
                TryPossessiveBody(document, table, sentence, i, dictEnd, definition.Affiliation ?? definition.Name, out var bodyEnd))
            {
                return bodyEnd;
            }

            return dictEnd;
        }

        // A capitalised function word that merely starts the sentence ("The", "In") is never part of an actor.
        if (!t.IsAllCaps && FunctionWords.ContainsSpan(text.AsSpan(t.Start, t.Length)))
        {
            return i + 1;
        }

        // "Local Ukrainian officials" at a sentence start: the modifier joins the demonym phrase that follows.
        if (i == sentence.FirstToken && document.TokenText(i) is "Local" or "Senior" or "Regional" or "Top" &&
            i + 1 < end && lexicons.Demonyms.TryMatch(text, tokens, i + 1, end, out _, out _))
        {
            return i + 1;
        }

        if (document.TokenText(i) is "Western" or "Arab" or "European" or "Gulf" && TryCollective(document, table, sentence, i, i + 1, null, out var collectiveEnd))
        {
            return collectiveEnd;
        }

        if (TryAlliedGroup(document, table, sentence, i, out var alliedCompoundEnd))
        {
            return alliedCompoundEnd;
        }

        if (TryBackingState(document, table, i) || IsBackingCompound(document, i))
        {
            return i + 1; // "Tuareg-led" modifies the name after it and is never part of it
        }

        if (TryCountryPhrase(document, table, sentence, i, out var next))
        {
            return next;
        }

        return RecogniseCapitalised(document, table, located, sentence, i);
    }

    /// <summary>"Rwanda-backed rebels", "an Egyptian-mediated truce": the state in the compound acts as a sponsor or mediator.</summary>
    private bool TryBackingState(Document document, ActorTable table, int i)
    {
        var t = document.Tokens[i];
        var span = document.Normalized.AsSpan(t.Start, t.Length);
        var dash = span.LastIndexOf('-');
        if (dash < 2 || !BackingParticiples.ContainsSpan(span[(dash + 1)..]))
        {
            return false;
        }

        // Only a sponsor of fighters or a broker of talks acts; "Chinese-backed investments" names no agent.
        var k = i + 1;
        while (k < document.TokenCount && k < i + 7 && document.Tokens[k].IsCapitalised && document.Tokens[k].NewlinesBefore == 0)
        {
            k++;
        }

        // "Kenyan-led Multinational Security Support Mission": a named organisation after the compound is an agent too.
        var namedOrg = k > i + 1 && lexicons.OrgHeads.ContainsKeySpan(document.TokenText(k - 1));
        if (!namedOrg && (k >= document.TokenCount || !BackedNouns.ContainsSpan(document.TokenText(k))))
        {
            return false;
        }

        var prefix = span[..dash].ToString();
        if ((lexicons.Countries.ByName(prefix) ?? lexicons.Countries.ByDemonym(prefix)) is not { } country)
        {
            return false;
        }

        var state = table.GetOrAdd(country.Name, ActorType.State, country.Name);
        state.Emit = true;
        table.AddPartMention(state, i, prefix.Length);
        return true;
    }

    /// <summary>"Syrian military officials", "an Israeli army spokesman": people of a force, not the force itself.</summary>
    private bool IsForceOfPeople(Document document, ActorDefinition definition, int i, int dictEnd, int end) =>
        definition.Type == ActorType.Military && dictEnd < end && document.Tokens[dictEnd].IsLower &&
        (CollectiveHeads.ContainsKey(document.TokenText(dictEnd).ToString()) || LowerRoleHeads.ContainsSpan(document.TokenText(dictEnd))) &&
        lexicons.Demonyms.TryMatch(document.Normalized, document.Tokens, i, end, out _, out _);

    /// <summary>
    /// "the RSF and allied militias", "SAF-allied militias": armed groups known only by whom they fight beside, named
    /// after that actor ("RSF-allied militias") with the text's bare words as an alias.
    /// </summary>
    private bool TryAlliedGroup(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        var end = sentence.EndToken;
        if (i + 1 >= end || !AlliedNouns.ContainsSpan(document.TokenText(i + 1)))
        {
            return false;
        }

        var word = document.TokenText(i);
        string? ally;
        string? bare = null;
        if (word is "allied" or "aligned" or "affiliated")
        {
            // "the Rapid Support Forces (RSF) and allied militias"
            var k = i - 1;
            if (k <= sentence.FirstToken || document.TokenText(k) is not "and")
            {
                return false;
            }

            k--;
            if (document.Normalized[document.Tokens[k].Start] == ')' && k - 1 > sentence.FirstToken)
            {
                k--;
            }

            if (table.AtToken(k) is not { } partner || partner.Type is ActorType.Person or ActorType.State)
            {
                return false;
            }

            ally = ShortName(partner);
            bare = document.Normalized.Substring(document.Tokens[i].Start, document.Tokens[i + 1].End - document.Tokens[i].Start);
        }
        else
        {
            var dash = word.LastIndexOf('-');
            if (dash < 2 || word[(dash + 1)..] is not ("allied" or "aligned" or "affiliated" or "linked"))
            {
                return false;
            }

            ally = word[..dash].ToString();
        }

        var noun = document.TokenText(i + 1).ToString();
        var record = table.GetOrAdd(ally + "-allied " + noun, ActorType.ArmedGroup, ally);
        record.Emit = true;
        if (bare is not null)
        {
            record.AddAlias(bare);
        }

        table.AddMention(record, i, i + 2);
        next = i + 2;
        return true;
    }

    /// <summary>
    /// "A deputy commander of the Azov regiment ... said", "a member of the Resistance Committee told": a described
    /// person by role in a named body. The body stays an actor of its own, so the person's mention overlaps it.
    /// Only where such a person is a source or a subject (sentence start, after a quote or comma, or a cue soon after).
    /// </summary>
    private void TryRoleOfOrganisation(Document document, ActorTable table, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i - 1 < sentence.FirstToken || document.TokenText(i - 1) is not ("a" or "A" or "an" or "An" or "the" or "The"))
        {
            return;
        }

        var k = i;
        while (k < end && k < i + 2 && RoleOfModifiers.ContainsSpan(document.TokenText(k)))
        {
            k++;
        }

        if (k + 3 >= end || !RoleOfHeads.ContainsSpan(document.TokenText(k)) || document.TokenText(k + 1) is not "of")
        {
            return;
        }

        var org = k + 2;
        if (document.TokenText(org) is "the")
        {
            org++;
        }

        var orgEnd = org;
        while (orgEnd < end && orgEnd < org + 8 && document.Tokens[orgEnd].NewlinesBefore == 0 &&
               (document.Tokens[orgEnd].IsCapitalised || orgEnd > org && NameConnectors.ContainsSpan(document.TokenText(orgEnd)) && orgEnd + 1 < end && document.Tokens[orgEnd + 1].IsCapitalised))
        {
            orgEnd++;
        }

        if (orgEnd == org && !(org > k + 2 && OrgNounsInLowerCase.ContainsSpan(document.TokenText(org))))
        {
            return; // "a member of the committee" is kept: the body was named before
        }

        if (orgEnd < end && OrgNounsInLowerCase.ContainsSpan(document.TokenText(orgEnd)))
        {
            orgEnd++; // "the Azov regiment"
        }

        var before = document.Tokens[i - 1];
        var text = document.Normalized;
        var placed = i - 1 == sentence.FirstToken || i - 2 >= sentence.FirstToken && text[document.Tokens[i - 2].Start] is ',' or '"';
        for (var c = orgEnd; !placed && c < Math.Min(end, orgEnd + 6); c++)
        {
            placed = document.Tokens[c].IsWord && lexicons.Cues.ContainsKeySpan(document.TokenText(c));
        }

        var tokens = document.Tokens;
        var name = text.Substring(tokens[i].Start, tokens[orgEnd - 1].End - tokens[i].Start);
        var role = document.TokenText(k).ToString();
        if (!placed || TryAppositiveHolder(document, table, sentence, orgEnd, name, role, null, anyWords: true) is not null)
        {
            return; // "The head of X, Amara Diallo, said": the named holder is the actor
        }

        if (i - 3 >= sentence.FirstToken && text[tokens[i - 2].Start] == ',' && table.AtToken(i - 3) is { Type: ActorType.Person } named)
        {
            named.AddAlias(name); // "Amara Diallo, the head of X": the role describes the person just named
            named.AddRole(role);
            return;
        }

        if (orgEnd - org == 1 && (lexicons.Demonyms.TryMatch(text, tokens, org, orgEnd, out _, out _) || lexicons.CountryNames.TryMatch(text, tokens, org, orgEnd, out _, out _)) ||
            orgEnd < end && tokens[orgEnd].Kind == TokenKind.Possessive)
        {
            return; // "the head of the Ukrainian regional administration", "the head of Ukraine's office": the body is not named
        }

        var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Person, null);
        record.Emit = true;
        record.Described = true;
        table.AddLooseMention(record, i - 1 >= 0 && before.IsWord ? i - 1 : i, orgEnd);
    }

    /// <summary>The acronym an organisation goes by in the text, if any ("RSF"), else its name.</summary>
    private static string ShortName(ActorRecord record)
    {
        if (record.Name.Length <= 6)
        {
            return record.Name;
        }

        foreach (var alias in record.Aliases)
        {
            if (alias.Length is >= 2 and <= 6 && alias.All(char.IsUpper))
            {
                return alias;
            }
        }

        return record.Name;
    }

    private static bool IsBackingCompound(Document document, int i)
    {
        var span = document.TokenText(i);
        var dash = span.LastIndexOf('-');
        return dash >= 2 && BackingParticiples.ContainsSpan(span[(dash + 1)..]);
    }

    private static bool IsDatelineCredit(Document document, int first, int end) =>
        first >= 1 && end + 1 < document.TokenCount && document.Normalized[document.Tokens[first - 1].Start] == '(' &&
        document.Normalized[document.Tokens[end].Start] == ')' && document.Normalized[document.Tokens[end + 1].Start] is '-' or ':';

    private static bool AfterLocativePreposition(Document document, Sentence sentence, int i)
    {
        var k = i - 1;
        if (k >= sentence.FirstToken && document.TokenText(k) is "the")
        {
            k--;
        }

        return k >= sentence.FirstToken && document.TokenText(k) is "at" or "in" or "to" or "from" or "outside" or "inside" or "near" or "into" or "within" or "across";
    }

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

    private bool TryCountryPhrase(Document document, ActorTable table, Sentence sentence, int i, out int next)
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
        if ((kind == 1 || attributive) && (TryCollective(document, table, sentence, i, j, country.Name, out next) || TryDescribedRole(document, table, sentence, i, j, country.Name, out next)))
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

            if (lexicons.ForceNouns.TryMatch(text, tokens, forceStart, end, out _, out var forceEnd) ||
                (forceStart != j && lexicons.ForceNouns.TryMatch(text, tokens, j, end, out _, out forceEnd)))
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

                var record = ForcesOf(table, country, surface, kind == 1);
                record.Emit = true;
                table.AddMention(record, i, forceEnd);
                next = forceEnd;
                return true;
            }

            if (TryGovernment(document, table, sentence, i, j, country, out next))
            {
                return true;
            }

            if (possessive && TryPossessiveBody(document, table, sentence, i, j - 1, country.Name, out var bodyEnd, country.Demonyms.Count > 0 ? country.Demonyms[0] : null))
            {
                // The state owns the body; its own mention records that it acts ("Iran's foreign ministry said").
                var owner = table.GetOrAdd(country.Name, ActorType.State, country.Name);
                table.AddMention(owner, i, countryEnd);
                next = bodyEnd;
                return true;
            }
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

        var agentive = IsAgentive(document, table, sentence, i, countryEnd);
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
    /// (annotators list both). One record per country, named "Government of X" in its aliases so other phrasings match.
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

    private static ActorRecord GovernmentOf(ActorTable table, Country country, string headWords)
    {
        var canonical = "Government of " + country.Name;
        if (table.Find(canonical) is { } existing)
        {
            return existing;
        }

        var adjective = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        var record = table.GetOrAdd(adjective + " " + headWords, ActorType.Government, country.Name);
        record.Emit = true;
        record.AddAlias(canonical);
        table.AddKey(canonical, record);
        return record;
    }

    /// <summary>
    /// "the Taliban's intelligence agency", "Iran's foreign ministry": a body of a named actor, in lower case, is an
    /// actor of its own, named as the text names it.
    /// </summary>
    private bool TryPossessiveBody(Document document, ActorTable table, Sentence sentence, int ownerStart, int possessive, string affiliation, out int next, string? demonym = null)
    {
        next = possessive;
        var end = sentence.EndToken;
        var k = possessive + 1;
        var head = -1;
        while (k < end && k < possessive + 4 && document.Tokens[k].IsWord && document.Tokens[k].IsLower)
        {
            if (BodyNouns.TryGetValue(document.TokenText(k).ToString(), out _))
            {
                head = k;
            }
            else if (head >= 0 || !BodyModifiers.ContainsSpan(document.TokenText(k)))
            {
                break;
            }

            k++;
        }

        if (head < 0 || head + 1 < end && document.Tokens[head + 1].IsWord && document.Tokens[head + 1].IsLower && BodyNouns.ContainsKey(document.TokenText(head + 1).ToString()))
        {
            return false;
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var first = ownerStart;
        var name = text.Substring(tokens[first].Start, tokens[head].End - tokens[first].Start);
        var words = text.Substring(tokens[possessive + 1].Start, tokens[head].End - tokens[possessive + 1].Start);

        // "Russia's foreign ministry" is the dictionary's "Russian Foreign Ministry" when there is one.
        var known = demonym is not null && lexicons.ActorsByName.TryGetValue(demonym + " " + words, out var definition)
            ? table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation)
            : null;
        var record = known ?? table.Find(name) ?? table.GetOrAdd(name, BodyNouns[document.TokenText(head).ToString()], affiliation);
        record.Emit = true;
        table.AddMention(record, possessive + 1, head + 1);
        record.AddAlias(name);
        table.AddKey(name, record);
        next = head + 1;
        return true;
    }

    /// <summary>
    /// "Russian authorities", "local Ukrainian officials", "Western allies": a described collective with an affiliation
    /// acts as one actor (annotators keep these), named by its words with modifiers; the bare demonym form is an alias.
    /// </summary>
    private bool TryCollective(Document document, ActorTable table, Sentence sentence, int first, int j, string? affiliation, out int next)
    {
        next = first;
        var end = sentence.EndToken;
        var head = j;
        if (head + 1 < end && document.Tokens[head].IsLower && CollectiveModifiers.ContainsSpan(document.TokenText(head)))
        {
            head++; // "Israeli security officials"
        }

        if (head >= end || !document.Tokens[head].IsLower || !CollectiveHeads.TryGetValue(document.TokenText(head).ToString(), out var type))
        {
            return false;
        }

        var start = first;
        while (start - 1 >= sentence.FirstToken && (document.Tokens[start - 1].IsLower || start - 1 == sentence.FirstToken) && LeadingCollectiveModifiers.ContainsSpan(document.TokenText(start - 1)))
        {
            start--; // "local Russian officials", "Senior Israeli officials" at a sentence start
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var name = text.Substring(tokens[start].Start, tokens[head].End - tokens[start].Start);
        var record = table.Find(name) ?? table.GetOrAdd(name, type, affiliation);
        record.Emit = true;
        record.Described = true;
        if (start < first)
        {
            record.AddAlias(text.Substring(tokens[first].Start, tokens[head].End - tokens[first].Start));
        }

        table.AddMention(record, start, head + 1);
        next = head + 1;
        return true;
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

    /// <summary>A state acts when it is the subject of a verb or owns an action ("Russia launched", "Russia's invasion"), not when it is a place.</summary>
    private bool IsAgentive(Document document, ActorTable table, Sentence sentence, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var before = first - 1;
        if (before > sentence.FirstToken && document.TokenText(before) is "the" or "The")
        {
            before--; // "the Netherlands", "The United States"
        }
        else if (before == sentence.FirstToken && document.TokenText(before) is "The")
        {
            before--;
        }

        if (IsPartyBetween(document, sentence, before) ||
            before - 2 >= sentence.FirstToken && document.TokenText(before) is "and" && IsPartyBetween(document, sentence, PartyStart(document, sentence, before - 1) - 1))
        {
            return true; // "the war between Russia and Ukraine": both sides act
        }

        if (before >= sentence.FirstToken)
        {
            var previous = tokens[before];
            var word = text.AsSpan(previous.Start, previous.Length);
            if (previous.IsWord && Prepositions.ContainsSpan(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "weapons supplied by the United States", "a truce mediated by Qatar": the agent of a passive acts.
            if (word is "by" && before - 1 >= sentence.FirstToken && IsParticiple(text, tokens[before - 1]))
            {
                return true;
            }

            if (previous.IsWord && previous.IsLower && word is not ("and" or "by" or "that" or "but" or "while" or "when" or "as") && !lexicons.Cues.ContainsKeySpan(word))
            {
                return false; // "the Russia-Ukraine war", "neighbouring Ukraine"
            }
        }

        if (end >= sentence.EndToken)
        {
            return false;
        }

        var next = tokens[end];
        if (next.Kind == TokenKind.Possessive)
        {
            return end + 1 < sentence.EndToken && AgentiveAfterPossessive.ContainsSpan(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length));
        }

        if (next.Kind == TokenKind.Punctuation)
        {
            // "Australia, Canada and the Netherlands issued a statement": look past a list of states.
            if (text[next.Start] == ',' && end + 1 < sentence.EndToken)
            {
                var other = end + 1;
                if (other < sentence.EndToken && document.TokenText(other) is "and")
                {
                    other++;
                }

                if (other < sentence.EndToken && document.TokenText(other) is "the")
                {
                    other++;
                }

                if (other < sentence.EndToken && lexicons.CountryNames.TryMatch(text, tokens, other, sentence.EndToken, out _, out var otherEnd))
                {
                    return IsAgentive(document, table, sentence, other, otherEnd);
                }
            }

            return false;
        }

        if (!next.IsWord || !next.IsLower)
        {
            return false;
        }

        var nextWord = text.AsSpan(next.Start, next.Length);
        if (nextWord is "and" && end + 1 < sentence.EndToken)
        {
            var other = end + 1 < sentence.EndToken && document.TokenText(end + 1) is "the" ? end + 2 : end + 1;
            if (other < sentence.EndToken && lexicons.CountryNames.TryMatch(text, tokens, other, sentence.EndToken, out _, out var otherEnd))
            {
                return IsAgentive(document, table, sentence, other, otherEnd);
            }

            // "the U.S. and its allies have shipped": the verb after the partners decides.
            if (other + 2 < sentence.EndToken && document.TokenText(other) is "its" or "their" && document.TokenText(other + 1) is "allies" or "partners" or "backers" or "proxies")
            {
                return IsAgentive(document, table, sentence, first, other + 2);
            }

            return false;
        }

        return !Prepositions.ContainsSpan(nextWord) && nextWord is not ("is" or "was") || IsVerbAfterBe(text, tokens, end, sentence.EndToken);
    }

    /// <summary>"Russia is preparing", "Rwanda was only protecting", "Pyongyang was likely to send": the state acts.</summary>
    private static bool IsPartyBetween(Document document, Sentence sentence, int between) =>
        between - 1 >= sentence.FirstToken && document.TokenText(between) is "between" && ConflictNouns.ContainsSpan(document.TokenText(between - 1));

    /// <summary>The first token of the capitalised name that ends at <paramref name="last"/> ("the United States").</summary>
    private static int PartyStart(Document document, Sentence sentence, int last)
    {
        var k = last;
        while (k - 1 >= sentence.FirstToken && (document.Tokens[k - 1].IsCapitalised || document.Tokens[k - 1].Kind == TokenKind.Punctuation && document.Normalized[document.Tokens[k - 1].Start] == '.'))
        {
            k--;
        }

        if (k - 1 >= sentence.FirstToken && document.TokenText(k - 1) is "the")
        {
            k--;
        }

        return k;
    }

    private static bool IsVerbAfterBe(string text, Token[] tokens, int be, int end)
    {
        var k = be + 1;
        if (k + 1 < end && tokens[k].IsWord && BeAdverbs.ContainsSpan(text.AsSpan(tokens[k].Start, tokens[k].Length)))
        {
            k++;
        }

        if (k >= end || !tokens[k].IsWord || !tokens[k].IsLower)
        {
            return false;
        }

        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        return word.EndsWith("ing", StringComparison.Ordinal) && !word.SequenceEqual("being") || BeAgentiveAdjectives.ContainsSpan(word);
    }

    private static bool IsParticiple(string text, Token token)
    {
        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || BackingParticiples.ContainsSpan(word) ||
            word is "sent" or "made" or "built" or "sold" or "given" or "taken" or "brought" or "held" or "struck" or "shot" or "hit" or "won" or "drawn" or "written" or "signed";
    }

    private int RecogniseCapitalised(Document document, ActorTable table, bool[] located, Sentence sentence, int i)
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
        }

        // "Institute for the Study of War (ISW)": the acronym in brackets names the same actor.
        string? acronym = null;
        if (IsAcronymAt(document, sentence, seqEnd))
        {
            acronym = text.Substring(tokens[seqEnd + 1].Start, tokens[seqEnd + 1].Length);
        }

        // People: the rightmost title inside the sequence, then one to four name words.
        var titleEnd = -1;
        for (var k = i; k < seqEnd; k++)
        {
            if (lexicons.Titles.TryMatch(text, tokens, k, seqEnd, out _, out var te) && te < seqEnd)
            {
                titleEnd = te;
                k = te - 1;
            }
        }

        if (titleEnd > i && IsPersonName(document, titleEnd, seqEnd))
        {
            var person = AddPerson(document, table, titleEnd, seqEnd);
            RecordPrefix(document, table, sentence, i, titleEnd, person);
            return seqEnd;
        }

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

        var first = i;
        while (first < seqEnd && text.AsSpan(tokens[first].Start, tokens[first].Length) is "The" or "A" or "An")
        {
            first++;
        }

        if (TryCapitalisedRole(document, table, sentence, i, rawEnd, out var roleEnd) || rawEnd != seqEnd && TryCapitalisedRole(document, table, sentence, i, seqEnd, out roleEnd))
        {
            return roleEnd;
        }

        if (orgType is null && acronym is not null && defined && seqEnd - first >= 3 && !IsAllLocated(located, first, seqEnd) && !IsPersonName(document, first, seqEnd) &&
            !lexicons.CountryNames.TryMatch(text, tokens, first, seqEnd, out _, out _))
        {
            orgType = ActorType.Organization;
        }

        var ordinal = first == i && first > sentence.FirstToken && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 1].End + 1 == tokens[first].Start &&
            text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is [.., 's' or 'n' or 'r' or 't', 't' or 'd' or 'h'];
        if (orgType is { } orgKind && (seqEnd - first >= 2 || ordinal) && !IsAllLocated(located, first, seqEnd))
        {
            if (ordinal)
            {
                first--; // "47th Mechanized Brigade", "the 47th Brigade"
            }

            var name = text.Substring(tokens[first].Start, tokens[seqEnd - 1].End - tokens[first].Start);
            var record = table.Find(name) ?? table.GetOrAdd(name, orgKind, AffiliationIn(document, first, seqEnd));
            record.Emit = true;
            table.AddMention(record, first, seqEnd);
            if (acronym is not null)
            {
                table.Acronyms[acronym] = record;
                table.AddMention(record, seqEnd + 1, seqEnd + 2);
            }

            return seqEnd;
        }

        // "Tavria military command", "the Siversk group of forces": a named formation whose kind is written in lower case.
        if (seqEnd - first is 1 or 2 && UnitPhraseEnd(document, sentence, seqEnd) is var unitEnd && unitEnd > seqEnd &&
            !lexicons.CountryNames.TryMatch(text, tokens, first, seqEnd, out _, out _) && !lexicons.Demonyms.TryMatch(text, tokens, first, seqEnd, out _, out _))
        {
            var unitName = text.Substring(tokens[first].Start, tokens[unitEnd - 1].End - tokens[first].Start);
            var unit = table.Find(unitName) ?? table.GetOrAdd(unitName, ActorType.Military, PossessorBefore(document, sentence, first));
            unit.Emit = true;
            table.AddMention(unit, first, unitEnd);
            return unitEnd;
        }

        // A name without a title: two to four name-shaped words, or one word after a lower-case role ("governor Koval").
        var nameStart = first;
        while (nameStart < seqEnd && !IsNameWord(document, nameStart))
        {
            nameStart++;
        }

        var words = seqEnd - nameStart;
        var lowerTitle = LowerTitleBefore(document, sentence, i);
        if (words >= 1 && IsPersonName(document, nameStart, seqEnd) && !IsAllLocated(located, nameStart, seqEnd) && !IsHeading(document, sentence) &&
            !LooksLikePlace(document, located, sentence, i, seqEnd))
        {
            if (words >= 2 || lowerTitle > 0)
            {
                var person = AddPerson(document, table, nameStart, seqEnd);
                if (lowerTitle > 0)
                {
                    person.AddRole(text.Substring(tokens[lowerTitle].Start, tokens[i - 1].End - tokens[lowerTitle].Start).ToLowerInvariant());
                    AddRoleWords(document, person, lowerTitle, i);
                }

                return seqEnd;
            }
        }

        if (seqEnd - i == 1 && tokens[i].IsAllCaps && tokens[i].Length is >= 2 and <= 6)
        {
            // An undefined acronym named by a descriptor ("power company DTEK") or speaking ("DTEK said").
            if (OrgDescriptorBefore(document, sentence, i) || IsFollowedByCue(document, sentence, seqEnd))
            {
                var name = text.Substring(tokens[i].Start, tokens[i].Length);
                var record = table.GetOrAdd(name, ActorType.Organization, null);
                record.Emit = true;
                table.AddMention(record, i, seqEnd);
            }
        }

        return seqEnd;
    }

    private void RecordPrefix(Document document, ActorTable table, Sentence sentence, int first, int titleEnd, ActorRecord person)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var role = text.Substring(tokens[first].Start, tokens[titleEnd - 1].End - tokens[first].Start);
        person.AddAlias(role + " " + person.Name);
        AddRoleWords(document, person, first, titleEnd);
        var lowerTitle = LowerTitleBefore(document, sentence, first);
        if (lowerTitle > 0)
        {
            AddRoleWords(document, person, lowerTitle, first);
        }

        // "U.S. President Joe Biden": the country and organisation in the title are mentions too, and the person's affiliation.
        for (var k = first; k < titleEnd; k++)
        {
            if (lexicons.Actors.TryMatch(text, tokens, k, titleEnd, out var definition, out var end))
            {
                var record = table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation);
                record.Emit = true;
                table.AddMention(record, k, end);
                person.Affiliation ??= definition.Name;
                k = end - 1;
            }
            else if (lexicons.CountryNames.TryMatch(text, tokens, k, titleEnd, out var country, out end) ||
                     lexicons.Demonyms.TryMatch(text, tokens, k, titleEnd, out country, out end))
            {
                person.Affiliation ??= country.Name;
                if (lexicons.CountryNames.TryMatch(text, tokens, k, titleEnd, out _, out _))
                {
                    table.AddMention(table.GetOrAdd(country.Name, ActorType.State, country.Name), k, end);
                }

                k = end - 1;
            }
        }
    }

    private void AddRoleWords(Document document, ActorRecord person, int first, int end)
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

    private ActorRecord AddPerson(Document document, ActorTable table, int first, int end)
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
            if (k > 0 && (initial || NameSuffixes.Contains(part)) && kept.Count > 0 && (k < parts.Length - 1 || NameSuffixes.Contains(part)))
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

    private bool IsPersonName(Document document, int first, int end)
    {
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
                if (!(NameConnectors.ContainsSpan(w) || NameSuffixes.ContainsSpan(w)) || k == first)
                {
                    return false;
                }
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }

    private bool IsNameWord(Document document, int k)
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
    private static bool IsArticleName(string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.Length);
        var dash = span.IndexOf('-');
        return dash is >= 2 and <= 3 && dash + 1 < span.Length && char.IsUpper(span[dash + 1]) &&
            span[..dash] is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" or "ad" or "ul";
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

            if (t.IsWord && t.IsLower && k > i && IsArticleName(text, t) && t.NewlinesBefore == 0)
            {
                k++; // "Abdel Fattah al-Burhan"
                end = k;
                continue;
            }

            if (t.IsWord && t.IsLower && k > i && NameConnectors.ContainsSpan(text.AsSpan(t.Start, t.Length)) && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsLower &&
                !DateWords.ContainsSpan(document.TokenText(k + 1)) && !(document.TokenText(k) is "the" && !IsArticleInsideName(document, k)))
            {
                k++;
                continue;
            }

            // "Framework for the Defence of the People": a connector and an article inside a long name.
            if (t.IsWord && t.IsLower && k > i && document.TokenText(k) is "for" or "of" && k + 2 < sentence.EndToken && document.TokenText(k + 1) is "the" &&
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
    private static bool LooksLikePlace(Document document, bool[] located, Sentence sentence, int first, int end)
    {
        if (end < sentence.EndToken && SettlementNouns.ContainsSpan(document.TokenText(end)))
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
            if (!t.IsWord || t.IsLower && !NameConnectors.ContainsSpan(document.TokenText(k)))
            {
                return false;
            }
        }

        return sentence.EndToken >= document.TokenCount || document.Tokens[sentence.EndToken].NewlinesBefore > 0;
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

    /// <summary>The country whose possessive stands right before a name ("Ukraine's Khortytsia group"), if any.</summary>
    private string? PossessorBefore(Document document, Sentence sentence, int first)
    {
        if (first - 2 < sentence.FirstToken || document.Tokens[first - 1].Kind != TokenKind.Possessive)
        {
            return null;
        }

        var k = first - 2;
        while (k > sentence.FirstToken && document.Tokens[k - 1].IsCapitalised && first - k < 3)
        {
            k--;
        }

        return lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, first - 1, out var country, out _) ? country.Name : null;
    }

    private static bool IsAcronymAt(Document document, Sentence sentence, int k) =>
        k + 2 < sentence.EndToken && document.Normalized[document.Tokens[k].Start] == '(' && document.Tokens[k + 1].IsAllCaps &&
        document.Tokens[k + 1].Length >= 2 && document.Normalized[document.Tokens[k + 2].Start] == ')';

    private int LowerTitleBefore(Document document, Sentence sentence, int i)
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

    private static bool OrgDescriptorBefore(Document document, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && document.Tokens[i - 1].IsWord && OrgDescriptors.ContainsSpan(document.Normalized.AsSpan(document.Tokens[i - 1].Start, document.Tokens[i - 1].Length));

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

    private static bool IsAllLocated(bool[] located, int first, int end)
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

    /// <summary>Tokens the location step already took as places, so a place is not also read as a person.</summary>
    private static bool[] LocatedTokens(Document document)
    {
        var located = new bool[document.TokenCount];
        if (document.Locations.Count == 0)
        {
            return located;
        }

        foreach (var location in document.Locations)
        {
            foreach (var mention in location.Mentions)
            {
                var k = document.SentenceAt(mention.Start);
                if (k < 0)
                {
                    continue;
                }

                var sentence = document.Sentences[k];
                for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
                {
                    var t = document.Tokens[j];
                    if (t.Start >= mention.Start && t.End <= mention.End)
                    {
                        located[j] = true;
                    }
                }
            }
        }

        return located;
    }

    /// <summary>The speaker label of a transcript turn is a person (or "Q", a questioner who is nobody's source).</summary>
    private void RecogniseSpeaker(Document document, ActorTable table, SpeakerTurn turn)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var first = turn.LabelFirstToken;
        var end = turn.LabelEndToken;
        if (end - first == 1 && (tokens[first].Length == 1 || document.TokenText(first) is "Interviewer" or "INTERVIEWER" or "Moderator" or "MODERATOR"
            or "Host" or "HOST" or "Question" or "QUESTION" or "Answer" or "ANSWER" or "Reporter" or "REPORTER" or "Audience" or "AUDIENCE"))
        {
            return; // a questioner or host, not a source
        }

        for (var k = first; k < end; k++)
        {
            if (table.TokenActor[k] >= 0)
            {
                var existing = table.AtToken(k)!;
                if (existing.Type == ActorType.Person)
                {
                    return;
                }
            }
        }

        // Strip titles ("MR.", "President of Russia") and keep the trailing name words.
        var nameStart = end;
        while (nameStart - 1 >= first)
        {
            var t = tokens[nameStart - 1];
            var initial = t.IsWord && t.Length == 1 && t.IsCapitalised ||
                t.Kind == TokenKind.Punctuation && text[t.Start] == '.' && nameStart - 2 >= first && tokens[nameStart - 2].Length == 1 && nameStart < end;
            if (initial || t.IsWord && (IsNameWord(document, nameStart - 1) || t.IsAllCaps && !lexicons.Titles.ContainsWord(document.TokenText(nameStart - 1)) && !lexicons.OrgHeads.ContainsKeySpan(document.TokenText(nameStart - 1))))
            {
                nameStart--;
                continue;
            }

            break;
        }

        while (nameStart < end && tokens[nameStart].Kind == TokenKind.Punctuation)
        {
            nameStart++;
        }

        while (nameStart < end && tokens[nameStart].Kind == TokenKind.Punctuation)
        {
            nameStart++;
        }

        if (nameStart >= end)
        {
            return;
        }

        for (var k = nameStart; k < end; k++)
        {
            table.TokenActor[k] = -1;
        }

        var person = AddPerson(document, table, nameStart, end);
        if (nameStart > first)
        {
            AddRoleWords(document, person, first, nameStart);
        }
    }

    /// <summary>Surname-only mentions ("Zelensky said") and later uses of acronyms point to the full actor.</summary>
    private static void LinkSurnamesAndAcronyms(Document document, ActorTable table)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var surnames = new Dictionary<string, ActorRecord?>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.All)
        {
            if (record.Type != ActorType.Person || record.MergedInto is not null)
            {
                continue;
            }

            var parts = record.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = parts.Length;
            while (last > 1 && NameSuffixes.Contains(parts[last - 1]))
            {
                last--;
            }

            if (parts.Length >= 2 && last >= 2)
            {
                var surname = parts[last - 1];
                surnames[surname] = surnames.TryGetValue(surname, out var other) && other != record ? null : record;
                // "Jean-Pierre", "Lloyd Austin" vs "Austin": hyphenated surnames are whole tokens already.
            }
        }

        foreach (var record in table.All)
        {
            if (record.Type == ActorType.Person && record.MergedInto is null && !record.Name.Contains(' ', StringComparison.Ordinal)
                && surnames.TryGetValue(record.Name, out var full) && full is not null)
            {
                table.Merge(record, full);
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
            else if (t.IsAllCaps && table.Acronyms.TryGetValue(word, out var org))
            {
                table.AddMention(org, k, k + 1);
            }
        }
    }
}
