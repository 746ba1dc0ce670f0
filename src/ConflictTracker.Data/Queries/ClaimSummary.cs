using ConflictTracker.Data.Entities;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Queries;

/// <summary>A sourced claim as analysts read it: who said what, how, when, and which reports carry it.</summary>
public sealed record ClaimSummary(
    int Id,
    string Speaker,
    int? SpeakerActorId,
    SourceType SourceType,
    string Cue,
    string Text,
    bool Hedged,
    Evidentiality Evidentiality,
    ClaimStatus Status,
    DateOnly? Date,
    DateTime FirstReportedAt,
    int ReportCount,
    int IndependentSourceCount,
    IReadOnlyList<ClaimReportLink> Reports)
{
    /// <summary>The day the claim is about when a report says, otherwise the day it was first reported.</summary>
    public DateOnly Day => Date ?? DateOnly.FromDateTime(FirstReportedAt);
}
