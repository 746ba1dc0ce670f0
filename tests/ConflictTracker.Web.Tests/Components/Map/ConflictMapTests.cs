using Bunit;
using ConflictTracker.Data.Queries;
using ConflictTracker.Web.Components.Map;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests.Components.Map;

public sealed class ConflictMapTests : DashboardTestContext
{
    private readonly BunitJSInterop _map;

    public ConflictMapTests()
    {
        var module = JSInterop.SetupModule(ConflictMap.ModulePath);
        _map = module.SetupModule("init", _ => true);
        _map.SetupVoid("setPlaces", _ => true).SetVoidResult();
    }

    [Fact]
    public void PlotsEveryPlaceWithItsMentionCountAndLocationLink()
    {
        MapPlace[] places =
        [
            new(7, "Harbourtown", "UA", 48.1, 37.7, 5, false),
            new(9, "Hilltop", "UA", 48.6, 38.0, 1, true),
        ];

        Render<ConflictMap>(p => p.Add(x => x.Places, places));

        var call = _map.VerifyInvoke("setPlaces");
        var markers = Assert.IsAssignableFrom<IReadOnlyList<MapMarker>>(call.Arguments[0]);
        Assert.Collection(
            markers,
            m => Assert.Equal(("Harbourtown", 5, false, 48.1, 37.7), (m.Name, m.Count, m.Ambiguous, m.Lat, m.Lon)),
            m => Assert.Equal(("Hilltop", 1, true), (m.Name, m.Count, m.Ambiguous)));
        Assert.EndsWith("/locations/7", markers[0].Url, StringComparison.Ordinal);
        Assert.Equal(true, call.Arguments[1]);
    }

    [Fact]
    public void CreditsGeoNamesAndNaturalEarthInTheAttribution()
    {
        Render<ConflictMap>(p => p.Add(x => x.Places, []));

        var init = JSInterop.Invocations["init"].Single();
        var options = System.Text.Json.JsonSerializer.Serialize(init.Arguments[1]);
        Assert.Contains("GeoNames (geonames.org), CC BY 4.0", options, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", options, StringComparison.Ordinal);
        Assert.Contains("countries-50m.geojson", options, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplotsWhenThePlacesChange()
    {
        var cut = Render<ConflictMap>(p => p.Add(x => x.Places, [new MapPlace(1, "Riverside", "SD", 13.6, 25.3, 2, false)]));

        cut.Render(p => p.Add(x => x.Places, [new MapPlace(1, "Riverside", "SD", 13.6, 25.3, 3, false), new MapPlace(2, "Dunes", "SD", 14.0, 24.9, 1, false)]));

        var calls = _map.Invocations["setPlaces"];
        Assert.Equal(2, calls.Count);
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<MapMarker>>(calls[1].Arguments[0]).Count);
    }
}
