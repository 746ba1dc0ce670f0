using System.Globalization;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>Reads the date formats news metadata uses (ISO 8601, RFC 822 with zone names, plain dates) as UTC instants.</summary>
internal static class DateParsing
{
    private static readonly (string Zone, string Offset)[] ZoneNames =
    [
        ("UT", "+00:00"), ("UTC", "+00:00"), ("GMT", "+00:00"), ("Z", "+00:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
        ("BST", "+01:00"), ("CET", "+01:00"), ("CEST", "+02:00"), ("EET", "+02:00"), ("EEST", "+03:00"), ("MSK", "+03:00"),
    ];

    public static DateTime? ToUtc(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        // Feeds get the weekday wrong often enough ("Tue, 10 Jun 2024" was a Monday); the date itself is what counts.
        var comma = text.IndexOf(',');
        if (comma is > 0 and <= 9 && text[..comma].All(char.IsLetter))
        {
            text = text[(comma + 1)..].Trim();
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return Plausible(parsed.UtcDateTime);
        }

        // RFC 822 dates name their zone ("Tue, 10 Jun 2003 04:00:00 EST"), which .NET does not read; swap in the offset.
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            var zone = text[(space + 1)..];
            foreach (var (name, offset) in ZoneNames)
            {
                if (string.Equals(zone, name, StringComparison.OrdinalIgnoreCase)
                    && DateTimeOffset.TryParse(text[..space] + " " + offset, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
                {
                    return Plausible(parsed.UtcDateTime);
                }
            }
        }

        return null;
    }

    /// <summary>Dates far outside the age of news reports are metadata errors, not dates.</summary>
    private static DateTime? Plausible(DateTime utc) =>
        utc.Year is >= 1900 and <= 2200 ? DateTime.SpecifyKind(utc, DateTimeKind.Utc) : null;
}
