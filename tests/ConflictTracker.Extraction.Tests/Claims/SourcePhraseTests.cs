using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Claims;

/// <summary>Sources given as described groups, appositions, asides and generic body nouns that point back.</summary>
public sealed class SourcePhraseTests
{
    [Fact]
    public void CreditsADescribedGroupAtAPlaceBeforeAnAside()
    {
        var claim = Extract.SingleClaim(
            "Nurses at the Central Clinic, one of the last facilities still open in the town, said they had run out of insulin.");

        Assert.Equal("Nurses at the Central Clinic", claim.Source);
        Assert.Equal("they had run out of insulin", claim.Text);
    }

    [Fact]
    public void CreditsADescribedOfficialAtAPlaceBeforeALongAside()
    {
        var claim = Extract.SingleClaim(
            "A senior aid official in Tarsova, who asked not to be named because he was not allowed to speak to the press, said the appeal was funded at a fifth of its target.");

        Assert.Equal("senior aid official in Tarsova", claim.Source);
        Assert.Equal("the appeal was funded at a fifth of its target", claim.Text);
    }

    [Theory]
    [InlineData("A senior police official in Karsh said the attackers fled on motorbikes.", "senior police official in Karsh")]
    [InlineData("A doctor at the district hospital in Morvan said nine bodies had been brought in.", "doctor at the district hospital in Morvan")]
    public void CreditsAnIndefiniteDescribedSourceWithModifiersOrANestedPlacePhrase(string text, string source)
    {
        var claim = Extract.SingleClaim(text);

        Assert.Equal(source, claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
    }

    [Fact]
    public void CreditsADescribedHeadBeforeAParticipialAside()
    {
        var claim = Extract.SingleClaim(
            "A senior Russian commander, speaking in a video released by the Defence Ministry on Friday, said enemy units held less than a tenth of the area.");

        Assert.Equal("senior Russian commander", claim.Source);
        Assert.Equal("enemy units held less than a tenth of the area", claim.Text);
    }

    [Fact]
    public void DoesNotTakeTheSubjectOfTheContentForASourceAfterTheCue()
    {
        var claims = Extract.From("A local commander, speaking by phone, said Ukrainian units held the northern bank.").Claims;

        Assert.DoesNotContain(claims, c => c.Source == "Armed Forces of Ukraine");
    }

    [Fact]
    public void CreditsUnionsAndInsurersAsDescribedSources()
    {
        var claims = Extract.From(
            "Dock unions in Varna told reporters that half of the cranes were idle. Insurers in London have told ship owners that premiums may rise again.").Claims;

        Assert.Equal(["Dock unions in Varna", "Insurers in London"], claims.Select(c => c.Source));
    }

    [Fact]
    public void CreditsTheBodyNamedInApposition()
    {
        var claim = Extract.SingleClaim(
            "Our military intelligence, the HUR, assesses that the enemy lacks the landing ships for such an operation.");

        Assert.Equal("HUR", claim.Source);
        Assert.Equal("the enemy lacks the landing ships for such an operation", claim.Text);
    }

    [Fact]
    public void ResolvesTheGroupToTheArmedGroupNamedBefore()
    {
        const string text = "The Rapid Support Forces denied shelling the market. In a statement posted on Telegram, the group said its fighters had only returned fire.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Text.StartsWith("its fighters", StringComparison.Ordinal));

        Assert.Equal("Rapid Support Forces", claim.Source);
    }

    [Fact]
    public void ResolvesTheMissionThatContinuesToUrgeToThePeacekeepers()
    {
        const string text = "UNIFIL reports that peacekeepers observed new strikes near the border. The mission continues to urge all sides to de-escalate.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Cue == "urge");

        Assert.Equal("UNIFIL", claim.Source);
        Assert.Equal("all sides to de-escalate", claim.Text);
    }

    [Fact]
    public void NamesTheSourceAsTheReportDoesWhenTheDictionaryNameIsAbsent()
    {
        var claim = Extract.SingleClaim("According to the Ministry of Health in Gaza, at least 12 people were killed overnight.");

        Assert.Equal("Ministry of Health in Gaza", claim.Source);
    }

    [Fact]
    public void TreatsReportsToAsAChainOfCommandRatherThanSpeech()
    {
        Assert.Empty(Extract.From("The new corps reports to the defence ministry rather than to a private company.").Claims);
    }

    [Fact]
    public void FindsClaimsBehindLessCommonCueForms()
    {
        var claims = Extract.From(
            "General Ivan Sirko spoke on Monday, insisting that the line was holding. Governor Petro Danylenko urged calm, adding that the shelters were open.").Claims;

        Assert.Contains(claims, c => c.Cue == "insisting" && c.Text == "the line was holding");
        Assert.Contains(claims, c => c.Cue == "adding" && c.Text == "the shelters were open");
    }

    [Fact]
    public void ReadsPastAVenueNounThatIsAlsoACue()
    {
        var claim = Extract.SingleClaim("The International Crisis Group said in a report last month that neither side could win the war outright.");

        Assert.Equal("neither side could win the war outright", claim.Text);
    }

    [Fact]
    public void CreditsANameBeforeItsBracketedAcronymAndAnAside()
    {
        var claim = Extract.SingleClaim("Medecins Sans Frontieres (MSF), which runs a clinic in the north, said its teams had treated 90 wounded people.");

        Assert.Equal("Medecins Sans Frontieres", claim.Source);
        Assert.Equal("its teams had treated 90 wounded people", claim.Text);
    }

    [Fact]
    public void CreditsATitledSpeakerNamedAfterTheCue()
    {
        var claim = Extract.SingleClaim("\"We are seeing many children with burns,\" said Dr. Amina Sesay, the charity's medical coordinator.");

        Assert.Equal("Amina Sesay", claim.Source);
        Assert.Equal("We are seeing many children with burns", claim.Text);
    }

    [Fact]
    public void CreditsTheBodyWhoseDataOrTestimonyShowsSomething()
    {
        var claims = Extract.From("ACLED data shows that more civilians were killed in the east this year. Testimony gathered by Amnesty International indicates that the camp was shelled twice.").Claims;

        Assert.Equal(["ACLED", "Amnesty International"], claims.Select(c => c.Source));
    }

    [Fact]
    public void NamesADictionaryAcronymByTheLongFormTheReportSpellsOut()
    {
        const string text = "The UN Office for the Coordination of Humanitarian Affairs said 9,000 people had fled. OCHA cautioned that the figure could be higher.";

        Assert.All(Extract.From(text).Claims, c => Assert.Equal("UN Office for the Coordination of Humanitarian Affairs", c.Source));
    }

    [Fact]
    public void NamesAnAcronymByALongFormWithAnApostropheOrAnAmpersand()
    {
        const string text = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said on Monday that its fighters had taken the town. " +
            "The Armed Conflict Location & Event Data Project (ACLED) estimates that attacks doubled in the north.";

        var claims = Extract.From(text).Claims;

        Assert.Equal(["Jama'at Nusrat al-Islam wal-Muslimin", "Armed Conflict Location & Event Data Project"], claims.Select(c => c.Source));
    }

    [Fact]
    public void CreditsBothDescribedGroupsJoinedByAnd()
    {
        var claims = Extract.From("Local security officials and residents told a radio station that the attackers burned the market.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("the attackers burned the market", c.Text));
    }

    [Fact]
    public void CreditsTheSubjectOfACoordinatedPredicate()
    {
        var claim = Extract.SingleClaim("Residents shared stories of the siege but at the same time said the new rocket systems had cut the supply lines.");

        Assert.Equal("Residents", claim.Source);
        Assert.Equal("the new rocket systems had cut the supply lines", claim.Text);
    }

    [Fact]
    public void TakesTheClauseAfterAMidSentenceAccordingTo()
    {
        var claim = Extract.SingleClaim("Ngola is a quiet district where according to locals there have been no clashes between the militias this year.");

        Assert.Equal("there have been no clashes between the militias this year", claim.Text);
    }

    [Fact]
    public void CreditsARoleOwnedByAPlace()
    {
        var claim = Extract.SingleClaim("The region's acting governor said on Telegram that a drone had hit a minibus near the village.");

        Assert.Equal("region's acting governor", claim.Source);
        Assert.Equal("a drone had hit a minibus near the village", claim.Text);
    }

    [Fact]
    public void KeepsATwoWordDeniedAct()
    {
        var claim = Extract.SingleClaim("The Rapid Support Forces denied targeting civilians.");

        Assert.Equal("targeting civilians", claim.Text);
        Assert.Equal(Evidentiality.Denied, claim.Evidentiality);
    }

    [Fact]
    public void SplitsACueCoordinatedByBut()
    {
        const string text = "The Institute for the Study of War said footage showed troops had advanced, but assessed that the claim of full control was premature.";

        var claims = Extract.From(text).Claims;

        Assert.Contains(claims, c => c.Cue == "assessed" && c.Text == "the claim of full control was premature" && c.Source == "Institute for the Study of War");
        Assert.Contains(claims, c => c.Cue == "said" && c.Text == "footage showed troops had advanced");
    }

    [Fact]
    public void CreditsACapitalisedRoleNamedWithoutItsHolder()
    {
        var claim = Extract.SingleClaim("The National Security Adviser told me this week that the fighters were regrouping near the river.");

        Assert.Equal("National Security Adviser", claim.Source);
        Assert.Equal("the fighters were regrouping near the river", claim.Text);
    }

    [Fact]
    public void ResolvesTheMinistryToAMinistryNamedWithOf()
    {
        const string text = "The Ministry of Defence reported heavy fighting near the dam. The ministry added that two bridges had been destroyed.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Cue == "added");

        Assert.Equal("Ministry of Defence", claim.Source);
    }

    [Fact]
    public void ResolvesTheArmyToTheMilitaryNamedBefore()
    {
        const string text = "The Sudanese Armed Forces shelled the bridge at dawn. The army said that its troops had retaken the market.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Sudanese Armed Forces", claim.Source);
    }

    [Fact]
    public void ResolvesTheRebelsToTheArmedGroupNamedBefore()
    {
        const string text = "M23 fighters entered the town on Monday. The rebels said they had taken the airport.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("M23", claim.Source);
    }

    [Fact]
    public void ResolvesTheGroupToTheBodyThatMadeTheLastClaim()
    {
        const string text = "The Sudan Doctors Network said the Rapid Support Forces stormed the village on Monday. The group said women were among the dead.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Text == "women were among the dead");

        Assert.Equal("Sudan Doctors Network", claim.Source);
    }

    [Fact]
    public void ResolvesADefiniteDescriptionWithPlainAdjectives()
    {
        const string text = "The Rapid Support Forces did not respond. In a statement on X, the paramilitary force accused the army of spreading lies about the attack.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Rapid Support Forces", claim.Source);
    }

