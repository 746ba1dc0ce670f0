using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Claims;

/// <summary>Reporting patterns common in briefings, speeches and wire copy beyond the plain "X said that".</summary>
public sealed class ReportingPatternTests
{
    [Fact]
    public void CreditsALaterUseOfAnAcronymToTheDictionaryActorThatDefinedIt()
    {
        const string text = "Clashes between the army and the Arakan Army (AA) spread to the coast. " +
            "The AA said that its fighters had seized the harbour on Friday.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Arakan Army", claim.Source);
        Assert.Equal("its fighters had seized the harbour on Friday", claim.Text);
    }

    [Fact]
    public void SplitsThatClausesSetOffByACommaAfterInforms()
    {
        var claims = Extract.From("UNHCR informs me that 4,000 people crossed the border last week, and that the camps are already full.").Claims;

        Assert.Equal(["4,000 people crossed the border last week", "the camps are already full"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("UNHCR", c.Source));
    }

    [Fact]
    public void KeepsTwoThatClausesWithoutACommaAsOneStatement()
    {
        var claim = Extract.SingleClaim("Governor Petro Danylenko said the bridge was destroyed and that the road is closed to traffic.");

        Assert.Equal("the bridge was destroyed and that the road is closed to traffic", claim.Text);
    }

    [Fact]
    public void SplitsCoordinatedCuesJoinedByAnAuxiliary()
    {
        const string text = "Governor Petro Danylenko has denied that his troops shelled the market and has told reporters that an inquiry will open.";

        var claims = Extract.From(text).Claims;

        Assert.Equal(["his troops shelled the market", "an inquiry will open"], claims.Select(c => c.Text));
        Assert.Equal(Evidentiality.Denied, claims[0].Evidentiality);
    }

    [Fact]
    public void CreditsTheQuotedSourceRatherThanTheAgencyThatQuotedIt()
    {
        var claim = Extract.SingleClaim("Xinhua, quoting the Russian Defence Ministry, said the strikes had hit fuel depots near the river.");

        Assert.Equal("Russian Defence Ministry", claim.Source);
        Assert.Equal("the strikes had hit fuel depots near the river", claim.Text);
    }

    [Fact]
    public void KeepsTheAddresseeOfAnAppealAndEndsItBeforeAParticipleCue()
    {
        var claims = Extract.From("Envoy Maria Lenz urged both parties to return to the talks, saying the ceasefire was collapsing.").Claims;

        Assert.Equal(["both parties to return to the talks", "the ceasefire was collapsing"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Maria Lenz", c.Source));
    }

    [Fact]
    public void UsesAnUnnamedRoleAsTheSourceWhenNobodyWasIntroducedWithIt()
    {
        var result = Extract.From("Two bridges collapsed after the shelling, the regional governor said on Telegram.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("regional governor", claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
        Assert.Equal("Two bridges collapsed after the shelling", claim.Text);
        Assert.Equal(ActorType.Person, Assert.Single(result.Actors, a => a.Name == "regional governor").Type);
    }

    [Fact]
    public void ResolvesAnUnnamedRoleToThePersonIntroducedWithIt()
    {
        const string text = "Governor Oleh Marchenko said the city was hit. Later, the regional governor said nine people were wounded in the strike.";

        var claims = Extract.From(text).Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Oleh Marchenko", c.Source));
    }

    [Fact]
    public void TreatsADeclaredWarAsAnActNotAStatement()
    {
        var result = Extract.From("Clashes spread after the Arakan Army declared a war on the militias in the north.");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void TakesTheNounReportAsNoCue()
    {
        var result = Extract.From("Kinshasa cited a UN report by independent experts on troop numbers in the east.");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void CreditsTheAgentOfAPassiveToldWithThatClause()
    {
        var claim = Extract.SingleClaim("The aid agency has been told by local authorities that the crossing will reopen on Monday, and we hope that happens.");

        Assert.Equal("local authorities", claim.Source);
        Assert.Equal("the crossing will reopen on Monday", claim.Text);
    }

    [Fact]
    public void EndsAnAccusationBeforeTheEvidenceItCites()
    {
        var claim = Extract.SingleClaim("Governor Petro Danylenko accused the rebels of shelling the hospital, citing footage shared by residents.");

        Assert.Equal("the rebels of shelling the hospital", claim.Text);
    }

    [Fact]
    public void TakesADescribedHeadBeforeAPlacePhraseAsTheSource()
    {
        var claim = Extract.SingleClaim("Medics at the main hospital said they had received 71 wounded people overnight.");

        Assert.Equal("Medics at the main hospital", claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
    }

    [Fact]
    public void SkipsAFullDateWithCommasBeforeThatAndDatesTheClaim()
    {
        var claim = Extract.SingleClaim("Port officials said on March 12, 2024, that the harbour was closed to shipping.");

        Assert.Equal("the harbour was closed to shipping", claim.Text);
        Assert.Equal(new DateOnly(2024, 3, 12), claim.Date);
    }

    [Fact]
    public void LeavesARelativeDateUnresolvedWithoutAPublishedDate()
    {
        var claim = Extract.SingleClaim("Governor Petro Danylenko said on Monday that two bridges were destroyed.");

        Assert.Null(claim.Date);
    }

    [Fact]
    public void CreditsTheOwnerOfAClaimNounAndEndsTheContentBeforeTheMainVerb()
    {
        var claim = Extract.SingleClaim("President Ivan Sirko's claim that the enemy had lost 1,000 troops could not be verified.");

        Assert.Equal("Ivan Sirko", claim.Source);
        Assert.Equal("the enemy had lost 1,000 troops", claim.Text);
        Assert.Equal(Evidentiality.Claimed, claim.Evidentiality);
    }

    [Fact]
    public void EndsANominalStatementAfterItsOwnPassiveVerb()
    {
        var claim = Extract.SingleClaim("The Northern Command's statement that no civilians were harmed was disputed by doctors.");

        Assert.Equal("no civilians were harmed", claim.Text);
    }

    [Fact]
    public void CreditsAidGroupsOfAPlaceAndACommanderOfANumberedBrigade()
    {
        var claims = Extract.From("Aid groups in Goma said the convoy had been blocked for three days. \"We will not retreat,\" a commander of the 47th Brigade told AFP.").Claims;

        Assert.Equal(["Aid groups in Goma", "commander of the 47th Brigade"], claims.Select(c => c.Source));
    }

    [Fact]
    public void AKindOfBodyWithNoNamePlaceOrNationalityIsNoSource()
    {
        var claims = Extract.From("Human rights groups say the strikes killed civilians. On Monday, aid groups said the road was closed. Sudanese aid groups said food had run out.").Claims;

        Assert.Equal(["Sudanese aid groups"], claims.Select(c => c.Source));
    }

    [Fact]
    public void SplitsAStatementFromAConcessionIntroducedByWhile()
    {
        var claims = Extract.From("Spokesman Ivan Sirko said most of those killed were fighters, while acknowledging that some civilians may have died.").Claims;

        Assert.Equal(["most of those killed were fighters", "some civilians may have died"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Ivan Sirko", c.Source));
    }

    [Fact]
    public void KeepsADayThatOwnsTheSubjectInTheContent()
    {
        var claim = Extract.SingleClaim("Envoy Maria Lenz issued a statement saying Tuesday's attack showed disregard for human life.");

        Assert.StartsWith("Tuesday's attack", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StartsTheContentAtTheQuoteAfterAVenuePhrase()
    {
        var claim = Extract.SingleClaim("Prime Minister Ivan Sirko said during a meeting with the envoy, \"We will not tolerate this.\"");

        Assert.Equal("We will not tolerate this", claim.Text);
    }

    [Fact]
    public void TreatsAddedToAsNoStatement()
    {
        Assert.Empty(Extract.From("The United States added to condemnation of the rebels on Monday.").Claims);
    }

    [Fact]
    public void ReadsNoStatementInARelativeClauseAboutWhomTheyAccused()
    {
        Assert.Empty(Extract.From("Gunmen searched the homes of men they accused of smuggling fuel across the river.").Claims);
    }

    [Fact]
    public void ReadsNoStatementInAPledgeOfAllegiance()
    {
        Assert.Empty(Extract.From("The militia pledged allegiance to the movement in the spring of last year.").Claims);
    }

    [Fact]
    public void TreatsAnInstructionAsADirectiveClaim()
    {
        var claim = Extract.SingleClaim("Health Minister Selin Arkan instructed all hospitals to stock fuel for a month.");

        Assert.Equal("Selin Arkan", claim.Source);
        Assert.Equal("instructed", claim.Cue);
        Assert.Equal("all hospitals to stock fuel for a month", claim.Text);
    }

    [Fact]
    public void ReadsNoStatementInAskingNotToBeNamed()
    {
        var claim = Extract.SingleClaim("A local official, who asked not to be named for fear of reprisals, said two boats had been seized at dawn.");

        Assert.Equal("two boats had been seized at dawn", claim.Text);
    }

    [Fact]
    public void EndsAnAccusationBeforeTheDenialOfTheAccused()
    {
        var claim = Extract.SingleClaim("The junta accused Tarvia of arming the rebels, which Tarvia denies.");

        Assert.Equal("Tarvia of arming the rebels", claim.Text);
    }

    [Fact]
    public void ReadsPluralDataThatSuggestAsAReport()
    {
        var claim = Extract.SingleClaim("Figures from the Regional Monitoring Centre suggest that attacks on schools have doubled since 2023.");

        Assert.Equal("attacks on schools have doubled since 2023", claim.Text);
        Assert.Equal("suggest", claim.Cue);
    }

    [Fact]
    public void ReadsNoDenialInAnAsideOnAnotherClaim()
    {
        var claims = Extract.From("Tarvia describes the raids as terrorism, a charge Ostland denies.").Claims;

        Assert.DoesNotContain(claims, c => c.Source == "Ostland");
    }

    [Fact]
    public void KeepsTheOneNounThatWasDenied()
    {
        var claim = Extract.SingleClaim("The Ostland Defence Ministry denied involvement.");

        Assert.Equal("involvement", claim.Text);
        Assert.Equal(Evidentiality.Denied, claim.Evidentiality);
    }

    [Fact]
    public void KeepsADemonstrativeThatInARejectedObject()
    {
        var claim = Extract.SingleClaim("The Ostland Defence Ministry rejected that view.");

        Assert.Equal("that view", claim.Text);
    }

    [Fact]
    public void ReadsPuttingTheDeathTollAtAFigureAsAReport()
    {
        var claim = Extract.SingleClaim("The Ostland Defence Ministry, in a statement, put the death toll at four soldiers.");

        Assert.Equal("the death toll at four soldiers", claim.Text);
        Assert.Equal("put", claim.Cue);
    }

    [Fact]
    public void ReadsNoReportInPuttingSomethingSomewhere()
    {
        Assert.Empty(Extract.From("The Ostland Defence Ministry put the convoy on the northern road.").Claims);
    }

    [Fact]
    public void CreditsThePartyTheSpeakerHeardFrom()
    {
        var claim = Extract.SingleClaim("I understand from the Ostland Defence Ministry that checks on lorries have been tightened since Saturday.");

        Assert.Equal("Ostland Defence Ministry", claim.Source);
        Assert.Equal("checks on lorries have been tightened since Saturday", claim.Text);
    }

    [Fact]
    public void CreditsTheAuthorOfTheReportAClauseIsBasedOn()
    {
        var claim = Extract.SingleClaim("Based on the report of the Ostland Defence Ministry, about 600 families left their homes.");

        Assert.Equal("Ostland Defence Ministry", claim.Source);
        Assert.Equal("about 600 families left their homes", claim.Text);
    }

    [Fact]
    public void StartsTheContentAtASingleQuoteAfterAVenuePhrase()
    {
        var claim = Extract.SingleClaim("Prime Minister Anna Korr said during a meeting with the envoy, 'Ostland will not tolerate this.'");

        Assert.Equal("Ostland will not tolerate this", claim.Text);
    }

    [Fact]
    public void StartsTheContentAfterAnAsideRightAfterTheCue()
    {
        var claims = Extract.From("Analyst Marta Vinter said the talks would resume in May. She cautioned, however, that the ceasefire was fragile.").Claims;

        Assert.Contains(claims, c => c.Text == "the ceasefire was fragile");
    }

    [Fact]
    public void ReadsADisputedFigureAsADenial()
    {
        var claim = Extract.SingleClaim("The Ostland Defence Ministry disputed that figure.");

        Assert.Equal("that figure", claim.Text);
        Assert.Equal(Evidentiality.Denied, claim.Evidentiality);
    }

    [Fact]
    public void ReadsARegisteredFigureButNotARegistration()
    {
        var claims = Extract.From("The refugee agency has registered 12,000 new arrivals in Dorva this month. The charity registered as a foundation in 2019.").Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("12,000 new arrivals in Dorva this month", claim.Text);
        Assert.Equal(Evidentiality.Reported, claim.Evidentiality);
    }

    [Fact]
    public void ReadsBlamingAnAttackOnAGroupAsAClaim()
    {
        var claims = Extract.From("The governor, Jules Mbala, said 23 bodies had been recovered. He blamed the attack on a faction active around the river.").Claims;

        var claim = Assert.Single(claims, c => c.Cue == "blamed");
        Assert.Equal("Jules Mbala", claim.Source);
        Assert.Equal("the attack on a faction active around the river", claim.Text);
        Assert.Equal(Evidentiality.Claimed, claim.Evidentiality);
    }
}
