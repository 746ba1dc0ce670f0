using ConflictTracker.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>Places for the Locations page, a location's own page and the map. Each call opens its own short-lived context.</summary>
public sealed class LocationQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    /// <summary>
    /// Places the gazetteer could not pin down are stored under a name key (<c>name:...</c>) instead of a gazetteer id;
    /// the model has no separate ambiguity flag yet, so this is what marks them.
    /// </summary>
    private const string UnresolvedPrefix = "name:";

    /// <summary>Most mentioned first; <paramref name="search"/> matches the name, country code or region.</summary>
    public async Task<PagedResult<LocationSummary>> ListAsync(string? search, string? country, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Locations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{ActorQueries.EscapeLike(search.Trim())}%";
            query = query.Where(l => EF.Functions.Like(l.Name, pattern, "\\") || EF.Functions.Like(l.Admin1!, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(l => l.Country == code);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query
            .OrderByDescending(l => l.Mentions.Count).ThenBy(l => l.Name)
            .Skip(skip).Take(take)
            .Select(l => new LocationSummary(
                l.Id, l.Name, l.Kind, l.Country, l.Admin1, l.Latitude, l.Longitude, l.PlaceId,
                l.Mentions.Count,
                l.Mentions.Select(m => m.ReportId).Distinct().Count(),
                l.PlaceId.StartsWith(UnresolvedPrefix)))
            .ToListAsync(cancellationToken);
        return new PagedResult<LocationSummary>(page, total);
    }

    public async Task<LocationSummary?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locations.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new LocationSummary(
                l.Id, l.Name, l.Kind, l.Country, l.Admin1, l.Latitude, l.Longitude, l.PlaceId,
                l.Mentions.Count,
                l.Mentions.Select(m => m.ReportId).Distinct().Count(),
                l.PlaceId.StartsWith(UnresolvedPrefix)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Reports that mention the place, newest first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ReportsAsync(int id, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .Where(r => r.Mentions.Any(m => m.LocationId == id))
            .NewestFirst()
            .Take(take)
            .ToSummaries()
            .ToListAsync(cancellationToken);
    }

    public async Task<string?> NameAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locations.Where(l => l.Id == id).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Every geocoded place with at least one mention, for the map. Countries are left out: a dot at a country's
    /// centre would read as a place where something happened.
    /// </summary>
    public async Task<IReadOnlyList<MapPlace>> MapPlacesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locations.AsNoTracking()
            .Where(l => l.Latitude != null && l.Longitude != null && l.Kind != LocationKind.Country && l.Mentions.Any())
            .OrderByDescending(l => l.Mentions.Count)
            .Select(l => new MapPlace(l.Id, l.Name, l.Country, l.Latitude!.Value, l.Longitude!.Value, l.Mentions.Count, l.PlaceId.StartsWith(UnresolvedPrefix)))
            .ToListAsync(cancellationToken);
    }
}