    [Fact]
    public void CreditsASurvivorNamedAfterTheQuote()
    {
        var claim = Extract.SingleClaim("\"They came on motorcycles and shot everyone they saw,\" said one survivor, who spoke on condition of anonymity.");

        Assert.Equal("one survivor", claim.Source);
    }

    [Fact]
    public void LeavesADatelineWithAnAgencyOutOfTheContent()
    {
        var claim = Extract.SingleClaim("KHARTOUM, Sudan (AP) - Fighters killed at least 40 people in a village, activists said Tuesday.");

        Assert.Equal("Fighters killed at least 40 people in a village", claim.Text);
    }

    [Fact]
    public void ResolvesTheyToTheGroupAnIntroductoryClauseNames()
    {
        const string text = "When I met senior officials of the Transitional Council in the capital last month, they assured me that aid convoys would be allowed through.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("senior officials of the Transitional Council", claim.Source);
        Assert.Equal("aid convoys would be allowed through", claim.Text);
    }

    [Fact]
    public void CreditsAnEnvoyForAStateRatherThanTheState()
    {
        var claim = Extract.SingleClaim("The UN special envoy for Yemen said last week the humanitarian situation could worsen sharply.");

        Assert.Equal("UN special envoy for Yemen", claim.Source);
    }

    [Fact]
    public void LeavesTheAddresseeOfTellsOutOfTheContent()
    {
        var claim = Extract.SingleClaim("U.S. Central Command tells us the vessel continued its transit toward the strait.");

        Assert.Equal("the vessel continued its transit toward the strait", claim.Text);
    }

