using System.Text;
using ConflictTracker.Data.Entities;
using ConflictTracker.Web.Ingestion;
using ConflictTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictTracker.Web.Tests.Ingestion;

public sealed class IngestionWorkerTests : IDisposable
{
    private readonly ConflictTrackerAppFactory _factory = new();

    [Fact]
    public async Task QueuedUploadIsIngestedAndItsOutcomeRecorded()
    {
        var queue = _factory.Services.GetRequiredService<UploadQueue>();

        var id = await queue.EnqueueAsync("batch", "ferry.txt", Encoding.UTF8.GetBytes("Title: Ferry resumes\n\nThe harbour master said the ferry resumed service."), TestContext.Current.CancellationToken);

        var job = await WaitForFinishAsync(id);
        Assert.Equal(IngestionJobStatus.Done, job.Status);
        Assert.Equal(1, job.ReportsAdded);
        Assert.Null(job.Content);
        await using var db = _factory.CreateDbContext();
        Assert.True(await db.Reports.AnyAsync(r => r.Title == "Ferry resumes", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnreadableUploadIsRejectedWithAReasonAndTheQueueMovesOn()
    {
        var queue = _factory.Services.GetRequiredService<UploadQueue>();

        var bad = await queue.EnqueueAsync("batch", "empty.txt", [], TestContext.Current.CancellationToken);
        var good = await queue.EnqueueAsync("batch", "good.txt", Encoding.UTF8.GetBytes("Title: Bridge open\n\nEngineers said the bridge reopened."), TestContext.Current.CancellationToken);

        var rejected = await WaitForFinishAsync(bad);
        Assert.Equal(IngestionJobStatus.Failed, rejected.Status);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Error));
        Assert.Equal(IngestionJobStatus.Done, (await WaitForFinishAsync(good)).Status);
    }

    [Fact]
    public async Task JobsLeftRunningOrPendingByAStoppedAppAreFinishedAfterARestart()
    {
        // The state a kill leaves behind: one job taken but unfinished, one never started.
        await using (var db = _factory.CreateDbContext())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            db.IngestionJobs.AddRange(
                Job("interrupted.txt", IngestionJobStatus.Running, "Title: Interrupted\n\nA spokesman said the convoy arrived."),
                Job("waiting.txt", IngestionJobStatus.Pending, "Title: Waiting\n\nA spokesman said the road reopened."));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        _ = _factory.Services; // starts the app

        await using var check = _factory.CreateDbContext();
        var ids = await check.IngestionJobs.Select(j => j.Id).ToListAsync(TestContext.Current.CancellationToken);
        foreach (var id in ids)
        {
            Assert.Equal(IngestionJobStatus.Done, (await WaitForFinishAsync(id)).Status);
        }

        Assert.Equal(2, await check.Reports.CountAsync(r => r.Title == "Interrupted" || r.Title == "Waiting", TestContext.Current.CancellationToken));
    }

    private static IngestionJob Job(string name, IngestionJobStatus status, string content) => new()
    {
        FileName = name,
        Content = Encoding.UTF8.GetBytes(content),
        Size = content.Length,
        Status = status,
        CreatedAt = DateTime.UtcNow,
        StartedAt = status == IngestionJobStatus.Running ? DateTime.UtcNow : null,
    };

    private async Task<IngestionJob> WaitForFinishAsync(int id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var db = _factory.CreateDbContext();
            var job = await db.IngestionJobs.AsNoTracking().SingleAsync(j => j.Id == id, TestContext.Current.CancellationToken);
            if (job.Status is IngestionJobStatus.Done or IngestionJobStatus.Failed || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _factory.Dispose();
}
