using System.Text.RegularExpressions;
using ConflictTracker.Extraction;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Tests.Infrastructure;

/// <summary>
/// A stand-in for the real extractor with fixed, predictable output: the places and actors it is told about, found by
/// exact text, and one claim per "X said Y." sentence whose X is a known actor.
/// </summary>
internal sealed partial class ScriptedExtractor : IReportExtractor
{
    public Dictionary<string, (string PlaceId, string Country)> Places { get; } = new();

    public List<ExtractedActor> Actors { get; } = [];

    [GeneratedRegex(@"(?<source>[A-Z][\w ]*?) said (?<text>[^.]+)\.")]
    private static partial Regex Said();

    public ExtractionResult Extract(ReportInput input)
    {
        var text = input.Text;
        var locations = new List<ExtractedLocation>();
        foreach (var (name, (placeId, country)) in Places)
        {
            var mentions = Find(text, name);
            if (mentions.Count > 0)
            {
                locations.Add(new ExtractedLocation { Name = name, PlaceId = placeId, Country = country, Kind = LocationKind.City, Lat = 1, Lon = 2, Mentions = mentions });
            }
        }

        var actors = new List<ExtractedActor>();
        foreach (var actor in Actors)
        {
            var mentions = actor.Aliases.Prepend(actor.Name).SelectMany(n => Find(text, n)).ToList();
            if (mentions.Count > 0)
            {
                actors.Add(actor with { Mentions = mentions });
            }
        }

        var claims = new List<ExtractedClaim>();
        foreach (Match match in Said().Matches(text))
        {
            var source = match.Groups["source"].Value.Trim();
            var speaker = actors.FirstOrDefault(a => a.Aliases.Prepend(a.Name).Any(n => source.EndsWith(n, StringComparison.Ordinal)));
            var content = match.Groups["text"];
            claims.Add(new ExtractedClaim
            {
                Source = speaker?.Name ?? source,
                SourceType = speaker is null ? SourceType.Described : Enum.Parse<SourceType>(speaker.Type.ToString()),
                Cue = "said",
                Text = content.Value,
                Start = content.Index,
                End = content.Index + content.Length,
                Sentence = match.Value,
                Locations = locations.Where(l => content.Value.Contains(l.Name, StringComparison.Ordinal)).Select(l => l.Name).ToList(),
            });
        }

        return new ExtractionResult { Locations = locations, Actors = actors, Claims = claims };
    }

    private static List<Mention> Find(string text, string name)
    {
        var mentions = new List<Mention>();
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            mentions.Add(new Mention(i, i + name.Length, name));
        }

        return mentions;
    }
}