    [Fact]
    public void LeavesANamedAddresseeOfToldOutOfTheContent()
    {
        var claim = Extract.SingleClaim("Witnesses told Reuters they saw smoke rising from the port.");

        Assert.Equal("they saw smoke rising from the port", claim.Text);
    }

    [Fact]
    public void EndsADeniedActBeforeAParticipleAside()
    {
        var claim = Extract.SingleClaim("The junta has denied targeting civilians, blaming the resistance forces for the deaths.");

        Assert.Equal("targeting civilians", claim.Text);
    }

    [Fact]
    public void CreditsAWomanDescribedByWhereSheIs()
    {
        var claim = Extract.SingleClaim("A nurse in Marsa told us she had treated eleven children since the weekend.");

        Assert.Equal("nurse in Marsa", claim.Source);
        Assert.Equal("she had treated eleven children since the weekend", claim.Text);
    }

    [Fact]
    public void CreditsTheRoleHeldInANamedPlace()
    {
        var claim = Extract.SingleClaim("The mayor of Dunmore told reporters that the bridge would stay closed until spring.");

        Assert.Equal("mayor of Dunmore", claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
        Assert.Equal("the bridge would stay closed until spring", claim.Text);
    }

    [Fact]
    public void FindsTheSubjectBeforeAnAsideRatherThanTheAddressee()
    {
        var claim = Extract.SingleClaim("Harbour officials, for their part, have informed the ministry that the berths are full.");

        Assert.Equal("Harbour officials", claim.Source);
        Assert.Equal("the berths are full", claim.Text);
    }

    [Fact]
    public void CreditsAPluralGroupNarrowedByARelativeClause()
    {
        var claim = Extract.SingleClaim("Farmers who returned to the valley said the irrigation canals had been mined.");

        Assert.Equal("Farmers who returned to the valley", claim.Source);
        Assert.Equal("the irrigation canals had been mined", claim.Text);
    }

    [Fact]
    public void CreditsTheMemberOfABodyWhoToldReportersByPhone()
    {
        var claim = Extract.SingleClaim("\"The roads into the town are cut,\" a member of the council told reporters by phone.");

        Assert.Equal("member of the council", claim.Source);
        Assert.Equal("The roads into the town are cut", claim.Text);
    }

    [Fact]
    public void CreditsShopkeepersWhoToldTheReporter()
    {
        var claim = Extract.SingleClaim("Shopkeepers in the old market told me they now pay two groups for protection.");

        Assert.Equal("Shopkeepers in the old market", claim.Source);
        Assert.Equal("they now pay two groups for protection", claim.Text);
    }

    [Fact]
    public void CreditsThePersonRatherThanTheBodyThatPlacesThem()
    {
        const string text = "Lowland Research studies the region. Marta Vinter of Lowland Research wrote that both sides now want the border quiet.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Marta Vinter", claim.Source);
        Assert.Equal("both sides now want the border quiet", claim.Text);
    }

