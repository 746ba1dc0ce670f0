using ConflictTracker.Data.Entities;
using ConflictTracker.Web.Ingestion;

namespace ConflictTracker.Web.Tests.Ingestion;

public sealed class UploadJobTests
{
    [Theory]
    [InlineData(IngestionJobStatus.Pending, 0, 0, UploadOutcome.Queued)]
    [InlineData(IngestionJobStatus.Running, 0, 0, UploadOutcome.Processing)]
    [InlineData(IngestionJobStatus.Done, 2, 1, UploadOutcome.Ingested)]
    [InlineData(IngestionJobStatus.Done, 0, 3, UploadOutcome.Duplicate)]
    [InlineData(IngestionJobStatus.Failed, 0, 0, UploadOutcome.Rejected)]
    public void OutcomeFollowsStatusAndCounts(IngestionJobStatus status, int added, int duplicates, UploadOutcome expected)
    {
        Assert.Equal(expected, Job(status, added, duplicates).Outcome);
    }

    [Fact]
    public void RejectionDetailGivesTheReason()
    {
        Assert.Equal("broken feed XML", Job(IngestionJobStatus.Failed, 0, 0, error: "broken feed XML").Detail);
    }

    [Fact]
    public void IngestedDetailCountsNewDuplicateAndLinkedReports()
    {
        Assert.Equal("3 reports added, 1 already stored, 2 linked to an earlier copy of the same story", Job(IngestionJobStatus.Done, 3, 1, nearDuplicates: 2).Detail);
    }

    private static UploadJob Job(IngestionJobStatus status, int added, int duplicates, int nearDuplicates = 0, string? error = null) =>
        new(1, "feed.xml", 100, status, DateTime.UtcNow, null, added, duplicates, nearDuplicates, error);
}
