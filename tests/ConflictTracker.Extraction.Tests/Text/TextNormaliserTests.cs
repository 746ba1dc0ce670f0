using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Tests.Text;

public sealed class TextNormaliserTests
{
    [Fact]
    public void FoldsTypographicQuotesAndDashesWithoutChangingLength()
    {
        const string text = "\u201CWe will win\u201D \u2014 Kyiv\u2019s army\u200B said\u00A0today\u2026";

        var normalised = TextNormaliser.Normalise(text);

        Assert.Equal(text.Length, normalised.Length);
        Assert.Equal("\"We will win\" - Kyiv's army  said today.", normalised);
    }

    [Fact]
    public void TurnsWindowsLineEndsIntoOneBreakEach()
    {
        var normalised = TextNormaliser.Normalise("One.\r\nTwo.");

        Assert.Equal("One. \nTwo.", normalised);
    }
}
