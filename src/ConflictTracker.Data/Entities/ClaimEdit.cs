namespace ConflictTracker.Data.Entities;

/// <summary>One change an editor made to a claim: the audit trail.</summary>
public sealed class ClaimEdit
{
    public long Id { get; set; }
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public required string Editor { get; set; }
    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
    /// <summary>The property changed, e.g. <c>Status</c>.</summary>
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Comment { get; set; }
}
