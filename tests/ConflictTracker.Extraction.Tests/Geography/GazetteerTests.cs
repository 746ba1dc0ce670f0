using ConflictTracker.Extraction.Geography;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Avdeevka", "Avdiivka")]
    [InlineData("Avdeyevka", "Avdiivka")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Kupyansk", "Kupiansk")]
    [InlineData("Artyomovsk", "Bakhmut")]
    [InlineData("Київ", "Kyiv")]
    public void FindsPlacesByTheirOtherSpellings(string spelling, string name) =>
        Assert.Contains(PlacesNamed(Gazetteer.Default.Find(PlaceKey.Normalize(spelling))), p => p.Name == name);

    [Theory]
    [InlineData("Hodeidah", "YE")]
    [InlineData("al-Fashir", "SD")]
    [InlineData("Fasher", "SD")]
    public void FindsArabicNamesWithOrWithoutTheArticle(string spelling, string country) =>
        Assert.Contains(PlacesNamed(Gazetteer.Default.Find(PlaceKey.Normalize(spelling))), p => p.CountryCode == country);

    [Fact]
    public void MatchesTransliterationVariantsThroughTheSkeleton()
    {
        Assert.Equal(PlaceKey.Skeleton("kupiansk"), PlaceKey.Skeleton("kupyansk"));
        Assert.Equal(PlaceKey.Skeleton("sievierodonetsk"), PlaceKey.Skeleton("syevyerodonetsk"));
        Assert.Contains(PlacesNamed(Gazetteer.Default.FindSkeleton(PlaceKey.Skeleton("kupjansk"))), p => p.Name == "Kupiansk");
    }

    [Theory]
    [InlineData("kyaukphyu", "kyaukpyu")]
    [InlineData("thall", "tal")]
    [InlineData("ghazni", "gazni")]
    [InlineData("bint jbeil", "bent jbail")]
    [InlineData("deir hafer", "dayr hafir")]
    [InlineData("beit lahia", "bayt lahya")]
    [InlineData("boulsa", "bulsa")]
    [InlineData("kourou", "kuru")]
    public void FoldsAspiratesAndArabicVowelsInTheSkeleton(string spelling, string other) =>
        Assert.Equal(PlaceKey.Skeleton(spelling), PlaceKey.Skeleton(other));

    [Fact]
    public void KeepsDistinctConsonantsApartInTheSkeleton()
    {
        Assert.NotEqual(PlaceKey.Skeleton("shatt"), PlaceKey.Skeleton("satt"));
        Assert.NotEqual(PlaceKey.Skeleton("kherson"), PlaceKey.Skeleton("kursk"));
    }

    [Theory]
    [InlineData("Kyiv", "kyiv")]
    [InlineData("Khān Yūnis", "khan yunis")]
    [InlineData("Kupiansk-Vuzlovyi", "kupiansk vuzlovyi")]
    [InlineData("Re’im", "reim")]
    [InlineData("  U.S.  ", "u s")]
    [InlineData("Ky\u200Biv", "kyiv")]
    public void NormalisesNamesLikeTheDataBuild(string name, string key) =>
        Assert.Equal(key, PlaceKey.Normalize(name));

    [Fact]
    public void KnowsCountriesRegionsAndCuratedFeatures()
    {
        var gazetteer = Gazetteer.Default;
        Assert.Contains(PlacesNamed(gazetteer.Find("ukraine")), p => p.IsCountry && p.CountryCode == "UA");
        Assert.Contains(PlacesNamed(gazetteer.Find("donetsk region")), p => p.IsAdmin1 && p.Admin1Key == "UA.05");
        Assert.Contains(PlacesNamed(gazetteer.Find("zaporizhzhia nuclear power plant")), p => p.IsSupplement);
        Assert.True(gazetteer.IsStopword("hope"));
        Assert.Equal("UA", gazetteer.CountryOfDemonym("ukrainian"));
    }

    [Fact]
    public void LoadsEveryDataFileOnce()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var gazetteer = Gazetteer.Default;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        TestContext.Current.SendDiagnosticMessage($"Gazetteer: {gazetteer.Count} places, first access {elapsed.TotalMilliseconds:F0} ms, managed heap {GC.GetTotalMemory(true) / 1_000_000} MB");
        Assert.True(gazetteer.Count > 170_000);
        Assert.Same(gazetteer, Gazetteer.Default);
    }

    private static List<GazetteerPlace> PlacesNamed(ReadOnlySpan<int> indices)
    {
        var places = new List<GazetteerPlace>(indices.Length);
        foreach (var index in indices)
        {
            places.Add(Gazetteer.Default[index]);
        }

        return places;
    }

    [Fact]
    public void TheBinaryFormLoadsTheSamePlacesAndNames()
    {
        var parsed = Gazetteer.Default;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            parsed.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var loaded = Gazetteer.Read(reader);
        Assert.Equal(parsed.Count, loaded.Count);
        Assert.Equal(parsed.KeyCounts, loaded.KeyCounts);
        foreach (var name in new[] { "avdeevka", "cox bazar", "donetsk oblast", "kyiv" })
        {
            Assert.Equal(parsed.Find(name).ToArray(), loaded.Find(name).ToArray());
        }

        var kyiv = loaded.Find("kyiv")[0];
        Assert.Equal(parsed[kyiv], loaded[kyiv]);
        Assert.Equal(parsed.FindSkeleton(PlaceKey.Skeleton("avdiivka")).ToArray(), loaded.FindSkeleton(PlaceKey.Skeleton("avdiivka")).ToArray());
        Assert.Equal(parsed.CountryOfDemonym("ukrainian"), loaded.CountryOfDemonym("ukrainian"));
        Assert.Equal(parsed.IsStopword("march"), loaded.IsStopword("march"));
        Assert.Equal(parsed.MaxTokensStartingWith("cox"), loaded.MaxTokensStartingWith("cox"));
        Assert.Equal(parsed.Admin1Index("UA.05"), loaded.Admin1Index("UA.05"));
    }
}
