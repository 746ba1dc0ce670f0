using ConflictTracker.Data.Entities;

namespace ConflictTracker.Web.Ingestion;

/// <summary>One uploaded file and what became of it.</summary>
public sealed record UploadJob(
    int Id,
    string FileName,
    long Size,
    IngestionJobStatus Status,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    int ReportsAdded,
    int Duplicates,
    int NearDuplicates,
    string? Error)
{
    public UploadOutcome Outcome => Status switch
    {
        IngestionJobStatus.Pending => UploadOutcome.Queued,
        IngestionJobStatus.Running => UploadOutcome.Processing,
        IngestionJobStatus.Failed => UploadOutcome.Rejected,
        _ when ReportsAdded > 0 => UploadOutcome.Ingested,
        _ when Duplicates > 0 => UploadOutcome.Duplicate,
        _ => UploadOutcome.Rejected,
    };

    /// <summary>One line for the analyst: the reason for a rejection, or what went in.</summary>
    public string Detail => Outcome switch
    {
        UploadOutcome.Queued => "waiting for its turn",
        UploadOutcome.Processing => "extracting places, actors and claims",
        UploadOutcome.Rejected => Error ?? "no report could be read from this file",
        UploadOutcome.Duplicate => Duplicates == 1 ? "already stored" : $"{Duplicates} reports already stored",
        _ => DescribeIngested(),
    };

    private string DescribeIngested()
    {
        var text = ReportsAdded == 1 ? "1 report added" : $"{ReportsAdded} reports added";
        if (Duplicates > 0)
        {
            text += $", {Duplicates} already stored";
        }

        if (NearDuplicates > 0)
        {
            text += $", {NearDuplicates} linked to an earlier copy of the same story";
        }

        if (Error is { Length: > 0 })
        {
            text += $"; {Error}";
        }

        return text;
    }
}
