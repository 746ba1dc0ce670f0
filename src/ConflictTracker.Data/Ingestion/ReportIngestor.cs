using System.Diagnostics;
using System.Threading.Channels;
using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Extraction;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// Stores reports from files, folders and uploads: parallel read/parse/extract, one writer. Each report lands
/// all-or-nothing; one bad file never stops the batch; the same content is stored once; wire copies are linked as
/// one story. Used by the CLI, the web upload worker and the seeder alike.
/// </summary>
public sealed class ReportIngestor(
    IDbContextFactory<ConflictTrackerDbContext> contextFactory,
    IReportExtractor extractor,
    IOptions<IngestionOptions> options,
    ILogger<ReportIngestor> logger)
{
    /// <summary>The writer keeps its open batch's inputs in case a report fails (see <see cref="ReportWriter.Write"/>).</summary>
    private const long MaxBatchInputSize = 64L * 1024 * 1024;

    private readonly IngestionOptions _options = options.Value;

    /// <summary>Ingests files and folders (recursively); a path that does not exist is a rejected file.</summary>
    public async Task<IngestionSummary> IngestPathsAsync(IEnumerable<string> paths, IProgress<FileOutcome>? progress, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var files = SourceReader.Expand(paths, missing.Add).Select(SourceFile.FromPath).ToList();
        var summary = await IngestAsync(files, progress, cancellationToken);
        if (missing.Count == 0)
        {
            return summary;
        }

        var rejected = missing.Select(m => new FileOutcome(m, FileStatus.Rejected, 0, 0, 0, "no such file or folder", [], [])).ToList();
        foreach (var outcome in rejected)
        {
            progress?.Report(outcome);
        }

        return summary with { Files = summary.Files + rejected.Count, Rejected = [.. summary.Rejected, .. rejected] };
    }

    /// <summary>Lists the files a set of paths expands to, so a caller can show a progress total first.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, Action<string> missing) => SourceReader.Expand(paths, missing).ToList();

    public async Task<IngestionSummary> IngestAsync(IReadOnlyList<SourceFile> files, IProgress<FileOutcome>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var connectionString = await MigrateAsync(cancellationToken);
        var totals = new Totals();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var prepared = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(64) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var parallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount;
        var next = -1;

        // The writer opens first: it switches the database to WAL before any reader connects.
        using var writer = new ReportWriter(connectionString, _options);
        var workers = Enumerable.Range(0, Math.Min(parallelism, Math.Max(1, files.Count))).Select(_ => Task.Run(async () =>
        {
            using var preparer = new ReportPreparer(extractor, _options, connectionString);
            int index;
            while (!stop.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < files.Count)
            {
                await prepared.Writer.WriteAsync(preparer.Prepare(files[index]), stop.Token);
            }
        }, stop.Token)).ToList();

        var completion = Task.WhenAll(workers).ContinueWith(t => prepared.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await Task.Run(() => WriteAllAsync(writer, prepared.Reader, totals, progress, stop.Token), CancellationToken.None);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await completion;
        }

        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: what was committed stays; the summary says the run stopped early.
        }

        logger.LogInformation(
            "Ingested {FileCount} files: {ReportsAdded} reports added, {Duplicates} duplicates, {NearDuplicates} near-duplicates, {Rejected} rejected in {ElapsedMs} ms",
            totals.Files, totals.Added, totals.Duplicates, totals.NearDuplicates, totals.Rejected.Count, stopwatch.ElapsedMilliseconds);
        return new IngestionSummary(totals.Files, totals.Added, totals.Duplicates, totals.NearDuplicates, totals.Rejected, totals.WithNotes,
            cancellationToken.IsCancellationRequested, stopwatch.Elapsed) { WriterBusy = totals.WriterBusy.Elapsed };
    }

    private async Task WriteAllAsync(ReportWriter writer, ChannelReader<PreparedFile> reader, Totals totals, IProgress<FileOutcome>? progress, CancellationToken cancellationToken)
    {
        var pending = new List<FileOutcome>();
        var batchReports = 0;
        var batchTimer = Stopwatch.StartNew();
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (!cancellationToken.IsCancellationRequested && reader.TryRead(out var file))
                {
                    totals.WriterBusy.Start();
                    pending.Add(WriteFile(writer, file));
                    totals.WriterBusy.Stop();
                    batchReports += file.Reports.Count;
                    if (batchReports >= _options.BatchSize || writer.BatchInputSize > MaxBatchInputSize || batchTimer.ElapsedMilliseconds > 2000)
                    {
                        Flush();
                    }
                }

                // Nothing is waiting: commit now rather than hold finished reports back.
                Flush();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: whole reports written so far are committed below.
        }

        Flush();

        void Flush()
        {
            totals.WriterBusy.Start();
            writer.Commit();
            totals.WriterBusy.Stop();
            foreach (var outcome in pending)
            {
                totals.Add(outcome);
                progress?.Report(outcome);
            }

            pending.Clear();
            batchReports = 0;
            batchTimer.Restart();
        }
    }

    private FileOutcome WriteFile(ReportWriter writer, PreparedFile file)
    {
        if (file.Rejection is not null)
        {
            logger.LogWarning("Rejected {File}: {Reason}", file.File, file.Rejection);
            return new FileOutcome(file.File, FileStatus.Rejected, 0, file.Duplicates, 0, file.Rejection, file.Notes, []);
        }

        var ids = new List<int>();
        var duplicates = file.Duplicates;
        var nearDuplicates = 0;
        var notes = new List<string>(file.Notes);
        foreach (var report in file.Reports)
        {
            // Two inputs with the same content can be prepared in parallel; only the writer sees both.
            if (writer.ContentKnown(report.ContentHash))
            {
                duplicates++;
                continue;
            }

            try
            {
                var (id, near) = writer.Write(report, DateTime.UtcNow);
                ids.Add(id);
                nearDuplicates += near ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not BatchLostException && !(ex is SqliteException sqlite && IsFatal(sqlite)))
            {
                logger.LogError(ex, "Could not store a report from {File}", file.File);
                notes.Add($"a report could not be stored: {ex.Message}");
            }
        }

        if (ids.Count == 0 && duplicates == 0)
        {
            return new FileOutcome(file.File, FileStatus.Rejected, 0, 0, 0, notes.LastOrDefault() ?? "nothing could be stored", notes, []);
        }

        return new FileOutcome(file.File, ids.Count > 0 ? FileStatus.Ingested : FileStatus.Duplicate, ids.Count, duplicates, nearDuplicates, null, notes, ids);
    }

    /// <summary>Errors of the database itself (full disk, corruption, read-only file) end the run: no later report could land.</summary>
    private static bool IsFatal(SqliteException ex) =>
        ex.SqliteErrorCode is 8 /* READONLY */ or 10 /* IOERR */ or 11 /* CORRUPT */ or 13 /* FULL */ or 14 /* CANTOPEN */ or 26 /* NOTADB */;

    private async Task<string> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        return db.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string.");
    }

    private sealed class Totals
    {
        public int Files;
        public int Added;
        public int Duplicates;
        public int NearDuplicates;
        public readonly List<FileOutcome> Rejected = [];
        public readonly List<FileOutcome> WithNotes = [];
        public readonly Stopwatch WriterBusy = new();

        public void Add(FileOutcome outcome)
        {
            Files++;
            Added += outcome.ReportsAdded;
            Duplicates += outcome.Duplicates;
            NearDuplicates += outcome.NearDuplicates;
            if (outcome.Status == FileStatus.Rejected)
            {
                Rejected.Add(outcome);
            }
            else if (outcome.Notes.Count > 0 && WithNotes.Count < 1000)
            {
                WithNotes.Add(outcome);
            }
        }
    }
}
