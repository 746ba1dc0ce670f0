namespace ConflictTracker.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task RejectsAnUnknownCommandWithUsageAndExitCodeOne()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = await CliApp.RunAsync(["frobnicate"], TextReader.Null, stdout, stderr, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown command 'frobnicate'", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
    }
}
