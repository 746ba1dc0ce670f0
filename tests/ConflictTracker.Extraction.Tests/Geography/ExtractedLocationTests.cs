using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class ExtractedLocationTests
{
    [Fact]
    public void ACopyWithFewerMentionsNoLongerListsTheSpellingItLost()
    {
        var location = new ExtractedLocation
        {
            Name = "Avdiivka",
            KnownNames = ["Avdiyivka"],
            Mentions = [new Mention(0, 8, "Avdiivka"), new Mention(20, 28, "Avdeevka")],
        };

        var copy = location with { Mentions = [location.Mentions[0]] };

        Assert.Equal(["Avdiyivka", "Avdeevka"], location.Aliases);
        Assert.Equal(["Avdiyivka"], copy.Aliases);
    }
}
