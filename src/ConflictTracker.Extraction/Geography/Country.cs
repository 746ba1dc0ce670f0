namespace ConflictTracker.Extraction.Geography;

/// <summary>An ISO 3166-1 country with the names and demonyms news uses for it.</summary>
public sealed record Country(string Code, string Name, double Lat, double Lon, IReadOnlyList<string> Alternates, IReadOnlyList<string> Demonyms);
