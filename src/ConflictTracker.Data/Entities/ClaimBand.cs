namespace ConflictTracker.Data.Entities;

/// <summary>
/// One locality-sensitive hash band of a claim's MinHash signature (salted with its speaker): claims by the same speaker
/// sharing a band are candidates for the same statement, checked exactly before they are grouped.
/// </summary>
public sealed class ClaimBand
{
    public long Key { get; set; }
    public int ClaimId { get; set; }
}