    [Fact]
    public void DoesNotTakeADescribedSubjectOfTheContentForASourceAfterTheCue()
    {
        var claim = Extract.SingleClaim("A senior police officer in Dalmor, who spoke on condition of anonymity, said the militants were believed to be members of a local cell.");

        Assert.Equal("senior police officer in Dalmor", claim.Source);
        Assert.Equal("the militants were believed to be members of a local cell", claim.Text);
    }

    [Fact]
    public void NamesAModifiedHeadWithoutItsRelativeClause()
    {
        var claim = Extract.SingleClaim("Clan leaders met in the valley last week, a tribal elder who attended the meeting said.");

        Assert.Equal("tribal elder", claim.Source);
        Assert.Equal("Clan leaders met in the valley last week", claim.Text);
    }

    [Fact]
    public void CreditsAGroupDescribedByWhereTheyAreArriving()
    {
        var claim = Extract.SingleClaim("Refugees arriving in Marsa, in the eastern province, told aid teams that they had walked for ten days.");

        Assert.Equal("Refugees arriving in Marsa", claim.Source);
        Assert.Equal("they had walked for ten days", claim.Text);
    }

    [Fact]
    public void CreditsTheBodyNamedInAKnownAsAside()
    {
        const string text = "The Ostland Stabilisation Mission (OSM) patrols the border. Gunmen set fire to dozens of shelters, the mission, known as OSM, said in a statement.";

        var claims = Extract.From(text).Claims;

        Assert.Contains(claims, c => c.Source == "Ostland Stabilisation Mission" && c.Text == "Gunmen set fire to dozens of shelters");
    }

