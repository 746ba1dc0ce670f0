namespace ConflictTracker.Extraction.Tests.Actors;

public sealed class SourceResolverTests
{
    [Fact]
    public void ResolvesAnUnnamedGovernmentSourceToTheGovernmentOfTheReportsCountry()
    {
        const string text = "Fighting spread from Ndola to Kitwe and Lusaka this week. The government said the situation in Kitwe was under control.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("Government of Zambia", claim.Source);
    }

    [Fact]
    public void LeavesAnUnnamedGovernmentSourceDescribedWhenNoCountryLeads()
    {
        const string text = "Delegates met in Lusaka and in Harare. The government said the talks would resume.";

        var claim = Assert.Single(Extract.From(text).Claims);

        Assert.Equal("government", claim.Source);
    }
}
