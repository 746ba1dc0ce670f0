using ConflictTracker.Data;
using ConflictTracker.Data.Entities;
using ConflictTracker.Web.LiveUpdates;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Web.Ingestion;

/// <summary>
/// The persisted upload queue: each uploaded file becomes an <see cref="IngestionJob"/> row before anything else
/// happens to it, so a restart loses nothing; <see cref="IngestionWorker"/> takes the rows one by one.
/// </summary>
public sealed class UploadQueue(IDbContextFactory<ConflictTrackerDbContext> contextFactory, DashboardNotifier notifier)
{
    private readonly SemaphoreSlim _signal = new(0);

    public async Task<int> EnqueueAsync(string batchId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var job = new IngestionJob
        {
            BatchId = batchId,
            FileName = fileName,
            Content = content,
            Size = content.LongLength,
            Status = IngestionJobStatus.Pending,
            CreatedAt = DateTime.UtcNow,
        };
        await SaveAsync(job, cancellationToken);
        _signal.Release();
        return job.Id;
    }

    /// <summary>Records a file refused before it was read (too large, wrong type) so its outcome survives a reload like any other.</summary>
    public async Task<int> RecordRejectedAsync(string batchId, string fileName, long size, string reason, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var job = new IngestionJob
        {
            BatchId = batchId,
            FileName = fileName,
            Size = size,
            Status = IngestionJobStatus.Failed,
            CreatedAt = now,
            FinishedAt = now,
            Error = reason,
        };
        await SaveAsync(job, cancellationToken);
        return job.Id;
    }

    public async Task<IReadOnlyList<UploadJob>> ListRecentAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<IngestionJob>().AsNoTracking()
            .OrderByDescending(j => j.Id)
            .Take(take)
            .Select(j => new UploadJob(j.Id, j.FileName, j.Size, j.Status, j.CreatedAt, j.FinishedAt, j.ReportsAdded, j.Duplicates, j.NearDuplicates, j.Error))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Wakes the worker early when a job arrives; the timeout is a safety net, not the mechanism.</summary>
    internal async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signal.WaitAsync(timeout, cancellationToken);

    private async Task SaveAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.Add(job);
            await db.SaveChangesAsync(cancellationToken);
        }

        await notifier.NotifyAsync(new DashboardChange(DashboardChangeKind.JobChanged, job.Id));
    }
}
