using System.Diagnostics;
using System.Text;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> OddTexts => new()
    {
        "",
        "   \n\n\t ",
        "!!! ??? ... ,,, ;;; --- \"\"\" ''' ((( )))",
        "\u202Eevil\u202C \u200B\u200B\u200D \u2066text\u2069 \uFEFF",
        "Министерство обороны России заявило, что войска продвинулись. «Мы держим оборону», — сказал Зеленский.",
        "قالت وزارة الصحة في غزة إن القصف مستمر",
        "🚀🔥 Russia said 💥 that \"drones 🛩️ hit\" the port 🙏",
        "\"",
        "'s 's 's",
        "MR. KIRBY:",
        "Q:\nA:",
        "said said said, according to according to",
        "(ISW) (ISW) ( ) )(",
        "U.S. U.K. U.N.",
        "\uD800 lone surrogate \uDC00",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void NeverThrowsAndKeepsOffsetsInsideTheText(string text)
    {
        var result = Extract.From(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.StartsWith("Step", StringComparison.Ordinal));
        foreach (var claim in result.Claims)
        {
            Assert.InRange(claim.Start, 0, text.Length);
            Assert.Equal(claim.Text, text[claim.Start..claim.End]);
        }

        foreach (var actor in result.Actors)
        {
            Assert.All(actor.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        }
    }

    [Fact]
    public void HandlesBinaryLookingGarbage()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(1, 0xFFFF);
        }

        var result = Extract.From(new string(chars));

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("Step", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractsTenMegabytesInLinearTime()
    {
        var paragraph = "Russian troops shelled the town, the regional governor Petro Danylenko said on Monday. " +
            "\"We will hold,\" he told reporters. According to the ministry, two drones were downed.\n\n";
        var small = Repeat(paragraph, 1_000_000 / paragraph.Length);
        var large = Repeat(paragraph, 10_000_000 / paragraph.Length);
        Extract.From(small); // warm up

        var smallTime = Time(small);
        var largeTime = Time(large);
        var result = Extract.From(large);

        Assert.NotEmpty(result.Claims);
        // Ten times the text may take at most about ten times as long (plus slack for a busy machine), never quadratic.
        Assert.True(largeTime < smallTime * 30 + 2000, $"1 MB took {smallTime} ms, 10 MB took {largeTime} ms");
    }

    private static string Repeat(string s, int times)
    {
        var builder = new StringBuilder(s.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(s);
        }

        return builder.ToString();
    }

    private static long Time(string text)
    {
        var watch = Stopwatch.StartNew();
        Extract.From(text);
        return watch.ElapsedMilliseconds;
    }
}
