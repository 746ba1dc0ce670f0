using ConflictTracker.Data;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Data.Ingestion.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ConflictTracker.Cli.Commands;

/// <summary>
/// <c>ingest PATH... [--db FILE]</c>: stores reports from files and folders in the dashboard's database, with a progress
/// bar on standard error and a summary on standard output. Exit codes: 0 all in, 2 some files rejected, 1 wrong
/// arguments or a fatal error (the database cannot be opened or written).
/// </summary>
internal static class IngestCommand
{
    private const int MaxListed = 50;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        string? database = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db")
            {
                if (i + 1 >= args.Length || args[i + 1].Length == 0)
                {
                    stderr.WriteLine("ingest: --db takes a database FILE.");
                    return 1;
                }

                database = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"ingest: unknown option '{args[i]}'.");
                return 1;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            stderr.WriteLine("ingest: name at least one file or folder.");
            return 1;
        }

        await using var services = BuildServices(database);
        var missing = new List<string>();
        var files = ReportIngestor.ExpandPaths(paths, missing.Add);
        IngestionSummary summary;
        try
        {
            summary = await IngestWithProgressAsync(services.GetRequiredService<ReportIngestor>(), files, stderr, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"ingest: fatal: {ex.Message}");
            return 1;
        }

        var rejected = summary.Rejected.Concat(missing.Select(m => new FileOutcome(m, FileStatus.Rejected, 0, 0, 0, "no such file or folder", [], []))).ToList();
        PrintSummary(stdout, summary, rejected);
        if (summary.Cancelled)
        {
            stderr.WriteLine("ingest: stopped before the end; run it again to store the rest.");
            return 1;
        }

        return rejected.Count > 0 ? 2 : 0;
    }

    /// <summary>The same configuration as the web app: ConnectionStrings__ConflictTracker, else the per-user default; --db wins.</summary>
    private static ServiceProvider BuildServices(string? database)
    {
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
        {
            overrides[$"ConnectionStrings:{DataOptions.ConnectionStringName}"] = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database) }.ToString();
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddConflictTrackerData();
        return services.BuildServiceProvider();
    }

    private static async Task<IngestionSummary> IngestWithProgressAsync(ReportIngestor ingestor, IReadOnlyList<string> files, TextWriter stderr, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected output (scripts, CI, tests): a bar would only add noise; the summary says it all.
            return await ingestor.IngestAsync(files.Select(SourceFile.FromPath).ToList(), null, cancellationToken);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                var progress = new Progress(task);
                var summary = await ingestor.IngestAsync(files.Select(SourceFile.FromPath).ToList(), progress, cancellationToken);
                task.Value = task.MaxValue;
                return summary;
            });
    }

    private static void PrintSummary(TextWriter stdout, IngestionSummary summary, IReadOnlyList<FileOutcome> rejected)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
        stdout.WriteLine($"Files:           {summary.Files + (rejected.Count - summary.Rejected.Count)}");
        stdout.WriteLine($"Ingested:        {summary.ReportsAdded} reports ({summary.ReportsAdded / seconds:0} reports/s)");
        stdout.WriteLine($"Near-duplicates: {summary.NearDuplicates} of those, linked to an earlier report's story (not independent)");
        stdout.WriteLine($"Duplicates:      {summary.Duplicates} (already stored, skipped)");
        stdout.WriteLine($"Rejected:        {rejected.Count} files");
        foreach (var outcome in rejected.Take(MaxListed))
        {
            stdout.WriteLine($"  {outcome.File}: {outcome.Reason}");
        }

        if (rejected.Count > MaxListed)
        {
            stdout.WriteLine($"  ... and {rejected.Count - MaxListed} more");
        }

        if (summary.WithNotes.Count > 0)
        {
            stdout.WriteLine("Notes:");
            foreach (var outcome in summary.WithNotes.Take(MaxListed))
            {
                stdout.WriteLine($"  {outcome.File}: {string.Join("; ", outcome.Notes)}");
            }
        }
    }

    /// <summary>Advances the bar as each file's reports are committed; called from the writer thread.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<FileOutcome>
    {
        public void Report(FileOutcome value) => task.Increment(1);
    }
}
