using System.Text;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Mention = ConflictTracker.Extraction.Model.Mention;

namespace ConflictTracker.Data.Tests.Ingestion;

public sealed class ReportIngestorTests : IDisposable
{
    private const string Wire = """
        Heavy shelling hit the riverside district of Norvik overnight, local officials said on Tuesday, as fighting
        for control of the bridge entered its third week. The regional governor said 14 people were wounded and two
        schools were damaged. Residents described hours of explosions and fires near the port. The defence ministry
        said its forces had repelled four assaults and destroyed two armoured vehicles. Independent verification
        was not possible. Aid groups warned that water supplies could fail within days if the pumping station was hit again.
        """;

    private readonly ScriptedExtractor _extractor = new();
    private readonly IngestionHarness _harness;

    public ReportIngestorTests()
    {
        _extractor.Places["Norvik"] = ("geonames:100", "XA");
        _extractor.Places["Kelmar"] = ("geonames:200", "XA");
        _extractor.Actors.Add(new ExtractedActor { Name = "Defence Ministry", Type = ActorType.Government, Aliases = ["defence ministry"] });
        _harness = new IngestionHarness(_extractor);
    }

    [Fact]
    public async Task StoresATextReportWithItsMetadataTextAndRawInput()
    {
        var path = _harness.Write("one.txt", "Title: Shelling in Norvik\nOutlet: Test Wire\nUrl: https://example.test/a\nPublished: 2024-05-02\nAuthor: A. Writer\n\n" + Wire);

        var summary = await _harness.IngestAsync(path);

        Assert.Equal(1, summary.ReportsAdded);
        Assert.Empty(summary.Rejected);
        await using var db = _harness.Db();
        var report = await db.Reports.Include(r => r.RawInput).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Shelling in Norvik", report.Title);
        Assert.Equal("Test Wire", report.Outlet);
        Assert.Equal("https://example.test/a", report.Url);
        Assert.Equal("A. Writer", report.Author);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, report.IngestedAt.Kind);
        Assert.StartsWith("Heavy shelling hit the riverside district of Norvik overnight, local officials said on Tuesday, as fighting\nfor control", report.Text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken), report.RawInput!.Content);
        Assert.Equal(ReportFormat.Text, report.Format);
    }

    [Fact]
    public async Task StoresTheSameContentOnceWhateverTheFileNameOrLineEndings()
    {
        var first = _harness.Write("a.txt", "Title: First\n\n" + Wire);
        var second = _harness.Write("copy/b.txt", "Title: Another title\r\n\r\n" + Wire.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");

        var summary = await _harness.IngestAsync(first, second);
        var again = await _harness.IngestAsync(_harness.Inputs);

        Assert.Equal(1, summary.ReportsAdded);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(0, again.ReportsAdded);
        Assert.Equal(2, again.Duplicates);
        await using var db = _harness.Db();
        Assert.Equal(1, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LinksAWireCopyOnAnotherSiteAsOneStory()
    {
        var original = _harness.Write("wire.txt", "Outlet: Wire Service\n\n" + Wire);
        var copy = _harness.Write("site.txt", "Outlet: Local Daily\n\n(Wire Service) " + Wire.Replace("Residents described", "Many residents described", StringComparison.Ordinal) + "\nRead more on our site.");
        var other = _harness.Write("other.txt", "Outlet: Local Daily\n\nThe city council of Kelmar approved a new budget for road repairs and street lighting, the mayor said on Monday after a long debate about school funding and parking fees.");

        var summary = await _harness.IngestAsync(original);
        summary = await _harness.IngestAsync(copy, other);

        Assert.Equal(2, summary.ReportsAdded);
        Assert.Equal(1, summary.NearDuplicates);
        await using var db = _harness.Db();
        var reports = await db.Reports.OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        var wire = reports.Single(r => r.Outlet == "Wire Service");
        var site = reports.Single(r => r.Text.StartsWith("(Wire Service)", StringComparison.Ordinal));
        var unrelated = reports.Single(r => r.Text.Contains("Kelmar", StringComparison.Ordinal));
        Assert.Equal(wire.StoryId, site.StoryId);
        Assert.Equal(wire.Id, site.NearDuplicateOfId);
        Assert.NotEqual(wire.StoryId, unrelated.StoryId);
        Assert.Null(unrelated.NearDuplicateOfId);
        Assert.Equal(2, (await db.Stories.SingleAsync(s => s.Id == wire.StoryId, TestContext.Current.CancellationToken)).ReportCount);
    }

    [Fact]
    public async Task RejectsBadFilesWithAReasonAndStoresTheRest()
    {
        _harness.Options.MaxFileBytes = 64 * 1024;
        var good = _harness.Write("good.txt", Wire);
        var empty = _harness.Write("empty.txt", []);
        var blank = _harness.Write("blank.txt", "   \n\n\t ");
        var binary = _harness.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01]);
        var huge = _harness.Write("huge.txt", Encoding.UTF8.GetBytes(new string('a', 70 * 1024)));
        var feed = _harness.Write("broken.xml", "<rss><channel><item><title>Half");
        var missing = Path.Combine(_harness.Inputs, "missing.txt");

        var summary = await _harness.IngestAsync(good, empty, blank, binary, huge, feed, missing);

        Assert.Equal(1, summary.ReportsAdded);
        var reasons = summary.Rejected.ToDictionary(r => Path.GetFileName(r.File), r => r.Reason);
        Assert.Equal(6, reasons.Count);
        Assert.Contains("empty", reasons["empty.txt"], StringComparison.Ordinal);
        Assert.Contains("no text", reasons["blank.txt"], StringComparison.Ordinal);
        Assert.Contains("binary", reasons["image.txt"], StringComparison.Ordinal);
        Assert.Contains("limit", reasons["huge.txt"], StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", reasons["broken.xml"], StringComparison.Ordinal);
        Assert.Contains("no such file", reasons["missing.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresEachFeedItemAsAReport()
    {
        var feed = _harness.Write("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Frontline Feed</title>
              <item><title>Bridge hit</title><link>https://feed.test/1</link><pubDate>Tue, 10 Jun 2024 04:00:00 GMT</pubDate>
                <description>&lt;p&gt;The bridge in Norvik was hit twice, officials said.&lt;/p&gt;</description></item>
              <item><title>Port reopens</title><link>https://feed.test/2</link><description>The port of Kelmar reopened after repairs.</description></item>
              <item><title>Empty</title><link>https://feed.test/3</link><description></description></item>
            </channel></rss>
            """);

        var summary = await _harness.IngestAsync(feed);

        Assert.Equal(2, summary.ReportsAdded);
        Assert.Contains(summary.WithNotes.Single().Notes, n => n.Contains("1 of 3 feed items had no text", StringComparison.Ordinal));
        await using var db = _harness.Db();
        var reports = await db.Reports.OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Bridge hit", "Port reopens"], reports.Select(r => r.Title));
        Assert.All(reports, r => Assert.Equal("Frontline Feed", r.Outlet));
        Assert.Equal("The bridge in Norvik was hit twice, officials said.", reports[0].Text);
        Assert.Equal(new DateTime(2024, 6, 10, 4, 0, 0, DateTimeKind.Utc), reports[0].PublishedAt);
        Assert.Equal(ReportFormat.Rss, reports[0].Format);
    }

    [Fact]
    public async Task KeepsOneLocationPerPlaceAcrossReports()
    {
        await _harness.IngestAsync(
            _harness.Write("a.txt", "Shelling hit Norvik again on Monday and Norvik lost power."),
            _harness.Write("b.txt", "Trains between Norvik and Kelmar stopped running after the strike."));

        await using var db = _harness.Db();
        var locations = await db.Locations.Include(l => l.Mentions).OrderBy(l => l.PlaceId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["geonames:100", "geonames:200"], locations.Select(l => l.PlaceId));
        Assert.Equal(3, locations[0].Mentions.Count);
        Assert.Equal(2, locations[0].Mentions.Select(m => m.ReportId).Distinct().Count());
        Assert.All(locations[0].Mentions, m => Assert.Equal("Norvik", m.Text));
    }

    [Fact]
    public async Task MergesAnActorKnownByAnAliasAndAccumulatesItsNames()
    {
        _extractor.Actors.Add(new ExtractedActor { Name = "Marta Ilves", Type = ActorType.Person, Aliases = ["Ilves"] });
        _extractor.Actors.Add(new ExtractedActor { Name = "President Ilves", Type = ActorType.Person, Aliases = ["Ilves"] });
        await _harness.IngestAsync(_harness.Write("a.txt", "Marta Ilves visited the front line near the river on Sunday morning with two ministers."));
        await _harness.IngestAsync(_harness.Write("b.txt", "President Ilves promised new air defences for the eastern towns in a late-night address."));

        await using var db = _harness.Db();
        var actor = await db.Actors.Include(a => a.Aliases).Where(a => a.Type == ActorType.Person).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Marta Ilves", actor.Name);
        Assert.Equal(["Ilves", "Marta Ilves", "President Ilves"], actor.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal));
        Assert.Equal(2, await db.Mentions.Where(m => m.ActorId == actor.Id).Select(m => m.ReportId).Distinct().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NeverMergesAPersonWithAnOrganisationOfTheSameName()
    {
        _extractor.Actors.Add(new ExtractedActor { Name = "Azov", Type = ActorType.Person });
        await _harness.IngestAsync(_harness.Write("a.txt", "The Defence Ministry named a new commander for the southern group on Friday."));
        _extractor.Actors.Clear();
        _extractor.Actors.Add(new ExtractedActor { Name = "Defence Ministry", Type = ActorType.Person });
        await _harness.IngestAsync(_harness.Write("b.txt", "A man called Defence Ministry was interviewed by local radio about the flood damage."));

        await using var db = _harness.Db();
        Assert.Equal(2, await db.Actors.CountAsync(a => a.NormalizedName == "defence ministry", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GroupsOneStatementAcrossReportsCountingWireCopiesOnce()
    {
        const string claim = "The Defence Ministry said its forces destroyed 12 drones over Norvik.";
        var filler = " Residents reported loud explosions before dawn and several fires in the industrial zone near the river.";
        await _harness.IngestAsync(_harness.Write("wire.txt", claim + filler + " Power was restored by noon in most districts of the city."));
        await _harness.IngestAsync(_harness.Write("copy.txt", claim + filler + " Power was restored by noon in most districts of the city. Read more."));
        await _harness.IngestAsync(_harness.Write("own.txt", "Our correspondent saw smoke over the airfield. " + claim.Replace("destroyed", "had destroyed", StringComparison.Ordinal) + " Schools stayed closed."));
        await _harness.IngestAsync(_harness.Write("other.txt", "The Defence Ministry said its forces destroyed 30 drones over Norvik. A new curfew starts tonight."));

        await using var db = _harness.Db();
        var claims = await db.Claims.Include(c => c.Reports).Include(c => c.Locations).OrderBy(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, claims.Count);
        var twelve = claims[0];
        Assert.Equal(3, twelve.ReportCount);
        Assert.Equal(2, twelve.IndependentSourceCount);
        Assert.Equal(ClaimStatus.Unreviewed, twelve.Status);
        Assert.Equal("its forces destroyed 12 drones over Norvik", twelve.Text);
        Assert.Equal(await db.Locations.Where(l => l.Name == "Norvik").Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken), Assert.Single(twelve.Locations).LocationId);
        var speaker = await db.Actors.SingleAsync(a => a.Id == twelve.SpeakerActorId, TestContext.Current.CancellationToken);
        Assert.Equal("Defence Ministry", speaker.Name);
        Assert.Equal(1, claims[1].ReportCount);
        var reports = await db.Reports.ToListAsync(TestContext.Current.CancellationToken);
        foreach (var occurrence in twelve.Reports)
        {
            var report = reports.Single(r => r.Id == occurrence.ReportId);
            Assert.Equal(occurrence.Text, report.Text[occurrence.Start..occurrence.End]);
        }
    }

    [Fact]
    public async Task GroupsAClaimRewordedInALaterRunButNotOneAboutAnotherPlace()
    {
        // Separate runs: the second finds the first claim through bands recomputed from the stored text.
        await _harness.IngestAsync(_harness.Write("first.txt", "The Defence Ministry said its forces destroyed 12 drones over Norvik near the river. Markets reopened."));
        await _harness.IngestAsync(_harness.Write("second.txt", "Sirens sounded at dawn. The Defence Ministry said its forces shot down 12 drones over Norvik near the river."));
        await _harness.IngestAsync(_harness.Write("third.txt", "The Defence Ministry said its forces shot down 12 drones over Kelmar. Trains ran late."));

        await using var db = _harness.Db();
        var claims = await db.Claims.OrderBy(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, claims.Count);
        Assert.Equal("its forces destroyed 12 drones over Norvik near the river", claims[0].Text);
        Assert.Equal(2, claims[0].ReportCount);
        Assert.Equal(2, claims[0].IndependentSourceCount);
        Assert.Equal(1, claims[1].ReportCount);
    }

    [Fact]
    public async Task LeavesNothingOfAReportThatFailsMidWriteAndKeepsTheOthersOfItsBatch()
    {
        await using (var db = _harness.Db())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            // A stand-in for any failure after the report's first rows are written.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER "Poison" BEFORE INSERT ON "ClaimReports" WHEN new."Text" LIKE '%poison%'
                BEGIN SELECT RAISE(ABORT, 'poisoned claim'); END;
                """, TestContext.Current.CancellationToken);
        }

        // Items of one feed are written in one transaction, so the failure comes after the first item's rows.
        var feed = _harness.Write("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Frontline Feed</title>
              <item><title>First</title><description>The Defence Ministry said Norvik was calm.</description></item>
              <item><title>Second</title><description>Kelmar was shelled. The Defence Ministry said poison gas was used in Kelmar.</description></item>
              <item><title>Third</title><description>The Defence Ministry said Kelmar was quiet again.</description></item>
            </channel></rss>
            """);

        var summary = await _harness.IngestAsync(feed);

        Assert.Equal(2, summary.ReportsAdded);
        Assert.Contains(summary.WithNotes.Single().Notes, n => n.Contains("poisoned claim", StringComparison.Ordinal));
        await using var check = _harness.Db();
        Assert.Equal(["First", "Third"], await check.Reports.OrderBy(r => r.Id).Select(r => r.Title).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await check.Stories.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await check.Claims.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await check.ClaimReports.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.Mentions.CountAsync(m => m.Text == "Kelmar", TestContext.Current.CancellationToken));
        Assert.Equal(2, await check.RawInputs.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ReportsFts" WHERE "ReportsFts" MATCH {"Kelmar"}""")
            .SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await check.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ClaimsFts" WHERE "ClaimsFts" MATCH {"poison"}""")
            .SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WritesEveryMentionAndClaimTheReportCounts()
    {
        await _harness.IngestAsync(_harness.Write("a.txt", "The Defence Ministry said Norvik was calm. Officials said Kelmar was shelled. Norvik and Kelmar are 20 km apart."));

        await using var db = _harness.Db();
        var report = await db.Reports.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(5, report.MentionCount);
        Assert.Equal(2, report.ClaimCount);
        Assert.Equal(report.MentionCount, await db.Mentions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(report.ClaimCount, await db.ClaimReports.CountAsync(TestContext.Current.CancellationToken));
        var described = await db.Claims.SingleAsync(c => c.SpeakerActorId == null, TestContext.Current.CancellationToken);
        Assert.Equal("Officials", described.Speaker);
        Assert.Equal("text:officials", described.SpeakerKey);
    }

    [Fact]
    public async Task NeverGivesANewClaimTheIdOfADeletedOne()
    {
        await _harness.IngestAsync(_harness.Write("a.txt", "The Defence Ministry said Norvik was calm. Officials said Kelmar was shelled."));
        int deleted;
        await using (var db = _harness.Db())
        {
            // An analyst's link to a removed claim must not come to show another claim.
            deleted = await db.Claims.MaxAsync(c => c.Id, TestContext.Current.CancellationToken);
            await db.Claims.Where(c => c.Id == deleted).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        await _harness.IngestAsync(_harness.Write("b.txt", "The Defence Ministry said Kelmar was quiet again. Officials said trains ran late."));

        await using var check = _harness.Db();
        var ids = await check.Claims.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, ids.Count);
        Assert.True(ids[1] > deleted, $"a new claim took id {ids[1]}, the deleted claim's was {deleted}");
        Assert.Equal(ids[1] + 1, ids[2]);
    }

    [Fact]
    public async Task DropsExtractedSpansThatLieOutsideTheText()
    {
        var broken = new FixedExtractor(new ExtractionResult
        {
            Locations = [new ExtractedLocation { Name = "Norvik", PlaceId = "geonames:100", Mentions = [new Mention(0, 6, "Norvik"), new Mention(5, 900, "x"), new Mention(-1, 2, "y")] }],
            Claims = [new ExtractedClaim { Source = "Someone", Cue = "said", Text = "far away", Start = 400, End = 420 }],
        });
        using var harness = new IngestionHarness(broken);

        var summary = await harness.IngestAsync(harness.Write("a.txt", "Norvik is quiet today."));

        await using var db = harness.Db();
        var report = await db.Reports.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, report.MentionCount);
        Assert.Equal(0, report.ClaimCount);
        Assert.Equal("Norvik", (await db.Mentions.SingleAsync(TestContext.Current.CancellationToken)).Text);
        Assert.Contains(summary.WithNotes.Single().Notes, n => n.Contains("3 extracted spans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestsUploadedBytesLikeAFile()
    {
        var outcomes = new List<FileOutcome>();
        var ingestor = _harness.CreateIngestor();

        var summary = await ingestor.IngestAsync(
            [Data.Ingestion.Sources.SourceFile.FromBytes("upload.html", Encoding.UTF8.GetBytes("<html><head><title>Upload</title></head><body><p>" + Wire + "</p></body></html>"))],
            new SynchronousProgress(outcomes.Add), TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.ReportsAdded);
        var outcome = Assert.Single(outcomes);
        Assert.Equal(FileStatus.Ingested, outcome.Status);
        await using var db = _harness.Db();
        Assert.Equal(Assert.Single(outcome.ReportIds), (await db.Reports.SingleAsync(TestContext.Current.CancellationToken)).Id);
    }

    [Fact]
    public async Task KeepsAReportWhoseExtractionThrowsAndSaysSo()
    {
        using var harness = new IngestionHarness(new ThrowingExtractor());

        var summary = await harness.IngestAsync(harness.Write("a.txt", "Norvik is quiet today."));

        Assert.Equal(1, summary.ReportsAdded);
        Assert.Contains(summary.WithNotes.Single().Notes, n => n.Contains("extraction failed", StringComparison.Ordinal));
    }

    public void Dispose() => _harness.Dispose();

    private sealed class ThrowingExtractor : Extraction.IReportExtractor
    {
        public ExtractionResult Extract(ReportInput input) => throw new InvalidOperationException("boom");
    }

    private sealed class FixedExtractor(ExtractionResult result) : Extraction.IReportExtractor
    {
        public ExtractionResult Extract(ReportInput input) => result;
    }

    private sealed class SynchronousProgress(Action<FileOutcome> report) : IProgress<FileOutcome>
    {
        public void Report(FileOutcome value) => report(value);
    }
}
