namespace ConflictTracker.Web.Components.Map;

/// <summary>One circle on the map as <c>map.js</c> receives it (serialised camelCase).</summary>
public sealed record MapMarker(int Id, string Name, double Lat, double Lon, int Count, bool Ambiguous, string Url);