    [Fact]
    public void CreditsADescribedAidWorkerAfterAccordingTo()
    {
        var claim = Extract.SingleClaim("Families have begun to leave the camp, according to a local aid worker who asked not to be named.");

        Assert.Equal("local aid worker", claim.Source);
        Assert.Equal("Families have begun to leave the camp", claim.Text);
    }

    [Fact]
    public void CreditsPeopleWhoToldTheWriterThoughPeopleSayNamesNoSource()
    {
        var claim = Extract.SingleClaim("People say the town is quiet. In the camps near Dorva, people told me they had not eaten for three days.");

        Assert.Equal("people", claim.Source);
        Assert.Equal("they had not eaten for three days", claim.Text);
    }

    [Fact]
    public void CreditsSupportersAndStaffWhoToldTheWriter()
    {
        var claims = Extract.From(
            "His supporters told me they cannot meet in Varno without being harassed. Our staff in Kelbra told us that the clinic had been looted.").Claims;

        Assert.Equal(["His supporters", "Our staff in Kelbra"], claims.Select(c => c.Source));
    }

    [Fact]
    public void CreditsThePersonOfABodyDescribedInAnAside()
    {
        var claim = Extract.SingleClaim("Amara Diallo of the Lowland Institute, a think tank based in Accra, said the violence might spread south.");

        Assert.Equal("Amara Diallo", claim.Source);
        Assert.Equal("the violence might spread south", claim.Text);
    }

