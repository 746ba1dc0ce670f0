namespace ConflictTracker.Data.Ingestion;

/// <summary>Limits and thresholds of ingestion; bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Larger files are refused before they are read.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Threads that read, parse and extract; one more writes. 0 means one per core.</summary>
    public int Parallelism { get; set; }

    /// <summary>Reports per database transaction. Each report still lands all-or-nothing: one that fails rolls the batch back and the others are written again.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Word-shingle Jaccard similarity at or above which two reports are one story.</summary>
    public double NearDuplicateJaccard { get; set; } = 0.8;

    /// <summary>Share of the shorter report found in the longer one at or above which it is a trimmed copy.</summary>
    public double NearDuplicateContainment { get; set; } = 0.9;

    /// <summary>Content-word Jaccard similarity at or above which two claims by one speaker are one statement.</summary>
    public double SameClaimJaccard { get; set; } = 0.6;
}
