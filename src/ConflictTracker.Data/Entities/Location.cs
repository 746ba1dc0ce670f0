using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Entities;

/// <summary>One real place, whatever report names it: keyed by its gazetteer id.</summary>
public sealed class Location
{
    public int Id { get; set; }
    /// <summary>Gazetteer id such as <c>geonames:703448</c>; for a place the gazetteer lacks, <c>name:</c> plus its normalised name and country.</summary>
    public required string PlaceId { get; set; }
    public required string Name { get; set; }
    public LocationKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<Mention> Mentions { get; } = [];
}
