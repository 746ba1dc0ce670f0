namespace ConflictTracker.Extraction.Tests.Claims;

/// <summary>Assertions of a speaker in a briefing transcript with "NAME:" turn labels.</summary>
public sealed class TranscriptTurnTests
{
    private static IReadOnlyList<string> TurnClaims(string answer) =>
        Extract.From($"Q: What happened at the port?\n\nMS. VARGA: {answer}").Claims
            .Where(c => c.Source.Contains("Varga", StringComparison.Ordinal)).Select(c => c.Text).ToList();

    [Fact]
    public void KeepsAShortDenialAsAnAssertion()
    {
        Assert.Equal(["That's simply false"], TurnClaims("That's simply false."));
    }

    [Fact]
    public void SkipsAVerblessAnnouncementOfTheTopics()
    {
        Assert.Empty(TurnClaims("Two quick items at the top."));
    }

    [Fact]
    public void SkipsTheSpeakerDecliningToAnswer()
    {
        Assert.Empty(TurnClaims("I'm not going to get ahead of the investigation into the convoy attack."));
    }

    [Fact]
    public void LeavesTheSpeakersFramingOutOfTheAssertion()
    {
        Assert.Equal(
            ["the convoy was carrying only food and medicine", "the shelling came from positions north of the river"],
            TurnClaims("We've been clear that the convoy was carrying only food and medicine. What I'll say is the shelling came from positions north of the river."));
    }

    [Fact]
    public void KeepsAShortDeclarativeLine()
    {
        Assert.Equal(["The danger is constant"], TurnClaims("The danger is constant."));
    }

    [Fact]
    public void KeepsANegatedOpinionButNotARefusal()
    {
        Assert.Equal(["I do not see that as likely"], TurnClaims("I do not see that as likely. I can't confirm that. I will not comment on specific operations."));
    }

    [Fact]
    public void SkipsTheSpeakerMentioningWhatTheyHaveRead()
    {
        Assert.Empty(TurnClaims("I've seen the army statement."));
    }

    [Fact]
    public void GivesTheReportedPartToItsSourceAndTheRestToTheSpeaker()
    {
        var claims = Extract.From("Q: What happened at the port?\n\nMS. VARGA: The junta says the situation is under control, but schools were shut for two weeks.").Claims;

        Assert.Contains(claims, c => c.Source.Contains("junta", StringComparison.OrdinalIgnoreCase) && c.Text == "the situation is under control");
        Assert.Contains(claims, c => c.Source.Contains("Varga", StringComparison.Ordinal) && c.Text == "schools were shut for two weeks");
    }

    [Fact]
    public void GivesTheClauseBeforeAnotherSourcesStatementToTheSpeaker()
    {
        var claims = Extract.From("Q: Who commands them?\n\nMS. VARGA: The new corps reports to the defence ministry rather than to a private firm, and Moscow has said it will stay as long as it is wanted.").Claims;

        Assert.Contains(claims, c => c.Source.Contains("Varga", StringComparison.Ordinal) && c.Text == "The new corps reports to the defence ministry rather than to a private firm");
        Assert.Contains(claims, c => c.Source == "Russia" && c.Text == "it will stay as long as it is wanted");
    }

    [Fact]
    public void SplitsTwoThatClausesAfterAFrameAndDropsTheFrame()
    {
        Assert.Equal(
            ["the enemy lost a patrol boat near the cape", "our sea drones are built here"],
            TurnClaims("What I can say is that the enemy lost a patrol boat near the cape, and that our sea drones are built here."));
    }

    [Fact]
    public void StartsTheAssertionAfterAColonFrame()
    {
        Assert.Equal(
            ["all parties must respect international humanitarian law"],
            TurnClaims("Our position hasn't changed: all parties must respect international humanitarian law."));
    }

    [Fact]
    public void CreditsADescribedSourceInsideATurnRatherThanTheSpeaker()
    {
        var claims = Extract.From("Q: Is fuel short?\n\nMS. VARGA: Transport unions in the capital told me that half of the petrol stations were closed.").Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("Transport unions in the capital", claim.Source);
        Assert.Equal("half of the petrol stations were closed", claim.Text);
    }

    [Fact]
    public void KeepsAShortRemarkAboutWhatOthersSay()
    {
        Assert.Equal(["They say that every week"], TurnClaims("They say that every week."));
    }

