using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>The country a report is about, for words that name its actors without naming it ("the government", "the army").</summary>
internal static class ReportCountry
{
    /// <summary>The country most of the report's places are in, when one clearly leads (more than half of the place mentions).</summary>
    public static Country? Main(Document document, Countries countries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var location in document.Locations)
        {
            if (location.Country is { } code)
            {
                counts[code] = counts.GetValueOrDefault(code) + location.Mentions.Count;
                total += location.Mentions.Count;
            }
        }

        string? best = null;
        var bestCount = 0;
        foreach (var (code, count) in counts)
        {
            if (count > bestCount)
            {
                best = code;
                bestCount = count;
            }
        }

        return best is not null && bestCount * 2 > total ? countries.ByCode(best) : null;
    }
}
