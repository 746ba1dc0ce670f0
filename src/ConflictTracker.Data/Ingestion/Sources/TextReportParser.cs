using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>A plain-text report with optional <see cref="FrontMatter"/>.</summary>
internal static class TextReportParser
{
    public static ParsedReport Parse(string text, string sourceName, byte[] raw)
    {
        var parsed = FrontMatter.Parse(text);
        return new ParsedReport
        {
            Body = parsed.Body,
            Title = parsed["Title"],
            Outlet = parsed["Outlet"],
            Url = parsed["Url"],
            Author = parsed["Author"],
            Language = parsed["Language"],
            PublishedAt = DateParsing.ToUtc(parsed["Published"]),
            Format = ReportFormat.Text,
            SourceName = sourceName,
            Raw = raw,
        };
    }
}
