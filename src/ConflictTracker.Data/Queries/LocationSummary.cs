using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Queries;

/// <summary>A place in the list: where it is and how present it is in the reports.</summary>
/// <param name="Unresolved">No gazetteer entry could be chosen for it (stored under its name): an editor should check it.</param>
public sealed record LocationSummary(
    int Id,
    string Name,
    LocationKind Kind,
    string? Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    string PlaceId,
    int MentionCount,
    int ReportCount,
    bool Unresolved);
