namespace ConflictTracker.Data.Entities;

/// <summary>
/// The input a report was read from, byte for byte (for a feed item: that item's XML). Kept in its own table so report
/// lists never load it.
/// </summary>
public sealed class RawInput
{
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
}
