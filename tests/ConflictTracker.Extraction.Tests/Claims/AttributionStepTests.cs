using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Claims;

public sealed class AttributionStepTests
{
    [Fact]
    public void AttributesTheClauseAfterSaidThatToTheSubject()
    {
        const string text = "Governor Petro Danylenko said on Telegram that two bridges were destroyed overnight.";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Petro Danylenko", claim.Source);
        Assert.Equal("two bridges were destroyed overnight", claim.Text);
        Assert.Equal(claim.Text, text[claim.Start..claim.End]);
        Assert.Equal(SourceType.Person, claim.SourceType);
        Assert.Equal("said", claim.Cue);
    }

    [Fact]
    public void AttributesTheClauseBeforeATrailingSaid()
    {
        var claim = Extract.SingleClaim("Three drones were shot down near the port, local officials said on Sunday.");

        Assert.Equal("Three drones were shot down near the port", claim.Text);
        Assert.Equal("local officials", claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
    }

    [Fact]
    public void AttributesAQuoteToTheSpeakerAfterIt()
    {
        var claim = Extract.SingleClaim("\"The city will not fall,\" Defence Minister Amara Okonkwo told reporters.");

        Assert.Equal("Amara Okonkwo", claim.Source);
        Assert.Equal("The city will not fall", claim.Text);
    }

    [Fact]
    public void AttributesAQuoteToASpeakerNamedAfterTheCue()
    {
        var claim = Extract.SingleClaim("\"Shelling has not stopped for a day,\" said Petro Danylenko, the head of the district.");

        Assert.Equal("Petro Danylenko", claim.Source);
        Assert.Equal("Shelling has not stopped for a day", claim.Text);
    }

    [Fact]
    public void KeepsTheInterruptingAttributionInsideOneQuoteClaim()
    {
        const string text = "\"We are ready,\" the envoy Lena Varga said, \"but the other side is not.\"";

        var claim = Extract.SingleClaim(text);

        Assert.Equal("Lena Varga", claim.Source);
        Assert.Equal("We are ready,\" the envoy Lena Varga said, \"but the other side is not", claim.Text);
    }

    [Fact]
    public void AttributesAfterAccordingTo()
    {
        var first = Extract.SingleClaim("According to the Institute for the Study of War, the offensive has stalled.");
        var last = Extract.SingleClaim("The offensive has stalled, according to the Institute for the Study of War.");

        Assert.Equal(("Institute for the Study of War", "the offensive has stalled"), (first.Source, first.Text));
        Assert.Equal(("Institute for the Study of War", "The offensive has stalled"), (last.Source, last.Text));
    }

    [Fact]
    public void ResolvesAPronounSourceToThePersonNamedBefore()
    {
        var result = Extract.From("Mayor Ivan Petrenko visited the shelter. He said the water supply had been restored.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Ivan Petrenko", claim.Source);
    }

    [Fact]
    public void ResolvesARoleSourceToTheActorIntroducedWithIt()
    {
        var result = Extract.From(
            "A senior Defense Department official said the convoy was hit. The attack was deliberate, the official added.");

        Assert.Equal(2, result.Claims.Count);
        Assert.All(result.Claims, c => Assert.Equal("senior Defense Department official", c.Source));
    }

    [Fact]
    public void GivesAJointStatementOneClaimPerSource()
    {
        var result = Extract.From("Armenia and Azerbaijan announced that the prisoners would be exchanged.");

        Assert.Equal(["Armenia", "Azerbaijan"], result.Claims.Select(c => c.Source).Order().ToArray());
        Assert.All(result.Claims, c => Assert.Equal("the prisoners would be exchanged", c.Text));
    }

    [Fact]
    public void MakesNoClaimWithoutAnIdentifiableSource()
    {
        var result = Extract.From("Reports say the dam was damaged. It is believed that dozens fled. The bridge was reported destroyed.");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void MakesNoClaimFromANegatedCue()
    {
        var result = Extract.From("The ministry did not say when the evacuation would start.");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void MarksHedgedClaimsAndTheirEvidentiality()
    {
        var result = Extract.From("Hamas claimed that the strike may have killed a commander. NATO denied that its jets were involved.");

        var claimed = Assert.Single(result.Claims, c => c.Source == "Hamas");
        var denied = Assert.Single(result.Claims, c => c.Source == "NATO");
        Assert.True(claimed.Hedged);
        Assert.Equal(Evidentiality.Claimed, claimed.Evidentiality);
        Assert.False(denied.Hedged);
        Assert.Equal(Evidentiality.Denied, denied.Evidentiality);
    }

    [Fact]
    public void TreatsDirectiveSpeechAsAClaim()
    {
        var claim = Extract.SingleClaim("UNICEF urged all parties to protect schools from attack.");

        Assert.Equal("UNICEF", claim.Source);
        Assert.Contains("to protect schools", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditsEachAssertionInATranscriptTurnToItsSpeaker()
    {
        var result = Extract.From("MR. KIRBY: The strikes hit three radar sites near the coast overnight.\nQ: Were there casualties among the crews?\n");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Kirby", claim.Source);
        Assert.StartsWith("The strikes hit three radar sites", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributesQuotedParagraphsAfterASpeakerAndColon()
    {
        var result = Extract.From("Foreign Minister Lena Varga said:\n\n\"The siege must end now.\"\n\n\"Aid convoys must be allowed through.\"\n\nThe talks continue.");

        Assert.Equal(2, result.Claims.Count);
        Assert.All(result.Claims, c => Assert.Equal("Lena Varga", c.Source));
    }

    [Fact]
    public void ContinuesAQuoteWithoutCueInTheSameParagraphWithTheLastSpeaker()
    {
        var result = Extract.From("\"The front is stable,\" Gen. Ivan Petrenko said. \"We have enough ammunition for now.\"");

        Assert.Equal(2, result.Claims.Count);
        Assert.All(result.Claims, c => Assert.Equal("Ivan Petrenko", c.Source));
    }

    [Fact]
    public void ListsTheActorsNamedInsideTheClaim()
    {
        var claim = Extract.SingleClaim("Kenya said that al-Shabaab fighters attacked the base.");

        Assert.Contains("al-Shabaab", claim.Actors);
    }

    [Fact]
    public void MakesNoClaimFromAQuestion()
    {
        var result = Extract.From("Q: Can you say how many troops have left the area?");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void TakesTheClauseAfterAnAsClauseAttribution()
    {
        var claim = Extract.SingleClaim("As Foreign Minister Lena Varga said last week, the coalition has never been more united.");

        Assert.Equal(("Lena Varga", "the coalition has never been more united"), (claim.Source, claim.Text));
    }

    [Fact]
    public void SkipsTheAddresseeOfToldBeforeThat()
    {
        var claim = Extract.SingleClaim("Gen. Ivan Petrenko told the public broadcaster on Monday that the dam had been breached.");

        Assert.Equal("the dam had been breached", claim.Text);
    }

    [Fact]
    public void ReadsTheFullNameFromATranscriptLabelWithTitleAndInitial()
    {
        var result = Extract.From("PRESS SECRETARY JOHN F. KIRBY: The convoy reached the border crossing this morning.\n\nMR. KIRBY: It will return tomorrow with the wounded.");

        Assert.All(result.Claims, c => Assert.Equal("John Kirby", c.Source));
        Assert.Equal(2, result.Claims.Count);
    }

    [Fact]
    public void SkipsTheDateAfterTheCue()
    {
        var claim = Extract.SingleClaim("The Rapid Support Forces said on Sunday it had taken the airport.");

        Assert.Equal("it had taken the airport", claim.Text);
    }

    [Fact]
    public void DoesNotTakeTheDocumentAVenueNamesForASpeaker()
    {
        var result = Extract.From("\"Our forces hold the base,\" spokesman Omar Haddad said in a video posted online.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Omar Haddad", claim.Source);
    }

    [Fact]
    public void LeavesTheDatelineOutOfTheClaim()
    {
        var claim = Extract.SingleClaim("KHARTOUM - Shelling killed 12 people near the market, local officials said.");

        Assert.Equal("Shelling killed 12 people near the market", claim.Text);
    }

    [Fact]
    public void CreditsAnInterviewAnswerToTheIntervieweeAndNotTheInterviewer()
    {
        var result = Extract.From("Interviewer: How hard is the fighting near the river now?\n\nLena Varga: No. The enemy attacks every day with small infantry groups.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Lena Varga", claim.Source);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Interviewer");
    }

    [Fact]
    public void TakesTheDescribedHeadBeforeAnActorItIsLinkedTo()
    {
        var claim = Extract.SingleClaim("Sources close to Hamas said the talks would resume next week.");

        Assert.Equal("Sources close to Hamas", claim.Source);
        Assert.Equal(SourceType.Described, claim.SourceType);
    }

    [Fact]
    public void DoesNotReadAddedItsVoiceAsAStatement()
    {
        var result = Extract.From("Canada added its voice to calls for a ceasefire in the region.");

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void FindsThatAfterALongAddresseeOfTold()
    {
        var claim = Extract.SingleClaim("Lena Varga told reporters via a video call from the capital, Kinshasa, that combat had spread to the airport.");

        Assert.Equal("combat had spread to the airport", claim.Text);
    }

    [Fact]
    public void ResolvesATitleUsedAsARoleToThePersonItIntroduced()
    {
        var result = Extract.From("Regional governor Petro Danylenko said two people were wounded. The governor added that power had been restored.");

        Assert.Equal(2, result.Claims.Count);
        Assert.All(result.Claims, c => Assert.Equal("Petro Danylenko", c.Source));
    }
}
