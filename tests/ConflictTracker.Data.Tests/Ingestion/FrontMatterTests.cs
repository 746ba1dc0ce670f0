using ConflictTracker.Data.Ingestion;

namespace ConflictTracker.Data.Tests.Ingestion;

public sealed class FrontMatterTests
{
    [Fact]
    public void SplitsMetadataFromBody()
    {
        var parsed = FrontMatter.Parse("Title: Shelling near the river\nOutlet: Example Wire\nPublished: 2024-03-01\n\nFirst paragraph.\n");

        Assert.Equal("Shelling near the river", parsed["Title"]);
        Assert.Equal("Example Wire", parsed["Outlet"]);
        Assert.Equal("First paragraph.\n", parsed.Body);
    }

    [Fact]
    public void AcceptsUnfamiliarKeysBesideKnownOnes()
    {
        var parsed = FrontMatter.Parse("Title: Strikes on the grid\nPartial: no\nLicence: public domain\n\nThe body.");

        Assert.Equal("Strikes on the grid", parsed["Title"]);
        Assert.Equal("no", parsed["Partial"]);
        Assert.Equal("The body.", parsed.Body);
    }

    [Fact]
    public void KeepsABlockWithoutAnyKnownKeyAsBody()
    {
        const string text = "Note: draft\nStatus: open\n\nThe body.";

        Assert.Equal(text, FrontMatter.Parse(text).Body);
    }

    [Fact]
    public void TreatsUnknownValuesAsMissing()
    {
        var parsed = FrontMatter.Parse("Title: A report\nUrl: unknown\n\nBody.");

        Assert.Null(parsed["Url"]);
    }

    [Fact]
    public void KeepsTextWithoutMetadataWhole()
    {
        const string text = "Officials said: the bridge was hit.\n\nMore text.";

        var parsed = FrontMatter.Parse(text);

        Assert.Empty(parsed.Fields);
        Assert.Equal(text, parsed.Body);
    }
}
