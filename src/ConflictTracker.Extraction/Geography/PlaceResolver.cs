using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Chooses one place per spotted name. Evidence, strongest first: the countries the report names (demonyms count
/// a little), the regions it names, closeness to the places that are unambiguous in the same report
/// (exp(-d/75 km)), then what kind of place it is and how many people live there. Mentions with the same key
/// resolve together, so a report gets one location per place with all of its mentions.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer, PlaceTokenizer tokens, PlaceSpotter spotter)
{
    private const double AmbiguityMargin = 0.75;
    private const double ProximityScaleKm = 75;
    private const double ProximityWeight = 2.5;

    // After a capital's name these words make it the government, not the place ("Moscow said", "Kyiv's forces").
    private static readonly HashSet<string> AgentVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "claimed", "claims", "claim", "warned", "warns", "announced", "announces",
        "denied", "denies", "deny", "accused", "accuses", "insisted", "insists", "responded", "responds", "rejected",
        "rejects", "wants", "wanted", "demanded", "demands", "hopes", "hoped", "agreed", "agrees", "refused", "refuses",
        "threatened", "threatens", "vowed", "vows", "urged", "urges", "condemned", "condemns", "sought", "seeks",
        "believes", "believed", "insist", "blamed", "blames", "confirmed", "confirms", "reported", "reports",
        "stated", "states", "argued", "argues", "pledged", "pledges", "promised", "promises", "supplied", "supplies",
        "sent", "sends", "launched", "launches", "approved", "approves", "imposed", "imposes", "recognised",
        "recognized", "retaliated", "responded", "traded", "trade", "exchanged", "signed", "has", "have", "had", "will", "would", "is", "was", "and",
    };

    private static readonly HashSet<string> AgentNouns = new(StringComparer.Ordinal)
    {
        "forces", "troops", "army", "military", "government", "allies", "ally", "officials", "leadership", "war",
        "invasion", "offensive", "counteroffensive", "counter", "decision", "position", "request", "support",
        "demands", "claims", "statement", "response", "ambassador", "envoy", "diplomats", "backers", "partners",
        "defence", "defense", "policy", "aggression", "regime", "soldiers", "strikes", "attacks", "drones",
        "missiles", "air", "navy", "intelligence", "foreign", "proxies", "narrative", "goals", "aims", "plans",
        "efforts", "refusal", "stance", "approval", "backing", "aid", "assistance", "military's", "president",
        "leaders", "leader", "sanctions", "negotiators", "delegation", "troop", "armed", "occupation", "campaign",
    };

    // "has", "will", "is", "and" only count when another agent word follows ("Moscow has said", "Kyiv and Moscow").
    private static readonly HashSet<string> WeakAgentWords = new(StringComparer.Ordinal) { "has", "have", "had", "will", "would", "is", "was", "and" };

    // Before a capital these words make it the one addressed or accused ("accused Kigali of"), so the government.
    private static readonly HashSet<string> AddresseeVerbs = new(StringComparer.Ordinal)
    {
        "accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame", "urged", "urges", "urging",
        "thanked", "thanks", "thanking", "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes",
        "warned", "warns", "warning", "pressed", "presses", "pressuring", "pressured", "sanctioned", "praised",
        "rebuked", "asked", "asks", "told", "tells", "reassured", "reassures", "lobbied", "implored",
    };

    // "talks between X and Y", "ties with X", "a message to X": dealings between governments.
    private static readonly HashSet<string> DiplomacyNouns = new(StringComparer.Ordinal)
    {
        "talks", "relations", "ties", "dialogue", "negotiations", "contacts", "tensions", "rift", "dispute", "mediation",
        "channel", "deal", "agreement", "rapprochement", "normalisation", "normalization", "cooperation", "alliance",
        "message", "messages", "rapport", "spat", "row", "standoff", "feud",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AddresseeVerbLookup = AddresseeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiplomacyNounLookup = DiplomacyNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentVerbLookup = AgentVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentNounLookup = AgentNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakAgentLookup = WeakAgentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, double> _countryWeight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedRegions = new(StringComparer.Ordinal);
    private readonly List<(double Lat, double Lon, string Key)> _anchors = [];

    public List<ExtractedLocation> Resolve(List<PlaceSpot> spots)
    {
        var groups = GroupByKey(spots);
        GatherContext(groups);

        var byPlace = new Dictionary<int, Resolved>();
        var order = new List<int>();
        // Two passes: places settled with confidence in the first become anchors for the doubtful ones in the second
        // (a front-line report names several villages near each other, each with namesakes elsewhere).
        var choices = new Resolved?[groups.Count];
        var anchorCount = _anchors.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            // A name seen inside a person's name elsewhere is no place, unless the text also puts something in it
            // ("the Sinaloa governor ... violence in Sinaloa").
            if (spotter.PersonKeys.Contains(groups[g][0].Key) && !HasCountry(groups[g][0]) && !groups[g].Exists(IsInside))
            {
                continue;
            }

            choices[g] = Choose(groups[g]);
            if (choices[g] is { Ambiguous: false, Confidence: >= 0.85 } settled && groups[g][0].Candidates.Length > 1)
            {
                ref readonly var place = ref gazetteer[settled.Place];
                if (place.HasCoordinates && place.Kind is LocationKind.City or LocationKind.Town or LocationKind.Village)
                {
                    _anchors.Add((place.Lat, place.Lon, groups[g][0].Key));
                }
            }
        }

        if (_anchors.Count > anchorCount)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                if (choices[g] is { } first && (first.Ambiguous || first.Confidence < 0.85))
                {
                    choices[g] = Choose(groups[g]);
                }
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var choice = choices[g];
            if (choice is null)
            {
                continue;
            }

            if (!byPlace.TryGetValue(choice.Place, out var resolved))
            {
                byPlace[choice.Place] = choice;
                order.Add(choice.Place);
                continue;
            }

            resolved.Spots.AddRange(choice.Spots);
            resolved.Confidence = Math.Max(resolved.Confidence, choice.Confidence);
        }

        var locations = new List<ExtractedLocation>(order.Count);
        foreach (var placeIndex in order)
        {
            var location = ToLocation(byPlace[placeIndex]);
            if (location is not null)
            {
                locations.Add(location);
            }
        }

        return locations;
    }

    private bool HasCountry(PlaceSpot spot)
    {
        foreach (var index in spot.Candidates)
        {
            if (gazetteer[index].IsCountry)
            {
                return true;
            }
        }

        return false;
    }

    private static List<List<PlaceSpot>> GroupByKey(List<PlaceSpot> spots)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<PlaceSpot>>();
        foreach (var spot in spots)
        {
            // A region hint changes what the name means ("Kyiv" city, "Kyiv region"), so it is part of the key.
            var key = spot.RegionHint ? spot.Key + "\u0001" : spot.Key;
            if (!index.TryGetValue(key, out var g))
            {
                g = groups.Count;
                index[key] = g;
                groups.Add([]);
            }

            groups[g].Add(spot);
        }

        return groups;
    }

    private void GatherContext(List<List<PlaceSpot>> groups)
    {
        foreach (var (cc, count) in spotter.DemonymCountries)
        {
            _countryWeight[cc] = Math.Min(1.0, 0.5 + (0.25 * count));
        }

        foreach (var group in groups)
        {
            var spot = group[0];
            var country = -1;
            var admin1 = -1;
            var located = -1;
            var locatedCount = 0;
            foreach (var index in spot.Candidates)
            {
                ref readonly var place = ref gazetteer[index];
                if (place.IsCountry)
                {
                    country = index;
                }
                else if (place.IsAdmin1)
                {
                    admin1 = admin1 < 0 ? index : -2;
                }
                else if (place.HasCoordinates && place.Kind != LocationKind.Region)
                {
                    located = index;
                    locatedCount++;
                }
            }

            if (country >= 0 && !spot.ViaSkeleton)
            {
                var cc = gazetteer[country].CountryCode!;
                _countryWeight[cc] = 2.0;
            }
            else if (admin1 >= 0 && (spot.ExplicitRegion || spot.RegionHint || locatedCount == 0) && !spot.ViaSkeleton)
            {
                ref readonly var region = ref gazetteer[admin1];
                _namedRegions.Add(region.Admin1Key!);
                _countryWeight[region.CountryCode!] = Math.Max(_countryWeight.GetValueOrDefault(region.CountryCode!), 1.5);
            }
            else if (locatedCount == 1 && admin1 == -1 && !spot.ViaSkeleton)
            {
                ref readonly var place = ref gazetteer[located];
                _anchors.Add((place.Lat, place.Lon, spot.Key));
                if (place.CountryCode is { } cc && (place.IsSeat || place.Population >= 50_000 || place.IsSupplement))
                {
                    _countryWeight[cc] = Math.Max(_countryWeight.GetValueOrDefault(cc), 1.0);
                }
            }
        }
    }

    private Resolved? Choose(List<PlaceSpot> group)
    {
        var spot = group[0];
        var regionWanted = spot.ExplicitRegion || spot.RegionHint;
        var hasAdmin1 = false;
        var regionByOwnName = false;
        foreach (var index in spot.Candidates)
        {
            hasAdmin1 |= gazetteer[index].IsAdmin1;
            regionByOwnName |= gazetteer[index].IsAdmin1 && IsOwnName(gazetteer[index], spot.Key);
        }

        // Base scores first; closeness to the report's other places (worth at most ProximityWeight) is then computed
        // only for candidates that it could lift to the top: most namesakes are out of reach.
        var scored = new List<(int Index, double Score)>(Math.Min(spot.Candidates.Length, 64));
        var topBase = double.NegativeInfinity;
        foreach (var index in spot.Candidates)
        {
            ref readonly var place = ref gazetteer[index];
            if (regionWanted && hasAdmin1 && !place.IsAdmin1)
            {
                continue;
            }

            var score = BaseScore(place, spot, regionWanted);
            if (regionByOwnName && !regionWanted)
            {
                // "Sinaloa", "Nayarit": a region's own name means the region, over a town that only lists it among its
                // other names (Sinaloa de Leyva, Tepic); a town that bears the name itself (Kharkiv) still wins by size.
                score += place.IsAdmin1 ? 1.5 : IsTownByAnotherName(place, spot.Key) ? -2.5 : 0;
            }

            scored.Add((index, score));
            topBase = Math.Max(topBase, score);
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        var second = -1;
        var secondScore = double.NegativeInfinity;
        for (var i = 0; i < scored.Count; i++)
        {
            var (index, score) = scored[i];
            if (scored.Count > 1 && score + ProximityWeight >= topBase)
            {
                score += Closeness(gazetteer[index], spot);
                scored[i] = (index, score);
            }

            if (score > bestScore)
            {
                second = best;
                secondScore = bestScore;
                best = index;
                bestScore = score;
            }
            else if (score > secondScore)
            {
                second = index;
                secondScore = score;
            }
        }

        if (best < 0)
        {
            return null;
        }

        ref readonly var chosen = ref gazetteer[best];
        if (!IsCredible(chosen, bestScore, spot))
        {
            return null;
        }

        var margin = second < 0 ? 10 : bestScore - secondScore;
        var ambiguous = second >= 0 && margin < AmbiguityMargin && !SamePlace(chosen, gazetteer[second]);
        var confidence = 1.0 / (1.0 + Math.Exp(-(margin + 1.0)));
        if (spot.ViaSkeleton)
        {
            confidence *= 0.8;
        }

        return new Resolved(best, [.. group], ambiguous ? TopCandidates(scored) : [])
        {
            Confidence = Math.Round(confidence, 3),
            Ambiguous = ambiguous,
        };
    }

    private double BaseScore(in GazetteerPlace place, PlaceSpot spot, bool regionWanted)
    {
        double score;
        if (place.IsCountry)
        {
            // A country's name means the country ("Armenia", "Georgia") unless the text says otherwise.
            score = 12;
        }
        else if (place.IsAdmin1)
        {
            score = regionWanted ? 8 : 1.0;
        }
        else if (place.IsSupplement)
        {
            score = place.Kind is LocationKind.Feature or LocationKind.Region or LocationKind.Other ? 5.0 : 2.5;
        }
        else
        {
            score = place.FeatureCode switch
            {
                "PPLC" => 3.0,
                "PPLA" => 2.0,
                "PPLA2" => 1.0,
                "PPLG" => 1.0,
                _ => 0,
            };
            // GeoNames gives 0 for "unknown", mostly villages: count them as small, not as empty.
            score += 0.45 * Math.Log10((place.Population == 0 ? 500 : place.Population) + 1.0);
        }

        if (place.CountryCode is { } cc && !place.IsCountry)
        {
            score += 1.6 * _countryWeight.GetValueOrDefault(cc);
        }

        if (place.Admin1Key is { } admin1 && !place.IsAdmin1 && _namedRegions.Contains(admin1))
        {
            score += 2.0;
        }

        if (spot.ViaSkeleton)
        {
            score -= 1.5;
        }

        return score;
    }

    // A GeoNames town the name reaches only through its list of other names; curated supplement rows are meant by theirs.
    // A city of millions is what its name means whatever GeoNames calls it first ("New York" for New York City).
    private static bool IsTownByAnotherName(in GazetteerPlace place, string key) =>
        !place.IsSupplement && place.Population < 1_000_000 && place.FeatureCode is { } code && code.StartsWith("PPL", StringComparison.Ordinal)
        && !IsOwnName(place, key);

    private static bool IsOwnName(in GazetteerPlace place, string key)
    {
        var name = PlaceKey.Normalize(place.Name);
        if (name == key || place.AsciiName is { } ascii && PlaceKey.Normalize(ascii) == key)
        {
            return true;
        }

        // Another romanisation of the same name (Zaporizhzhya for Zaporizhzhia, Mitrovicë for Mitrovica) is still the
        // town's own name; Xalisco is not Jalisco.
        if (PlaceKey.Skeleton(name) is { Length: > 0 } skeleton && skeleton == PlaceKey.Skeleton(key)
            || name.Length > 4 && name[0] == key[0] && AtMostOneEdit(name, key))
        {
            return true;
        }

        // "Kharkiv" for "Kharkiv Oblast", "Kuwait" for "Kuwait City".
        var space = name.LastIndexOf(' ');
        return space > 0 && name.AsSpan(0, space).SequenceEqual(key)
            && (Gazetteer.IsRegionWord(name.AsSpan(space + 1)) || name.AsSpan(space + 1).SequenceEqual("city"));
    }

    private static bool AtMostOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        // After the first difference the rest must agree: substituted, inserted into a, or inserted into b.
        return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)))
            || a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(i))
            || a.AsSpan(i).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)));
    }

    private double Closeness(in GazetteerPlace place, PlaceSpot spot)
    {
        if (!place.HasCoordinates || _anchors.Count == 0 || place.IsCountry || place.IsAdmin1)
        {
            return 0;
        }

        var nearest = double.MaxValue;
        foreach (var (lat, lon, key) in _anchors)
        {
            if (key != spot.Key)
            {
                nearest = Math.Min(nearest, DistanceKm(place.Lat, place.Lon, lat, lon));
            }
        }

        return nearest == double.MaxValue ? 0 : ProximityWeight * Math.Exp(-nearest / ProximityScaleKm);
    }

    // A village-sized match with no support in the report is more likely a surname or a common word than a place.
    private bool IsCredible(in GazetteerPlace place, double score, PlaceSpot spot)
    {
        var inContext = place.CountryCode is { } cc && _countryWeight.GetValueOrDefault(cc) >= 0.75;
        if (place.IsAdmin1 && IsCompassName(spot.Key))
        {
            // "the North-West", "the Centre": Cameroon's, Botswana's or Haiti's region only in a report about that country.
            return inContext;
        }

        if (place.IsCountry || place.IsAdmin1 || place.IsSupplement && !spot.ViaSkeleton)
        {
            return true;
        }

        if (spot.ViaSkeleton)
        {
            // Two words spelt alike by chance are rare: in a country the report is about, that is enough.
            return inContext && (score >= 4.0 || spot.TokenCount > 1);
        }

        // A capital is worth naming anywhere; a county seat (PPLA2) such as Meridian, Mississippi, only with support.
        if (place.FeatureCode is "PPLC" or "PPLA" || place.Population >= 100_000)
        {
            return true;
        }

        var near = false;
        foreach (var (lat, lon, key) in _anchors)
        {
            if (key != spot.Key && DistanceKm(place.Lat, place.Lon, lat, lon) < 150)
            {
                near = true;
                break;
            }
        }

        if (place.Population >= 10_000)
        {
            return inContext || near || _countryWeight.Count == 0;
        }

        return inContext || near;
    }

    private static bool IsCompassName(string key)
    {
        foreach (var word in key.Split(' '))
        {
            if (word is not ("north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central"
                or "centre" or "center" or "northeast" or "northwest" or "southeast" or "southwest" or "far" or "upper" or "lower" or "middle"))
            {
                return false;
            }
        }

        return true;
    }

    private ExtractedLocation? ToLocation(Resolved resolved)
    {
        ref readonly var place = ref gazetteer[resolved.Place];
        var mentions = new List<Mention>(resolved.Spots.Count);
        resolved.Spots.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var spot in resolved.Spots)
        {
            if (place.Kind is not LocationKind.Country && IsGovernmentUse(place, spot))
            {
                continue;
            }

            if (place.IsCountry && IsOfficeTopic(spot.FirstToken))
            {
                continue;
            }

            mentions.Add(new Mention(spot.Start, spot.End, tokens.Text.Substring(spot.Start, spot.End - spot.Start)));
        }

        if (mentions.Count == 0)
        {
            return null;
        }

        string? admin1Name = null;
        var admin1 = gazetteer.Admin1Index(place.Admin1Key);
        if (admin1 >= 0)
        {
            admin1Name = gazetteer[admin1].Name;
        }

        var name = DisplayName(place, mentions);
        return new ExtractedLocation
        {
            Name = name,
            KnownNames = ExtractedLocation.OtherNames(name, [place.Name, WithoutRegionWord(place.IsAdmin1 ? place.Name : "")]),
            Kind = place.Kind,
            Country = place.CountryCode,
            Admin1 = admin1Name,
            Lat = place.HasCoordinates ? Math.Round(place.Lat, 4) : null,
            Lon = place.HasCoordinates ? Math.Round(place.Lon, 4) : null,
            PlaceId = place.PlaceId,
            Confidence = resolved.Confidence,
            Ambiguous = resolved.Ambiguous,
            Candidates = resolved.Candidates,
            Mentions = mentions,
        };
    }

    // Capitals and seats of government stand for their governments when they act or own forces.
    private bool IsGovernmentUse(in GazetteerPlace place, PlaceSpot spot)
    {
        if (place.FeatureCode is not ("PPLC" or "PPLG"))
        {
            return false;
        }

        var last = spot.FirstToken + spot.TokenCount - 1;
        var shape = tokens[last].Shape;
        if ((shape & TokenShape.LineStart) != 0 && (tokens[spot.FirstToken].Shape & TokenShape.AllCaps) != 0)
        {
            return false; // a dateline
        }

        var locative = IsAfterLocativePreposition(spot);
        if (place.FeatureCode == "PPLG")
        {
            // "at the Kremlin" is a place; "the Kremlin said", "Kremlin spokesman", "said the Pentagon" are the government.
            return !locative;
        }

        // "officials in Kyiv said": after a preposition the capital is the place.
        if (locative)
        {
            return false;
        }

        var next = last + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        if (spot.FirstToken > 0 && (tokens[spot.FirstToken - 1].Shape & TokenShape.SpaceNext) != 0
            && tokens.Key(spot.FirstToken - 1) is "in" or "to" or "from" or "near" or "at" or "of" or "into" or "outside" or "around" or "across" or "toward" or "towards" or "inside")
        {
            return false;
        }

        if (IsAddressedGovernment(spot.FirstToken))
        {
            return true;
        }

        var nextKey = tokens.Key(next);
        if ((shape & TokenShape.Possessive) != 0)
        {
            return AgentNounLookup.Contains(nextKey);
        }

        if ((shape & TokenShape.SpaceNext) == 0 && (shape & TokenShape.CommaNext) == 0)
        {
            return false;
        }

        if ((shape & TokenShape.CommaNext) != 0)
        {
            return false;
        }

        if (!AgentVerbLookup.Contains(nextKey))
        {
            return false;
        }

        if (!WeakAgentLookup.Contains(nextKey))
        {
            return true;
        }

        // "Moscow has said", "Kyiv and Moscow agreed": the word after must be an agent word too.
        var after = next + 1;
        if (after >= tokens.Count || (tokens[next].Shape & TokenShape.SpaceNext) == 0)
        {
            return false;
        }

        var afterKey = tokens.Key(after);
        if (nextKey is "and")
        {
            // "Washington and Moscow said": both capitals act.
            return after + 1 < tokens.Count && (tokens[after].Shape & TokenShape.SpaceNext) != 0
                && AgentVerbLookup.Contains(tokens.Key(after + 1)) && !WeakAgentLookup.Contains(tokens.Key(after + 1));
        }

        return AgentVerbLookup.Contains(afterKey) && !WeakAgentLookup.Contains(afterKey);
    }

    // "accused Kigali of", "thanked Muscat for", "called on Moscow to", "talks between Muscat and Riyadh", "ties with
    // Pyongyang": the capital is the one spoken to or dealt with, so it is the government.
    private bool IsAddressedGovernment(int first)
    {
        var before = first - 1;
        if (before < 0 || (tokens[before].Shape & TokenShape.SpaceNext) == 0)
        {
            return false;
        }

        var key = tokens.Key(before);
        if (AddresseeVerbLookup.Contains(key))
        {
            return true;
        }

        if (key is "and" && before >= 2 && tokens.Key(before - 2) is "between")
        {
            key = "between";
            before -= 2;
        }

        if (before < 1 || (tokens[before - 1].Shape & TokenShape.SpaceNext) == 0)
        {
            return false;
        }

        var previousKey = tokens.Key(before - 1);
        return key switch
        {
            "on" => previousKey is "called" or "calls" or "calling" or "call",
            "with" or "between" or "to" => DiplomacyNounLookup.Contains(previousKey),
            _ => false,
        };
    }

    // "the Special Envoy for Yemen", "the Special Rapporteur on Myanmar": the country names an office's brief, not a
    // place where something happens.
    private bool IsOfficeTopic(int first)
    {
        var before = first - 1;
        if (before < 1 || tokens.Key(before) is not ("for" or "on") || (tokens[before - 1].Shape & TokenShape.SpaceNext) == 0)
        {
            return false;
        }

        // "the Special Envoy for Yemen"; "the UN Assistance Mission for Iraq", "the Special Tribunal for Lebanon" (names).
        var office = tokens.Key(before - 1);
        return office is "envoy" or "envoys" or "rapporteur" or "representative" or "coordinator" or "commissioner" or "adviser" or "advisor"
            || (office is "mission" or "tribunal" && (tokens[before - 1].Shape & TokenShape.Capitalised) != 0);
    }

    // "in Sinaloa", "across Sinaloa": words that put something inside the place, which a person's name never follows
    // ("to Austin", "from Austin" may well be the Pentagon chief).
    private bool IsInside(PlaceSpot spot)
    {
        var before = spot.FirstToken - 1;
        return before >= 0 && (tokens[before].Shape & TokenShape.SpaceNext) != 0
            && tokens.Key(before) is "in" or "near" or "inside" or "outside" or "across" or "within" or "around" or "throughout";
    }

    private bool IsAfterLocativePreposition(PlaceSpot spot)
    {
        var before = spot.FirstToken - 1;
        if (before >= 0 && tokens.Key(before) is "the" && (tokens[before].Shape & TokenShape.Capitalised) == 0)
        {
            before--;
        }

        return before >= 0 && (tokens[before].Shape & TokenShape.SpaceNext) != 0
            && tokens.Key(before) is "in" or "to" or "from" or "near" or "at" or "into" or "outside" or "around" or "inside"
                or "across" or "toward" or "towards" or "within" or "visited" or "visit" or "reached" or "entered";
    }

    private string DisplayName(in GazetteerPlace place, List<Mention> mentions)
    {
        if (place.IsCountry)
        {
            // "Democratic Republic of Congo" stays as written when the report never says "DR Congo".
            var canonical = PlaceKey.Normalize(place.Name);
            foreach (var mention in mentions)
            {
                if (PlaceKey.Normalize(mention.Text) == canonical)
                {
                    return place.Name;
                }
            }

            var longest = mentions[0].Text;
            foreach (var mention in mentions)
            {
                if (mention.Text.Length > longest.Length)
                {
                    longest = mention.Text;
                }
            }

            return longest.Length > 4 && !IsAllCaps(longest) ? longest : place.Name;
        }

        if (place.IsAdmin1)
        {
            return RegionDisplayName(place, mentions);
        }

        if (place.IsSupplement)
        {
            return place.Name;
        }

        // The GeoNames name when the report spells it that way, else the report's own spelling ("Kupyansk", "Hodeidah").
        var nameKey = PlaceKey.Normalize(place.Name);
        foreach (var mention in mentions)
        {
            var mentionKey = PlaceKey.Normalize(mention.Text);
            if (mentionKey == nameKey || (place.FeatureCode == "PPLC" && mentionKey.StartsWith(nameKey, StringComparison.Ordinal) && mentionKey.Length > nameKey.Length && mentionKey[nameKey.Length] == ' '))
            {
                return place.AsciiName is not null && PlaceKey.Normalize(place.AsciiName) == nameKey ? place.AsciiName : place.Name;
            }
        }

        var surface = mentions[0].Text;
        if (!IsLatin(surface))
        {
            return place.AsciiName ?? place.Name; // "Києві" is shown as Kyiv
        }

        return IsAllCaps(surface) ? TitleCase(surface) : surface;
    }

    /// <summary>"Putumayo Department" → "Putumayo": the bare name regions also go by; empty when there is no region word.</summary>
    private static string WithoutRegionWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && Gazetteer.IsRegionWord(PlaceKey.Normalize(name[(space + 1)..])) ? name[..space] : "";
    }

    // "Rakhine State" and "North Darfur" as the report writes them when GeoNames says "Rakhine" or "Northern Darfur";
    // "Lviv region" stays "Lviv Oblast", the name the data prefers.
    private static string RegionDisplayName(in GazetteerPlace place, List<Mention> mentions)
    {
        var canonical = PlaceKey.Normalize(place.Name);
        string? written = null;
        foreach (var mention in mentions)
        {
            if (PlaceKey.Normalize(mention.Text) == canonical)
            {
                return place.Name;
            }

            if (written is null || mention.Text.Length > written.Length)
            {
                written = mention.Text;
            }
        }

        if (written is null || IsAllCaps(written) || place.Name.EndsWith(" Oblast", StringComparison.Ordinal))
        {
            return place.Name;
        }

        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !Gazetteer.IsRegionWord(PlaceKey.Normalize(words[^1])))
        {
            return words.Length >= 1 && char.IsUpper(written[0]) && written.Length >= place.Name.Length - 3 ? written : place.Name;
        }

        words[^1] = char.ToUpperInvariant(words[^1][0]) + words[^1][1..];
        return string.Join(' ', words);
    }

    private IReadOnlyList<PlaceCandidate> TopCandidates(List<(int Index, double Score)> scored)
    {
        scored.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        var count = Math.Min(5, scored.Count);
        var candidates = new List<PlaceCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            ref readonly var place = ref gazetteer[scored[i].Index];
            var admin1 = gazetteer.Admin1Index(place.Admin1Key);
            candidates.Add(new PlaceCandidate(
                place.PlaceId, place.Name, place.CountryCode, admin1 >= 0 ? gazetteer[admin1].Name : null,
                place.HasCoordinates ? Math.Round(place.Lat, 4) : 0, place.HasCoordinates ? Math.Round(place.Lon, 4) : 0,
                Math.Round(scored[i].Score, 2)));
        }

        return candidates;
    }

    private static bool SamePlace(in GazetteerPlace a, in GazetteerPlace b) =>
        a.HasCoordinates && b.HasCoordinates && DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) < 25;

    /// <summary>Equirectangular distance: within a few per cent of the great circle at the ranges that matter here.</summary>
    internal static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double radians = Math.PI / 180;
        var dLon = lon2 - lon1;
        if (dLon > 180)
        {
            dLon -= 360;
        }
        else if (dLon < -180)
        {
            dLon += 360;
        }

        var x = dLon * radians * Math.Cos((lat1 + lat2) * 0.5 * radians);
        var y = (lat2 - lat1) * radians;
        return 6371.0 * Math.Sqrt((x * x) + (y * y));
    }

    private static bool IsLatin(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && c > 0x24F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private static string TitleCase(string text) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());

    private sealed class Resolved(int place, List<PlaceSpot> spots, IReadOnlyList<PlaceCandidate> candidates)
    {
        public int Place { get; } = place;
        public List<PlaceSpot> Spots { get; } = spots;
        public IReadOnlyList<PlaceCandidate> Candidates { get; } = candidates;
        public double Confidence { get; set; }
        public bool Ambiguous { get; init; }
    }
}
