using ConflictTracker.Data.Ingestion;

namespace ConflictTracker.Data.Tests.Ingestion;

public sealed class TextNormalizerTests
{
    [Fact]
    public void CleansLineEndsSpacesAndInvisibleCharacters()
    {
        var cleaned = TextNormalizer.Clean("  First\u00A0 line\t here \r\n\r\n\r\n\r\nSecond\u200B line\r\nthird  ");

        Assert.Equal("First line here\n\nSecond line\nthird", cleaned);
    }

    [Fact]
    public void GivesTheSameHashToTheSameTextInAnyLayout()
    {
        var unix = TextNormalizer.ContentHash(TextNormalizer.Clean("Caf\u00E9 opened.\nIt rained."));
        var windows = TextNormalizer.ContentHash(TextNormalizer.Clean("Cafe\u0301 opened. \r\nIt  rained.\r\n"));

        Assert.Equal(unix, windows);
        Assert.NotEqual(unix, TextNormalizer.ContentHash(TextNormalizer.Clean("Café opened. It rained.")));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "volodymyr zelensky")]
    [InlineData("  Zelensky's  ", "zelenskys")]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("Józef Piłsudski", "jozef piłsudski")]
    public void NormalisesNamesForMatching(string name, string expected) => Assert.Equal(expected, TextNormalizer.Name(name));
}
