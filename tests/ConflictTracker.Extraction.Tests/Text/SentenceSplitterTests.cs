using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static (List<string> Sentences, List<Sentence> Raw, List<SpeakerTurn> Turns) Split(string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        var tokens = Tokenizer.Tokenize(normalised, out var count);
        var sentences = new List<Sentence>();
        var turns = new List<SpeakerTurn>();
        SentenceSplitter.Split(normalised, tokens, count, sentences, turns);
        return (sentences.ConvertAll(s => text[s.Start..s.End]), sentences, turns);
    }

    [Fact]
    public void DoesNotEndSentencesAtTitlesInitialsOrDottedAbbreviations()
    {
        var (sentences, _, _) = Split("Lt. Col. John A. Smith met Mr. Jones in the U.S. capital. They talked.");

        Assert.Equal(["Lt. Col. John A. Smith met Mr. Jones in the U.S. capital.", "They talked."], sentences);
    }

    [Fact]
    public void KeepsTheClosingQuoteWithItsSentence()
    {
        var (sentences, _, _) = Split("\"We held the line.\" The commander left.");

        Assert.Equal(["\"We held the line.\"", "The commander left."], sentences);
    }

    [Fact]
    public void EndsAHeadingWithoutAFinalPeriodAtTheLineBreak()
    {
        var (sentences, raw, _) = Split("Latest developments\n\nShelling resumed overnight.");

        Assert.Equal(["Latest developments", "Shelling resumed overnight."], sentences);
        Assert.Equal(1, raw[1].Paragraph);
    }

    [Fact]
    public void JoinsAHardWrappedLineThatContinuesInLowerCase()
    {
        var (sentences, _, _) = Split("The army said the bridge\nwas destroyed.");

        Assert.Single(sentences);
    }

    [Fact]
    public void RecognisesSpeakerLabelsAsTurns()
    {
        var (sentences, raw, turns) = Split("MR. KIRBY: We have seen the strikes. They continue.\nQ: Can you confirm?\nMR. KIRBY: No.");

        Assert.Equal(3, turns.Count);
        Assert.Equal("We have seen the strikes.", sentences[0]);
        Assert.Equal(0, raw[0].Turn);
        Assert.Equal(1, raw[2].Turn);
    }

    [Fact]
    public void DoesNotTakeAHeadingWithAColonForASpeaker()
    {
        var (_, _, turns) = Split("Latest Developments:\nTroops advanced.");

        Assert.Empty(turns);
    }

    [Fact]
    public void EndsASentenceAtASingleLetterThatIsNotAnInitial()
    {
        var (sentences, _, _) = Split("The video was posted on X. The army denied it.");

        Assert.Equal(["The video was posted on X.", "The army denied it."], sentences);
    }
}
