using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class FeatureSpotterTests
{
    private static readonly LocationStep Step = new();

    [Fact]
    public void FindsNamedRiversHospitalsAndIslandsTheGazetteerLacks()
    {
        var locations = Locate("Families drowned crossing the Zorbak River. Doctors at the Merrow Hospital said the wounded came from Tallin island.");
        Assert.Contains(locations, l => l.Name == "Zorbak River" && l.Kind == LocationKind.Feature && l.Lat is null);
        Assert.Contains(locations, l => l.Name == "Merrow Hospital");
        Assert.Contains(locations, l => l.Name == "Tallin island" && l.Kind == LocationKind.Feature);
    }

    [Fact]
    public void NamesALowerCaseUnitWithoutItsUnitWord()
    {
        var unit = Assert.Single(Locate("Fighting spread into the Mabeko territory and the Ruvanda district overnight."), l => l.Name == "Mabeko");
        Assert.Equal(LocationKind.Region, unit.Kind);
        Assert.Contains(Locate("Fighting spread into the Ruvanda district overnight."), l => l.Name == "Ruvanda");
    }

    [Fact]
    public void FindsFeaturesNamedAfterTheirWord()
    {
        var locations = Locate("Peacekeepers saw strikes north of the Blue Line and boats on Lake Zavora.");
        Assert.Contains(locations, l => l.Name == "Blue Line");
        Assert.Contains(locations, l => l.Name == "Lake Zavora");
    }

    [Fact]
    public void APointFeatureTakesTheCoordinatesOfThePlaceItIsNamedAfter()
    {
        var locations = Locate("Aid trucks queued at the Kharkiv Airport on Monday.");
        var airport = Assert.Single(locations);
        Assert.Equal("Kharkiv Airport", airport.Name);
        Assert.Equal(49.99, airport.Lat!.Value, 1);
    }

    [Fact]
    public void ASettlementInStrongLocativeContextIsAPlaceWithAllItsMentions()
    {
        var village = Assert.Single(Locate("Troops entered the village of Zelenivtsi. Residents said Zelenivtsi had no power."));
        Assert.Equal("Zelenivtsi", village.Name);
        Assert.Equal(LocationKind.Village, village.Kind);
        Assert.False(village.Ambiguous);
        Assert.Equal(2, village.Mentions.Count);
    }

    [Fact]
    public void APartOfACityNamedAfterItIsAPlaceNearThatCity()
    {
        var locations = Locate("The army pushed into Kharkiv North while shelling hit Kharkiv itself.");
        var quarter = Assert.Single(locations, l => l.Name == "Kharkiv North");
        Assert.Equal(49.99, quarter.Lat!.Value, 1);
        Assert.Contains(locations, l => l.Name == "Kharkiv" && l.Mentions.Count == 1);
    }

    [Fact]
    public void ATwoWordTownInStrongLocativeContextIsOnePlace()
    {
        var town = Assert.Single(Locate("A drone struck near the town of Gelo Barrow on Thursday."));
        Assert.Equal("Gelo Barrow", town.Name);
        Assert.Equal(LocationKind.Town, town.Kind);
        Assert.Null(town.Lat);
    }

    [Fact]
    public void ANameBeforeTheWordVillageIsAVillage()
    {
        var village = Assert.Single(Locate("Gunmen raided Dudumo village at dawn."));
        Assert.Equal("Dudumo", village.Name);
        Assert.Equal(LocationKind.Village, village.Kind);
    }

    [Fact]
    public void EachListedUnitBeforeAPluralUnitWordIsARegion()
    {
        var locations = Locate("Clashes spread in the North Gondar and North Wollo zones, and the Idlib, Hama and Latakia governorates.");
        Assert.Contains(locations, l => l.Name == "North Gondar Zone" && l.Kind == LocationKind.Region);
        Assert.Contains(locations, l => l.Name == "North Wollo Zone");
        Assert.Contains(locations, l => l.Name == "Hama" && l.Kind == LocationKind.Region && l.Country == "SY");
        Assert.All(locations, l => Assert.All(l.Mentions, m => Assert.Equal(m.Text, "Clashes spread in the North Gondar and North Wollo zones, and the Idlib, Hama and Latakia governorates."[m.Start..m.End])));
    }

    [Fact]
    public void AUnitNamedAfterItsTownIsTheUnitWithTheRegionsCoordinatesWhenKnown()
    {
        var governorate = Assert.Single(Locate("Shelling hit the Aleppo governorate overnight."));
        Assert.Equal(LocationKind.Region, governorate.Kind);
        Assert.Equal("Aleppo", governorate.Admin1);
        Assert.Equal("Gondar Zone", Assert.Single(Locate("Gunmen raided the Gondar Zone.")).Name);
    }

    [Fact]
    public void GreaterBeforeACityIsTheCityWithItsSuburbs()
    {
        var area = Assert.Single(Locate("Drones struck Greater Odesa at night."));
        Assert.Equal("Greater Odesa", area.Name);
        Assert.Equal(46.5, area.Lat!.Value, 1);
    }

    [Fact]
    public void FindsMajorRiversByTheirBareName()
    {
        var river = Assert.Single(Locate("Barges on the Danube were hit."));
        Assert.Equal(LocationKind.Feature, river.Kind);
        Assert.NotNull(river.Lat);
    }

    [Fact]
    public void ASettlementInStrongContextIsGeocodedByALooseSpellingInTheReportsCountry()
    {
        var town = Assert.Single(Locate("Militants attacked a base near the coastal town of Addale, in Middle Shabelle region, Somalia."), l => l.Name == "Addale");
        Assert.Equal("SO", town.Country);
        Assert.Equal(2.76, town.Lat!.Value, 1);
        Assert.Null(Assert.Single(Locate("Militants attacked a base near the town of Addale."), l => l.Name == "Addale").Lat);
    }

    [Theory]
    [InlineData("A company arrived at Camp Novo Selo yesterday.", "Camp Novo Selo")]
    [InlineData("Engineers inspected the Gazivode dam on Monday.", "Gazivode dam")]
    [InlineData("Police were deployed along the Ibar-Lepenac canal.", "Ibar-Lepenac canal")]
    [InlineData("Rebels hide in the Liguasan Marsh.", "Liguasan Marsh")]
    [InlineData("Rangers patrol the Pendjari National Park.", "Pendjari National Park")]
    [InlineData("Militants retreat into the Tamou reserve after each raid.", "Tamou reserve")]
    [InlineData("The army cleared the Sambisa forest.", "Sambisa forest")]
    [InlineData("Cells regroup in the Syrian desert.", "Syrian desert")]
    public void FindsCampsDamsCanalsMarshesParksAndReserves(string text, string name) =>
        Assert.Contains(Locate(text), l => l.Name == name);

    [Theory]
    [InlineData("Militia fighters attacked villages in Raya Alamata woreda.", "Raya Alamata")]
    [InlineData("Shelling hit the Tarnak raion overnight.", "Tarnak")]
    [InlineData("Troops entered Barangay Kitango at dawn.", "Kitango")]
    [InlineData("Floods cut roads in the Ulang and Nasir payams.", "Nasir")]
    public void FindsLocalUnitsNamedInTheirCountrysWord(string text, string name) =>
        Assert.Contains(Locate(text), l => l.Name == name);

    [Fact]
    public void FindsTheCampsOfAReportAboutTheDisplaced()
    {
        var names = Locate("Refugees arriving this week reported cholera in the Metche and Aboutengue camps, and gunmen entered the Plaine Savo camp.")
            .Select(l => l.Name).ToList();
        Assert.Contains("Metche camp", names);
        Assert.Contains("Aboutengue camp", names);
        Assert.Contains("Plaine Savo camp", names);
    }

    [Fact]
    public void FindsAQuarterNamedByACompassWordBeforeItsCity()
    {
        var north = Assert.Single(Locate("Police arrested a man in North Mitrovica on Monday."), l => l.Name == "North Mitrovica");
        Assert.Equal(42.9, north.Lat!.Value, 1);
    }

    [Fact]
    public void FindsTheParksOfAList()
    {
        var names = Locate("Militants hide inside the W and Pendjari parks.").Select(l => l.Name).ToList();
        Assert.Contains("Pendjari park", names);
    }

    [Theory]
    [InlineData("Refugees arriving in Tebeldi, in Wadi Fira province, told staff of attacks.", "Tebeldi")]
    [InlineData("Clashes broke out near Vrbanje, Kosovo, on Monday.", "Vrbanje")]
    public void FindsAnUnknownSettlementPlacedByTheRegionOrCountryAfterIt(string text, string name) =>
        Assert.Contains(Locate(text), l => l.Name == name && l.Kind == LocationKind.Village);

    [Fact]
    public void DoesNotTakeASourceBeforeACountryForASettlement() =>
        Assert.DoesNotContain(Locate("According to Okafor, Nigeria has lost ground."), l => l.Name == "Okafor");

    [Fact]
    public void DoesNotTakeAPersonOrAUnitForAParkOrAReserve() =>
        Assert.Empty(Locate("Mihyung Park said the Operational Reserve Force had arrived."));

    [Fact]
    public void DoesNotTakeAMilitaryOperationForAFeature() =>
        Assert.Empty(Locate("The army launched Operation Desert Shield at dawn."));

    [Fact]
    public void DoesNotTakeCommonPhrasesForFeatures()
    {
        Assert.Empty(Locate("Refugee camp residents and the Biden camp met. The border crossing stayed shut. The Greek island was calm. A Ukrainian village burned."));
    }

    [Fact]
    public void UnknownNamesListedWithAKnownTownAfterALocativeAreSettlements()
    {
        var locations = Locate("Shelling hit homes in Kramatorsk, Zorvany and Belitsa overnight.");
        var town = Assert.Single(locations, l => l.Name == "Kramatorsk");
        var village = Assert.Single(locations, l => l.Name == "Zorvany");
        Assert.Equal(LocationKind.Village, village.Kind);
        Assert.Contains(locations, l => l.Name == "Belitsa");

        // Placed approximately where the town named with it is, and said to be unsure.
        Assert.Equal(town.Lat, village.Lat);
        Assert.Equal("UA", village.Country);
        Assert.True(village.Confidence < 0.5);
        Assert.Null(village.PlaceId);
    }

    [Theory]
    [InlineData("Shelling hit homes in Zorvany and Belitsa overnight.")]
    [InlineData("The deaths of Ivan Melnyk and Oksana Bilyk in Kramatorsk shocked the town.")]
    [InlineData("He met Zorvany and Belitsa in Kramatorsk, and I was there.")]
    [InlineData("In Kramatorsk, Zorvany and Belitsa met the governor on Monday.")]
    public void ListedNamesWithoutAKnownTownAmongThemAreNotSettlements(string text) =>
        Assert.DoesNotContain(Locate(text), l => l.Name is "Zorvany" or "Belitsa" or "Ivan Melnyk" or "Oksana Bilyk" or "I");

    [Fact]
    public void NamesListedBeforeAPluralFeatureWordArePlacesOfThatSort()
    {
        var locations = Locate("Returnees queued at the Zorbak and Merrow crossings. Boats moved along the Tavet and Ulvani rivers. Fighting hit the Kyaunglin and Thaydan townships.");
        Assert.Contains(locations, l => l.Name == "Zorbak crossing" && l.Kind == LocationKind.Feature);
        Assert.Contains(locations, l => l.Name == "Merrow crossing");
        Assert.Contains(locations, l => l.Name == "Ulvani River");
        Assert.Contains(locations, l => l.Name == "Thaydan" && l.Kind == LocationKind.Region);
    }

    [Fact]
    public void AKnownTownListedBeforeAPluralFeatureWordStaysTheTown()
    {
        var locations = Locate("Returnees queued at the Zorbak and Kramatorsk crossings.");
        Assert.Contains(locations, l => l.Name == "Kramatorsk" && l.Lat is not null);
        Assert.DoesNotContain(locations, l => l.Name == "Kramatorsk crossing");
    }

    [Theory]
    [InlineData("A patrol came under fire near Zorvany on Tuesday.", "Zorvany")]
    [InlineData("Commandos raided a house near al-Mardaba before dawn.", "al-Mardaba")]
    public void AnUnknownNameNearWhichSomethingHappensIsASettlement(string text, string name) =>
        Assert.Contains(Locate(text), l => l.Name == name && l.Kind == LocationKind.Village && l.Lat is null);

    [Fact]
    public void APersonOrAnOrganisationNearSomethingIsNotASettlement() =>
        Assert.Empty(Locate("The vote came near Christmas. Sources near Ivan Melnyk's office and near Acme Holdings were silent. Shells fell near Zarvok positions."));

    [Fact]
    public void AnUnknownNameBeforeRegionIsARegion()
    {
        var region = Assert.Single(Locate("Displacement in the Varuma region has doubled."));
        Assert.Equal("Varuma", region.Name);
        Assert.Equal(LocationKind.Region, region.Kind);
    }

    [Fact]
    public void NamesBeforeTempleAndPassAreFeaturesOnlyAfterTheArticle()
    {
        var locations = Locate("Mines were found near the Prasat Kovan temple and around the Salvik pass.");
        Assert.Contains(locations, l => l.Name == "Prasat Kovan temple" && l.Kind == LocationKind.Feature);
        Assert.Contains(locations, l => l.Name == "Salvik pass");
        Assert.DoesNotContain(Locate("Trucks from Kramatorsk pass through twice a day."), l => l.Name.EndsWith("pass", StringComparison.Ordinal));
    }

    [Fact]
    public void HandlesTenMegabytesOfListedSettlementsInLinearTime()
    {
        var paragraph = "Shelling hit homes in Kramatorsk, Zorvany and Belitsa in the Donetsk region, and a patrol was hit near Merrovo.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 10_000_000 / paragraph.Length));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var locations = Locate(text);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Assert.Contains(locations, l => l.Name == "Zorvany" && l.Mentions.Count > 10_000);
        Assert.Contains(locations, l => l.Name == "Merrovo" && l.Mentions.Count > 10_000);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
    }

    [Fact]
    public void ANameWithASpanishCompassWordIsAProvince()
    {
        var province = Assert.Single(Locate("Soldiers moved from Tarlan del Norte into the hills."));
        Assert.Equal("Tarlan del Norte", province.Name);
        Assert.Equal(LocationKind.Region, province.Kind);
    }

    [Fact]
    public void AListedNameWithAnArabicArticleIsOneSettlement()
    {
        var locations = Locate("In Tyre, Zawtar and Deir al-Maysa, drones struck homes overnight.");
        Assert.Contains(locations, l => l.Name == "Deir al-Maysa" && l.Kind == LocationKind.Village);
        Assert.DoesNotContain(locations, l => l.Name is "Deir" or "Maysa");
    }

    [Fact]
    public void ANameBeforeDeltaIsAFeature() =>
        Assert.Contains(Locate("Boats landed troops on islands in the Zorbak delta."), l => l.Name == "Zorbak delta" && l.Kind == LocationKind.Feature);

    private static List<ExtractedLocation> Locate(string text)
    {
        var document = new Document(new ReportInput(text));
        Step.Run(document);
        return document.Locations;
    }
}
