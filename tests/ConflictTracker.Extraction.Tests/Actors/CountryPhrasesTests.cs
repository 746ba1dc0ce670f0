using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class CountryPhrasesTests
{
    [Fact]
    public void NamesAGovernmentGovernmentOfItsCountryWithTheReportsWordsAsAlias()
    {
        var result = Extract.From("The Zambian government announced new curfews on Monday.");

        var government = Assert.Single(result.Actors, a => a.Name == "Government of Zambia");
        Assert.Equal(ActorType.Government, government.Type);
        Assert.Contains("Zambian government", government.Aliases);
    }

    [Fact]
    public void ReadsTheGovernmentInACapitalAsThatCountrysGovernment()
    {
        var result = Extract.From("The federal government in Lusaka rejected the proposal. The Zambian government later softened its tone.");

        var government = Assert.Single(result.Actors, a => a.Name == "Government of Zambia");
        Assert.Equal(2, government.Mentions.Count);
    }

    [Fact]
    public void KeepsMilitaryAuthoritiesInACapitalApartFromTheGovernment()
    {
        var result = Extract.From("The military authorities in Lusaka imposed a curfew.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Government of Zambia");
    }

    [Fact]
    public void ReadsTheMilitaryGovernmentInACapitalAsThatCountrysGovernment()
    {
        var result = Extract.From("Relations with the military government in Niamey collapsed after the coup.");

        Assert.Contains(result.Actors, a => a.Name == "Government of Niger");
    }

    [Fact]
    public void TakesACountrysDronesForItsForces()
    {
        var result = Extract.From("Zambian drones struck a convoy near the border on Wednesday.");

        Assert.Contains(result.Actors, a => a.Type == ActorType.Military && a.Affiliation == "Zambia");
    }
}
