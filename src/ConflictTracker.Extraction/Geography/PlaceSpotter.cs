namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Finds place-name mentions: at each capitalised word, the longest run of up to six joined words whose key is a
/// gazetteer name. One dictionary probe tells how long a name starting with that word can be, so most words cost
/// one lookup. Common words, demonyms, titles and the people's names after them are skipped here.
/// </summary>
internal sealed class PlaceSpotter(Gazetteer gazetteer, PlaceTokenizer tokens)
{
    // Words after which capitalised words are a person's name, not a place ("President Zelensky", "Gen. Gerasimov").
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "minister", "general", "gen", "mr", "mrs", "ms", "dr", "commander", "colonel", "col", "lt",
        "lieutenant", "sgt", "sergeant", "captain", "capt", "major", "maj", "admiral", "marshal", "brigadier",
        "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "sheikh",
        "pope", "ambassador", "envoy", "judge", "sir", "lord", "chairman", "chairwoman", "chief", "director",
        "officer", "commissioner", "prosecutor", "patriarch", "ayatollah", "emir", "sultan", "deputy", "adviser",
        "advisor", "journalist", "reporter", "correspondent", "correspondents", "analyst", "researcher", "professor",
        "prof", "speaker", "leader", "head", "pastor", "father", "imam", "rabbi", "bishop", "cardinal", "colonel-general",
        "lieutenant-general", "major-general", "brig", "gens", "founder", "ceo", "activist", "resident", "residents",
        "volunteer", "soldier", "commander-in-chief", "mp", "lawmaker", "mrs", "mister", "madam", "saint", "st",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Agreements = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "accord", "accords", "protocol", "protocols", "format", "process", "declaration",
        "memorandum", "talks", "summit", "communique", "formula", "convention", "treaty", "deal", "charter",
    };

    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal)
    {
        "regiment", "battalion", "brigade", "division", "corps", "independent", "post", "times", "herald", "tribune",
        "journal", "university", "institute", "airlines", "airways", "group", "battalions", "club", "fc", "dynamo",
        "review", "daily", "gazette", "telegraph", "observer", "express", "news", "radio", "tv", "television",
        "school", "college", "academy", "foundation", "company", "corporation", "bank", "exchange", "party",
        "movement", "front", "legion", "militia", "squad", "unit", "force", "forces", "army", "guard", "police",
        "command", "council", "commission", "committee", "agency", "service", "fund", "office", "fleet", "navy",
        "cartel", "cartels", "gang", "gangs",
    };

    // Lower-case particles inside Romance, Dutch and German names ("Lanao del Sur", "Rio Grande do Norte").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "del", "de", "di", "da", "do", "dos", "das", "des", "du", "la", "le", "van", "von", "y",
    };

    // Words after "U.S." that end the noun phrase, so "the U.S." is the country there ("the U.S. and Britain").
    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "and", "or", "is", "was", "has", "had", "have", "will", "would", "said", "says", "to", "in", "on", "at", "for",
        "with", "from", "as", "after", "before", "since", "but", "did", "does", "also", "should", "could", "may",
        "might", "must", "can", "the", "a", "an", "that", "which", "who", "by", "than", "are", "were", "not", "of",
        "into", "over", "under", "about", "against", "during", "while", "because", "if", "so", "yet", "warned",
        "announced", "claimed", "denied", "told", "urged", "added", "stated", "wants", "wanted", "sent", "itself",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "militia", "militias", "militiamen", "fighters", "rebels", "militants", "insurgents", "group", "movement",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNounLookup = GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgreementLookup = Agreements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationLookup = Organisations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleLookup = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationLookup = Continuations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised only because they open a sentence: before a place they are not a first name.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "when", "after", "before", "while", "but", "and", "as", "if", "since",
        "during", "despite", "although", "though", "so", "then", "now", "meanwhile", "however", "still", "yet", "for",
        "from", "with", "without", "near", "outside", "inside", "across", "around", "over", "under", "by", "through",
        "this", "that", "these", "those", "its", "his", "her", "their", "our", "we", "they", "he", "she", "it", "i",
        "you", "there", "here", "also", "last", "next", "earlier", "later", "today", "yesterday", "tonight", "both",
        "until", "once", "because", "whether", "where", "unlike", "like", "beyond", "toward", "towards", "into",
        "throughout", "between", "among", "amid", "along", "against", "about", "above", "below", "behind", "beside",
        "besides", "within", "upon", "via", "per", "all", "some", "many", "most", "several", "each", "every", "no",
        "not", "only", "even", "just", "more", "much", "such", "what", "which", "who", "how", "why", "to", "of", "or",
        "nor", "elsewhere", "overnight", "recently", "currently", "initially", "finally", "separately", "additionally",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Northern Gaza", "Greater Khartoum": words that qualify a place name, not a first name before it.
    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "upper", "lower", "greater", "new", "old", "occupied", "downtown", "inner", "outer", "coastal", "rural",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectionLookup = Directions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] CyrillicEndings = ["ами", "ові", "еві", "ому", "ом", "ою", "ем", "ой", "ей", "і", "у", "ю", "а", "я", "е", "и"];

    // Capitalised in names of offices and structures ("Kharkiv Regional Military Administration", "Gaza City Hall"):
    // never a surname, so they do not make the place before them part of a person's name.
    private static readonly HashSet<string> CommonNouns = new(StringComparer.Ordinal)
    {
        "regional", "city", "municipal", "provincial", "military", "civil", "civilian", "local", "national",
        "international", "district", "oblast", "airport", "port", "border", "river", "valley", "front", "direction",
        "axis", "sector", "railway", "station", "metro", "hospital", "hall", "square", "bridge", "dam", "plant",
        "government", "administration", "governorate", "province", "region", "state", "crossing", "camp", "road",
        "highway", "street", "avenue", "center", "centre", "offensive", "operation", "counteroffensive", "mayor",
        "governor", "authorities", "health", "emergency", "defense", "defence", "people", "peoples",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNounLookup = CommonNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] ArticleWords = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad"];

    /// <summary>Countries a demonym in the text points to ("Ukrainian troops"), with counts: weak country context.</summary>
    public Dictionary<string, int> DemonymCountries { get; } = new(StringComparer.Ordinal);

    /// <summary>Words seen as part of a person's name ("Tihran Ohannisian"): the same word alone later is that person too.</summary>
    public HashSet<string> PersonKeys { get; } = new(StringComparer.Ordinal);

    public List<PlaceSpot> Spot()
    {
        var spots = new List<PlaceSpot>();
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        var afterTitle = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var shape = tokens[i].Shape;
            var tokenKey = tokens.Key(i);
            var nameLike = (shape & (TokenShape.Capitalised | TokenShape.Caseless)) != 0;
            var articleStart = !nameLike && IsArticle(tokenKey) && (shape & TokenShape.HyphenNext) != 0
                && i + 1 < tokens.Count && (tokens[i + 1].Shape & TokenShape.Capitalised) != 0;
            if ((!nameLike && !articleStart) || tokenKey.IsEmpty || (shape & TokenShape.Digit) != 0)
            {
                afterTitle = false;
                continue;
            }

            if (TitleLookup.Contains(tokenKey) && ((shape & TokenShape.AllCaps) == 0 || tokenKey.Length <= 3))
            {
                afterTitle = (shape & TokenShape.SpaceNext) != 0 || IsAbbreviationGap(i);
                continue;
            }

            if (afterTitle)
            {
                // The words after a title are a name; the run ends at the first word that is not joined on.
                afterTitle = (shape & TokenShape.SpaceNext) != 0;
                PersonKeys.Add(tokenKey.ToString());
                continue;
            }

            var spot = LongestMatch(i, key);
            if (spot is null)
            {
                var demonym = gazetteer.CountryOfDemonym(tokenKey);
                if (demonym is not null)
                {
                    DemonymCountries[demonym] = DemonymCountries.GetValueOrDefault(demonym) + 1;
                }

                continue;
            }

            spots.Add(spot);
            i += spot.TokenCount - 1;
        }

        MarkRegionHints(spots);
        return spots;
    }

    private PlaceSpot? LongestMatch(int first, Span<char> key)
    {
        var tokenKey = tokens.Key(first);
        var maxTokens = gazetteer.MaxTokensStartingWith(tokenKey);
        var articleLength = 0;
        if (IsArticle(tokenKey) && first + 1 < tokens.Count
            && ((tokens[first].Shape & TokenShape.HyphenNext) != 0 || ((tokens[first].Shape & TokenShape.SpaceNext) != 0 && tokenKey is "al" or "el")))
        {
            // "al-Fasher" where the gazetteer knows "El Fasher": the article-less key was indexed too.
            articleLength = tokenKey.Length + 1;
            maxTokens = Math.Max(maxTokens, 1 + Math.Max(1, gazetteer.MaxTokensStartingWith(tokens.Key(first + 1))));
        }

        var limit = 1;
        while (limit < maxTokens && limit < LocationStep.MaxTokens && first + limit < tokens.Count
               && ((tokens[first + limit - 1].Shape & TokenShape.JoinsNext) != 0 || IsPossessiveNameGap(first + limit - 1)))
        {
            limit++;
        }

        for (var n = limit; n >= 1; n--)
        {
            var length = tokens.NGramKey(first, n, key);
            if (length <= 0)
            {
                continue;
            }

            var candidates = gazetteer.Find(key[..length]);
            if (candidates.IsEmpty && articleLength > 0 && n > 1 && !gazetteer.IsStopword(key[articleLength..length]))
            {
                candidates = gazetteer.Find(key[articleLength..length]);
            }

            if (candidates.IsEmpty || !IsPlausible(first, n, key[..length], candidates))
            {
                continue;
            }

            return NewSpot(first, n, key[..length], candidates.ToArray(), viaSkeleton: false);
        }

        return HyphenatedMatch(first, key) ?? CyrillicMatch(first, key) ?? PairSkeletonMatch(first, key) ?? SkeletonMatch(first, key);
    }

    // "Petion-Ville" for GeoNames' "Pétionville": a hyphenated pair of names is also tried written as one word.
    private PlaceSpot? HyphenatedMatch(int first, Span<char> key)
    {
        if (first + 1 >= tokens.Count || (tokens[first].Shape & TokenShape.HyphenNext) == 0 || (tokens[first + 1].Shape & TokenShape.Capitalised) == 0)
        {
            return null;
        }

        var length = tokens.NGramKey(first, 2, key);
        var space = length > 0 ? key[..length].IndexOf(' ') : -1;
        if (space <= 0)
        {
            return null;
        }

        key[(space + 1)..length].CopyTo(key[space..]);
        var compact = key[..(length - 1)];
        var candidates = gazetteer.Find(compact);
        return candidates.IsEmpty || !IsPlausible(first, 2, compact, candidates) ? null : NewSpot(first, 2, compact, candidates.ToArray(), viaSkeleton: false);
    }

    // Ukrainian and Russian inflect names ("у Києві", "в Харькове", "під Бахмутом"): drop a case ending and undo the
    // vowel change Ukrainian makes in the last syllable (Харків -> Харкова, Київ -> Києві).
    private PlaceSpot? CyrillicMatch(int first, Span<char> key)
    {
        var tokenKey = tokens.Key(first);
        if (tokenKey.Length < 5 || tokenKey[0] is < '\u0400' or > '\u04FF' || (tokens[first].Shape & TokenShape.Capitalised) == 0)
        {
            return null;
        }

        Span<char> stem = stackalloc char[PlaceKey.MaxLength];
        foreach (var ending in CyrillicEndings)
        {
            if (!tokenKey.EndsWith(ending) || tokenKey.Length - ending.Length < 3 || tokenKey.Length > stem.Length)
            {
                continue;
            }

            var length = tokenKey.Length - ending.Length;
            tokenKey[..length].CopyTo(stem);
            var candidates = gazetteer.Find(stem[..length]);
            if (candidates.IsEmpty && length >= 2 && stem[length - 1] == 'в' && stem[length - 2] is 'о' or 'е' or 'є')
            {
                stem[length - 2] = 'і';
                candidates = gazetteer.Find(stem[..length]);
            }

            if (!candidates.IsEmpty && IsPlausible(first, 1, stem[..length], candidates))
            {
                stem[..length].CopyTo(key);
                return NewSpot(first, 1, key[..length], candidates.ToArray(), viaSkeleton: false);
            }
        }

        return null;
    }

    // "Bint Jbeil" for GeoNames' "Bent Jbeil": a two-word name spelt another way; both words capitalised, so a
    // common word cannot start it.
    private PlaceSpot? PairSkeletonMatch(int first, Span<char> key)
    {
        if (first + 1 >= tokens.Count || (tokens[first].Shape & TokenShape.SpaceNext) == 0
            || (tokens[first].Shape & TokenShape.Capitalised) == 0 || (tokens[first + 1].Shape & TokenShape.Capitalised) == 0
            || ((tokens[first].Shape | tokens[first + 1].Shape) & TokenShape.AllCaps) != 0)
        {
            return null;
        }

        var length = tokens.NGramKey(first, 2, key);
        if (length < 8 || gazetteer.IsStopword(tokens.Key(first)) || gazetteer.IsStopword(tokens.Key(first + 1)))
        {
            return null;
        }

        Span<char> skeleton = stackalloc char[PlaceKey.MaxLength * 2];
        var skeletonLength = PlaceKey.Skeleton(key[..length], skeleton);
        if (skeletonLength < 7)
        {
            return null;
        }

        var candidates = gazetteer.FindSkeleton(skeleton[..skeletonLength]);
        return candidates.IsEmpty || !IsPlausible(first, 2, key[..length], candidates)
            ? null
            : NewSpot(first, 2, key[..length], candidates.ToArray(), viaSkeleton: true);
    }

    private PlaceSpot? SkeletonMatch(int first, Span<char> key)
    {
        var shape = tokens[first].Shape;
        var tokenKey = tokens.Key(first);
        if ((shape & TokenShape.Capitalised) == 0 || (shape & TokenShape.SentenceStart) != 0 || tokenKey.Length < 6
            || gazetteer.IsStopword(tokenKey) || gazetteer.CountryOfDemonym(tokenKey) is not null)
        {
            return null;
        }

        Span<char> skeleton = stackalloc char[PlaceKey.MaxLength * 2];
        var length = PlaceKey.Skeleton(tokenKey, skeleton);
        if (length < 5)
        {
            return null;
        }

        var candidates = gazetteer.FindSkeleton(skeleton[..length]);
        if (candidates.IsEmpty || !IsPlausible(first, 1, tokenKey, candidates))
        {
            return null;
        }

        tokenKey.CopyTo(key);
        return NewSpot(first, 1, key[..tokenKey.Length], candidates.ToArray(), viaSkeleton: true);
    }

    private PlaceSpot NewSpot(int first, int count, ReadOnlySpan<char> key, int[] candidates, bool viaSkeleton)
    {
        var last = first + count - 1;
        var lastSpace = key.LastIndexOf(' ');
        return new PlaceSpot
        {
            FirstToken = first,
            TokenCount = count,
            Start = tokens[first].Start,
            End = tokens[last].End,
            Key = key.ToString(),
            Candidates = candidates,
            ViaSkeleton = viaSkeleton,
            ExplicitRegion = lastSpace > 0 && Gazetteer.IsRegionWord(key[(lastSpace + 1)..]),
        };
    }

    private bool IsPlausible(int first, int count, ReadOnlySpan<char> key, ReadOnlySpan<int> candidates)
    {
        var last = first + count - 1;
        var lastShape = tokens[last].Shape;
        if (last + 1 < tokens.Count && (lastShape & (TokenShape.SpaceNext | TokenShape.JoinsNext)) != 0)
        {
            var nextKey = tokens.Key(last + 1);
            var nextCapitalised = (tokens[last + 1].Shape & TokenShape.Capitalised) != 0;

            // "Minsk agreements", "Jeddah Declaration", "Azov Regiment", "Kyiv Independent", "Jalisco New Generation
            // Cartel": a name inside a name.
            if (AgreementLookup.Contains(nextKey) || nextKey is "regiment" or "battalion" or "brigade" or "legion"
                || (nextCapitalised && EndsInOrganisationWord(last + 1)))
            {
                return false;
            }

            // "Fano militia", "Shabaab fighters": a name in front of a fighting-group noun names the group, not a place.
            if (GroupNounLookup.Contains(nextKey) && !HasCountryCandidate(candidates))
            {
                return false;
            }

            // "U.S. officials", "UK forces": a short country abbreviation in front of a noun is an adjective.
            if (IsCountryAbbreviation(first, last, candidates) && !ContinuationLookup.Contains(nextKey))
            {
                return false;
            }
        }

        // Joaquin "El Chapo" Guzman: a quoted name between a first name and a surname is a nickname, here and later.
        if (IsQuotedNickname(first, last) || IsQuotedNicknameAfter(last))
        {
            PersonKeys.Add(key.ToString());
            return false;
        }

        // "Sur" in "Lanao del Sur", "Lanao" in "Lanao del Norte": a fragment of a longer name the gazetteer lacks.
        if (IsParticleJoined(first - 1, -1) || IsParticleJoined(last + 1, 1))
        {
            return false;
        }

        // The stopword list may also hold whole names that are not places ("Al Jazeera", the broadcaster).
        if (IsCompoundAdjective(last) || IsSpeakerLabel(first, last) || (count > 1 && gazetteer.IsStopword(key)))
        {
            return false;
        }

        if (count > 1 && (lastShape & (TokenShape.Capitalised | TokenShape.Caseless)) == 0 && IsFunctionWord(tokens.Key(last)))
        {
            return false;
        }

        if (count > 1 && IsArticle(tokens.Key(first)) && !HasStrongCandidate(candidates) && IsNameNeighbour(first - 1, before: true))
        {
            return false; // "Hayat Tahrir al-Sham"
        }

        if (count > 1)
        {
            // "The city", "As far": a common word opening a lower-case phrase is not a name.
            var tail = false;
            for (var i = first + 1; i <= last; i++)
            {
                tail |= (tokens[i].Shape & (TokenShape.Capitalised | TokenShape.Caseless)) != 0;
            }

            var head = tokens.Key(first);
            return tail || !(IsFunctionWord(head) || IsArticle(head) || (gazetteer.IsStopword(head) && !Gazetteer.IsRegionWord(tokens.Key(last))));
        }

        var shape = tokens[first].Shape;
        if (gazetteer.IsStopword(key) || gazetteer.CountryOfDemonym(key) is not null || key.Length < 2)
        {
            return false;
        }

        var strong = false;
        var hasCountry = false;
        foreach (var index in candidates)
        {
            ref readonly var place = ref gazetteer[index];
            hasCountry |= place.IsCountry;
            strong |= place.IsCountry || place.IsSupplement;
        }

        if (IsArticle(key) || IsFunctionWord(key))
        {
            return false;
        }

        // "anti-Balaka", "pro-Kyiv": a prefixed name is a group or a stance, not a place.
        if (first > 0 && (tokens[first - 1].Shape & TokenShape.HyphenNext) != 0 && tokens.Key(first - 1) is "anti" or "pro" or "non" or "ex")
        {
            return false;
        }

        // Acronyms are organisations ("ISW", "UN") unless a country goes by them ("US", "DRC").
        if ((shape & TokenShape.AllCaps) != 0 && key.Length <= 4 && !hasCountry && !IsDatelineHead(first))
        {
            return false;
        }

        if (strong)
        {
            return true;
        }

        // A small place's name between capitalised words is most likely part of a person's or organisation's name.
        var previous = first - 1;
        if (previous > 0 && (tokens[previous].Shape & TokenShape.HyphenNext) != 0 && IsArticle(tokens.Key(previous)))
        {
            previous--; // "Tahrir al-Sham": the word before the article is the neighbour
        }

        if (IsNameNeighbour(previous, before: true) || IsNameNeighbour(first + 1, before: false))
        {
            PersonKeys.Add(key.ToString());
            return false;
        }

        return true;
    }

    // A run of capitalised words from next that ends in an organisation's head word ("New Generation Cartel").
    private bool EndsInOrganisationWord(int next)
    {
        for (var k = next; k < tokens.Count && k < next + 4; k++)
        {
            if ((tokens[k].Shape & TokenShape.Capitalised) == 0)
            {
                return false;
            }

            if (OrganisationLookup.Contains(tokens.Key(k)))
            {
                return true;
            }

            if ((tokens[k].Shape & TokenShape.SpaceNext) == 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsQuotedNickname(int first, int last)
    {
        var text = tokens.Text;
        var open = tokens[first].Start - 1;
        var close = tokens[last].End;
        return first > 0 && last + 1 < tokens.Count && open > 0 && close < text.Length
            && text[open] is '"' or '\u201C' && text[close] is '"' or '\u201D'
            && (tokens[first - 1].Shape & TokenShape.Capitalised) != 0 && tokens[first - 1].End == open - 1
            && (tokens[last + 1].Shape & TokenShape.Capitalised) != 0 && tokens[last + 1].Start == close + 2;
    }

    // The first name in front of a nickname: Joaquin in Joaquin "El Chapo" Guzman.
    private bool IsQuotedNicknameAfter(int last)
    {
        for (var nickname = last + 1; nickname < tokens.Count && nickname <= last + 3; nickname++)
        {
            if (IsQuotedNickname(last + 1, nickname))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case name particle at <paramref name="particle"/> joins a capitalised word on its far side.</summary>
    private bool IsParticleJoined(int particle, int direction)
    {
        var other = particle + direction;
        if (particle < 0 || other < 0 || other >= tokens.Count || (tokens[particle].Shape & TokenShape.Capitalised) != 0
            || !NameParticleLookup.Contains(tokens.Key(particle)))
        {
            return false;
        }

        var gaps = direction < 0 ? tokens[other].Shape & tokens[particle].Shape : tokens[particle - 1].Shape & tokens[particle].Shape;
        return (gaps & TokenShape.SpaceNext) != 0 && (tokens[other].Shape & TokenShape.Capitalised) != 0;
    }

    private bool IsNameNeighbour(int index, bool before)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }

        var shape = tokens[index].Shape;
        var gap = before ? shape : tokens[index - 1].Shape;
        var joined = (gap & (TokenShape.SpaceNext | TokenShape.HyphenNext)) != 0;
        if (before && !joined && (gap & TokenShape.JoinsNext) != 0 && tokens[index].End - tokens[index].Start == 1)
        {
            return true; // an initial: "Lloyd J. Austin"
        }

        if (!joined || (shape & TokenShape.Capitalised) == 0 || (shape & TokenShape.AllCaps) != 0)
        {
            return false;
        }

        if ((gap & TokenShape.HyphenNext) != 0 && IsRoute(index))
        {
            return false; // "the Gusau-Funtua road": two places, not one double-barrelled name
        }

        if (before && tokens.Key(index).EndsWith("phone"))
        {
            return false; // "Anglophone Bamenda": a language area describes the place
        }

        var key = tokens.Key(index);
        if (key.IsEmpty || Gazetteer.IsRegionWord(key) || CalendarLookup.Contains(key) || gazetteer.CountryOfDemonym(key) is not null || TitleLookup.Contains(key)
            || ((shape & TokenShape.SentenceStart) != 0 && SentenceOpenerLookup.Contains(key)) || DirectionLookup.Contains(key)
            || CommonNounLookup.Contains(key))
        {
            return false;
        }

        foreach (var candidate in gazetteer.Find(key))
        {
            ref readonly var place = ref gazetteer[candidate];
            if (place.IsCountry || place.IsAdmin1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the hyphenated run of names around <paramref name="index"/> is followed by a road, border or front line.</summary>
    private bool IsRoute(int index)
    {
        var last = index;
        while (last + 1 < tokens.Count && (tokens[last].Shape & TokenShape.HyphenNext) != 0)
        {
            last++;
        }

        return last + 1 < tokens.Count && tokens.Key(last + 1) is "road" or "highway" or "route" or "corridor" or "axis" or "railway"
            or "railroad" or "border" or "frontier" or "line" or "pipeline" or "front" or "motorway" or "bridge";
    }

    private void MarkRegionHints(List<PlaceSpot> spots)
    {
        for (var s = 0; s < spots.Count; s++)
        {
            var spot = spots[s];
            var after = spot.FirstToken + spot.TokenCount;
            if (!spot.ExplicitRegion && after < tokens.Count && (Gazetteer.IsRegionWord(tokens.Key(after)) || tokens.Key(after) is "regional")
                && (tokens[after - 1].Shape & (TokenShape.SpaceNext | TokenShape.HyphenNext)) != 0)
            {
                spot.RegionHint = true;

                // "the Kyiv, Odesa and Donetsk regions": the whole list names regions.
                var next = spot;
                for (var p = s - 1; p >= 0; p--)
                {
                    var previous = spots[p];
                    var gapTokens = next.FirstToken - (previous.FirstToken + previous.TokenCount);
                    var listed = gapTokens == 0
                        ? (tokens[previous.FirstToken + previous.TokenCount - 1].Shape & TokenShape.CommaNext) != 0
                        : gapTokens == 1 && tokens.Key(next.FirstToken - 1) is "and" or "or";
                    if (!listed)
                    {
                        break;
                    }

                    previous.RegionHint = true;
                    next = previous;
                }
            }

            // "the region of Volyn"
            if (spot.FirstToken >= 2 && tokens.Key(spot.FirstToken - 1) is "of" && Gazetteer.IsRegionWord(tokens.Key(spot.FirstToken - 2)))
            {
                spot.RegionHint = true;
            }
        }
    }

    private bool HasCountryCandidate(ReadOnlySpan<int> candidates)
    {
        foreach (var index in candidates)
        {
            if (gazetteer[index].IsCountry)
            {
                return true;
            }
        }

        return false;
    }

    // Countries and curated supplement rows are places even where a small GeoNames village would be a name's part.
    private bool HasStrongCandidate(ReadOnlySpan<int> candidates)
    {
        foreach (var index in candidates)
        {
            if (gazetteer[index].IsCountry || gazetteer[index].IsSupplement)
            {
                return true;
            }
        }

        return false;
    }

    // "U.S.-designated", "Iran-backed": the name qualifies a word, it is not a place in the sentence.
    private bool IsCompoundAdjective(int last)
    {
        if (last + 1 >= tokens.Count || (tokens[last].Shape & TokenShape.Possessive) != 0)
        {
            return false;
        }

        var text = tokens.Text;
        var position = tokens[last].End;
        if (position < text.Length && text[position] == '.')
        {
            position++;
        }

        if (position >= text.Length || text[position] is not ('-' or '‐' or '‑') || position + 1 != tokens[last + 1].Start)
        {
            return false;
        }

        // "Kyiv-based" is the exception: an organisation based somewhere puts that place in the report.
        var next = tokens.Key(last + 1);
        return (tokens[last + 1].Shape & TokenShape.Capitalised) == 0 && next is not "based"
            && (next.EndsWith("ed") || next.EndsWith("ing") || next is "run" or "held" or "born" or "made" or "bound");
    }

    /// <summary>"GOMA, Congo (Reuters) —": a word opening a line and followed by a comma is a dateline, even when short and in capitals.</summary>
    private bool IsDatelineHead(int index)
    {
        var end = tokens[index].End;
        if (end >= tokens.Text.Length || tokens.Text[end] != ',')
        {
            return false;
        }

        for (var i = tokens[index].Start - 1; i >= 0; i--)
        {
            var c = tokens.Text[i];
            if (c == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    // "KIRBY:" or "President of Russia Vladimir Putin:" opening a line of a transcript names the speaker; a dateline
    // uses a dash or a comma instead.
    private bool IsSpeakerLabel(int first, int last)
    {
        var start = first;
        while (start > 0 && first - start < 6 && (tokens[start].Shape & TokenShape.LineStart) == 0
               && (tokens[start - 1].Shape & (TokenShape.SpaceNext | TokenShape.JoinsNext)) != 0 && IsLabelWord(start - 1))
        {
            start--;
        }

        if ((tokens[start].Shape & TokenShape.LineStart) == 0)
        {
            return false;
        }

        var end = last;
        while (end + 1 < tokens.Count && end - last < 6 && (tokens[end].Shape & (TokenShape.SpaceNext | TokenShape.JoinsNext)) != 0 && IsLabelWord(end + 1))
        {
            end++;
        }

        var after = tokens[end].End;
        var text = tokens.Text;
        return after < text.Length && text[after] == ':' && (tokens[first].Shape & TokenShape.Capitalised) != 0;
    }

    private bool IsLabelWord(int index) =>
        (tokens[index].Shape & TokenShape.Capitalised) != 0 || tokens.Key(index) is "of" or "the" or "for";

    private bool IsCountryAbbreviation(int first, int last, ReadOnlySpan<int> candidates)
    {
        if (tokens[last].End - tokens[first].Start > 5 || candidates.Length == 0)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if ((tokens[i].Shape & TokenShape.Capitalised) == 0 || tokens[i].End - tokens[i].Start > 3
                || (tokens[i].End - tokens[i].Start > 1 && (tokens[i].Shape & TokenShape.AllCaps) == 0))
            {
                return false;
            }
        }

        foreach (var index in candidates)
        {
            if (!gazetteer[index].IsCountry)
            {
                return false;
            }
        }

        return true;
    }

    // "Cox's Bazar", "Martha's Vineyard": a possessive joined by one space to a capitalised word may be one name;
    // only a gazetteer name of that shape (indexed without its "'s") makes it one.
    private bool IsPossessiveNameGap(int index) =>
        (tokens[index].Shape & TokenShape.Possessive) != 0 && index + 1 < tokens.Count
        && (tokens[index + 1].Shape & TokenShape.Capitalised) != 0 && tokens[index + 1].Start - tokens[index].End <= 3
        && tokens.Text[tokens[index + 1].Start - 1] == ' ';

    private bool IsAbbreviationGap(int index) =>
        (tokens[index].Shape & TokenShape.JoinsNext) != 0;

    private static bool IsArticle(ReadOnlySpan<char> key)
    {
        if (key.Length is < 2 or > 3 || key[0] is not ('a' or 'e'))
        {
            return false;
        }

        foreach (var article in ArticleWords)
        {
            if (key.SequenceEqual(article))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> key) =>
        key is "of" or "the" or "and" or "or" or "in" or "on" or "at" or "to" or "a" or "an" or "for" or "by" or "with";
}
