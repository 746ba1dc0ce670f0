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
    public void ReadsTheSponsorStateOfABackedGroup()
    {
        var result = Extract.From("Chadian-backed fighters crossed the river on Monday.");

        var chad = Assert.Single(result.Actors, a => a.Name == "Chad");
        Assert.Equal(ActorType.State, chad.Type);
        Assert.Equal("Chadian", chad.Mentions[0].Text);
    }

    [Fact]
    public void DoesNotReadAStateFromABackedThingThatIsNoAgent()
    {
        var result = Extract.From("The port hosts Turkish-backed investments worth millions.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Turkey");
    }

    [Fact]
    public void ReadsTheAgentOfAPassiveAsAState()
    {
        var result = Extract.From("The drones were supplied by Belarus last spring.");

        Assert.Contains(result.Actors, a => a.Name == "Belarus" && a.Type == ActorType.State);
    }

    [Fact]
    public void ReadsAStateBeforeAnAdverbAndAVerbInTheProgressive()
    {
        var result = Extract.From("The minister insisted that Belarus was only guarding its frontier.");

        Assert.Contains(result.Actors, a => a.Name == "Belarus" && a.Type == ActorType.State);
    }

    [Fact]
    public void ReadsAStateCoordinatedWithItsAllies()
    {
        var result = Extract.From("Tanks that Germany and its allies have sent arrived at the front.");

        Assert.Contains(result.Actors, a => a.Name == "Germany" && a.Type == ActorType.State);
    }

    [Fact]
    public void ReadsDescribedCollectivesWithTheirModifiers()
    {
        var result = Extract.From("Funds went to local Georgian officials. Trucks were seized by the Armenian authorities. Rockets supplied by Western allies helped.");

        var officials = Actor(result, "local Georgian officials");
        Assert.Equal("Georgia", officials.Affiliation);
        Assert.Contains("Georgian officials", officials.Aliases);
        Assert.Equal(ActorType.Government, Actor(result, "Armenian authorities").Type);
        Assert.Contains(result.Actors, a => a.Name == "Western allies");
    }

    [Fact]
    public void ReadsGovernmentForcesAsTheCountrysForces()
    {
        var result = Extract.From("Malian government forces retook the town.");

        var forces = Assert.Single(result.Actors, a => a.Type == ActorType.Military);
        Assert.Equal("Mali", forces.Affiliation);
        Assert.Contains("Malian government forces", forces.Aliases);
    }

    [Fact]
    public void ReadsAMilitaryCommandApartFromTheTroops()
    {
        var result = Extract.From("Georgian troops held the pass, and the Georgian military command said the road was open.");

        Assert.Contains(result.Actors, a => a.Name == "Georgian military command" && a.Type == ActorType.Military);
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
        var result = Extract.From("A video released by the Interior Ministry on Monday showed the raid.");

        Assert.Contains(result.Actors, a => a.Name == "Interior Ministry");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsALongNameWhoseAcronymIsDefinedAndDropsItsLeadModifier()
    {
        var result = Extract.From("The Lisu-led Coordination Framework for the Protection of the Hill Peoples (CFPHP) said it held the ridge.");

        var group = Actor(result, "Coordination Framework for the Protection of the Hill Peoples");
        Assert.Contains("CFPHP", group.Aliases);
    }

    [Fact]
    public void KeepsAPlaceTailBeforeADefinedAcronymAndContinuesAKnownName()
    {
        var result = Extract.From("The head of the African Union Transition and Support Mission in Chad (AUTSMC) spoke on Monday.");

        var mission = Actor(result, "African Union Transition and Support Mission in Chad");
        Assert.Contains("AUTSMC", mission.Aliases);
    }

    [Fact]
    public void ReadsACapitalisedRoleWithoutANameAsAPerson()
    {
        var result = Extract.From("Honourable Minister of Interior, friends, welcome. The National Security Adviser told me the roads were safe.");

        Assert.Equal(ActorType.Person, Actor(result, "Minister of Interior").Type);
        Assert.Equal(ActorType.Person, Actor(result, "National Security Adviser").Type);
    }

    [Fact]
    public void LinksARoleToItsNamedHolder()
    {
        var result = Extract.From("Foreign Secretary Amara Diallo flew to Doha. Later the Foreign Secretary met the emir.");

        var person = Actor(result, "Amara Diallo");
        Assert.Equal(2, person.Mentions.Count);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Foreign Secretary");
    }

    [Fact]
    public void ReadsTheHolderOfARoleFromAnAppositionOrBrackets()
    {
        var result = Extract.From("The UN Special Envoy on Yemen, Tomas Lindqvist, briefed the council. He met the Chief of the General Staff [Omar Haddad] later.");

        Assert.Contains("Special Envoy", Actor(result, "Tomas Lindqvist").Aliases);
        Assert.Contains("Chief of the General Staff", Actor(result, "Omar Haddad").Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name is "Special Envoy" or "Chief of the General Staff");
    }

    [Fact]
    public void ReadsADescribedPersonByNationalityAndRole()
    {
        var result = Extract.From("A senior Georgian commander, speaking on television, said the pass was held.");

        var commander = Actor(result, "senior Georgian commander");
        Assert.Equal(ActorType.Person, commander.Type);
        Assert.Equal("Georgia", commander.Affiliation);
    }

    [Fact]
    public void ReadsOfficialsOfAKnownForceAsADescribedCollective()
    {
        var result = Extract.From("State television quoted Syrian military officials as saying the strikes came from the south.");

        Assert.Contains(result.Actors, a => a.Name == "Syrian military officials");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Syrian Arab Army");
    }

    [Fact]
    public void FoldsBareGovernmentForcesIntoTheNamedCountrysForces()
    {
        var result = Extract.From("Malian government forces retook the town. Later government forces withdrew.");

        var forces = Assert.Single(result.Actors, a => a.Type == ActorType.Military);
        Assert.Equal(2, forces.Mentions.Count);
    }

    [Fact]
    public void ReadsBareGovernmentForcesAsAnActor()
    {
        var result = Extract.From("The agency said government forces had struck positions near the city.");

        Assert.Contains(result.Actors, a => a.Name == "government forces" && a.Type == ActorType.Military);
    }

    [Fact]
    public void ReadsTheHolderAfterARoleWithAPortfolio()
    {
        var result = Extract.From("Georgian Minister of Interior Levan Beridze visited the border post.");

        var person = Actor(result, "Levan Beridze");
        Assert.Equal("Georgia", person.Affiliation);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Georgian Minister");
    }

    [Fact]
    public void ReadsTheHolderOfADescribedRoleInApposition()
    {
        var result = Extract.From("The Armenian ambassador to the UN, Arman Sarkissian, rejected the claim.");

        var person = Actor(result, "Arman Sarkissian");
        Assert.Equal("Armenia", person.Affiliation);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Armenian ambassador");
    }

    [Fact]
    public void ReadsARoleWithItsPortfolioAndNoHolder()
    {
        var result = Extract.From("On Monday the Secretary of State will travel to Cairo.");

        Assert.Contains(result.Actors, a => a.Name == "Secretary of State" && a.Type == ActorType.Person);
    }

    [Fact]
    public void ReadsACountrysGovernmentApartFromTheState()
    {
        var result = Extract.From("Armenia's transitional government said it would hold elections. The Armenian government later denied it.");

        var government = Assert.Single(result.Actors, a => a.Type == ActorType.Government);
        Assert.Equal("Armenia", government.Affiliation);
        Assert.Equal("Government of Armenia", government.Name);
        Assert.Equal(2, government.Mentions.Count);
    }

    [Fact]
    public void MovesACapitalToTheGovernmentWhenTheReportNamesOne()
    {
        var result = Extract.From("Yerevan said the talks had failed. A Georgian government spokesman, Levan Beridze, said the Armenian government had walked out.");

        Assert.Contains("Yerevan", Actor(result, "Government of Armenia").Aliases);
    }

    [Fact]
    public void NamesMilitiasAfterTheActorTheyFightBeside()
    {
        var result = Extract.From("Attacks by the Sudan Liberation Army (SLA) and allied militias continued. ADF-allied fighters burned a village.");

        Assert.Contains("allied militias", Actor(result, "SLA-allied militias").Aliases);
        Assert.Equal(ActorType.ArmedGroup, Actor(result, "ADF-allied fighters").Type);
    }

    [Fact]
    public void ReadsTheLeadStateOfANamedMission()
    {
        var result = Extract.From("The Rwandan-led Joint Stabilisation Mission said its patrols had resumed.");

        Assert.Contains(result.Actors, a => a.Name == "Rwanda" && a.Type == ActorType.State);
    }

    [Fact]
    public void EndsAnOrganisationNameBeforeADayAfterOn()
    {
        var result = Extract.From("A commander spoke in a video released by the Defence Ministry on Friday about the front.");

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesATitleOfABodyForARoleRatherThanTheBody()
    {
        var result = Extract.From("The minister met the Chief of the General Staff on Monday to discuss the offensive.");

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("General Staff", StringComparison.Ordinal) && a.Type != ActorType.Person);
    }

    [Fact]
    public void TakesTheStateBackingAGroupForAnActor()
    {
        var result = Extract.From("The Rwanda-backed rebels seized the lakeside town on Tuesday.");

        Assert.Contains(result.Actors, a => a.Name == "Rwanda" && a.Type == ActorType.State);
    }

    [Fact]
    public void ReadsADescribedPersonByRoleInANamedBody()
    {
        var result = Extract.From("A deputy commander of the Kalmius battalion holed up in the plant said the shelling went on.");

        Assert.Equal(ActorType.Person, Actor(result, "deputy commander of the Kalmius battalion").Type);
    }

    [Fact]
    public void GivesTheRoleInABodyToTheHolderNamedBesideIt()
    {
        var result = Extract.From("The head of the Tavria Water Agency, Ivan Koval, said pumps failed. Repairs stalled, said Olena Marchuk, the head of the Kherson City Council.");

        Assert.Contains(result.Actors, a => a.Name == "Ivan Koval");
        Assert.Contains("head of the Kherson City Council", Actor(result, "Olena Marchuk").Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("head of", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAnUndefinedAcronymAfterACompanyDescriptor()
    {
        var result = Extract.From("Private grid company VOLTEK said the cuts hit three regions.");

        Assert.Equal(ActorType.Organization, Actor(result, "VOLTEK").Type);
    }

    [Fact]
    public void ReadsABodyOwnedByANamedActor()
    {
        var result = Extract.From("On Tuesday the Taliban's intelligence agency released a video. Armenia's foreign ministry condemned it.");

        Assert.Equal(ActorType.Government, Actor(result, "Taliban's intelligence agency").Type);
        Assert.Equal("Armenia", Actor(result, "Armenia's foreign ministry").Affiliation);
    }

    [Fact]
    public void FindsADictionaryNameThatStartsInLowerCase()
    {
        var result = Extract.From("Fighters of the anti-Balaka burned the market, residents said.");

        Assert.Equal(ActorType.ArmedGroup, Actor(result, "anti-Balaka").Type);
    }

    [Fact]
    public void FindsConflictPartiesAddedToTheDictionary()
    {
        var result = Extract.From("The Gulf Clan clashed with the Central General Staff near the river. Lakurawa gunmen blocked the road.");

        Assert.Contains(result.Actors, a => (a.Name == "Clan del Golfo" || a.Aliases.Contains("Clan del Golfo") || a.Name == "Gulf Clan") && a.Type == ActorType.ArmedGroup);
        Assert.Contains(result.Actors, a => a.Name == "Central General Staff");
        Assert.Contains(result.Actors, a => a.Name == "Lakurawa");
    }

    [Fact]
    public void ReadsACountryNameUsedAsAnAdjectiveLikeADemonym()
    {
        var result = Extract.From("A U.S. official, speaking on condition of anonymity, said the talks stalled. UK officials declined to comment.");

        Assert.Equal(ActorType.Person, Actor(result, "U.S. official").Type);
        Assert.Equal("United Kingdom", Actor(result, "UK officials").Affiliation);
        Assert.DoesNotContain(result.Actors, a => a.Type == ActorType.State);
    }

    [Fact]
    public void GivesAForceNounAfterTwoCountriesToBoth()
    {
        var result = Extract.From("Georgian and Armenian troops held joint drills.");

        Assert.Equal(2, result.Actors.Count(a => a.Type == ActorType.Military));
    }

    [Fact]
    public void ReadsACollectiveAtTheStartOfASentenceBeforeADay()
    {
        var result = Extract.From("Georgian officials Sunday began moving food into the city.");

        Assert.Contains(result.Actors, a => a.Name == "Georgian officials");
    }

    [Fact]
    public void ReadsANamedFormationWhoseKindIsInLowerCase()
    {
        var result = Extract.From("A spokesman for Ukraine's Dnipro group of forces said the line held. Odesa military command reported calm.");

        Assert.Equal("Ukraine", Actor(result, "Dnipro group of forces").Affiliation);
        Assert.Equal(ActorType.Military, Actor(result, "Odesa military command").Type);
    }

    [Fact]
    public void ReadsADelegationByItsHeadNoun()
    {
        var result = Extract.From("Last year the Georgian Delegation told the council that peace was near.");

        Assert.Contains(result.Actors, a => a.Name == "Georgian Delegation");
    }

    [Fact]
    public void LinksARoleOnlyMentionToTheSameRoleNamedEarlierWithItsCountry()
    {
        var result = Extract.From("The Armenian Foreign Minister said talks had stalled. Later the Foreign Minister met the envoy.");

        var minister = Actor(result, "Armenian Foreign Minister");
        Assert.Equal(2, minister.Mentions.Count);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Foreign Minister");
    }

    [Fact]
    public void KeepsTheBodyInARolesPortfolioAsAnActor()
    {
        var result = Extract.From("On Tuesday the Commander of U.S. Central Command briefed reporters.");

        Assert.Contains(result.Actors, a => a.Name == "U.S. Central Command");
        Assert.Contains(result.Actors, a => a.Name == "Commander of U.S. Central Command" && a.Type == ActorType.Person);
    }

    [Fact]
    public void ReadsNoPersonFromAHeading()
    {
        var result = Extract.From("The talks resumed on Monday.\n\nSupply Lines Tighten\n\nThe convoy was stopped at the border.");

        Assert.DoesNotContain(result.Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void ReadsChainedTitlesAndSkipsThePortfolioBeforeTheHolder()
    {
        var result = Extract.From("The Deputy Prime Minister for Digital Transformation, Olena Kravets, said reforms continue. The Chief Prosecutor of the International Criminal Court, Amara Diallo, sought warrants.");

        Assert.Contains(result.Actors, a => a.Name == "Olena Kravets");
        Assert.Contains(result.Actors, a => a.Name == "Amara Diallo");
        Assert.Contains(result.Actors, a => a.Name == "International Criminal Court");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Digital Transformation");
    }

    [Fact]
    public void ReadsNoActorFromAnAddress()
    {
        var result = Extract.From("Mr President, members of the Council, I thank you.");

        Assert.DoesNotContain(result.Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void ReadsBothSidesOfAWarBetweenTwoStates()
    {
        var result = Extract.From("The town has become a focal point in the war between Armenia and Azerbaijan.");

        Assert.Contains(result.Actors, a => a.Name == "Armenia" && a.Type == ActorType.State);
        Assert.Contains(result.Actors, a => a.Name == "Azerbaijan" && a.Type == ActorType.State);
    }

    [Fact]
    public void ReadsACountrysLowerCaseBodyAsTheKnownDictionaryBody()
    {
        var result = Extract.From("Russia's foreign ministry said the talks failed. The Russian Foreign Ministry later denied it.");

        Assert.Equal(2, Actor(result, "Russian Foreign Ministry").Mentions.Count);
    }

    [Fact]
    public void ReadsNoPersonFromAnUnknownPlaceInAPlacesSlot()
    {
        var result = Extract.From("Gunmen attacked a base in Haji Omar village. Strikes fell mostly around Kfar Tal and Bint Shams on Monday.");

        Assert.DoesNotContain(result.Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void ReadsNoActorFromTheWireCreditedInADateline()
    {
        var result = Extract.From("TBILISI, Georgia (Reuters) \u2014 Protesters gathered outside parliament on Monday.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Reuters");
    }

    [Fact]
    public void KeepsAnOutletThatIsToldSomething()
    {
        var result = Extract.From("Officials told Reuters that the convoy was stopped.");

        Assert.Contains(result.Actors, a => a.Name == "Reuters");
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

        Assert.Contains(result.Actors, a => a.Name == "Government of Russia" && a.Aliases.Contains("Russian government") && a.Type == ActorType.Government && a.Affiliation == "Russia");
        Assert.Contains(result.Actors, a => a.Name == "Local Ukrainian officials");
    }

    [Fact]
    public void KeepsTheGovernmentBeforeASpokespersonsTitleAndThePerson()
    {
        // Annotators list "the Rwandan government" from "Rwandan government spokesperson X" as the government's alias.
        var result = Extract.From("Rwandan government spokesperson Claudine Mukamana said the reports were false.");

        Assert.Contains(result.Actors, a => a.Name == "Government of Rwanda" && a.Aliases.Contains("Rwandan government"));
        Assert.Contains(result.Actors, a => a.Name == "Claudine Mukamana");
    }

    [Fact]
    public void TakesACountrysFederalGovernmentForAnActor()
    {
        var result = Extract.From("Ethiopia's federal government is fighting a different insurgency in the north.");

        Assert.Contains(result.Actors, a => (a.Name == "Ethiopia's federal government" || a.Aliases.Contains("Ethiopia's federal government")) && a.Affiliation == "Ethiopia");
    }

    [Fact]
    public void NamesNoActorInAWireStoryStaffCredits()
    {
        var result = Extract.From("Shelling resumed near the port, the army said.\n\n(Reporting by Amara Diallo in Kitwe; Editing by Ruth Adeyemi)");

        Assert.DoesNotContain(result.Actors, a => a.Name is "Amara Diallo" or "Ruth Adeyemi");
    }

    [Fact]
    public void DoesNotStartANameWithTheVerbOfAQuestion()
    {
        var result = Extract.From("Is Lusaka going to send more troops? Has Harare replied?");

        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("Is ", StringComparison.Ordinal) || a.Name.StartsWith("Has ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheBodyInARolesPortfolioWithItsAcronym()
    {
        var result = Extract.From("The Minister of Interior of the Northern Regional Government (NRG), Amara Diallo, spoke on Tuesday. The NRG later issued a statement.");

        var body = Assert.Single(result.Actors, a => a.Name == "Northern Regional Government");
        Assert.Equal(3, body.Mentions.Count); // the name, its acronym in brackets, and the acronym alone
        Assert.Contains(result.Actors, a => a.Name == "Amara Diallo");
    }

    [Fact]
    public void DoesNotTakeAWireCreditedInTheDatelineForAnActorOfTheStory()
    {
        var result = Extract.From("ODESA, May 2 (Harbour Wire) - Drones struck the port overnight, the regional governor said.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Harbour Wire");
    }

    [Fact]
    public void TakesAWireCreditedInTheDatelineForAnActorWhenTheStoryNamesItAgain()
    {
        var result = Extract.From("ODESA, May 2 (Meridian) - Drones struck the port overnight. Meridian could not verify the number of casualties.");

        var wire = Assert.Single(result.Actors, a => a.Name == "Meridian");
        Assert.Equal(Model.ActorType.Media, wire.Type);
        Assert.Equal(2, wire.Mentions.Count);
    }

    [Fact]
    public void ReadsAnOutletToldByASourceAsMedia()
    {
        var result = Extract.From("The envoy told Harbour Wire that talks would resume.");

        Assert.Equal(Model.ActorType.Media, Assert.Single(result.Actors, a => a.Name == "Harbour Wire").Type);
    }
}
