using ConflictTracker.Data.Queries;
using ConflictTracker.Extraction.Model;
using Microsoft.Data.Sqlite;
using ConflictTracker.Tests.Infrastructure;

namespace ConflictTracker.Data.Tests.Queries;

public sealed class SearchQueriesTests : IDisposable
{
    private readonly ScriptedExtractor _extractor = new();
    private readonly IngestionHarness _harness;

    public SearchQueriesTests()
    {
        _extractor.Actors.Add(new ExtractedActor { Name = "The governor", Type = ActorType.Government });
        _harness = new IngestionHarness(_extractor);
    }

    [Fact]
    public async Task FindsReportsByWordsInTheirTextOrTitleBestFirst()
    {
        await SeedAsync();
        var search = new SearchQueries(_harness.Contexts);

        var hits = await search.SearchReportsAsync("reservoir", 0, 10, TestContext.Current.CancellationToken);
        var stemmed = await search.SearchReportsAsync("flooding", 0, 10, TestContext.Current.CancellationToken);

        Assert.Equal(["Reservoir drained"], hits.Select(h => h.Title));
        Assert.Equal(2, stemmed.Count);
        Assert.Equal(1, await search.CountReportsAsync("power grid", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindsClaimsBySpeakerOrText()
    {
        await SeedAsync();
        var search = new SearchQueries(_harness.Contexts);

        var hits = await search.SearchClaimsAsync("governor evacuation", 0, 10, TestContext.Current.CancellationToken);

        Assert.Equal("the evacuation of the valley would start at noon", Assert.Single(hits).Text);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("AND OR")]
    [InlineData("title:dam")]
    [InlineData("^dam -flood")]
    [InlineData("\"unbalanced quote")]
    [InlineData("(((")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'; DROP TABLE Reports; --")]
    public async Task SearchesAnyUserTextWithoutErrors(string text)
    {
        await SeedAsync();
        var search = new SearchQueries(_harness.Contexts);

        var reports = await search.SearchReportsAsync(text, 0, 10, TestContext.Current.CancellationToken);
        var claims = await search.SearchClaimsAsync(text, 0, 10, TestContext.Current.CancellationToken);
        var count = await search.CountReportsAsync(text, TestContext.Current.CancellationToken);

        Assert.Equal(reports.Count, count);
        Assert.NotNull(claims);
    }

    [Fact]
    public async Task SearchesOperatorWordsAsPlainWords()
    {
        await SeedAsync();
        var search = new SearchQueries(_harness.Contexts);

        var hits = await search.SearchReportsAsync("near the dam", 0, 10, TestContext.Current.CancellationToken);

        Assert.Equal(["Reservoir drained"], hits.Select(h => h.Title));
    }

    [Fact]
    public async Task FindsAReportStoredByAnotherWriterAfterAnIngest()
    {
        // The ingestor indexes its own rows in bulk; every other writer still relies on the database to index its rows.
        await SeedAsync();
        using (var connection = new SqliteConnection(_harness.ConnectionString))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "Reports" ("Title", "IngestedAt", "ContentHash", "RawHash", "Text", "SourceName", "Format", "MentionCount", "ClaimCount")
                VALUES ('Ferry', '2024-01-01 00:00:00', 'h-ferry', 'r-ferry', 'The ferry crossing reopened at dawn.', 'manual', 'Text', 0, 0)
                """;
            insert.ExecuteNonQuery();
        }

        var search = new SearchQueries(_harness.Contexts);

        Assert.Equal(["Ferry"], (await search.SearchReportsAsync("ferry", 0, 10, TestContext.Current.CancellationToken)).Select(h => h.Title));
        Assert.Equal(1, await search.CountReportsAsync("reservoir", TestContext.Current.CancellationToken));
    }

    private async Task SeedAsync()
    {
        await _harness.IngestAsync(
            _harness.Write("a.txt", "Title: Reservoir drained\n\nThe reservoir near the dam was drained after flooding threatened villages."),
            _harness.Write("b.txt", "Title: Grid repairs\n\nCrews repaired the power grid while flooded roads stayed closed."),
            _harness.Write("c.txt", "Title: Valley\n\nThe governor said the evacuation of the valley would start at noon."));
    }

    public void Dispose() => _harness.Dispose();
}
