namespace ConflictTracker.Data.Entities;

/// <summary>
/// One locality-sensitive hash band of a report's MinHash signature over word shingles: reports sharing a band are
/// candidates for near-duplicates, checked exactly before they are linked.
/// </summary>
public sealed class ReportBand
{
    public long Key { get; set; }
    public int ReportId { get; set; }
}
