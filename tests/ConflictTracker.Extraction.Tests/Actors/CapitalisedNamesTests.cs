namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class CapitalisedNamesTests
{
    [Fact]
    public void SeparatesAPersonFromTheInstituteTheyWorkFor()
    {
        var result = Extract.From("Amara Diallo of the Sahel Policy Institute said the attacks would spread.");

        Assert.Contains(result.Actors, a => a.Name == "Amara Diallo");
        Assert.Contains(result.Actors, a => a.Name == "Sahel Policy Institute");
    }

    [Fact]
    public void SeparatesATitledPersonFromTheBodyJoinedByAnd()
    {
        var result = Extract.From("The briefing was given by Major Ruth Adeyemi and Harbour Police commander Colonel Ivan Sokol.");

        Assert.Contains(result.Actors, a => a.Name == "Ruth Adeyemi");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsAnOrganisationWhoseNameJoinsTwoBodies()
    {
        var result = Extract.From("The Peace and Security Council met in Addis Ababa.");

        Assert.Contains(result.Actors, a => a.Name == "Peace and Security Council");
    }

    [Theory]
    [InlineData("Strikes hit Houthi-controlled Hodeidah overnight.", "Hodeidah")]
    [InlineData("Separatists attacked a school in Anglophone Bamenda.", "Bamenda")]
    [InlineData("Aid groups in Cameroon's English-speaking North-West are stretched.", "North-West")]
    public void TakesAPlaceAfterADescribingAdjectiveForAPlaceNotAPerson(string text, string place)
    {
        var result = Extract.From(text);

        Assert.Contains(result.Locations, l => l.Name == place);
        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Theory]
    [InlineData("Defence Minister Kim Tae-woo said the drills would continue.", "Kim Tae-woo")]
    [InlineData("Han Min-jun, a spokesman for the navy, said two boats were seized.", "Han Min-jun")]
    public void KeepsAHyphenatedGivenNameWithALowerCaseSecondHalf(string text, string person)
    {
        var result = Extract.From(text);

        Assert.Contains(result.Actors, a => a.Name == person && a.Type == Model.ActorType.Person);
        Assert.Contains(result.Claims, c => c.Source == person);
    }

    [Theory]
    [InlineData("Strikes hit Hamas-run Gaza City overnight.", "Gaza City")]
    [InlineData("Fighters took Kremlin-backed Luhansk positions.", null)]
    public void StillReadsANameAndAParticipleAsADescription(string text, string? place)
    {
        var result = Extract.From(text);

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
        if (place is not null)
        {
            Assert.Contains(result.Locations, l => l.Name == place);
        }
    }

    [Fact]
    public void DoesNotTakeACapitalForAPerson()
    {
        var result = Extract.From("Relations between Addis Ababa and Asmara are at their worst in years.");

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Theory]
    [InlineData("Drones struck targets from Kafr Yusef to the outskirts of the town almost daily.")]
    [InlineData("Residents of Kafr Yusef and Tyre fled north.")]
    [InlineData("The raid spread to the camps of Tulkarm, Ein Tabriz and, for two days, Jenin.")]
    [InlineData("The briefing was held at the army camp in Dalo Mabri, Maguindanao del Norte, on Friday.")]
    public void TakesAnUnknownNameInAPlacesCompanyForAPlaceNotAPerson(string text)
    {
        var result = Extract.From(text);

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Theory]
    [InlineData("Both countries have signed the Ottawa Convention banning the mines.")]
    [InlineData("A patrol stepped on a mine near the Prasat Khna temple on Monday.")]
    public void DoesNotTakeATreatyOrASiteForAPerson(string text)
    {
        var result = Extract.From(text);

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Fact]
    public void StillTakesAPersonNamedBesideAPlace()
    {
        var result = Extract.From("In Kyiv, Marta Hlib said the shelling had stopped.");

        Assert.Contains(result.Actors, a => a.Name == "Marta Hlib");
    }

    [Fact]
    public void ReadsAnOfficeNamedAfterAPostAsOneBody()
    {
        var result = Extract.From("Moldova's Prosecutor General's Office said it had opened 40 cases.");

        Assert.Contains(result.Actors, a => a.Name.Contains("Prosecutor General's Office", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Theory]
    [InlineData("Marta, a 41-year-old teacher from the district, said the shelling never stops.", "Marta")]
    [InlineData("Idris, 34, said his shop was looted twice.", "Idris")]
    public void TakesALoneGivenNameWithAnAgeForAPerson(string text, string name)
    {
        var result = Extract.From(text);

        Assert.Equal(Model.ActorType.Person, Assert.Single(result.Actors, a => a.Name == name).Type);
    }

    [Fact]
    public void KeepsAResearchCentreWhoseNameJoinsTwoFieldsWhole()
    {
        var result = Extract.From("The Vela Research and Education Center, a think tank, said the rockets came from the north.");

        Assert.Contains(result.Actors, a => a.Name == "Vela Research and Education Center");
        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Fact]
    public void DoesNotTakeARoleCompletingAnotherTitleForAPersonOfItsOwn()
    {
        var result = Extract.From("The Special Representative of the Secretary-General for Freedonia, Ana Ruiz, briefed the Council.");

        Assert.Contains(result.Actors, a => a.Name == "Ana Ruiz");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Secretary-General");
    }

    [Fact]
    public void DoesNotTakeANameInQuotationMarksForAPerson()
    {
        var result = Extract.From("The council staged a vote for a so-called governor of \"Nueva Esperanza\" last week.");

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Fact]
    public void DoesNotTakeMemberStatesForAPerson()
    {
        var result = Extract.From("I call on Member States to fund the agency.");

        Assert.DoesNotContain(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Fact]
    public void KeepsAPersonWhoseNicknameStandsInQuotationMarksInsideTheName()
    {
        var result = Extract.From("The network was built by Tomas \"El Largo\" Varela before his arrest.");

        Assert.Contains(result.Actors, a => a.Type == Model.ActorType.Person);
    }

    [Fact]
    public void GivesARoleToTheNameInAppositionAfterTheAcronymOfItsBody()
    {
        var result = Extract.From("The Minister of Interior of the Northern Regional Government (NRG), Dara Salih, addressed the press on Monday.");

        var minister = Assert.Single(result.Actors, a => a.Name == "Dara Salih");
        Assert.Contains(minister.Aliases, alias => alias.StartsWith("Minister of Interior", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("Minister of Interior", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsANamedFactionAsAnArmedGroup()
    {
        var result = Extract.From("The cell belongs to the Dalimbang faction, which has been active around the marsh.");

        Assert.Equal(Model.ActorType.ArmedGroup, Assert.Single(result.Actors, a => a.Name == "Dalimbang faction").Type);
    }
}
