using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Queries;

/// <summary>What the sourced-claims view narrows by; every field is optional.</summary>
public sealed record ClaimFilter
{
    /// <summary>Words to find in the claim's text or speaker (full-text, any user input is safe).</summary>
    public string? Text { get; init; }
    /// <summary>Claims spoken by this actor or about it.</summary>
    public int? ActorId { get; init; }
    /// <summary>Claims about this place.</summary>
    public int? LocationId { get; init; }
    /// <summary>Claims carried by this report.</summary>
    public int? ReportId { get; init; }
    public ClaimStatus? Status { get; init; }
    /// <summary>Inclusive, on the claim's date (or the day it was first reported when it has none).</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
