using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Places the gazetteer cannot know, recognised by the shape of their name: a capitalised name with a feature or
/// unit word ("Naf River", "Saudi Hospital", "Manaung island", "the Kalehe territory", "Lake Kivu", "Blue Line"),
/// and a capitalised word in strong locative context ("the village of Kotlyne", "the outskirts of Minova"). They
/// keep their mentions but get coordinates only when a place the report already resolved lends them; otherwise
/// they are located with null coordinates and low confidence, which is still what an analyst wants to see listed.
/// </summary>
internal sealed class FeatureSpotter(Gazetteer gazetteer, PlaceTokenizer tokens, PlaceSpotter spotter)
{
    private const int MaxNameTokens = 3;

    private bool? _aboutDisplacement;

    private enum HeadRole
    {
        /// <summary>A physical feature whose name carries the word ("Naf River", "Manaung island").</summary>
        Feature,
        /// <summary>A feature at one point: a place of the same name lends its coordinates ("Rafah crossing").</summary>
        PointFeature,
        /// <summary>An administrative unit: lower case, the word is not part of the name ("the Kalehe territory").</summary>
        Unit,
        /// <summary>A part of a city named after it ("Khartoum North"): only after a city, which lends its coordinates.</summary>
        Quarter,
        /// <summary>A settlement named by its context ("the village of Kotlyne"): the gazetteer's match wins.</summary>
        Settlement,
    }

