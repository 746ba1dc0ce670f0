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

            return i + 1;
        }

        if (lexicons.Actors.TryMatch(text, tokens, i, end, out var definition, out var dictEnd) && !Continues(document, dictEnd, end))
        {
            var record = table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation);
            // "at the Kremlin", "in Downing Street": a seat of government named as a place does not act.
            record.Emit |= !definition.PlaceLike || !AfterLocativePreposition(document, sentence, i);
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

            return dictEnd;
        }

        // "the Rwanda-backed rebels": the state that backs or leads a group acts through it.
        if (t.IsCapitalised && BackerCountry(text.AsSpan(t.Start, t.Length)) is { } backer)
        {
            var state = table.GetOrAdd(backer.Name, ActorType.State, backer.Name);
            state.Emit = true;
            table.AddMention(state, i, i + 1);
            return i + 1;
        }

        // "Local Ukrainian officials" at a sentence start: the modifier joins the demonym phrase that follows.
        if (i == sentence.FirstToken && text.AsSpan(t.Start, t.Length) is "Local" or "Senior" or "Regional" or "Top" &&
            i + 1 < end && lexicons.Demonyms.TryMatch(text, tokens, i + 1, end, out _, out _))
        {
            return i + 1;
        }

        // A capitalised function word that merely starts the sentence ("The", "In") is never part of an actor.
        if (!t.IsAllCaps && FunctionWords.ContainsSpan(text.AsSpan(t.Start, t.Length)))
        {
            return i + 1;
        }

        if (TryCountryPhrase(document, table, sentence, i, out var next))
        {
            return next;
        }

        return RecogniseCapitalised(document, table, located, sentence, i);
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

        // "African Union Support and Stabilization Mission": a longer name whose head comes a few words later.
        for (var k = dictEnd + 1; k < Math.Min(end, dictEnd + 5); k++)
        {
            var t = document.Tokens[k];
            var w = document.Normalized.AsSpan(t.Start, t.Length);
            if (t.IsCapitalised && lexicons.OrgHeads.ContainsKeySpan(w))
            {
                return !lexicons.Titles.ContainsWord(w);
            }

            if (!(t.IsWord && (t.IsCapitalised || w is "and" or "for")))
            {
                return false;
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

        if (kind == 1 || possessive)
        {
            var forceStart = j;
            if (j + 1 < end && tokens[j].IsLower && text.AsSpan(tokens[j].Start, tokens[j].Length).EndsWith("ing", StringComparison.Ordinal))
            {
                forceStart = j + 1; // "Russian occupying forces"
            }

            if (lexicons.ForceNouns.TryMatch(text, tokens, forceStart, end, out _, out var forceEnd) ||
                (forceStart != j && lexicons.ForceNouns.TryMatch(text, tokens, j, end, out _, out forceEnd)))
            {
                var record = ForcesOf(table, country, text.Substring(tokens[i].Start, tokens[countryEnd - 1].End - tokens[i].Start), kind == 1);
                record.Emit = true;
                table.AddMention(record, i, forceEnd);
                next = forceEnd;
                return true;
            }

            // "the Russian government", "Egyptian officials", "Ukraine's federal authorities": the state's civil side.
            var body = j < end && text.AsSpan(tokens[j].Start, tokens[j].Length) is "federal" or "central" or "interim" or "transitional" ? j + 1 : j;
            // "Rwandan government spokesperson X" names a person; the body is only a modifier there.
            if ((kind == 1 || possessive && kind == 2) && body < end && text.AsSpan(tokens[body].Start, tokens[body].Length) is "government" or "authorities" or "officials" &&
                !(body + 1 < end && tokens[body + 1].IsWord && (tokens[body + 1].IsCapitalised || lexicons.Titles.TryMatch(text, tokens, body + 1, end, out _, out _))))
            {
                // "Local Ukrainian officials", "senior Russian officials": the modifier belongs to the phrase.
                var first = i;
                if (first > sentence.FirstToken && text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is "local" or "Local" or "senior" or "Senior" or "regional" or "Regional" or "top" or "Top")
                {
                    first--;
                }

                var name = text.Substring(tokens[first].Start, tokens[body].End - tokens[first].Start);
                var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Government, country.Name);
                record.Emit = true;
                table.AddMention(record, first, body + 1);
                next = body + 1;
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

        if (before >= sentence.FirstToken)
        {
            var previous = tokens[before];
            var word = text.AsSpan(previous.Start, previous.Length);
            if (previous.IsWord && Prepositions.ContainsSpan(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return false;
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

            return false;
        }

        return !Prepositions.ContainsSpan(nextWord) && nextWord is not ("is" or "was") || IsVerbAfterBe(text, tokens, end, sentence.EndToken);
    }

    private static bool IsVerbAfterBe(string text, Token[] tokens, int be, int end)
    {
        var verb = be + 1;
        // "Rwanda was only protecting its border": an adverb may stand between the auxiliary and the verb.
        while (verb + 1 < end && tokens[verb].IsWord && text.AsSpan(tokens[verb].Start, tokens[verb].Length) is "only" or "still" or "now" or "already" or "currently" or "reportedly" or "actively" or "merely")
        {
            verb++;
        }

        return verb < end && tokens[verb].IsWord && tokens[verb].IsLower &&
            (text.AsSpan(tokens[verb].Start, tokens[verb].Length).EndsWith("ing", StringComparison.Ordinal) ||
             text.AsSpan(tokens[verb].Start, tokens[verb].Length) is "also" or "preparing" or "expected" or "ready" or "prepared" or "responsible" or "likely");
    }

    private Country? BackerCountry(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        var suffix = word[(dash + 1)..];
        if (suffix is not ("backed" or "led" or "supported" or "sponsored" or "allied" or "aligned"))
        {
            return null;
        }

        return lexicons.Countries.ByName(word[..dash].ToString());
    }

    private int RecogniseCapitalised(Document document, ActorTable table, bool[] located, Sentence sentence, int i)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var seqEnd = ScanCapitalised(document, sentence, i);
        if (seqEnd <= i)
        {
            return i + 1;
        }

        seqEnd = CutAtConnectorWithoutHead(document, i, seqEnd);

        // "Institute for the Study of War (ISW)": the acronym in brackets names the same actor.
        string? acronym = null;
        if (seqEnd + 2 < sentence.EndToken && text[tokens[seqEnd].Start] == '(' && tokens[seqEnd + 1].IsAllCaps && text[tokens[seqEnd + 2].Start] == ')')
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
        while (first < seqEnd && (text.AsSpan(tokens[first].Start, tokens[first].Length) is "The" or "A" or "An" || IsBackingModifier(text.AsSpan(tokens[first].Start, tokens[first].Length))))
        {
            first++;
        }

        // "Chief of the General Staff", "Head of the Presidential Office": a role, not the body it heads.
        var isRole = lexicons.Titles.TryMatch(text, tokens, first, seqEnd, out _, out var roleEnd) && roleEnd < seqEnd &&
            text.AsSpan(tokens[roleEnd].Start, tokens[roleEnd].Length) is "of";
        var ordinal = first == i && first > sentence.FirstToken && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 1].End + 1 == tokens[first].Start &&
            text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is [.., 's' or 'n' or 'r' or 't', 't' or 'd' or 'h'];
        if (orgType is { } orgKind && (seqEnd - first >= 2 || ordinal) && !isRole && !IsAllLocated(located, first, seqEnd))
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

        // A name without a title: two to four name-shaped words, or one word after a lower-case role ("governor Koval").
        var nameStart = first;
        while (nameStart < seqEnd && !IsNameWord(document, nameStart))
        {
            nameStart++;
        }

        var words = seqEnd - nameStart;
        var lowerTitle = LowerTitleBefore(document, sentence, i);
        if (words >= 1 && IsPersonName(document, nameStart, seqEnd) && !IsAllLocated(located, nameStart, seqEnd))
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

        if (words == 1 && seqEnd - i == 1 && tokens[i].IsAllCaps && tokens[i].Length <= 6)
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

            // "Framework for the Defence of the People": a connector may be followed by "the" before the next name word.
            var nextWord = k + 2 < sentence.EndToken && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) is "the" && text.AsSpan(t.Start, t.Length) is "for" or "of" or "on" or "to" ? k + 2 : k + 1;
            if (t.IsWord && t.IsLower && k > i && NameConnectors.ContainsSpan(text.AsSpan(t.Start, t.Length)) && nextWord < sentence.EndToken && tokens[nextWord].IsWord && !tokens[nextWord].IsLower &&
                !IsCalendarWord(text.AsSpan(tokens[nextWord].Start, tokens[nextWord].Length)))
            {
                k++;
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

    /// <summary>"Tuareg-led", "Rwanda-backed": who leads or backs a group is not part of its name.</summary>
    private static bool IsBackingModifier(ReadOnlySpan<char> word) =>
        word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-backed", StringComparison.Ordinal) ||
        word.EndsWith("-allied", StringComparison.Ordinal) || word.EndsWith("-aligned", StringComparison.Ordinal);

    /// <summary>"the Defence Ministry on Friday": a day or month after "on" is a date, not part of a name.</summary>
    private static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "January" or "February" or "March"
            or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

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
