using ConflictTracker.Cli.Commands;

namespace ConflictTracker.Cli;

/// <summary>Dispatches the command line to one command. Exit codes: 0 success, 1 wrong arguments or fatal error, 2 (ingest) some files rejected.</summary>
public static class CliApp
{
    public const string Usage = """
        Usage: conflicttracker <command> [options]

        Commands:
          extract --format json FILE...   extract locations, actors and claims; prints JSON ('-' reads stdin)
          ingest PATH... [--db FILE]      store reports in the dashboard's SQLite database
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stderr.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        switch (args[0])
        {
            case "extract":
                return await ExtractCommand.RunAsync(args[1..], stdin, stdout, stderr, cancellationToken);
            case "ingest":
                return await Commands.IngestCommand.RunAsync(args[1..], stdout, stderr, cancellationToken);
            default:
                stderr.WriteLine($"Unknown command '{args[0]}'.");
                stderr.WriteLine(Usage);
                return 1;
        }
    }
}
