using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class OrganisationsTests
{
    [Fact]
    public void NamesABodyAfterACountryPossessiveWithItsCountry()
    {
        var result = Extract.From("Chile's Ministry of Interior said the curfew would be lifted. Peru's Ministry of Interior disagreed.");

        var chilean = Assert.Single(result.Actors, a => a.Aliases.Contains("Chile's Ministry of Interior"));
        var peruvian = Assert.Single(result.Actors, a => a.Aliases.Contains("Peru's Ministry of Interior"));
        Assert.NotSame(chilean, peruvian);
        Assert.Equal("Chile", chilean.Affiliation);
        Assert.Contains("Chil", chilean.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotMakeTheOwnerOfANamedBodyAnActor()
    {
        var result = Extract.From("Chile's Ministry of Interior said the curfew would be lifted.");

        Assert.DoesNotContain(result.Actors, a => a.Type == ActorType.State);
    }

    [Fact]
    public void EndsAnOrganisationNameBeforeTheNextOwner()
    {
        var result = Extract.From("Chile's Ministry of Interior and Peru's Ministry of Interior met on Monday.");

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("and Peru", StringComparison.Ordinal));
        Assert.Contains(result.Actors, a => a.Aliases.Contains("Peru's Ministry of Interior"));
    }

    [Fact]
    public void ReadsANamedMilitaryOperationAsAMilitaryActor()
    {
        var result = Extract.From("Troops of Operation Lion Gate repelled an attack near the border on Sunday.");

        var operation = Assert.Single(result.Actors, a => a.Name == "Operation Lion Gate");
        Assert.Equal(ActorType.Military, operation.Type);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Lion Gate");
    }

    [Fact]
    public void NamesAMinistryInACapitalAfterThatCountry()
    {
        var result = Extract.From("The Ministry of Defence in Nairobi said troops had cleared the road.");

        var ministry = Assert.Single(result.Actors, a => a.Name == "Kenyan Ministry of Defence");
        Assert.Equal("Kenya", ministry.Affiliation);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("UK ", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsAnEmbassyInACapitalApartFromThatCountry()
    {
        var result = Extract.From("The Embassy of Freedonia in Nairobi issued a warning.");

        Assert.DoesNotContain(result.Actors, a => a.Affiliation == "Kenya");
    }

    [Fact]
    public void KeepsACountrysNameThatStartsAnOrganisationsName()
    {
        var result = Extract.From("Zambia Police Service officers arrested four suspects.");

        Assert.Contains(result.Actors, a => a.Name == "Zambia Police Service");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Police Service");
    }

    [Fact]
    public void ReadsAPluralPossessiveInsideAnOrganisationsName()
    {
        var result = Extract.From("The Zambia People's Defence Front said it had withdrawn.");

        Assert.Contains(result.Actors, a => a.Name == "Zambia People's Defence Front");
    }

    [Fact]
    public void ReadsAnUndefinedAcronymFollowedByItsPeopleAsAnOrganisation()
    {
        var result = Extract.From("A ZMF patrol was stoned near the bridge, and ZMF troops fired warning shots.");

        Assert.Contains(result.Actors, a => a.Name == "ZMF");
    }

    [Fact]
    public void LeavesAPlaceBasedCompoundOutOfTheNameAfterIt()
    {
        var result = Extract.From("The Lusaka-based Centre for Peace Studies published the figures.");

        Assert.Contains(result.Actors, a => a.Name == "Centre for Peace Studies");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("based", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsANameBeforeNewsAgencyAsAMediaActor()
    {
        var result = Extract.From("The rebel-run Sentinel news agency reported the attack.");

        Assert.Equal(ActorType.Media, Assert.Single(result.Actors, a => a.Name == "Sentinel news agency").Type);
    }

    [Fact]
    public void KnowsACourtAlsoByItsSeat()
    {
        var result = Extract.From("The arrests were ordered by the District Court in Kitwe on Friday.");

        Assert.Contains("District Court in Kitwe", Assert.Single(result.Actors, a => a.Name == "District Court").Aliases);
    }

    [Fact]
    public void ReadsAPluralBodyWithItsRemitAsOneName()
    {
        var result = Extract.From("Both sides reported to the Joint Committees on the Cessation of Hostilities on Monday.");

        Assert.Contains(result.Actors, a => a.Name == "Joint Committees on the Cessation of Hostilities");
    }

    [Fact]
    public void NamesABodyOfAnInternationalOrganisationWithItsOwner()
    {
        var result = Extract.From("The African Union's Mediation Council will meet next week.");

        Assert.Contains(result.Actors, a => a.Name == "African Union Mediation Council");
        Assert.DoesNotContain(result.Actors, a => a.Name == "African Union");
    }

    [Fact]
    public void ReadsAnAcronymDescribedAsABodyAsAnOrganisation()
    {
        var result = Extract.From("The SNIP, the prison service, has told us that 14 inmates were moved.");

        Assert.Contains(result.Actors, a => a.Name == "SNIP");
    }

    [Fact]
    public void DoesNotReadAnAcronymDescribedAsAPlaceAsAnOrganisation()
    {
        var result = Extract.From("They met in the DMZ, the strip between the two armies, on Monday.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "DMZ");
    }
}
