using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Finds the places a report names and geocodes them: spots capitalised word n-grams that are gazetteer names,
/// drops demonyms, common words, people's names and capitals used for governments, then picks for each name the
/// place that fits the report (countries and regions it names, nearby unambiguous places, then size). When the
/// evidence cannot separate two places the location is marked ambiguous with its candidates.
/// </summary>
public sealed class LocationStep(Gazetteer gazetteer) : IExtractionStep
{
    private const int MaxNGram = 6;

    public LocationStep()
        : this(Gazetteer.Default)
    {
    }

    public string Name => "locations";

    public void Run(Document document)
    {
        var text = document.Text;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        using var tokens = new PlaceTokenizer(text);
        var spotter = new PlaceSpotter(gazetteer, tokens);
        var spots = spotter.Spot();
        var resolver = new PlaceResolver(gazetteer, tokens, spotter);
        var locations = spots.Count == 0 ? [] : resolver.Resolve(spots);
        new FeatureSpotter(gazetteer, tokens, spotter).Add(locations);
        document.Locations.AddRange(locations);
    }

    internal static int MaxTokens => MaxNGram;
}
