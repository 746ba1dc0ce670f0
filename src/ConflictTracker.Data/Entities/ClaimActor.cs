namespace ConflictTracker.Data.Entities;

/// <summary>An actor a claim is about (not its speaker).</summary>
public sealed class ClaimActor
{
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
}
