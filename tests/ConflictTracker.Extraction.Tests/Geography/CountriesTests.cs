using ConflictTracker.Extraction.Geography;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("Britain", "GB")]
    [InlineData("U.S.", "US")]
    [InlineData("russian federation", "RU")]
    [InlineData("Ukraine", "UA")]
    public void FindsCountriesByTheirNewsNames(string name, string code) =>
        Assert.Equal(code, Countries.Default.ByName(name)?.Code);

    [Theory]
    [InlineData("Ukrainian", "UA")]
    [InlineData("British", "GB")]
    [InlineData("Sudanese", "SD")]
    public void MapsDemonymsToCountries(string demonym, string code) =>
        Assert.Equal(code, Countries.Default.ByDemonym(demonym)?.Code);

    [Fact]
    public void DoesNotTreatADemonymAsACountryName() =>
        Assert.Null(Countries.Default.ByName("Ukrainian"));
}
