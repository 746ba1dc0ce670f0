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
}
