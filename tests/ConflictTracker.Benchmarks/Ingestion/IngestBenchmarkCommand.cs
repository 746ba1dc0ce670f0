using System.Diagnostics;
using ConflictTracker.Data;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Extraction;
using ConflictTracker.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictTracker.Benchmarks.Ingestion;

/// <summary>
/// <c>ingest [--count N] [--runs R] [--extractor default|none] [--folder DIR] [--parallelism N]</c>: ingests N synthetic reports (or a
/// folder) into a fresh database, then the same files again (all duplicates), R times; prints each rate, the
/// medians and the memory seen while ingesting. Not BenchmarkDotNet: the unit of work is a whole run over a folder.
/// </summary>
internal static class IngestBenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 10_000;
        var runs = 3;
        var extractorName = "default";
        string? folder = null;
        string? parallelism = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--extractor": extractorName = args[++i]; break;
                case "--folder": folder = args[++i]; break;
                case "--parallelism": parallelism = args[++i]; break;
                default:
                    Console.Error.WriteLine("usage: ingest [--count N] [--runs R] [--extractor default|none] [--folder DIR] [--parallelism N]");
                    return 1;
            }
        }

        var work = Directory.CreateTempSubdirectory("ct-ingest-bench-").FullName;
        try
        {
            if (folder is null)
            {
                folder = Path.Combine(work, "reports");
                var generate = Stopwatch.StartNew();
                SyntheticReports.Write(folder, count);
                Console.WriteLine($"Generated {count} synthetic reports in {generate.Elapsed.TotalSeconds:0.0} s ({folder})");
            }

            IReportExtractor extractor = extractorName == "none" ? new NoExtraction() : ExtractionPipeline.Default;
            Console.WriteLine($"Extractor: {extractorName}; cores: {Environment.ProcessorCount}; runs: {runs}");
            var fresh = new List<double>();
            var again = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var database = Path.Combine(work, $"run{run}.db");
                await using var services = BuildServices(database, extractor, parallelism);
                var ingestor = services.GetRequiredService<ReportIngestor>();
                await using (var db = await services.GetRequiredService<IDbContextFactory<ConflictTrackerDbContext>>().CreateDbContextAsync())
                {
                    await db.Database.MigrateAsync();
                }

                var files = ReportIngestor.ExpandPaths([folder], _ => { }).Select(SourceFile.FromPath).ToList();
                var (first, memory) = await MeasureAsync(() => ingestor.IngestAsync(files, null, CancellationToken.None));
                var (second, memoryAgain) = await MeasureAsync(() => ingestor.IngestAsync(files, null, CancellationToken.None));
                var freshRate = first.ReportsAdded / first.Elapsed.TotalSeconds;
                var againRate = second.Duplicates / second.Elapsed.TotalSeconds;
                fresh.Add(freshRate);
                again.Add(againRate);
                Console.WriteLine(
                    $"run {run}: fresh {first.ReportsAdded} reports in {first.Elapsed.TotalSeconds:0.00} s = {freshRate:0} reports/s "
                    + $"(writer busy {first.WriterBusy.TotalSeconds:0.00} s, GC pauses {memory.GcPause.TotalSeconds:0.00} s) "
                    + $"({first.NearDuplicates} near-duplicates, {first.Rejected.Count} rejected); "
                    + $"re-ingest {second.Duplicates} duplicates in {second.Elapsed.TotalSeconds:0.00} s = {againRate:0} reports/s; "
                    + $"working set {memory.Min / 1048576} to {memory.Max / 1048576} MB, managed heap peak {memory.Heap / 1048576} MB "
                    + $"(re-ingest: working set up to {memoryAgain.Max / 1048576} MB, heap {memoryAgain.Heap / 1048576} MB)");
                SqliteConnection.ClearAllPools();
            }

            Console.WriteLine($"median fresh: {Median(fresh):0} reports/s; median re-ingest: {Median(again):0} reports/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs the ingest while sampling the working set every 100 ms, so a growing footprint shows.</summary>
    private static async Task<(IngestionSummary Summary, (long Min, long Max, long Heap, TimeSpan GcPause) WorkingSet)> MeasureAsync(Func<Task<IngestionSummary>> ingest)
    {
        GC.Collect();
        var pausedBefore = GC.GetTotalPauseDuration();
        var process = Process.GetCurrentProcess();
        long min = long.MaxValue, max = 0, heap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                min = Math.Min(min, process.WorkingSet64);
                max = Math.Max(max, process.WorkingSet64);
                // The working set includes the database pages SQLite maps into memory; the managed heap is ours alone.
                heap = Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false));
                try
                {
                    await Task.Delay(100, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
        var summary = await ingest();
        await sampling.CancelAsync();
        await sampler;
        return (summary, (min, max, heap, GC.GetTotalPauseDuration() - pausedBefore));
    }

    private static ServiceProvider BuildServices(string database, IReportExtractor extractor, string? parallelism)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataOptions.ConnectionStringName}"] = $"Data Source={database}",
            [$"{IngestionOptions.Section}:{nameof(IngestionOptions.Parallelism)}"] = parallelism,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(extractor);
        services.AddConflictTrackerData();
        return services.BuildServiceProvider();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Measures storage alone: no entities, no claims.</summary>
    private sealed class NoExtraction : IReportExtractor
    {
        public ExtractionResult Extract(ReportInput input) => new();
    }
}