    [Fact]
    public void CreditsAnswerTurnsToTheIntervieweeTheIntroductionNames()
    {
        const string text = "Amara Diallo is a researcher at a policy institute. She spoke to us about the siege.\n\n" +
            "Q: How bad is it?\n\nA: It is catastrophic. Food prices have tripled since June.";

        var claims = Extract.From(text).Claims;

        Assert.Equal(["It is catastrophic", "Food prices have tripled since June"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Amara Diallo", c.Source));
    }

    [Fact]
    public void CreditsARoleLabelToThePersonTheIntroductionGivesThatRole()
    {
        const string text = "Press briefing by Spokesperson Lena Brandt in Geneva.\n\n" +
            "QUESTION: Can you verify the figures?\n\nSPOKESPERSON: We have not been able to verify those figures independently.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Lena Brandt", claim.Source);
    }

    [Fact]
    public void SplitsTheSpeakersOwnCommitmentFromTheAssertionBeforeIt()
    {
        Assert.Equal(
            ["the sanctions target the leadership and not the people", "we will keep working with the agencies on fuel"],
            TurnClaims("We've been clear that the sanctions target the leadership and not the people, and we will keep working with the agencies on fuel."));
    }

    [Fact]
    public void KeepsOnlyTheClauseThatAssertsWhenTheOtherStatesAStance()
    {
        Assert.Equal(["we have raised them with the ministry"], TurnClaims("We take the reports seriously, and we have raised them with the ministry."));
    }

    [Fact]
    public void DropsTheClauseThatReferredTheQuestionerElsewhere()
    {
        Assert.Equal(
            ["Two patrol boats returned to port this morning"],
            TurnClaims("Two patrol boats returned to port this morning, and I would refer you to the navy for details."));
    }

    [Fact]
    public void KeepsALineWhoseYouOnlyNamesWhatWasAsked()
    {
        Assert.Equal(["We do not operate the checkpoint you are referring to"], TurnClaims("We do not operate the checkpoint you are referring to."));
    }

    [Fact]
    public void SkipsTheSpeakerAnnouncingATopic()
    {
        Assert.Empty(TurnClaims("I want to begin with the flooding in the south."));
    }

    [Fact]
    public void KeepsAClauseOpenedByADemonstrativeThatInTheSameClaim()
    {
        Assert.Equal(
            ["The depot has one generator left, and that generator failed twice this week"],
            TurnClaims("The depot has one generator left, and that generator failed twice this week."));
    }

    [Fact]
    public void KeepsANoFollowedByAnAnswer()
    {
        Assert.Equal(["No, there are no plans to close the crossing"], TurnClaims("No, there are no plans to close the crossing."));
    }

    [Fact]
    public void KeepsALineOpeningWithSoFar()
    {
        Assert.Equal(["So far 40 families have left the district"], TurnClaims("So far 40 families have left the district."));
    }

    [Fact]
    public void DoesNotGiveTheSpeakerAStatementSheReportsFromAnotherBody()
    {
        Assert.Empty(TurnClaims("The harbour administration in the north has claimed that the ferries are running on time again."));
    }

    [Fact]
    public void CreditsPeopleNarrowedByARelativeClauseInsideATurn()
    {
        var claims = Extract.From("Q: Is there water?\n\nMS. VARGA: People who fled the port city tell us that the water supply was cut.").Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("People who fled the port city", claim.Source);
        Assert.Equal("the water supply was cut", claim.Text);
    }

    [Fact]
    public void GivesTheSpeakerTheStatementSheFramesWithIWouldAdd()
    {
        Assert.Contains("since Monday, police have recorded nine thefts at the depot", TurnClaims("I would add that since Monday, police have recorded nine thefts at the depot."));
    }

    [Fact]
    public void SkipsTheSpeakerDecliningToSpeakOrToPreemptAnInquiry()
    {
        Assert.Empty(TurnClaims("I cannot speak about their motives. I would not want to pre-empt the inquiry."));
    }

    [Theory]
    [InlineData("We spoke to Ilse Maren, a researcher who studies the gangs.")]
    [InlineData("We asked Ilse Maren, a researcher who studies the gangs, what comes next.")]
    public void CreditsAnswerTurnsToThePersonTheIntroductionSaysWasInterviewed(string introduction)
    {
        var text = "The feud between the brothers Tomas Brel and Piet Brel has split the port gangs. " + introduction + "\n\n" +
            "Q: Who is winning?\n\nA: The gangs have lost control of the docks since March.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Ilse Maren", claim.Source);
    }

