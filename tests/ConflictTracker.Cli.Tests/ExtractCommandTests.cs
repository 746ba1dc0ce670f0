using System.Text.Json;

namespace ConflictTracker.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ct-cli-tests-").FullName;

    [Fact]
    public async Task PrintsOneObjectPerFileInInputOrderAndSurvivesUnreadableFiles()
    {
        var good = Write("good.txt", "Officials said the bridge was damaged."u8.ToArray());
        var binary = Write("binary.bin", [0x00, 0x01, 0x02, 0xFF]);
        var empty = Write("empty.txt", []);
        var missing = Path.Combine(_folder, "missing.txt");
        var stdout = new StringWriter();

        var exitCode = await CliApp.RunAsync(["extract", "--format", "json", good, binary, empty, missing], TextReader.Null, stdout, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout.ToString());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([good, binary, empty, missing], items.Select(i => i.GetProperty("file").GetString()));
        Assert.Empty(items[0].GetProperty("diagnostics").EnumerateArray());
        foreach (var failed in items.Skip(1))
        {
            Assert.Equal("error", failed.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
            Assert.Empty(failed.GetProperty("claims").EnumerateArray());
        }
    }

    [Fact]
    public async Task ReadsStandardInputForDash()
    {
        var stdout = new StringWriter();

        var exitCode = await CliApp.RunAsync(["extract", "--format", "json", "-"], new StringReader("The ministry said nothing."), stdout, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("-", json.RootElement[0].GetProperty("file").GetString());
    }

    [Fact]
    public async Task WritesClaimsWithSourceCueAndVerbatimOffsets()
    {
        const string text = "Two bridges were destroyed overnight, regional governor Petro Danylenko said.";
        var file = Write("claim.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var stdout = new StringWriter();

        await CliApp.RunAsync(["extract", "--format", "json", file], TextReader.Null, stdout, TextWriter.Null, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(stdout.ToString());
        var claim = json.RootElement[0].GetProperty("claims")[0];
        Assert.Equal("Petro Danylenko", claim.GetProperty("source").GetString());
        Assert.Equal("person", claim.GetProperty("sourceType").GetString());
        Assert.Equal("said", claim.GetProperty("cue").GetString());
        Assert.Equal("stated", claim.GetProperty("evidentiality").GetString());
        var start = claim.GetProperty("start").GetInt32();
        var end = claim.GetProperty("end").GetInt32();
        Assert.Equal(claim.GetProperty("text").GetString(), text[start..end]);
        Assert.Contains(json.RootElement[0].GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Petro Danylenko");
    }

    [Fact]
    public async Task ReadsMetadataLinesAsTitleAndDateNotAsASpeakersTurn()
    {
        const string text = "Title: Bridge hit\nOutlet: River Wire\nPublished: 2024-03-09\n\nShelling damaged the bridge overnight.\n\nThe governor said repairs would start on Monday.\n";
        var file = Write("front.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var stdout = new StringWriter();

        await CliApp.RunAsync(["extract", "--format", "json", file], TextReader.Null, stdout, TextWriter.Null, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(stdout.ToString());
        var report = json.RootElement[0];
        Assert.Equal("Bridge hit", report.GetProperty("title").GetString());
        Assert.Equal("2024-03-09", report.GetProperty("published").GetString());
        var claim = Assert.Single(report.GetProperty("claims").EnumerateArray());
        Assert.Equal("governor", claim.GetProperty("source").GetString());
        // Offsets still index the file as given, metadata lines included.
        Assert.Equal(claim.GetProperty("text").GetString(), text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()]);
        Assert.DoesNotContain(report.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString()!.Contains("Outlet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract --format xml a.txt")]
    [InlineData("extract --bogus a.txt")]
    public async Task WrongArgumentsExitWithOne(string commandLine)
    {
        var exitCode = await CliApp.RunAsync(commandLine.Split(' '), TextReader.Null, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
