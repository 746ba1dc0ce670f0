namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class DefinedNamesTests
{
    [Fact]
    public void TakesTheNameAfterKnownAsAsAnAliasAndLinksItsLaterUses()
    {
        var result = Extract.From(
            "Clashes erupted between the army and the Northern Vigilance Brigade, known as Sentinel, on Monday. Sentinel later withdrew from the port.");

        var brigade = Assert.Single(result.Actors, a => a.Name == "Northern Vigilance Brigade");
        Assert.Contains("Sentinel", brigade.Aliases);
        Assert.Equal(3, brigade.Mentions.Count);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Sentinel");
    }

    [Fact]
    public void ReadsAQuotedNicknameOfAPerson()
    {
        var result = Extract.From("The gang leader Marc Duval, also known as \"Tiger\", was arrested.");

        Assert.Contains("Tiger", Assert.Single(result.Actors, a => a.Name == "Marc Duval").Aliases);
    }
}
