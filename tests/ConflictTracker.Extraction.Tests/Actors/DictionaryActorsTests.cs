namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class DictionaryActorsTests
{
    [Fact]
    public void ReadsASharedShortAliasAsTheKnownActorWhenTheReportNamesItsCountry()
    {
        var result = Extract.From("Ukrainian lawmakers met in Kyiv. The Rada voted on Tuesday to extend martial law.");

        Assert.Contains(result.Actors, a => a.Name == "Verkhovna Rada");
    }

    [Fact]
    public void DoesNotReadASharedShortAliasAsAnActorOfAnotherCountry()
    {
        var result = Extract.From("Fighting broke out in Tripoli. Rada said its fighters had withdrawn from the airport.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Verkhovna Rada");
    }

    [Fact]
    public void ReadsAnAmbiguousAcronymAsAnOrganisationOfItsOwnOutsideTheKnownActorsCountry()
    {
        var result = Extract.From("Press freedom groups condemned the arrests in Caracas. RSF said four reporters were detained.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Rapid Support Forces");
        Assert.Contains(result.Actors, a => a.Name == "RSF");
    }

    [Fact]
    public void DoesNotReadAnotherCountrysBodyAsTheDictionarysBodyOfTheSameName()
    {
        var result = Extract.From("Britain was not mentioned. Kenya's Foreign Office rejected the claim.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Foreign, Commonwealth and Development Office");
        Assert.Contains(result.Actors, a => a.Aliases.Contains("Kenya's Foreign Office"));
    }

    [Fact]
    public void DoesNotReadAnOrdinaryWordAsAMixedCaseAcronym()
    {
        var result = Extract.From("Let me be clear: we will defend every village.");

        Assert.Empty(result.Actors);
    }

    [Theory]
    [InlineData("Families crossed at the border post, according to the UN migration agency.")]
    [InlineData("A UN monitoring team visited the dam on Friday and counted the damaged houses.")]
    public void DoesNotTakeTheUnForOneOfItsBodies(string text)
    {
        var result = Extract.From(text);

        Assert.DoesNotContain(result.Actors, a => a.Name == "United Nations");
    }

    [Fact]
    public void GivesADescribedUnBodyToTheAcronymInApposition()
    {
        var result = Extract.From("The UN peacekeeping force, UNIFIL, said its patrols were blocked near the river.");

        var force = Assert.Single(result.Actors, a => a.Name == "UNIFIL");
        Assert.Contains("UN peacekeeping force", force.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name == "United Nations");
    }

    [Fact]
    public void MatchesAKnownUnBodySpelledOutAsTheUnitedNations()
    {
        var result = Extract.From("The Office of the United Nations High Commissioner for Human Rights said it had documented the killings.");

        Assert.Contains(result.Actors, a => a.Aliases.Contains("OHCHR"));
        Assert.DoesNotContain(result.Actors, a => a.Name == "United Nations");
    }

    [Fact]
    public void StillTakesTheUnActingOnItsOwn()
    {
        var result = Extract.From("The UN said aid convoys had been delayed for a week.");

        Assert.Contains(result.Actors, a => a.Name == "United Nations");
    }

    [Fact]
    public void LinksADescribedUnBodyToTheKnownBodyWithThoseWords()
    {
        var result = Extract.From("MONUSCO patrols reached the town on Monday. Eleven civilians were killed, the United Nations peacekeeping mission said.");

        var mission = Assert.Single(result.Actors, a => a.Name == "MONUSCO");
        Assert.Equal(2, mission.Mentions.Count);
    }

    [Fact]
    public void DoesNotReadAVerbPhraseAfterAnOrganisationAsOneOfItsBodies()
    {
        var result = Extract.From("We call on the IAEA to keep its experts at the plant.");

        Assert.Contains(result.Actors, a => a.Name == "International Atomic Energy Agency");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("experts", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAFactionOfAKnownArmedGroupAsAnActorOfItsOwn()
    {
        var result = Extract.From("The governor blamed the attack on a CODECO faction active near the lake. CODECO leaders denied it.");

        Assert.Equal("CODECO", Assert.Single(result.Actors, a => a.Name == "CODECO faction").Affiliation);
        Assert.Contains(result.Actors, a => a.Name == "CODECO");
    }
}
