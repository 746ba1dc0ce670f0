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
}
