using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// Optional metadata at the top of a plain-text report: <c>Key: value</c> lines, then a blank line, then the body.
/// Text without such a block is all body.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, string Body)
{
    private static readonly HashSet<string> KnownKeys =
        new(StringComparer.OrdinalIgnoreCase) { "Title", "Outlet", "Url", "Published", "Author", "Language", "Conflict", "Licence", "License" };

    public string? this[string key] =>
        Fields.TryGetValue(key, out var value) && !string.Equals(value, "unknown", StringComparison.OrdinalIgnoreCase) ? value : null;

    /// <summary>
    /// Any one-word key counts ("Partial: no" sits among the known ones in real files), so a new field never turns the
    /// whole header into body text; a phrase before a colon ("Officials said: ...") is prose.
    /// </summary>
    private static bool IsKey(string candidate) =>
        candidate.Length is > 0 and <= 40 && char.IsLetter(candidate[0]) && candidate.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// The report as extraction should see it when offsets must index the whole text (the CLI's <c>extract</c>): the
    /// metadata lines are blanked rather than cut, so "Outlet: Kyiv Wire" never reads as a speaker's turn, and the title
    /// and published date (which anchors "on Saturday") are passed on.
    /// </summary>
    public static ReportInput ToReportInput(string text)
    {
        var parsed = Parse(text);
        if (parsed.Fields.Count == 0)
        {
            return new ReportInput(text);
        }

        var bodyStart = text.Length - parsed.Body.Length;
        var blanked = string.Create(text.Length, (text, bodyStart), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            foreach (ref var c in span[..state.bodyStart])
            {
                c = c is '\n' or '\r' ? c : ' ';
            }
        });
        var published = DateParsing.ToUtc(parsed["Published"]) is { } at ? DateOnly.FromDateTime(at) : (DateOnly?)null;
        return new ReportInput(blanked, published, parsed["Title"]);
    }

    public static FrontMatter Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[position..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r');
            if (line.Length == 0)
            {
                // Only a block that has at least one known key counts as metadata; otherwise it is the body's first paragraph.
                return fields.Keys.Any(KnownKeys.Contains) ? new FrontMatter(fields, text[next..]) : new FrontMatter(new Dictionary<string, string>(), text);
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon]))
            {
                return new FrontMatter(new Dictionary<string, string>(), text);
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            position = next;
        }

        return new FrontMatter(new Dictionary<string, string>(), text);
    }
}