    [Fact]
    public void KeepsAnAccountGoingOnWithWeHaveSeenAsOneClaim()
    {
        Assert.Equal(
            ["The shelling has moved towards the coast, and we have seen new craters near the harbour"],
            TurnClaims("The shelling has moved towards the coast, and we have seen new craters near the harbour."));
    }

    [Fact]
    public void StartsAnAssertionAfterIdLikeToAddThat()
    {
        Assert.Equal(["the police have closed 12 roads in the district"], TurnClaims("I'd like to add that the police have closed 12 roads in the district."));
    }

    [Fact]
    public void KeepsAShortDenialWithAReportingVerb()
    {
        Assert.Equal(["We deny that"], TurnClaims("We deny that."));
    }

    [Fact]
    public void CreditsTheIntervieweesOwnIThinkToTheInterviewee()
    {
        const string text = "We spoke to Ilse Maren, a researcher who studies the port gangs.\n\n" +
            "Q: What comes next?\n\nA: I think the southern gang will try to ally with the weaker side.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Ilse Maren", claim.Source);
        Assert.Equal("the southern gang will try to ally with the weaker side", claim.Text);
    }

    [Fact]
    public void KeepsAShortLineOpeningWithAPluralSubjectAndItsVerb()
    {
        Assert.Equal(["Schools close for days at a time"], TurnClaims("Schools close for days at a time."));
    }

    [Fact]
    public void DropsTheSpeakersVerdictOnWhatWasJustSaidButKeepsTheFact()
    {
        Assert.Equal(
            ["the coast guard handles that"],
            TurnClaims("That is outside our area; the coast guard handles that."));
    }

    [Fact]
    public void KeepsCallingSomethingALieAsAnAssertion()
    {
        Assert.Equal(["That is a lie"], TurnClaims("That is a lie."));
    }

    [Fact]
    public void DoesNotSplitTheLastItemOfAListIntoAClause()
    {
        Assert.Empty(TurnClaims("Ms Korr, all of us, you, me, and the harbour master left the port early that morning."));
    }

    [Fact]
    public void KeepsAShortLineWithADeterminerPluralSubjectAndItsVerb()
    {
        Assert.Equal(["The gangs always inflate their numbers"], TurnClaims("The gangs always inflate their numbers."));
    }

    [Fact]
    public void GivesTheSpeakerTheirOwnClauseAfterAReportedStatement()
    {
        var claims = Extract.From(
            "Q: What happened at the port?\n\nMS. VARGA: The governor has said that the violence is under control, and people in the city do not believe him.").Claims;

        Assert.Contains(claims, c => c.Source == "governor" && c.Text == "the violence is under control");
        Assert.Contains(claims, c => c.Source.Contains("Varga", StringComparison.Ordinal) && c.Text == "people in the city do not believe him");
    }

    [Fact]
    public void CreditsABodyThatRegisteredAFigureAndTheSpeakerTheRest()
    {
        var claims = Extract.From(
            "Q: How many have fled?\n\nMS. VARGA: The Ombudsman's Office has registered more than 50,000 displaced people, and the real number is higher because many families never registered.").Claims;

        Assert.Contains(claims, c => c.Source == "Ombudsman's Office" && c.Text == "more than 50,000 displaced people");
        Assert.Contains(claims, c => c.Source.Contains("Varga", StringComparison.Ordinal) && c.Text.StartsWith("the real number is higher", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsAListAfterAndInsideTheReportedStatement()
    {
        var claims = Extract.From(
            "Q: What happened at the port?\n\nMS. VARGA: The mission reports that peacekeepers observed ten strikes near Khiam, and several projectiles fired from the south.").Claims;

        Assert.Contains(claims, c => c.Text.EndsWith("several projectiles fired from the south", StringComparison.Ordinal) && !c.Source.Contains("Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsALineWhoseSubjectOpensWithNo()
    {
        Assert.Equal(["We deny that", "No artillery has fired since the truce took effect"], TurnClaims("We deny that. No artillery has fired since the truce took effect."));
    }

    [Fact]
    public void KeepsALineWhoseSecondClauseMentionsConfirmingIt()
    {
        Assert.Equal(
            ["The constitution does not allow foreign military bases, and voters confirmed that in the referendum"],
            TurnClaims("The constitution does not allow foreign military bases, and voters confirmed that in the referendum."));
    }

    [Fact]
    public void KeepsAShortLineWithLook()
    {
        Assert.Equal(["Old mines look different"], TurnClaims("Old mines look different."));
    }
}
