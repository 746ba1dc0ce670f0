namespace ConflictTracker.Data.Queries;

/// <summary>A geocoded place as the map plots it: where it is and how often reports mention it.</summary>
/// <param name="Ambiguous">The position is uncertain (drawn differently so nobody reads it as fact).</param>
public sealed record MapPlace(int Id, string Name, string? Country, double Latitude, double Longitude, int MentionCount, bool Ambiguous);
