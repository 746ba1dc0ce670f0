namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class ActorLinksTests
{
    [Fact]
    public void LinksABodyNamedWithoutItsOwnerToTheOwnedBody()
    {
        var result = Extract.From("Chile's Ministry of Interior said the curfew would be lifted. Local radio, quoting the Ministry of Interior, said it would end on Monday.");

        var ministry = Assert.Single(result.Actors, a => a.Name.Contains("Ministry of Interior", StringComparison.Ordinal));
        Assert.Equal(2, ministry.Mentions.Count);
    }

    [Fact]
    public void DoesNotLinkABodyToALongerNameThatContainsIt()
    {
        var result = Extract.From("The General Staff of the Armed Forces of Freedonia reported shelling. The Armed Forces of Freedonia said the line held.");

        Assert.Contains(result.Actors, a => a.Name == "Armed Forces of Freedonia");
    }

    [Fact]
    public void LinksTheArmyToTheForcesOfTheReportsCountry()
    {
        var result = Extract.From("Gunmen attacked Kitwe and Ndola overnight. The Zambian army sent reinforcements to Kitwe, and the army said the town was calm.");

        var army = Assert.Single(result.Actors, a => a.Type == Model.ActorType.Military);
        Assert.Equal("Zambia", army.Affiliation);
        Assert.Equal(2, army.Mentions.Count);
    }

    [Fact]
    public void NamesTheArmyOfTheReportsCountryWhenTheReportNamesNoForces()
    {
        var result = Extract.From("Gunmen attacked Kitwe and Ndola overnight. The army said the town of Kitwe was calm.");

        Assert.Contains(result.Actors, a => a.Name == "Zambian Army");
    }

    [Fact]
    public void TakesACountrysAuthoritiesForItsGovernmentWhenTheReportNamesBoth()
    {
        var result = Extract.From("The Zambian government imposed a curfew. Zambian authorities said it would last a week.");

        var government = Assert.Single(result.Actors, a => a.Type == Model.ActorType.Government);
        Assert.Equal("Government of Zambia", government.Name);
        Assert.Contains("Zambian authorities", government.Aliases);
    }

    [Fact]
    public void LinksAnUndefinedAcronymToTheOrganisationWhoseInitialsItIs()
    {
        var result = Extract.From("The Northern Liberation Front signed the truce. There were no clashes with NLF units, and NLF fighters stayed in their camps.");

        var front = Assert.Single(result.Actors, a => a.Name == "Northern Liberation Front");
        Assert.Equal(3, front.Mentions.Count);
        Assert.DoesNotContain(result.Actors, a => a.Name == "NLF");
    }

    [Fact]
    public void TakesALeadersOwnGovernmentInASpeechForTheGovernmentOfTheReportsCountry()
    {
        var result = Extract.From("Citizens of Kitwe and Ndola, my government will rebuild every school in Kitwe.");

        Assert.Contains("my government", Assert.Single(result.Actors, a => a.Name == "Government of Zambia").Aliases);
    }

    [Fact]
    public void LeavesTheGovernmentOfANamedCountryToItsOwnRule()
    {
        var result = Extract.From("Gunmen attacked Kitwe and Ndola. The government of Malawi offered help.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Government of Zambia");
    }

    [Fact]
    public void TakesALeadersGovernmentForTheGovernmentOfTheReportsCountry()
    {
        var result = Extract.From("Protests spread from Kitwe to Ndola. Prime Minister Banda's government has said it will not negotiate.");

        Assert.Contains(result.Actors, a => a.Name == "Government of Zambia");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Banda's", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesADemonymsTroopsForTheArmyTheReportNames()
    {
        var result = Extract.From("The Royal Zambian Army said its patrol was attacked. Zambian troops returned fire near the border.");

        var army = Assert.Single(result.Actors, a => a.Type == Model.ActorType.Military);
        Assert.Equal("Royal Zambian Army", army.Name);
        Assert.Contains("Zambian troops", army.Aliases);
    }

    [Fact]
    public void KeepsADemonymsTroopsApartFromOneServiceOfItsForces()
    {
        var result = Extract.From("The Royal Zambian Air Force said its jets flew over the border. Zambian troops returned fire near the border.");

        Assert.Equal(2, result.Actors.Count(a => a.Type == Model.ActorType.Military));
    }

    [Fact]
    public void TakesOneMinistryNamedTwoWaysForOneActor()
    {
        var result = Extract.From("The Ministry of Foreign Affairs has lodged a protest. A Foreign Ministry spokesman said the envoy would be summoned.");

        var ministry = Assert.Single(result.Actors, a => a.Type == Model.ActorType.Government);
        Assert.Equal("Ministry of Foreign Affairs", ministry.Name);
    }

    [Fact]
    public void LinksALoneGivenNameToThePersonWhoBearsIt()
    {
        var result = Extract.From("Abebe Kinfe was pushed out of the party in March. Some commanders have sided with Abebe since then.");

        Assert.Equal(2, Assert.Single(result.Actors, a => a.Name == "Abebe Kinfe").Mentions.Count);
    }

    [Fact]
    public void DoesNotLinkAGivenNameThatStartsAnotherNameWithANickname()
    {
        var result = Extract.From("Ramon Ortiz Vega now leads the faction. The sons of Ramon \"El Flaco\" Ortiz split the cartel.");

        Assert.Single(Assert.Single(result.Actors, a => a.Name == "Ramon Ortiz Vega").Mentions);
    }

    [Fact]
    public void DoesNotLinkAGivenNameInAPlacesSlot()
    {
        var result = Extract.From("Sydney Okoro said the convoy was late. The plane left from Sydney at dawn.");

        Assert.Single(Assert.Single(result.Actors, a => a.Name == "Sydney Okoro").Mentions);
    }

    [Fact]
    public void DoesNotTakeTheGeneralStaffForTheArmy()
    {
        var result = Extract.From("Drones struck Kharkiv overnight. Ukraine's General Staff said Russian troops attacked near Kupiansk. The army said it had repelled them.");

        Assert.Single(Assert.Single(result.Actors, a => a.Name.StartsWith("General Staff", StringComparison.Ordinal)).Mentions);
        Assert.Contains(result.Actors, a => a.Name == "Armed Forces of Ukraine" && a.Aliases.Contains("The army"));
    }
}
