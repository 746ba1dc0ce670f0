namespace ConflictTracker.Data.Entities;

/// <summary>A place a claim is about.</summary>
public sealed class ClaimLocation
{
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public int LocationId { get; set; }
    public Location? Location { get; set; }
}
