using ConflictTracker.Data;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Web.LiveUpdates;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Web.Ingestion;

/// <summary>
/// Takes uploaded files off the persisted queue one at a time and ingests them. A job is marked Running before the
/// work starts; after a crash or restart such jobs go back to Pending and run again, which is safe because ingestion
/// stores each report all-or-nothing and skips reports already stored.
/// </summary>
public sealed partial class IngestionWorker(
    IDbContextFactory<ConflictTrackerDbContext> contextFactory,
    IServiceScopeFactory scopeFactory,
    UploadQueue queue,
    DatabaseReady databaseReady,
    DashboardNotifier notifier,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    /// <summary>How long the worker sleeps when the queue looks empty; new uploads wake it at once.</summary>
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await databaseReady.WaitAsync(stoppingToken);
            await ResumeInterruptedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var job = await TakeNextAsync(stoppingToken);
                if (job is null)
                {
                    await queue.WaitForWorkAsync(IdlePoll, stoppingToken);
                    continue;
                }

                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a job left Running is resumed at the next start.
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resumed = await db.IngestionJobs
            .Where(j => j.Status == IngestionJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, IngestionJobStatus.Pending).SetProperty(j => j.StartedAt, (DateTime?)null), cancellationToken);
        var pending = await db.IngestionJobs.CountAsync(j => j.Status == IngestionJobStatus.Pending, cancellationToken);
        if (resumed > 0 || pending > 0)
        {
            LogResuming(resumed, pending);
        }
    }

    /// <summary>The oldest pending job, marked Running in the same step so no second worker takes it.</summary>
    private async Task<IngestionJob?> TakeNextAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.IngestionJobs
            .Where(j => j.Status == IngestionJobStatus.Pending)
            .OrderBy(j => j.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return null;
        }

        job.Status = IngestionJobStatus.Running;
        job.StartedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(new DashboardChange(DashboardChangeKind.JobChanged, job.Id));
        return job;
    }

    private async Task RunAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        FileOutcome? outcome = null;
        string? failure = null;
        try
        {
            outcome = await IngestAsync(job, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One bad file must never stop the queue: record why and move on.
            LogJobFailed(ex, job.Id, job.FileName);
            failure = "ingestion failed unexpectedly; the error was logged";
        }

        await using (var db = await contextFactory.CreateDbContextAsync(CancellationToken.None))
        {
            db.Attach(job);
            job.FinishedAt = DateTime.UtcNow;
            job.Content = null;
            if (outcome is null)
            {
                job.Status = IngestionJobStatus.Failed;
                job.Error = failure;
            }
            else
            {
                job.Status = outcome.Status == FileStatus.Rejected ? IngestionJobStatus.Failed : IngestionJobStatus.Done;
                job.ReportsAdded = outcome.ReportsAdded;
                job.Duplicates = outcome.Duplicates;
                job.NearDuplicates = outcome.NearDuplicates;
                job.Error = outcome.Reason ?? (outcome.Notes.Count > 0 ? string.Join("; ", outcome.Notes) : null);
            }

            // The content was cleared on purpose (the reports keep their raw input); mark it so EF writes the null.
            db.Entry(job).Property(j => j.Content).IsModified = true;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        LogJobDone(job.Id, job.FileName, job.Status, job.ReportsAdded, job.Duplicates);
        await notifier.NotifyAsync(new DashboardChange(DashboardChangeKind.JobChanged, job.Id));
        if (job.ReportsAdded > 0)
        {
            await notifier.NotifyAsync(new DashboardChange(DashboardChangeKind.DataChanged, job.Id));
        }
    }

    private async Task<FileOutcome> IngestAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        if (job.Content is null)
        {
            return new FileOutcome(job.FileName, FileStatus.Rejected, 0, 0, 0, "the uploaded content is missing; upload the file again", [], []);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<ReportIngestor>();
        var capture = new OutcomeCapture();
        await ingestor.IngestAsync([SourceFile.FromBytes(job.FileName, job.Content)], capture, cancellationToken);
        return capture.Outcome ?? new FileOutcome(job.FileName, FileStatus.Rejected, 0, 0, 0, "ingestion reported no outcome for this file", [], []);
    }

    /// <summary>Takes the one outcome synchronously (<see cref="Progress{T}"/> would post it to another thread, too late).</summary>
    private sealed class OutcomeCapture : IProgress<FileOutcome>
    {
        public FileOutcome? Outcome { get; private set; }

        public void Report(FileOutcome value) => Outcome = value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming uploads: {ResumedCount} interrupted, {PendingCount} pending")]
    private partial void LogResuming(int resumedCount, int pendingCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload job {JobId} ({FileName}) failed")]
    private partial void LogJobFailed(Exception exception, int jobId, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload job {JobId} ({FileName}) finished {Status}: {ReportsAdded} added, {Duplicates} duplicates")]
    private partial void LogJobDone(int jobId, string fileName, IngestionJobStatus status, int reportsAdded, int duplicates);
}
