using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Queries;

/// <summary>An actor in the list: what it is, whose side it is on, the names it goes by and how present it is.</summary>
public sealed record ActorSummary(
    int Id,
    string Name,
    ActorType Type,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    int MentionCount,
    int ReportCount,
    int ClaimCount);
