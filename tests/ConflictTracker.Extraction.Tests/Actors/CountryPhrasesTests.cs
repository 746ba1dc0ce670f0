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

    [Fact]
    public void ReadsACountrysAirForceApartFromItsArmedForces()
    {
        var result = Extract.From("Zambian troops held the bridge. The Zambian Air Force struck rebel positions near the river.");

        Assert.Contains(result.Actors, a => a.Name == "Zambian Air Force");
        Assert.Equal(2, result.Actors.Count(a => a.Type == Model.ActorType.Military));
    }

    [Fact]
    public void ReadsTheAirForceNamedWithoutItsCountryAsTheReportCountrys()
    {
        var result = Extract.From("Rebels attacked Kitwe and Ndola overnight. The air force said it had struck their camps.");

        Assert.Contains(result.Actors, a => a.Name == "Zambian Air Force");
    }

    [Fact]
    public void ReadsAirDefencesThatActAsTheReportCountrysAirDefenceForces()
    {
        var result = Extract.From("Drones hit Kitwe and Ndola overnight. Officials said air defences had shot down 12 drones.");

        Assert.Contains(result.Actors, a => a.Name == "Zambian air defence forces" && a.Aliases.Contains("air defences"));
    }

    [Fact]
    public void DoesNotReadAnAirDefenceWeaponAsAnActor()
    {
        var result = Extract.From("Drones hit Kitwe and Ndola overnight. The air defence system was damaged.");

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Military);
    }

    [Fact]
    public void GivesAirDefencesToTheAirForceTheReportNames()
    {
        var result = Extract.From("Drones hit Kitwe and Ndola overnight. The Zambian Air Force said air defences had shot down 12 drones.");

        var airForce = Assert.Single(result.Actors, a => a.Type == Model.ActorType.Military);
        Assert.Equal("Zambian Air Force", airForce.Name);
        Assert.Contains("air defences", airForce.Aliases);
    }

    [Fact]
    public void ReadsACountrysMilitaryGovernmentAsItsGovernment()
    {
        var result = Extract.From("Mali's military government said the convoy had arrived. The Malian government denied the report.");

        var government = Assert.Single(result.Actors);
        Assert.Equal("Government of Mali", government.Name);
        Assert.Equal(2, government.Mentions.Count);
    }
}