    // Words after a name that make the whole phrase a place. Upper-case ones only count capitalised, except units
    // and the geographic words news writes in lower case ("Manaung island", "Zamzam camp").
    private static readonly Dictionary<string, (HeadRole Role, LocationKind Kind, bool LowerCaseToo)> HeadsAfter = new(StringComparer.Ordinal)
    {
        ["river"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["island"] = (HeadRole.PointFeature, LocationKind.Feature, true),
        ["islands"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["lake"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["line"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["valley"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["mountains"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["hills"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["desert"] = (HeadRole.Feature, LocationKind.Feature, true), // "the Syrian desert" is a place, "the Ukrainian village" is not
        ["strait"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["gulf"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["corridor"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["hospital"] = (HeadRole.PointFeature, LocationKind.Other, false),
        ["crossing"] = (HeadRole.PointFeature, LocationKind.Feature, true),
        ["dam"] = (HeadRole.PointFeature, LocationKind.Feature, true),
        ["canal"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["marsh"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["marshes"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["forest"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["reserve"] = (HeadRole.Feature, LocationKind.Feature, true),
        ["park"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["block"] = (HeadRole.Feature, LocationKind.Feature, false),
        ["bridge"] = (HeadRole.PointFeature, LocationKind.Feature, false),
        ["airport"] = (HeadRole.PointFeature, LocationKind.Feature, false),
        ["airbase"] = (HeadRole.PointFeature, LocationKind.Feature, false),
        ["port"] = (HeadRole.PointFeature, LocationKind.Feature, false),
        ["camp"] = (HeadRole.PointFeature, LocationKind.Other, false),
        ["north"] = (HeadRole.Quarter, LocationKind.City, false),
        ["south"] = (HeadRole.Quarter, LocationKind.City, false),
        ["east"] = (HeadRole.Quarter, LocationKind.City, false),
        ["west"] = (HeadRole.Quarter, LocationKind.City, false),
        ["village"] = (HeadRole.Settlement, LocationKind.Village, true),
        ["town"] = (HeadRole.Settlement, LocationKind.Town, true),
        ["zone"] = (HeadRole.Unit, LocationKind.Region, true),
        ["district"] = (HeadRole.Unit, LocationKind.Region, true),
        ["governorate"] = (HeadRole.Unit, LocationKind.Region, true),
        ["territory"] = (HeadRole.Unit, LocationKind.Region, true),
        ["province"] = (HeadRole.Unit, LocationKind.Region, true),
        ["county"] = (HeadRole.Unit, LocationKind.Region, true),
        ["municipality"] = (HeadRole.Unit, LocationKind.Region, true),
        ["prefecture"] = (HeadRole.Unit, LocationKind.Region, true),
        ["department"] = (HeadRole.Unit, LocationKind.Region, true),
        // Local units news keeps in the country's own word: Ethiopia's woredas, Ukraine's raions and hromadas,
        // Pakistan's tehsils, Bangladesh's upazilas, South Sudan's payams, West Africa's communes.
        ["woreda"] = (HeadRole.Unit, LocationKind.Region, true),
        ["raion"] = (HeadRole.Unit, LocationKind.Region, true),
        ["rayon"] = (HeadRole.Unit, LocationKind.Region, true),
        ["hromada"] = (HeadRole.Unit, LocationKind.Region, true),
        ["tehsil"] = (HeadRole.Unit, LocationKind.Region, true),
        ["upazila"] = (HeadRole.Unit, LocationKind.Region, true),
        ["payam"] = (HeadRole.Unit, LocationKind.Region, true),
        ["commune"] = (HeadRole.Unit, LocationKind.Region, true),
        ["township"] = (HeadRole.Unit, LocationKind.Region, true), // Myanmar's and South Africa's townships
        ["region"] = (HeadRole.Unit, LocationKind.Region, true), // "the Catatumbo region": the gazetteer knows admin1 regions only
        ["temple"] = (HeadRole.PointFeature, LocationKind.Feature, true),
        ["delta"] = (HeadRole.Feature, LocationKind.Feature, true), // "the Niger Delta", "the Dnipro delta"
        ["pass"] = (HeadRole.Feature, LocationKind.Feature, true),
    };

    // "the North Gondar and South Gondar zones", "the Idlib, Hama and Aleppo governorates": each listed name is a unit.
    private static readonly HashSet<string> PluralUnits = new(StringComparer.Ordinal)
    {
        "zones", "districts", "governorates", "provinces", "territories", "counties", "municipalities", "prefectures", "departments",
        "woredas", "raions", "hromadas", "tehsils", "upazilas", "payams", "communes", "townships",
    };

    // "the Torkham and Spin Boldak crossings", "the Sobat and White Nile rivers", "the Batifa and Deraluk areas":
    // a plural head makes each listed name a place of that sort; the gazetteer's own reading of a name wins.
    private static readonly Dictionary<string, (string Word, LocationKind Kind)> PluralFeatures = new(StringComparer.Ordinal)
    {
        ["crossings"] = (" crossing", LocationKind.Feature),
        ["rivers"] = (" River", LocationKind.Feature),
        ["areas"] = ("", LocationKind.Village),
        ["valleys"] = (" Valley", LocationKind.Feature),
    };

    // Words after which a list of names is a list of places once one of them is a known town ("around Djibo, Arbinda
    // and Diapaga"): the same preposition governs every member.
    private static readonly HashSet<string> ListLocatives = new(StringComparer.Ordinal)
    {
        "in", "near", "around", "at", "from", "towards", "toward", "between", "outside", "via", "through", "of", "into",
    };

    // Capitalised words before a name that make it a feature ("Lake Kivu", "Cape Guardafui", "Mount Hermon").
    private static readonly Dictionary<string, LocationKind> HeadsBefore = new(StringComparer.Ordinal)
    {
        ["lake"] = LocationKind.Feature, ["cape"] = LocationKind.Feature, ["mount"] = LocationKind.Feature,
        ["gulf"] = LocationKind.Feature, ["isle"] = LocationKind.Feature, ["wadi"] = LocationKind.Feature,
        ["camp"] = LocationKind.Other, ["barangay"] = LocationKind.Village,
        ["north"] = LocationKind.City, ["south"] = LocationKind.City, ["east"] = LocationKind.City, ["west"] = LocationKind.City,
        ["greater"] = LocationKind.Region,
    };

    // "the village of X", "the outskirts of X": only these say that an unknown capitalised word is a settlement.
    private static readonly Dictionary<string, LocationKind> SettlementWords = new(StringComparer.Ordinal)
    {
        ["village"] = LocationKind.Village, ["villages"] = LocationKind.Village, ["hamlet"] = LocationKind.Village,
        ["settlement"] = LocationKind.Village, ["town"] = LocationKind.Town, ["outskirts"] = LocationKind.Town,
    };

    // Capitalised words that begin a sentence or a title, never the first word of a place's name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "in", "at",
        "on", "near", "from", "of", "and", "or", "but", "by", "to", "for", "with", "no", "one", "some", "every", "each",
        "new", "main", "national", "international", "regional", "central", "military", "general", "public", "state",
        "refugee", "border", "river", "island", "security", "buffer", "exclusion", "demilitarised", "demilitarized",
        "president", "minister", "prime", "foreign", "defence", "defense", "interior", "home", "special", "economic",
        "operation",
    };

    // Span lookups: this runs over every token of every report, so no string per token.
    private static readonly Dictionary<string, (HeadRole Role, LocationKind Kind, bool LowerCaseToo)>.AlternateLookup<ReadOnlySpan<char>> HeadAfterLookup =
        HeadsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> HeadBeforeLookup = HeadsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> SettlementLookup = SettlementWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralUnitLookup = PluralUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNameWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListLocativeLookup = ListLocatives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, (string Word, LocationKind Kind)>.AlternateLookup<ReadOnlySpan<char>> PluralFeatureLookup =
        PluralFeatures.GetAlternateLookup<ReadOnlySpan<char>>();

    // The gazetteer's mentions sorted by start, so the scan over every token asks "is this taken?" in log time; a
    // 10 MB report holds hundreds of thousands of mentions.
    private (int Start, int End, int Location)[] _spans = [];

    // Where the features added after the gazetteer's mentions start.
    private readonly HashSet<int> _claimed = [];

    // A listed settlement's nearest known town in its list, by where its name starts: villages named together lie
    // together, so the town lends an approximate position.
    private readonly Dictionary<int, ExtractedLocation> _listNeighbours = [];

    public void Add(List<ExtractedLocation> locations)
    {
        IndexMentions(locations);
        var found = new List<(string Name, LocationKind Kind, HeadRole Role, int Start, int End, int NameStart, int NameEnd)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens.Key(i);
            if (HeadAfterLookup.TryGetValue(key, out var head))
            {
                var capitalised = (tokens[i].Shape & TokenShape.Capitalised) != 0 && (tokens[i].Shape & TokenShape.SentenceStart) == 0;

                // "the Kutupalong refugee camp": the camp word needs its qualifier in lower case ("the Biden camp" is no place).
                var nameHead = i;
                if (!capitalised && key is "camp" && i > 0 && tokens.Key(i - 1) is "refugee" or "refugees" or "displacement" or "idp" or "idps")
                {
                    nameHead = i - 1;
                    capitalised = true;
                }
                else if (!capitalised && key is "camp" && IsAboutDisplacement() && NameBefore(i, headCapitalised: true) is (var camp, _) && IsPutInside(camp))
                {
                    // "in the Ourang camp" in a report about refugees or the displaced: a camp, not "the Biden camp".
                    capitalised = true;
                }
                else if (key is "park")
                {
                    // "Pendjari National Park", never "Mihyung Park" (a surname) or "Gorky Park".
                    if (!capitalised || i == 0 || tokens.Key(i - 1) is not "national")
                    {
                        continue;
                    }

                    nameHead = i - 1;
                }
                else if (key is "reserve" && capitalised)
                {
                    continue; // "the Tamou reserve", not the "Operational Reserve Force"
                }
                else if (key is "pass" or "temple" && !capitalised && (NameBefore(i, headCapitalised: false) is not (var feature, _) || feature == 0 || tokens.Key(feature - 1) is not "the"))
                {
                    continue; // "the Salang pass", not "let the trucks from Kharkiv pass"
                }

                if ((capitalised || head.LowerCaseToo) && NameBefore(nameHead, capitalised) is (var first, var count)
                    && (capitalised || key is "desert" || !IsDemonymOnly(first, count)) && (head.Role != HeadRole.Settlement || IsUnknownName(first, count, checkPeople: true)))
                {
                    var nameStart = tokens[first].Start;
                    var nameEnd = tokens[first + count - 1].End;
                    var unitWithoutWord = head.Role is HeadRole.Unit or HeadRole.Settlement && !capitalised;
                    var end = unitWithoutWord ? nameEnd : tokens[i].End;
                    var name = tokens.Text[nameStart..end];
                    if (key is "zone" && !capitalised)
                    {
                        name += " Zone"; // Ethiopian and other zones carry the word in their names
                    }

                    found.Add((name, head.Kind, head.Role, nameStart, end, nameStart, nameEnd));
                }
            }

            if (PluralUnitLookup.Contains(key) && (tokens[i].Shape & TokenShape.Capitalised) == 0)
            {
                AddListedUnits(i, key is "zones", found);
            }
            else if (key is "camps" && (tokens[i].Shape & TokenShape.Capitalised) == 0 && IsAboutDisplacement()
                     && NameBefore(i, headCapitalised: true) is (var lastCamp, _) && IsPutInside(FirstListed(lastCamp)))
            {
                AddListedFeatures(i, " camp", LocationKind.Other, found); // "the Metche and Aboutengue camps"
            }
            else if (key is "parks" && (tokens[i].Shape & TokenShape.Capitalised) == 0
                     && NameBefore(i, headCapitalised: true) is (var lastPark, _) && IsPutInside(FirstListed(lastPark)))
            {
                AddListedFeatures(i, " park", LocationKind.Feature, found); // "inside the W and Pendjari parks"
            }

            else if (PluralFeatureLookup.TryGetValue(key, out var plural) && (tokens[i].Shape & TokenShape.Capitalised) == 0)
            {
                AddListedUnknown(i, plural.Word, plural.Kind, locations, found);
            }

            if (ListLocativeLookup.Contains(key) && i + 1 < tokens.Count && (tokens[i].Shape & TokenShape.SpaceNext) != 0)
            {
                AddListedSettlements(i + 1, locations, found);
            }

            if (key is "del" && (tokens[i].Shape & TokenShape.Capitalised) == 0 && CompassProvince(i) is (var province, var provinceCount))
            {
                // "Lanao del Sur", "Agusan del Norte": a Spanish compass word after a name makes a province of it.
                var start = tokens[province].Start;
                var end = tokens[province + provinceCount - 1].End;
                found.Add((tokens.Text[start..end], LocationKind.Region, HeadRole.Unit, start, end, start, tokens[province].End));
            }

            if (key is "near" && i + 1 < tokens.Count && (tokens[i].Shape & TokenShape.SpaceNext) != 0 && NearSettlement(i + 1, locations) is (var near, var nearCount))
            {
                // "came under fire near Eteringbang": people and organisations are not "near"; a name there is a place.
                var start = tokens[near].Start;
                var end = tokens[near + nearCount - 1].End;
                found.Add((tokens.Text[start..end], LocationKind.Village, HeadRole.Settlement, start, end, start, end));
            }

            if ((tokens[i].Shape & TokenShape.Capitalised) != 0 && HeadBeforeLookup.TryGetValue(key, out var kind)
                && NameAfter(i + 1) is (var after, var afterCount))
            {
                // "Greater Odesa" is the city with its suburbs: only after a city, whose coordinates it takes.
                var nameEnd = tokens[after + afterCount - 1].End;
                // "North Mitrovica", "East Jerusalem": a part of the city, where the city is.
                var role = key is "greater" or "north" or "south" or "east" or "west" ? HeadRole.Quarter : HeadRole.Feature;
                // A Philippine barangay is the village itself: "Barangay Kitango" is Kitango.
                var start = key is "barangay" ? tokens[after].Start : tokens[i].Start;
                found.Add((tokens.Text[start..nameEnd], kind, role, start, nameEnd, tokens[after].Start, nameEnd));
            }

            if (key is "in" or "near" or "at" or "from" or "into" or "around" or "outside" or "towards" && AppositiveSettlement(i + 1, locations) is (var named, var namedCount))
            {
                // "arriving in Tine, in Wadi Fira province", "clashes near Brnjak, Kosovo": a name the gazetteer lacks,
                // placed by the region or country written right after it.
                var start = tokens[named].Start;
                var end = tokens[named + namedCount - 1].End;
                found.Add((tokens.Text[start..end], LocationKind.Village, HeadRole.Settlement, start, end, start, end));
            }

            if (i >= 1 && key is "of" && SettlementLookup.TryGetValue(tokens.Key(i - 1), out var settlement)
                && (tokens[i - 1].Shape & TokenShape.SpaceNext) != 0 && NameAfter(i + 1) is (var village, var villageCount)
                && IsUnknownName(village, villageCount, checkPeople: false))
            {
                var start = tokens[village].Start;
                var end = tokens[village + villageCount - 1].End;
                found.Add((tokens.Text[start..end], settlement, HeadRole.Settlement, start, end, start, end));
            }
        }

        // Units and settlements the gazetteer already resolved add nothing; dropping them here keeps the slower
        // checks below off the common "in the Kharkiv region".
        found.RemoveAll(f => (f.Role == HeadRole.Settlement || (f.Role == HeadRole.Unit && f.End <= f.NameEnd && !f.Name.EndsWith(" Zone", StringComparison.Ordinal)))
                             && IsIndexed(f.NameStart, f.NameEnd));
        if (found.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        _claimed.Clear();
        foreach (var (name, kind, role, start, end, nameStart, nameEnd) in found)
        {
            if (role == HeadRole.Settlement && _claimed.Contains(nameStart))
            {
                continue; // a settlement's first sighting already took all its mentions
            }

            if (CoveredBeyond(locations, start, end, nameStart, nameEnd))
            {
                continue;
            }

            // The name alone was taken for a place ("Dnipro" in "the Dnipro River"): the feature is what is meant,
            // and a point feature sits where that place is.
            // A unit whose name carries its word ("North Gondar Zone") is the unit even where the gazetteer took the
            // name for the town it is named after; a bare lower-case unit ("the Pokrovsk district") keeps the town.
            var unitNamedInFull = role == HeadRole.Unit && end > nameEnd || name.EndsWith(" Zone", StringComparison.Ordinal);
            if (role == HeadRole.Unit && unitNamedInFull && !IsCoveredByRegion(locations, nameStart, nameEnd))
            {
                TakeMentionsWithin(locations, nameStart, nameEnd);
            }
            else if (role is HeadRole.Unit or HeadRole.Settlement && IsCovered(locations, nameStart, nameEnd))
            {
                continue; // "the Aleppo governorate" already resolved through the gazetteer
            }

            if (role == HeadRole.Quarter && !IsCityMention(locations, nameStart, nameEnd))
            {
                continue; // "Sudan North", "Tuesday West": only a city has quarters named after it
            }

            var lender = role is HeadRole.Unit or HeadRole.Settlement ? null : TakeMention(locations, nameStart, nameEnd);
            var approximate = false;
            if (role == HeadRole.PointFeature && lender is null && IsUrbanFacility(name))
            {
                // "Mitiga International Airport": named after no place, it serves the city the report is about there.
                lender = NearestCity(locations, start);
                approximate = lender is not null;
            }

            // Settlements merge by transliteration skeleton ("the village of Kotlinoye, the Russian name for Kotlyne").
            var key = role == HeadRole.Settlement ? "~" + PlaceKey.Skeleton(PlaceKey.Normalize(name)) : PlaceKey.Normalize(name);
            var mention = new Mention(start, end, tokens.Text[start..end]);
            if (byName.TryGetValue(key, out var existing))
            {
                var location = locations[existing];
                if (!_claimed.Add(start))
                {
                    continue;
                }

                var display = role == HeadRole.Settlement && CountWord(name) > CountWord(location.Name) ? name : location.Name;
                locations[existing] = location with { Name = display, Mentions = [.. location.Mentions, mention] };
                continue;
            }

            if (role == HeadRole.Settlement && _listNeighbours.TryGetValue(nameStart, out var neighbour) && neighbour.Lat is not null)
            {
                lender = neighbour;
                approximate = true;
            }

            var withCoordinates = (role is HeadRole.PointFeature or HeadRole.Quarter || approximate) && lender is { Lat: not null };
            List<Mention> mentions = role == HeadRole.Settlement ? OtherMentions(name, checkTaken: true) : [mention];
            foreach (var taken in mentions)
            {
                _claimed.Add(taken.Start);
            }

            byName[key] = locations.Count;
            var spelling = role == HeadRole.Settlement ? LooseMatch(name, locations) : -1;
            if (spelling >= 0)
            {
                // "the town of Addale" where GeoNames spells it Adale: a loose spelling match in a country the report
                // is about, which the strict spotter would not risk on a word without this context.
                var place = gazetteer[spelling];
                var admin1 = gazetteer.Admin1Index(place.Admin1Key);
                locations.Add(new ExtractedLocation
                {
                    Name = name, Kind = place.Kind, Country = place.CountryCode, Admin1 = admin1 >= 0 ? gazetteer[admin1].Name : null,
                    Lat = Math.Round(place.Lat, 4), Lon = Math.Round(place.Lon, 4), PlaceId = place.PlaceId, Confidence = 0.55,
                    Mentions = mentions,
                });
                continue;
            }

            var region = role == HeadRole.Unit ? Admin1Named(tokens.Text[nameStart..nameEnd], locations) : -1;
            if (region >= 0)
            {
                // "Aleppo Governorate" written in a way the gazetteer's alternates miss: still the admin1 region.
                ref readonly var place = ref gazetteer[region];
                locations.Add(new ExtractedLocation
                {
                    Name = name, Kind = LocationKind.Region, Country = place.CountryCode, Admin1 = place.Name,
                    Lat = place.HasCoordinates ? Math.Round(place.Lat, 4) : null, Lon = place.HasCoordinates ? Math.Round(place.Lon, 4) : null,
                    PlaceId = place.PlaceId, Confidence = 0.7, Mentions = mentions,
                });
                continue;
            }

            locations.Add(new ExtractedLocation
            {
                Name = name,
                Kind = kind,
                Country = lender?.Country,
                Admin1 = lender?.Admin1,
                Lat = withCoordinates ? lender!.Lat : null,
                Lon = withCoordinates ? lender!.Lon : null,
                Confidence = approximate ? (role == HeadRole.Settlement ? 0.35 : 0.45) : withCoordinates ? 0.6 : 0.4,
                Mentions = mentions,
            });
        }

        locations.RemoveAll(static location => location.Mentions.Count == 0);
    }

    private static bool IsUrbanFacility(string name) =>
        name.EndsWith("Airport", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Airbase", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Hospital", StringComparison.OrdinalIgnoreCase);

    /// <summary>The city or town mentioned last before <paramref name="position"/>, else the one the report mentions most.</summary>
    private static ExtractedLocation? NearestCity(List<ExtractedLocation> locations, int position)
    {
        ExtractedLocation? before = null, most = null;
        var beforeAt = -1;
        foreach (var location in locations)
        {
            if (location.Kind is not (LocationKind.City or LocationKind.Town) || location.Lat is null)
            {
                continue;
            }

            foreach (var mention in location.Mentions)
            {
                if (mention.End <= position && mention.Start > beforeAt)
                {
                    before = location;
                    beforeAt = mention.Start;
                }
            }

            if (most is null || location.Mentions.Count > most.Mentions.Count)
            {
                most = location;
            }
        }

        return before ?? most;
    }

    private int CountWord(string name) => OtherMentions(name, checkTaken: false).Count;

    // Every stand-alone occurrence of a settlement's name: once the context said it is a place, "near Kotlyne" is too.
    private List<Mention> OtherMentions(string name, bool checkTaken)
    {
        var mentions = new List<Mention>();
        var text = tokens.Text;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) || (checkTaken && (IsIndexed(at, end) || _claimed.Contains(at))))
            {
                continue;
            }

            mentions.Add(new Mention(at, end, name));
        }

        return mentions;
    }

    private void AddListedUnits(int head, bool zones, List<(string, LocationKind, HeadRole, int, int, int, int)> found) =>
        ForEachListedName(head, (nameStart, nameEnd, name) =>
            found.Add((zones ? name + " Zone" : name, LocationKind.Region, HeadRole.Unit, nameStart, nameEnd, nameStart, nameEnd)));

    private void AddListedFeatures(int head, string word, LocationKind kind, List<(string, LocationKind, HeadRole, int, int, int, int)> found) =>
        ForEachListedName(head, (nameStart, nameEnd, name) =>
            found.Add((name + word, kind, HeadRole.PointFeature, nameStart, nameEnd, nameStart, nameEnd)));

    // Only names the gazetteer did not take: "Spin Boldak" in "the Torkham and Spin Boldak crossings" stays the town.
    private void AddListedUnknown(int head, string word, LocationKind kind, List<ExtractedLocation> locations,
        List<(string, LocationKind, HeadRole, int, int, int, int)> found) =>
        ForEachListedName(head, (nameStart, nameEnd, name) =>
        {
            var first = TokenAt(nameStart);
            if (!IsIndexed(nameStart, nameEnd) && first >= 0 && IsUnknownName(first, TokenAt(nameEnd - 1) - first + 1, checkPeople: true))
            {
                var role = word.Length == 0 ? HeadRole.Settlement : HeadRole.Feature;
                found.Add((name + word, kind, role, nameStart, nameEnd, nameStart, nameEnd));
            }
        });

    /// <summary>
    /// "In Sarmada and Dana", "around Djibo, Arbinda and Diapaga": in a list of names after a locative word where one
    /// name is a town the gazetteer knows, the names it does not know are settlements too. A list of people or
    /// organisations never holds a town, so the known member is what makes it safe.
    /// </summary>
    private void AddListedSettlements(int start, List<ExtractedLocation> locations, List<(string, LocationKind, HeadRole, int, int, int, int)> found)
    {
        Span<(int First, int Count)> members = stackalloc (int, int)[6];
        var memberCount = 0;
        var position = start;
        var last = false;
        while (memberCount < members.Length && ListMember(position) is (var first, var count))
        {
            members[memberCount++] = (first, count);
            var end = first + count - 1;
            if (last || end + 1 >= tokens.Count)
            {
                break;
            }

            if ((tokens[end].Shape & TokenShape.CommaNext) != 0 && tokens.Text[tokens[end].End] == ',')
            {
                position = end + 1;
                if (tokens.Key(position) is "and" or "or")
                {
                    position++; // the serial comma
                    last = true;
                }
            }
            else if (tokens.Key(end + 1) is "and" or "or" && (tokens[end].Shape & TokenShape.SpaceNext) != 0)
            {
                position = end + 2;
                last = true;
            }
            else
            {
                break;
            }

            if (position >= tokens.Count)
            {
                break;
            }
        }

        if (memberCount < 2 || !last)
        {
            return;
        }

        // "In Washington, Biden and Blinken met": a phrase opening the sentence ends at its comma, and the names after
        // it are the subject. Only a list that closes with a comma of its own is still the phrase ("In Khiam, Kfar
        // Kila and Aita al-Shaab, entire streets...").
        var (lastFirst, lastCount) = members[memberCount - 1];
        var opening = start > 0 && (tokens[start - 1].Shape & TokenShape.SentenceStart) != 0;
        if (opening && (tokens[members[0].First + members[0].Count - 1].Shape & TokenShape.CommaNext) != 0
            && (tokens[lastFirst + lastCount - 1].Shape & TokenShape.CommaNext) == 0)
        {
            return;
        }

        Span<int> known = stackalloc int[members.Length];
        var knownCount = 0;
        foreach (var (first, count) in members[..memberCount])
        {
            if (IsKnownSettlement(locations, tokens[first].Start, tokens[first + count - 1].End))
            {
                known[knownCount++] = first;
            }
        }

        if (knownCount == 0)
        {
            return;
        }

        foreach (var (first, count) in members[..memberCount])
        {
            var nameStart = tokens[first].Start;
            var nameEnd = tokens[first + count - 1].End;
            var next = first + count;
            // People are not asked: the spotter files a village's name between capitalised words under people
            // ("Shaab" in "Aita al-Shaab"), and the town in the list already says what the list is.
            if (IsIndexed(nameStart, nameEnd) || !IsUnknownName(first, count, checkPeople: false)
                || NotNameLookup.Contains(tokens.Key(first)) || (tokens[first + count - 1].Shape & TokenShape.Possessive) != 0
                || (next < tokens.Count && (tokens[next].Shape & TokenShape.Capitalised) != 0 && (tokens[next - 1].Shape & TokenShape.SpaceNext) != 0))
            {
                continue;
            }

            var nearest = known[0];
            foreach (var town in known[..knownCount])
            {
                nearest = Math.Abs(town - first) < Math.Abs(nearest - first) ? town : nearest;
            }

            _listNeighbours.TryAdd(nameStart, locations[_spans[FirstSpanEndingAfter(tokens[nearest].Start)].Location]);
            found.Add((tokens.Text[nameStart..nameEnd], LocationKind.Village, HeadRole.Settlement, nameStart, nameEnd, nameStart, nameEnd));
        }
    }

    // "near Wagner positions": the name owns what the word names, so it is a party, not a place.
    private static bool IsHeldByWord(ReadOnlySpan<char> key) =>
        key is "positions" or "position" or "lines" or "line" or "bases" or "base" or "forces" or "troops" or "fighters"
            or "territory" or "strongholds" or "stronghold" or "checkpoints" or "checkpoint" or "units" or "headquarters";

    private (int First, int Count)? CompassProvince(int particle)
    {
        var compass = particle + 1;
        if (particle < 1 || compass >= tokens.Count || !IsNameToken(particle - 1) || !IsNameToken(compass)
            || (tokens[particle - 1].Shape & tokens[particle].Shape & TokenShape.SpaceNext) == 0
            || tokens.Key(compass) is not ("norte" or "sur" or "este" or "oeste" or "oriental" or "occidental")
            || NotNameLookup.Contains(tokens.Key(particle - 1)) || !IsUnknownName(particle - 1, 1, checkPeople: true))
        {
            return null;
        }

        return (particle - 1, 3);
    }

    private (int First, int Count)? NearSettlement(int first, List<ExtractedLocation> locations)
    {
        if (ListMember(first) is not (var name, var count) || count > 2)
        {
            return null;
        }

        var next = name + count;
        var lastShape = tokens[next - 1].Shape;
        if ((lastShape & TokenShape.Possessive) != 0 || IsIndexed(tokens[name].Start, tokens[next - 1].End)
            || NotNameLookup.Contains(tokens.Key(name)) || !IsUnknownName(name, count, checkPeople: true)
            || (next < tokens.Count && (tokens[next].Shape & (TokenShape.Capitalised | TokenShape.Digit)) != 0 && (lastShape & TokenShape.SpaceNext) != 0)
            || (next < tokens.Count && (lastShape & TokenShape.SpaceNext) != 0 && IsHeldByWord(tokens.Key(next))))
        {
            return null;
        }

        return (name, count);
    }

    // A capitalised name of up to three words, with Arabic articles inside ("Aita al-Shaab", "Deir ez-Zor") or in
    // front ("al-Hamra").
    private (int First, int Count)? ListMember(int first)
    {
        if (first + 1 < tokens.Count && IsArabicArticle(first) && IsNameToken(first + 1))
        {
            return ListMember(first + 1) is (var named, var namedCount) ? (first, namedCount + 1) : null;
        }

        if (first >= tokens.Count || !IsNameToken(first) || tokens[first].End - tokens[first].Start < 3)
        {
            return null; // "I", "Al"
        }

        var last = first;
        while (last + 1 < tokens.Count && last - first < 3 && (tokens[last].Shape & TokenShape.CommaNext) == 0
               && (tokens[last].Shape & (TokenShape.SpaceNext | TokenShape.HyphenNext)) != 0 && (tokens[last].Shape & TokenShape.Possessive) == 0)
        {
            var next = last + 1;
            if (IsNameToken(next) && !NotNameLookup.Contains(tokens.Key(next)))
            {
                last = next;
            }
            else if (IsArabicArticle(next) && next + 1 < tokens.Count && IsNameToken(next + 1))
            {
                last = next + 1;
            }
            else
            {
                break;
            }
        }

        // "Saut-d'Eau": a name that goes on in a way this reader does not follow is no member.
        return (tokens[last].Shape & TokenShape.HyphenNext) != 0 ? null : (first, last - first + 1);
    }

    private bool IsArabicArticle(int index) =>
        (tokens[index].Shape & (TokenShape.HyphenNext | TokenShape.Capitalised)) == TokenShape.HyphenNext
        && tokens.Key(index) is "al" or "el" or "ad" or "ar" or "as" or "ash" or "az" or "ez" or "es";

    private bool IsKnownSettlement(List<ExtractedLocation> locations, int start, int end)
    {
        var at = FirstSpanEndingAfter(start);
        if (at >= _spans.Length || _spans[at].Start != start || _spans[at].End != end)
        {
            return false;
        }

        var location = locations[_spans[at].Location];
        return location.PlaceId is not null && location.Kind is LocationKind.City or LocationKind.Town or LocationKind.Village;
    }

    private void IndexMentions(List<ExtractedLocation> locations)
    {
        var spans = new List<(int Start, int End, int Location)>();
        for (var l = 0; l < locations.Count; l++)
        {
            foreach (var mention in locations[l].Mentions)
            {
                spans.Add((mention.Start, mention.End, l));
            }
        }

        spans.Sort();
        _spans = [.. spans];
    }

    /// <summary>Whether a mention the gazetteer found overlaps [start, end).</summary>
    private bool IsIndexed(int start, int end)
    {
        var at = FirstSpanEndingAfter(start);
        return at < _spans.Length && _spans[at].Start < end;
    }

    // Mentions do not nest, so ends rise with starts: the first span whose end lies beyond start.
    private int FirstSpanEndingAfter(int start)
    {
        int low = 0, high = _spans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_spans[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int TokenAt(int offset)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Start <= offset && offset < tokens[t].End)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The names listed before a plural head word: "the A, B and C governorates".</summary>
    private void ForEachListedName(int head, Action<int, int, string> add)
    {
        var end = head;
        var comma = false;
        for (var listed = 0; listed < 6; listed++)
        {
            if (NameBefore(end, headCapitalised: true, comma) is not (var first, var count))
            {
                return;
            }

            var nameStart = tokens[first].Start;
            var nameEnd = tokens[first + count - 1].End;
            add(nameStart, nameEnd, tokens.Text[nameStart..nameEnd]);
            if (first >= 2 && tokens.Key(first - 1) is "and" or "or")
            {
                end = first - 1;
                comma = false;
            }
            else if (first >= 1 && (tokens[first - 1].Shape & TokenShape.CommaNext) != 0 && IsNameToken(first - 1)
                     && tokens[first].Start - tokens[first - 1].End <= 2 && tokens.Text[tokens[first - 1].End] == ',')
            {
                end = first; // "A, B and C zones": the name before the comma is listed too
                comma = true;
            }
            else
            {
                return;
            }
        }
    }

    // Candidates by transliteration skeleton, or by the name with its doubled letters written once (Addale ->
    // adale); only populated places in a country the report's other places are in; the one in a region the report
    // names wins, then the most populous.
    private int LooseMatch(string name, List<ExtractedLocation> locations)
    {
        var key = PlaceKey.Normalize(name);
        var skeleton = PlaceKey.Skeleton(key);
        if (skeleton.Length < 4)
        {
            return -1;
        }

        var best = -1;
        var bestScore = 0.0;
        foreach (var candidates in new[] { gazetteer.FindSkeleton(skeleton).ToArray(), gazetteer.Find(WithoutDoubledLetters(key)).ToArray() })
        {
            foreach (var index in candidates)
            {
                var place = gazetteer[index];
                if (!place.HasCoordinates || place.Kind is not (LocationKind.City or LocationKind.Town or LocationKind.Village)
                    || !locations.Any(l => l.Country == place.CountryCode && l.Mentions.Count > 0))
                {
                    continue;
                }

                var admin1 = gazetteer.Admin1Index(place.Admin1Key);
                var inNamedRegion = admin1 >= 0 && locations.Any(l => l.Kind == LocationKind.Region && l.Admin1 == gazetteer[admin1].Name);
                var score = (inNamedRegion ? 2.0 : 1.0) + (Math.Log10(1 + place.Population) / 10);
                if (score > bestScore)
                {
                    best = index;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    private static string WithoutDoubledLetters(string key)
    {
        var builder = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (builder.Length == 0 || builder[^1] != c || !char.IsLetter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private int Admin1Named(string name, List<ExtractedLocation> locations)
    {
        var found = -1;
        foreach (var index in gazetteer.Find(PlaceKey.Normalize(name)))
        {
            var place = gazetteer[index];
            if (!place.IsAdmin1)
            {
                continue;
            }

            if (found < 0 || locations.Any(l => l.Country == place.CountryCode))
            {
                found = index;
            }
        }

        return found;
    }

    private static bool IsCoveredByRegion(List<ExtractedLocation> locations, int start, int end) =>
        locations.Any(l => l.Kind is LocationKind.Region or LocationKind.Country && l.Mentions.Any(m => m.Start < end && start < m.End));

    private static void TakeMentionsWithin(List<ExtractedLocation> locations, int start, int end)
    {
        for (var l = 0; l < locations.Count; l++)
        {
            var location = locations[l];
            if (location.Mentions.Any(m => m.Start >= start && m.End <= end))
            {
                locations[l] = location with { Mentions = [.. location.Mentions.Where(m => m.Start < start || m.End > end)] };
            }
        }
    }

    private (int First, int Count)? NameBefore(int head, bool headCapitalised, bool joinedByComma = false)
    {
        var first = head;
        while (first > 0 && head - first < MaxNameTokens && IsNameToken(first - 1)
               && ((tokens[first - 1].Shape & TokenShape.JoinsNext) != 0 || (first == head && joinedByComma))
               && (tokens[first - 1].Shape & TokenShape.Possessive) == 0)
        {
            first--;
        }

        // "Islamic State West Africa Province": a capitalised run longer than any place name here names an organisation.
        if (head - first == MaxNameTokens && first > 0 && IsNameToken(first - 1) && (tokens[first - 1].Shape & TokenShape.SpaceNext) != 0
            && (tokens[first - 1].Shape & TokenShape.Possessive) == 0)
        {
            return null;
        }

        while (first < head && NotNameLookup.Contains(tokens.Key(first)))
        {
            first++;
        }

        if (first == head)
        {
            return null;
        }

        // "Refugee camp" opening a sentence: one sentence-initial word before a lower-case head is no name.
        if (!headCapitalised && head - first == 1 && (tokens[first].Shape & TokenShape.SentenceStart) != 0)
        {
            return null;
        }

        return (first, head - first);
    }

    private (int First, int Count)? NameAfter(int first)
    {
        if (first >= tokens.Count || !IsNameToken(first) || (tokens[first - 1].Shape & TokenShape.JoinsNext) == 0
            || NotNameLookup.Contains(tokens.Key(first)))
        {
            return null;
        }

        var count = 1;
        while (count < 2 && first + count < tokens.Count && (tokens[first + count - 1].Shape & TokenShape.JoinsNext) != 0
               && (tokens[first + count - 1].Shape & TokenShape.Possessive) == 0 && IsNameToken(first + count))
        {
            count++;
        }

        return (first, count);
    }

    private (int First, int Count)? AppositiveSettlement(int first, List<ExtractedLocation> locations)
    {
        if (NameAfter(first) is not (var name, var count) || (tokens[name + count - 1].Shape & TokenShape.CommaNext) == 0
            || IsIndexed(tokens[name].Start, tokens[name + count - 1].End) || !IsUnknownName(name, count, checkPeople: true))
        {
            return null;
        }

        var next = name + count;
        if (next < tokens.Count && tokens.Key(next) is "in")
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return null;
        }

        var at = tokens[next].Start;
        foreach (var location in locations)
        {
            if (location.Kind is LocationKind.Region or LocationKind.Country && location.Mentions.Any(m => m.Start == at))
            {
                return (name, count);
            }
        }

        return null;
    }

    // "the Greek island of Lesbos": a nationality before a lower-case word describes, it does not name.
    private bool IsDemonymOnly(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            if (gazetteer.CountryOfDemonym(tokens.Key(i)) is null)
            {
                return false;
            }
        }

        return true;
    }

    // "in the X camp", "entered the X camp": something is put in the named thing, so it is a place.
    private bool IsPutInside(int name)
    {
        var before = name - 1;
        if (before >= 0 && tokens.Key(before) is "the")
        {
            before--;
        }

        return before >= 0 && tokens.Key(before) is "in" or "at" or "into" or "inside" or "near" or "from" or "to" or "around"
            or "entered" or "reached" or "attacked" or "raided" or "shelled" or "visited";
    }

    // The first name of a list that ends with the name at <paramref name="last"/>: "Metche" in "the Metche and Aboutengue camps".
    private int FirstListed(int last)
    {
        var first = last;
        while (true)
        {
            if (first >= 2 && tokens.Key(first - 1) is "and" && IsNameToken(first - 2))
            {
                first -= 2;
            }
            else if (first >= 1 && (tokens[first - 1].Shape & TokenShape.CommaNext) != 0 && IsNameToken(first - 1))
            {
                first--;
            }
            else
            {
                return first;
            }
        }
    }

    // Whether the report is about refugees or the displaced, where "the X camp" is a place people live in.
    private bool IsAboutDisplacement()
    {
        if (_aboutDisplacement is null)
        {
            _aboutDisplacement = false;
            for (var i = 0; i < tokens.Count && _aboutDisplacement == false; i++)
            {
                _aboutDisplacement = tokens.Key(i) is "refugee" or "refugees" or "displaced" or "displacement" or "idp" or "idps" or "asylum";
            }
        }

        return _aboutDisplacement.Value;
    }

    private bool IsNameToken(int index)
    {
        var shape = tokens[index].Shape;
        return (shape & TokenShape.Capitalised) != 0 && (shape & (TokenShape.AllCaps | TokenShape.Digit)) == 0;
    }

    // Not a word the report already uses for a person, a common word or a nationality.
    // The spotter also files a small place's name seen between capitalised words as a person's ("Kunyo Barrow"), so
    // "the town of X" does not ask it; the weaker "X village" does.
    private bool IsUnknownName(int first, int count, bool checkPeople)
    {
        for (var i = first; i < first + count; i++)
        {
            var key = tokens.Key(i);
            if (IsArabicArticle(i))
            {
                continue;
            }

            if (gazetteer.IsStopword(key) || gazetteer.CountryOfDemonym(key) is not null
                || (checkPeople && spotter.PersonKeys.Contains(key.ToString())))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCityMention(List<ExtractedLocation> locations, int start, int end)
    {
        foreach (var location in locations)
        {
            if (location.Kind is LocationKind.City && location.Mentions.Any(m => m.Start == start && m.End == end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCovered(List<ExtractedLocation> locations, int start, int end)
    {
        foreach (var location in locations)
        {
            foreach (var mention in location.Mentions)
            {
                if (mention.Start < end && start < mention.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A gazetteer name already spans more than the bare name ("Rafah crossing" from the supplement): it wins.
    private static bool CoveredBeyond(List<ExtractedLocation> locations, int start, int end, int nameStart, int nameEnd)
    {
        foreach (var location in locations)
        {
            foreach (var mention in location.Mentions)
            {
                if (mention.Start < end && start < mention.End && (mention.Start < nameStart || mention.End > nameEnd))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ExtractedLocation? TakeMention(List<ExtractedLocation> locations, int start, int end)
    {
        for (var l = 0; l < locations.Count; l++)
        {
            var location = locations[l];
            for (var m = 0; m < location.Mentions.Count; m++)
            {
                var mention = location.Mentions[m];
                if (mention.Start == start && mention.End == end)
                {
                    locations[l] = location with { Mentions = [.. location.Mentions.Where((_, index) => index != m)] };
                    return location;
                }
            }
        }

        return null;
    }
}
