using System.Text;
using System.Xml;
using System.Xml.Linq;
using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// RSS 2.0 (and RSS 1.0/RDF) and Atom feed files: each item is one report (link, title, date, content or description).
/// DTDs are ignored and nothing external is resolved, so entity tricks cannot expand or fetch anything.
/// </summary>
internal static class FeedReportParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static bool LooksLikeFeed(string head) =>
        head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
        || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);

    public static ParsedSource Parse(byte[] bytes, string sourceName)
    {
        TextDecoder.EnsureCodePages();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new RejectedInputException($"the feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}");
        }
        catch (ArgumentException ex)
        {
            // An encoding name the runtime does not know.
            throw new RejectedInputException("the feed declares an unsupported encoding: " + ex.Message);
        }

        var root = document.Root!;
        var notes = new List<string>();
        var reports = new List<ParsedReport>();
        IEnumerable<XElement> items;
        string? outlet;
        string? language;
        ReportFormat format;
        if (root.Name == Atom + "feed")
        {
            format = ReportFormat.Atom;
            outlet = Text(root.Element(Atom + "title"));
            language = root.Attribute(XNamespace.Xml + "lang")?.Value;
            items = root.Elements(Atom + "entry");
        }
        else if (root.Name.LocalName == "rss")
        {
            format = ReportFormat.Rss;
            var channel = root.Element("channel");
            outlet = Text(channel?.Element("title"));
            language = Text(channel?.Element("language"));
            items = channel?.Elements("item") ?? [];
        }
        else if (root.Name.LocalName == "RDF")
        {
            format = ReportFormat.Rss;
            var channel = root.Element(Rss1 + "channel");
            outlet = Text(channel?.Element(Rss1 + "title"));
            language = Text(channel?.Element(Dc + "language"));
            items = root.Elements(Rss1 + "item");
        }
        else
        {
            throw new RejectedInputException($"it is XML but not an RSS or Atom feed (root element <{root.Name.LocalName}>)");
        }

        var index = 0;
        var skipped = 0;
        foreach (var item in items)
        {
            index++;
            var report = format == ReportFormat.Atom ? ReadAtomEntry(item) : ReadRssItem(item);
            if (report.Body.Trim().Length == 0)
            {
                skipped++;
                continue;
            }

            reports.Add(report with
            {
                Outlet = report.Outlet ?? outlet,
                Language = report.Language ?? language,
                Format = format,
                SourceName = $"{sourceName}#item{index}",
                Raw = Encoding.UTF8.GetBytes(item.ToString(SaveOptions.DisableFormatting)),
            });
        }

        if (index == 0)
        {
            throw new RejectedInputException("the feed has no items");
        }

        if (skipped > 0)
        {
            notes.Add($"{skipped} of {index} feed items had no text and were skipped");
        }

        if (reports.Count == 0)
        {
            throw new RejectedInputException($"none of the feed's {index} items has any text");
        }

        return new ParsedSource(reports, notes);
    }

    private static ParsedReport ReadRssItem(XElement item)
    {
        var encoded = item.Element(Content + "encoded");
        var description = item.Element("description") ?? item.Element(Rss1 + "description");
        var guid = item.Element("guid");
        var link = Text(item.Element("link") ?? item.Element(Rss1 + "link"))
            ?? (guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase) ? Text(guid) : null);
        return new ParsedReport
        {
            Body = Body(Text(encoded) ?? Text(description)),
            Title = TitleText(Text(item.Element("title") ?? item.Element(Rss1 + "title"))),
            Url = link,
            Author = Text(item.Element(Dc + "creator")) ?? Text(item.Element("author")),
            PublishedAt = DateParsing.ToUtc(Text(item.Element("pubDate"))) ?? DateParsing.ToUtc(Text(item.Element(Dc + "date"))),
            SourceName = "",
            Raw = [],
        };
    }

    private static ParsedReport ReadAtomEntry(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
        return new ParsedReport
        {
            Body = AtomText(content),
            Title = TitleText(AtomText(entry.Element(Atom + "title"))),
            Url = link?.Attribute("href")?.Value,
            Author = Text(entry.Element(Atom + "author")?.Element(Atom + "name")),
            PublishedAt = DateParsing.ToUtc(Text(entry.Element(Atom + "published"))) ?? DateParsing.ToUtc(Text(entry.Element(Atom + "updated"))),
            Language = entry.Attribute(XNamespace.Xml + "lang")?.Value,
            SourceName = "",
            Raw = [],
        };
    }

    /// <summary>Atom text constructs: plain text, escaped HTML, or inline XHTML.</summary>
    private static string AtomText(XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        return (string?)element.Attribute("type") switch
        {
            "html" => HtmlReportParser.FragmentText(element.Value),
            "xhtml" => HtmlReportParser.FragmentText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            _ => element.Value.Trim(),
        };
    }

    /// <summary>RSS descriptions are usually escaped HTML; plain text passes through.</summary>
    private static string Body(string? value) =>
        value is null ? "" : value.Contains('<') ? HtmlReportParser.FragmentText(value) : value.Trim();

    private static string? TitleText(string? value) =>
        value is null ? null : value.Contains('<') ? HtmlReportParser.FragmentText(value).Replace("\n\n", " ") : value;

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
