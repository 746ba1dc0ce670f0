using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text, out var count);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = text[tokens[i].Start..tokens[i].End];
        }

        return words;
    }

    [Fact]
    public void KeepsDottedAbbreviationsHyphenatedWordsAndSplitsPossessives()
    {
        Assert.Equal(["The", "U.S.", "and", "Iranian-backed", "al-Shabaab", "'s", "fighters", "."], Words("The U.S. and Iranian-backed al-Shabaab's fighters."));
    }

    [Fact]
    public void KeepsNumbersWithSeparatorsWhole()
    {
        Assert.Equal(["523,000", "people", "on", "2024-03-03"], Words("523,000 people on 2024-03-03"));
    }

    [Fact]
    public void GivesOffsetsIntoTheOriginalText()
    {
        const string text = "  Ukraine  said";
        var tokens = Tokenizer.Tokenize(text, out var count);

        Assert.Equal(2, count);
        Assert.Equal((2, 9), (tokens[0].Start, tokens[0].End));
        Assert.Equal((11, 15), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void MarksShapesOfCapitalisedAndAcronymWords()
    {
        var tokens = Tokenizer.Tokenize("NATO said Russia", out _);

        Assert.True(tokens[0].IsAllCaps);
        Assert.True(tokens[1].IsLower);
        Assert.True(tokens[2].IsCapitalised && !tokens[2].IsAllCaps);
    }
}
