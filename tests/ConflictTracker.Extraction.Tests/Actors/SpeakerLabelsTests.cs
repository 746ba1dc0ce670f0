using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class SpeakerLabelsTests
{
    private const string Briefing = """
        Briefing by spokesperson Colonel Ruth Adeyemi.

        COL. ADEYEMI: Good morning. Our units held the bridge overnight.

        Q (Harbour Post): Can you confirm the number of casualties?

        COL. ADEYEMI: I cannot confirm numbers today.

        Q (Ivan Sokol, Al Jazeera): Will the convoy move this week?

        COL. ADEYEMI: It will move when the road is safe.
        """;

    [Fact]
    public void LinksAGivenNameLabelToTheFullNameIntroducedBefore()
    {
        var result = Extract.From("""
            Excerpt from a briefing with the army spokesman, Major General Somchai Phrommin.

            MAJ. GEN. SOMCHAI: Three soldiers were wounded near the border this morning.

            Q: Who laid the mines?

            MAJ. GEN. SOMCHAI: The mines were newly laid.
            """);

        Assert.DoesNotContain(result.Actors, a => a.Name.Equals("Somchai", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Claims, c => c.Source == "Somchai Phrommin" && c.Text.StartsWith("Three soldiers", StringComparison.Ordinal));
    }

    [Fact]
    public void LinksAShoutedSurnameLabelToTheFullNameIntroducedBefore()
    {
        var result = Extract.From(Briefing);

        var speaker = Assert.Single(result.Actors, a => a.Name == "Ruth Adeyemi");
        Assert.Equal(4, speaker.Mentions.Count);
    }

    [Fact]
    public void ReadsTheOutletOfAQuestionerLabelAsAMediaActor()
    {
        var result = Extract.From(Briefing);

        Assert.Equal(ActorType.Media, Assert.Single(result.Actors, a => a.Name == "Harbour Post").Type);
        Assert.Contains(result.Actors, a => a.Name == "Al Jazeera");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Ivan Sokol");
    }

    [Fact]
    public void DoesNotTakeASectionHeadingOfAnUpdateForASpeaker()
    {
        var result = Extract.From("""
            Situation update, week 12.

            Food and WASH: Aid workers said water trucking had resumed in two camps.
            """);

        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("WASH", StringComparison.OrdinalIgnoreCase));
    }
}
