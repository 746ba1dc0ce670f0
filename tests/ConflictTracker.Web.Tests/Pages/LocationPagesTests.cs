using Bunit;
using ConflictTracker.Web.Components.Map;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class LocationPagesTests : DashboardTestContext
{
    [Fact]
    public void LocationsPageListsCountryRegionCoordinatesAndMentions()
    {
        var report = Data.AddReport("Front", "Fighting near Rivertown; Rivertown was shelled.");
        var town = Data.AddLocation("Rivertown", "UA", 48.1394, 37.7432, "Eastern Oblast");
        Data.Mention(report, "Rivertown", location: town);

        var cut = Render<LocationsPage>();

        cut.WaitForAssertion(() =>
        {
            var cells = cut.Find("[data-testid=locations] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(["Rivertown", "city", "UA", "Eastern Oblast", "48.139, 37.743", "2", "1"], cells);
        });
    }

    [Fact]
    public void LocationsPageFlagsPlacesWithoutAGazetteerEntry()
    {
        Data.AddLocation("Mystery Hamlet", "UA", null, null, placeId: "name:mystery hamlet|UA");

        var cut = Render<LocationsPage>();

        cut.WaitForAssertion(() =>
        {
            Assert.NotNull(cut.Find("[data-testid=unresolved]"));
            Assert.Contains("not geocoded", cut.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void LocationPageShowsClaimsAboutThePlaceAndAMap()
    {
        var module = JSInterop.SetupModule(ConflictMap.ModulePath);
        var map = module.SetupModule("init", _ => true);
        map.SetupVoid("setPlaces", _ => true).SetVoidResult();
        var report = Data.AddReport("Front", "Officials said Rivertown was retaken.");
        var town = Data.AddLocation("Rivertown", "UA", 48.1, 37.7);
        Data.Mention(report, "Rivertown", location: town);
        Data.AddClaim("officials", "said", "Rivertown was retaken", [report], about: town);

        var cut = Render<LocationPage>(p => p.Add(x => x.Id, town.Id));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Rivertown", cut.Find("h1").TextContent);
            Assert.Contains("Rivertown was retaken", cut.Find("[data-testid=claim]").TextContent, StringComparison.Ordinal);
            var markers = Assert.IsAssignableFrom<IReadOnlyList<MapMarker>>(map.VerifyInvoke("setPlaces").Arguments[0]);
            Assert.Equal("Rivertown", Assert.Single(markers).Name);
        });
    }

    [Fact]
    public void MapPagePlotsEveryGeocodedMentionedPlace()
    {
        var module = JSInterop.SetupModule(ConflictMap.ModulePath);
        var map = module.SetupModule("init", _ => true);
        map.SetupVoid("setPlaces", _ => true).SetVoidResult();
        var report = Data.AddReport("Front", "Rivertown and Hillside and Rivertown again; Nowhere too.");
        var town = Data.AddLocation("Rivertown", "UA", 48.1, 37.7);
        var hill = Data.AddLocation("Hillside", "UA", 48.5, 38.0);
        var nowhere = Data.AddLocation("Nowhere", "UA", null, null);
        Data.AddLocation("Unmentioned", "UA", 47.0, 36.0);
        Data.Mention(report, "Rivertown", location: town);
        Data.Mention(report, "Hillside", location: hill);
        Data.Mention(report, "Nowhere", location: nowhere);

        Render<MapPage>();

        var markers = Assert.IsAssignableFrom<IReadOnlyList<MapMarker>>(map.VerifyInvoke("setPlaces").Arguments[0]);
        Assert.Equal([("Rivertown", 2), ("Hillside", 1)], markers.Select(m => (m.Name, m.Count)));
    }

    [Fact]
    public void MapPageShowsEmptyStateWithoutPlaces()
    {
        var cut = Render<MapPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing to plot yet", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "init");
    }
}
