using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class ActorRecognitionStepTests
{
    private static ExtractedActor Actor(ExtractionResult result, string name) =>
        Assert.Single(result.Actors, a => a.Name == name);

    [Fact]
    public void FindsDictionaryActorsByAnyAliasAndKeepsOneActorPerReport()
    {
        var result = Extract.From("Ansar Allah fired a missile. The Houthis later claimed the attack. Houthi leaders were silent.");

        var houthis = Actor(result, "Houthis");
        Assert.Equal(ActorType.ArmedGroup, houthis.Type);
        Assert.Equal(3, houthis.Mentions.Count);
    }

    [Fact]
    public void DoesNotTakeAWordInLowerCaseForAnAcronymActor()
    {
        var result = Extract.From("Doctors who treated the wounded said the WHO had sent supplies.");

        Assert.Single(result.Actors, a => a.Name == "World Health Organization");
        Assert.Single(Actor(result, "World Health Organization").Mentions);
    }

    [Fact]
    public void ReadsAPersonAfterATitleAndResolvesLaterSurnameMentions()
    {
        var result = Extract.From("Defence Minister Amara Okonkwo visited the front. Okonkwo said the line held.");

        var person = Actor(result, "Amara Okonkwo");
        Assert.Equal(ActorType.Person, person.Type);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains("Defence Minister Amara Okonkwo", person.Aliases);
    }

    [Fact]
    public void ReadsAPersonAfterALowerCaseRole()
    {
        var result = Extract.From("The shelling continued, regional governor Petro Danylenko said.");

        Assert.Equal(ActorType.Person, Actor(result, "Petro Danylenko").Type);
    }

    [Fact]
    public void DropsMiddleInitialsAndSuffixesFromThePersonName()
    {
        var result = Extract.From("Secretary of State Robert K. Lansing III arrived on Monday.");

        var person = Actor(result, "Robert Lansing");
        Assert.Contains("Robert K. Lansing III", person.Aliases);
    }

    [Fact]
    public void ReadsOrganisationsByTheirHeadNoun()
    {
        var result = Extract.From("The Kherson Regional Military Administration reported new strikes.");

        Assert.Equal(ActorType.Government, Actor(result, "Kherson Regional Military Administration").Type);
    }

    [Fact]
    public void LinksAnAcronymDefinedInTheTextToLaterUses()
    {
        var result = Extract.From("The Centre for Frontline Studies (CFS) published a map. CFS said the town had fallen.");

        var centre = Actor(result, "Centre for Frontline Studies");
        Assert.Contains("CFS", centre.Aliases);
        Assert.Equal(3, centre.Mentions.Count);
    }

    [Fact]
    public void ReadsDemonymAndForceNounAsTheCountrysArmedForces()
    {
        var result = Extract.From("Moldovan troops crossed the river while Moldovan soldiers dug in.");

        var forces = Actor(result, "Moldovan Armed Forces");
        Assert.Equal(ActorType.Military, forces.Type);
        Assert.Equal("Moldova", forces.Affiliation);
        Assert.Equal(2, forces.Mentions.Count);
    }

    [Fact]
    public void UsesTheDictionaryNameForAKnownCountrysForces()
    {
        var result = Extract.From("Russian troops shelled the village.");

        Assert.Equal("Russia", Actor(result, "Russian Armed Forces").Affiliation);
    }

    [Fact]
    public void TakesAStateAsAnActorOnlyWhenItActs()
    {
        var acting = Extract.From("Georgia launched an inquiry into the blast.");
        var place = Extract.From("The blast happened in Georgia near the border.");

        Assert.Equal(ActorType.State, Actor(acting, "Georgia").Type);
        Assert.DoesNotContain(place.Actors, a => a.Name == "Georgia");
    }

    [Fact]
    public void ReadsACapitalThatSpeaksAsItsGovernment()
    {
        var result = Extract.From("Moscow said the talks had failed.");

        var russia = Actor(result, "Russia");
        Assert.Contains("Moscow", russia.Aliases);
    }

    [Fact]
    public void DoesNotTakeASeatOfGovernmentNamedAsAPlaceForAnActor()
    {
        var result = Extract.From("The envoys met at the Kremlin on Tuesday.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Kremlin");
    }

    [Fact]
    public void DoesNotJoinTwoNamesLinkedByAndIntoOnePerson()
    {
        var result = Extract.From("President Amara Okonkwo and President Lena Varga said the talks would resume.");

        Assert.Contains(result.Actors, a => a.Name == "Amara Okonkwo");
        Assert.Contains(result.Actors, a => a.Name == "Lena Varga");
    }

    [Fact]
    public void TakesEveryStateInAListThatActsTogether()
    {
        var result = Extract.From("Norway, Denmark and the Netherlands issued a joint statement on the strikes.");

        Assert.Contains(result.Actors, a => a.Name == "Norway");
        Assert.Contains(result.Actors, a => a.Name == "Denmark");
        Assert.Contains(result.Actors, a => a.Name == "Netherlands");
    }

    [Fact]
    public void TakesAStateAsAnActorWhenItActsInsideReportedSpeech()
    {
        var result = Extract.From("Officials said Belarus moved troops to the border.");

        Assert.Contains(result.Actors, a => a.Name == "Belarus" && a.Type == ActorType.State);
    }

    [Fact]
    public void KeepsAnArabicArticleInsideAPersonsName()
    {
        var result = Extract.From("Army chief Gen. Abdel Karim al-Mansour toured the base.");

        Assert.Contains(result.Actors, a => a.Name == "Abdel Karim al-Mansour" && a.Type == ActorType.Person);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Army");
    }

    [Fact]
    public void ReadsACountryWhoseNameStartsWithADemonym()
    {
        var result = Extract.From("He said Saudi Arabia had offered to mediate.");

        Assert.Contains(result.Actors, a => a.Name == "Saudi Arabia");
    }

    [Fact]
    public void KeepsTheOrdinalOfANumberedUnit()
    {
        var result = Extract.From("The 47th Mechanized Brigade held the village.");

        Assert.Contains(result.Actors, a => a.Name == "47th Mechanized Brigade" && a.Type == ActorType.Military);
    }

    [Fact]
    public void ReadsALongOrganisationNameWhoseHeadComesAfterADictionaryName()
    {
        var result = Extract.From("The African Union Support and Stabilization Mission said the base was handed over on Monday.");

        Assert.Contains(result.Actors, a => a.Name == "African Union Support and Stabilization Mission");
    }

    [Fact]
    public void KeepsConnectorsFollowedByTheInsideANameAndLeavesTheBackerOut()
    {
        var result = Extract.From("The Tuareg-led Strategic Framework for the Defence of the People of the North said it had downed a drone.");

        Assert.Contains(result.Actors, a => a.Name == "Strategic Framework for the Defence of the People of the North");
    }

    [Fact]
    public void EndsAnOrganisationNameBeforeADate()
    {
        var result = Extract.From("A commander spoke in a video released by the Defence Ministry on Friday about the front.");

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesATitleOfABodyForARoleRatherThanTheBody()
    {
        var result = Extract.From("The minister met the Chief of the General Staff on Monday to discuss the offensive.");

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("General Staff", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesTheStateBackingAGroupForAnActor()
    {
        var result = Extract.From("The Rwanda-backed rebels seized the lakeside town on Tuesday.");

        Assert.Contains(result.Actors, a => a.Name == "Rwanda" && a.Type == ActorType.State);
    }

    [Fact]
    public void TakesAStateAsAgentWhenAnAdverbStandsBeforeItsVerb()
    {
        var result = Extract.From("The spokesperson said the charges were false and that Rwanda was only protecting its border.");

        Assert.Contains(result.Actors, a => a.Name == "Rwanda");
    }

    [Fact]
    public void TakesADemonymBeforeGovernmentOrOfficialsForTheStatesCivilSide()
    {
        var result = Extract.From("The Wagner Group works for the Russian government. Local Ukrainian officials reported the losses.");

        Assert.Contains(result.Actors, a => a.Name == "Russian government" && a.Type == ActorType.Government && a.Affiliation == "Russia");
        Assert.Contains(result.Actors, a => a.Name == "Local Ukrainian officials");
    }

    [Fact]
    public void LeavesAGovernmentThatOnlyModifiesASpokespersonsTitle()
    {
        var result = Extract.From("Rwandan government spokesperson Claudine Mukamana said the reports were false.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Rwandan government");
    }

    [Fact]
    public void TakesACountrysFederalGovernmentForAnActor()
    {
        var result = Extract.From("Ethiopia's federal government is fighting a different insurgency in the north.");

        Assert.Contains(result.Actors, a => a.Name == "Ethiopia's federal government" && a.Affiliation == "Ethiopia");
    }
}