    [Fact]
    public void ResolvesTheGroupPastTheOwnerNamedInItsAside()
    {
        const string text = "The Dorva Liberation Front, al-Qaeda's affiliate in the region, attacked the base on Sunday. " +
            "The group said in a statement that it had seized weapons and vehicles.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Dorva Liberation Front", claim.Source);
    }

    [Fact]
    public void CreditsAnIndefiniteMinisterRatherThanTheMinisterNamedBefore()
    {
        const string text = "Prime Minister Kwesi Mensah met donors in Paris. A Ghanaian minister told reporters that donors would not release money without reform.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Ghanaian minister", claim.Source);
        Assert.Equal("donors would not release money without reform", claim.Text);
    }

    [Fact]
    public void CreditsAPersonNamedByGivenNameBeforeALongAside()
    {
        const string text = "Many residents avoid the main road. Marta, a 61-year-old teacher from the Lisko district who asked that her surname not be used, " +
            "said she walks to school under the trees. \"They watch the road all day,\" she said.";

        var claims = Extract.From(text).Claims;

        Assert.Equal(["Marta", "Marta"], claims.Select(c => c.Source));
        Assert.Equal("she walks to school under the trees", claims[0].Text);
    }

    [Fact]
    public void CreditsAPersonNamedByGivenNameAndAge()
    {
        var claim = Extract.SingleClaim("Shops stayed shut in the market. Yusuf, 34, a trader, said the checkpoint had been closed for a week.");

        Assert.Equal("Yusuf", claim.Source);
        Assert.Equal("the checkpoint had been closed for a week", claim.Text);
    }

    [Fact]
    public void CreditsTheIssuerOfAVideoPublishedOnADaySaying()
    {
        var claim = Extract.SingleClaim("Fighting resumed in the port. The Red Hand Brigade published a video on Saturday saying the government is negotiating with its rivals.");

        Assert.Equal("Red Hand Brigade", claim.Source);
        Assert.Equal("the government is negotiating with its rivals", claim.Text);
    }

    [Fact]
    public void ResolvesHeToThePersonWhoOpensALaterSentenceRatherThanTheLastSource()
    {
        const string text = "\"People must leave now,\" Governor Oleh Marko said on national television. " +
            "In his evening video address, President Petro Danyliuk described the region as one of several places under attack. " +
            "\"In less than two months, over 40 missiles have struck the city,\" he said.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Text.StartsWith("In less than", StringComparison.Ordinal));

        Assert.Equal("Petro Danyliuk", claim.Source);
    }

    [Fact]
    public void CreditsASpokesmanForABodyNamedBefore()
    {
        const string text = "The Kelbra Red Crescent Society said it had reached 14,000 people. A spokesman for the society told this publication that the road was closed.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Text == "the road was closed");

        Assert.Equal("spokesman for the society", claim.Source);
    }

    [Fact]
    public void ResolvesHeToTheDescribedPersonWhoJustSpoke()
    {
        const string text = "Governor Ivan Petrenko visited the town. A senior police officer in Varno, who spoke on condition of anonymity, " +
            "said the attackers belonged to a banned group. He said one of the dead soldiers was from the north.";

        var claim = Assert.Single(Extract.From(text).Claims, c => c.Text.StartsWith("one of the dead", StringComparison.Ordinal));

        Assert.Equal("senior police officer in Varno", claim.Source);
    }

    [Fact]
    public void CreditsOfficialsInARegionOwnedByACountry()
    {
        var claim = Extract.SingleClaim("Separately, officials in Norland's Vesta region said a drone had struck a power substation overnight.");

        Assert.Equal("officials in Norland's Vesta region", claim.Source);
        Assert.Equal("a drone had struck a power substation overnight", claim.Text);
    }

    [Fact]
    public void NamesABareGroupWithTheClauseThatNarrowsItAfterAccordingTo()
    {
        var claims = Extract.From(
            "Armed groups have recruited men in the camps, according to refugees interviewed by aid monitors. " +
            "The town was briefly occupied, according to residents who spoke to Radio Dorva.").Claims;

        Assert.Equal(["refugees interviewed by aid monitors", "residents who spoke to Radio Dorva"], claims.Select(c => c.Source));
    }

    [Fact]
    public void SpellsOutADictionaryAcronymTheReportOnlyDescribes()
    {
        var claim = Extract.SingleClaim("The UN humanitarian office estimates that the response plan is less than 15 percent funded.");

        Assert.Equal("Office for the Coordination of Humanitarian Affairs", claim.Source);
    }

    [Fact]
    public void CreditsTheBodyThatIsLedRatherThanItsLeader()
    {
        const string text = "The military government in Vesta has ruled since a coup in 2023. " +
            "The junta led by General Amadou Keita has accused Norland of hosting foreign troops who plan to destabilise the country.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.DoesNotContain("Keita", claim.Source, StringComparison.Ordinal);
    }
}
