namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class ResolutionStepTests
{
    [Fact]
    public void DropsACapitalThatSpeaksForItsGovernmentFromTheLocations()
    {
        var result = Extract.From("Moscow said the talks in Minsk had failed.");

        Assert.DoesNotContain(result.Locations, l => l.Name == "Moscow");
        Assert.Contains(result.Actors, a => a.Name == "Russia");
    }

    [Fact]
    public void DropsAPlaceNameThatIsPartOfAPersonsName()
    {
        var result = Extract.From("Press secretary Karine Jean-Pierre said the aid would arrive in Odesa.");

        Assert.DoesNotContain(result.Locations, l => l.Name == "Pierre");
    }

    [Fact]
    public void KeepsACountryThatIsBothAPlaceAndAnActor()
    {
        var result = Extract.From("Ukraine said it had retaken the village.");

        Assert.Contains(result.Actors, a => a.Name == "Ukraine");
        Assert.Contains(result.Locations, l => l.Country == "UA" && l.Kind == Model.LocationKind.Country);
    }

    [Fact]
    public void ResolvesItToABodyNamedAfterTheLastClaim()
    {
        const string text = "The Russian Defence Ministry said its troops had taken the village. " +
            "The Institute for the Study of War could not verify the report. In its evening update it said the village was still contested.";

        var claims = Extract.From(text).Claims;

        Assert.Equal("Institute for the Study of War", Assert.Single(claims, c => c.Text == "the village was still contested").Source);
    }

    [Fact]
    public void ResolvesItToThePreviousSourceWhenNoOtherBodyIsNamed()
    {
        const string text = "The Russian Defence Ministry said its troops had taken the village. It said the operation was over.";

        var claims = Extract.From(text).Claims;

        Assert.All(claims, c => Assert.Equal("Russian Defence Ministry", c.Source));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void KeepsACountryWhoseActorNameDiffersFromItsShortName()
    {
        var result = Extract.From("GOMA, Congo (Reuters) — Kinshasa accused Kigali of sending troops into eastern Congo.");

        var congo = Assert.Single(result.Locations, l => l.Kind == Model.LocationKind.Country && l.Country == "CD");
        Assert.Equal(2, congo.Mentions.Count);
        Assert.Contains(result.Locations, l => l.Name == "Goma");
    }
}
