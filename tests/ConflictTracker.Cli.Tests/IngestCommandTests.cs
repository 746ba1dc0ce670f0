using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ConflictTracker.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ct-ingest-tests-").FullName;

    private string Database => Path.Combine(_folder, "db", "test.db");

    [Fact]
    public async Task IngestsAFolderRecursivelyIntoTheGivenDatabaseAndExitsWithZero()
    {
        Write("in/a.txt", "Title: Alpha\n\nThe ferry resumed service across the bay after three days of storms and repairs.");
        Write("in/sub/b.html", "<html><head><title>Beta</title></head><body><article><p>Crews restored power to the northern districts overnight.</p></article></body></html>");
        Write("in/sub/ignored.png", "not a report");
        var stdout = new StringWriter();

        var exitCode = await RunAsync(stdout, "ingest", Path.Combine(_folder, "in"), "--db", Database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Ingested:        2 reports", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Alpha", "Beta"], Query("SELECT Title FROM Reports ORDER BY Title"));
    }

    [Fact]
    public async Task CountsDuplicatesOnASecondRun()
    {
        var file = Write("a.txt", "The ferry resumed service across the bay after three days of storms and repairs.");
        await RunAsync(TextWriter.Null, "ingest", file, "--db", Database);
        var stdout = new StringWriter();

        var exitCode = await RunAsync(stdout, "ingest", file, "--db", Database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Ingested:        0 reports", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Duplicates:      1", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitsWithTwoAndNamesEachRejectedFileWithItsReason()
    {
        var good = Write("good.txt", "The ferry resumed service across the bay after three days of storms and repairs.");
        var empty = Write("empty.txt", "");
        var feed = Write("broken.rss", "<rss><channel><item>");
        var stdout = new StringWriter();

        var exitCode = await RunAsync(stdout, "ingest", good, empty, feed, Path.Combine(_folder, "nope.txt"), "--db", Database);

        Assert.Equal(2, exitCode);
        var output = stdout.ToString();
        Assert.Contains("Rejected:        3 files", output, StringComparison.Ordinal);
        Assert.Contains($"{empty}: the file is empty", output, StringComparison.Ordinal);
        Assert.Contains($"{feed}: the feed is not well-formed XML", output, StringComparison.Ordinal);
        Assert.Contains("nope.txt: no such file or folder", output, StringComparison.Ordinal);
        Assert.Equal(["1"], Query("SELECT COUNT(*) FROM Reports"));
    }

    [Fact]
    public async Task ExitsWithOneWhenTheDatabaseIsNotADatabase()
    {
        var file = Write("a.txt", "The ferry resumed service across the bay after three days of storms and repairs.");
        var notADatabase = Write("garbage.db", new string('x', 4096));
        var stderr = new StringWriter();

        var exitCode = await CliApp.RunAsync(["ingest", file, "--db", notADatabase], TextReader.Null, TextWriter.Null, stderr, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("fatal", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest a.txt --db")]
    [InlineData("ingest --frobnicate a.txt")]
    public async Task WrongArgumentsExitWithOne(string commandLine)
    {
        var exitCode = await CliApp.RunAsync(commandLine.Split(' '), TextReader.Null, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
    }

    /// <summary>
    /// The crash test: a real child process is killed (SIGKILL) in the middle of a large ingest. Every stored report
    /// must be complete (its raw input, story and similarity bands written with it, its counted mentions and claims
    /// present), and a second run must store the rest, each report exactly once.
    /// </summary>
    [Fact]
    public async Task SurvivesKillMinusNineMidIngestAndARerunCompletesTheRest()
    {
        const int count = 3000;
        var input = Directory.CreateDirectory(Path.Combine(_folder, "many")).FullName;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(input, $"r{i:D5}.txt"), SyntheticReport(i));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using (var child = StartCli("ingest", input, "--db", Database))
        {
            var stored = await WaitForReportsAsync(child, atLeast: 200);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.InRange(stored, 200, count - 1);
        }

        var afterKill = int.Parse(Query("SELECT COUNT(*) FROM Reports").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(afterKill, 1, count - 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"killed with {afterKill} of {count} reports committed");
        AssertEveryReportComplete();

        using (var rerun = StartCli("ingest", input, "--db", Database))
        {
            await rerun.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, rerun.ExitCode);
        }

        Assert.Equal([count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Query("SELECT COUNT(*) FROM Reports"));
        Assert.Equal([count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Query("SELECT COUNT(DISTINCT RawHash) FROM Reports"));
        Assert.Equal([count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Query("SELECT COUNT(*) FROM Claims"));
        AssertEveryReportComplete();
    }

    private void AssertEveryReportComplete()
    {
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Reports r WHERE NOT EXISTS (SELECT 1 FROM RawInputs i WHERE i.ReportId = r.Id)"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Reports r WHERE r.StoryId IS NULL"));
        Assert.Equal(Query("SELECT COUNT(*) FROM Reports"), Query("SELECT COUNT(*) FROM (SELECT ReportId FROM ReportBands GROUP BY ReportId HAVING COUNT(*) = 16)"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM ReportBands b WHERE NOT EXISTS (SELECT 1 FROM Reports r WHERE r.Id = b.ReportId)"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Reports r WHERE r.MentionCount <> (SELECT COUNT(*) FROM Mentions m WHERE m.ReportId = r.Id)"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Reports r WHERE r.ClaimCount <> (SELECT COUNT(*) FROM ClaimReports c WHERE c.ReportId = r.Id)"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Stories s WHERE s.ReportCount <> (SELECT COUNT(*) FROM Reports r WHERE r.StoryId = s.Id)"));
        Assert.Equal(Query("SELECT COUNT(*) FROM Reports"), Query("SELECT COUNT(*) FROM ReportsFts"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Claims c WHERE NOT EXISTS (SELECT 1 FROM ClaimReports cr WHERE cr.ClaimId = c.Id)"));
        Assert.Equal(Query("SELECT COUNT(*) FROM Claims"), Query("SELECT COUNT(*) FROM ClaimsFts"));
    }

    private async Task<int> WaitForReportsAsync(Process child, int atLeast)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (child.HasExited)
            {
                Assert.Fail("the ingest finished before it could be killed: " + await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            }
            if (File.Exists(Database))
            {
                try
                {
                    var stored = int.Parse(Query("SELECT COUNT(*) FROM Reports").Single(), System.Globalization.CultureInfo.InvariantCulture);
                    if (stored >= atLeast)
                    {
                        return stored;
                    }
                }
                catch (SqliteException)
                {
                    // The schema is still being created.
                }
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("no reports were stored within two minutes");
    }

    private static string SyntheticReport(int i)
    {
        var words = new[] { "convoy", "bridge", "village", "shelling", "ceasefire", "drone", "supply", "hospital", "river", "border", "talks", "refugees" };
        var text = new StringBuilder($"Title: Report {i}\nOutlet: Synthetic Wire\nPublished: 2024-01-{1 + i % 28:D2}\n\n");
        var state = (uint)(i * 2654435761);
        for (var sentence = 0; sentence < 12; sentence++)
        {
            text.Append($"Report {i} sentence {sentence}:");
            for (var w = 0; w < 12; w++)
            {
                state = state * 1664525 + 1013904223;
                text.Append(' ').Append(words[state % words.Length]);
            }

            text.Append(".\n");
        }

        // An attributed statement, different in each report, so claims are written (and checked) too.
        text.Append($"\nThe regional governor said the {words[i % words.Length]} was hit {i} times.\n");
        return text.ToString();
    }

    private static Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "conflicttracker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private Task<int> RunAsync(TextWriter stdout, params string[] args) =>
        CliApp.RunAsync(args, TextReader.Null, stdout, TextWriter.Null, TestContext.Current.CancellationToken);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
