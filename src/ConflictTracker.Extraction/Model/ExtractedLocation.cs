namespace ConflictTracker.Extraction.Model;

/// <summary>A distinct place named in a report, geocoded, with every mention of it.</summary>
public sealed record ExtractedLocation
{
    public required string Name { get; init; }
    public LocationKind Kind { get; init; } = LocationKind.Other;
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>Stable gazetteer id such as <c>geonames:703448</c>; the key for one location per place across reports.</summary>
    public string? PlaceId { get; init; }
    public double Confidence { get; init; }
    public bool Ambiguous { get; init; }
    public IReadOnlyList<PlaceCandidate> Candidates { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>
    /// Names of the place the extractor knows besides the report's ("Putumayo" for Putumayo Department, GeoNames' own
    /// spelling); they join <see cref="Aliases"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore] // already part of Aliases
    public IReadOnlyList<string> KnownNames { get; init; } = [];

    /// <summary>
    /// Other names of the place: the report's other spellings ("Avdeevka" for Avdiivka) and the <see cref="KnownNames"/>.
    /// Computed, so a copy with other mentions never keeps a spelling it lost.
    /// </summary>
    public IReadOnlyList<string> Aliases => OtherNames(Name, KnownNames.Concat(Mentions.Select(m => m.Text)));

    /// <summary>The distinct names (ignoring case) that differ from <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> OtherNames(string name, IEnumerable<string> names) =>
        [.. names.Where(n => n.Length > 0 && !n.Equals(name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>Another place the same name could mean, offered to an editor when the choice is uncertain.</summary>
public sealed record PlaceCandidate(string PlaceId, string Name, string? Country, string? Admin1, double Lat, double Lon, double Score);

public enum LocationKind { Country, Region, City, Town, Village, Feature, Other }
