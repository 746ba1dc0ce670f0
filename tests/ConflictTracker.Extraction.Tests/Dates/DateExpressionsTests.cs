using ConflictTracker.Extraction.Dates;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Tests.Dates;

public sealed class DateExpressionsTests
{
    private static readonly DateOnly Published = new(2024, 3, 6); // a Wednesday

    private static DateOnly? First(string text, DateOnly? published = null)
    {
        var tokens = Tokenizer.Tokenize(text, out var count);
        return DateExpressions.FirstIn(text, tokens, 0, count, published);
    }

    [Theory]
    [InlineData("The talks began on March 3, 2024 in Doha.", 2024, 3, 3)]
    [InlineData("The talks began on 3 March 2024.", 2024, 3, 3)]
    [InlineData("The talks began on 2024-03-03.", 2024, 3, 3)]
    public void ReadsExplicitDates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), First(text));

    [Fact]
    public void GivesADateWithoutYearTheYearOfPublication()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), First("Fighting resumed on March 1.", Published));
        Assert.Equal(new DateOnly(2023, 12, 20), First("Fighting resumed on December 20.", Published));
    }

    [Theory]
    [InlineData("Shelling resumed on Saturday.", 2024, 3, 2)]
    [InlineData("Shelling resumed yesterday.", 2024, 3, 5)]
    [InlineData("Shelling resumed last week.", 2024, 2, 28)]
    [InlineData("Shelling resumed Wednesday.", 2024, 3, 6)]
    public void ResolvesRelativeDatesAgainstPublication(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), First(text, Published));

    [Fact]
    public void LeavesRelativeDatesUnresolvedWithoutPublication() =>
        Assert.Null(First("Shelling resumed on Saturday."));

    [Fact]
    public void AttachesTheDateToTheClaim()
    {
        var result = Extract.From("The ministry said on Saturday that two villages were retaken.", Published);

        Assert.Equal(new DateOnly(2024, 3, 2), Assert.Single(result.Claims).Date);
    }
}
