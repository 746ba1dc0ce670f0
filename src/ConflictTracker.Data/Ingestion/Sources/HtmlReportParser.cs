using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ConflictTracker.Data.Entities;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// An HTML page: the article's main text (<see cref="HtmlMainText"/>) plus metadata from OpenGraph, article meta tags,
/// JSON-LD <c>NewsArticle</c> and the <c>&lt;title&gt;</c>, in that order of trust.
/// </summary>
internal static partial class HtmlReportParser
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "BlogPosting", "LiveBlogPosting", "WebPage",
    };

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// A last-resort safety net only: <see cref="HtmlNesting"/> already refuses the markup that makes parsing slow, so a
    /// page reaching this deadline means a pathology nobody foresaw, and a loaded machine never trips it on a real page.
    /// </summary>
    public static readonly TimeSpan DefaultParseTimeout = TimeSpan.FromSeconds(60);

    public static ParsedReport Parse(string html, string sourceName, byte[] raw, TimeSpan? timeout = null)
    {
        var document = ParseDocument(html, timeout ?? DefaultParseTimeout);
        var article = ReadJsonLd(document);
        var meta = ReadMeta(document);

        var body = document.Body;
        var text = "";
        if (body is not null)
        {
            HtmlMainText.RemoveJunk(body);
            text = HtmlMainText.Render(HtmlMainText.FindContainer(body));
        }

        if (text.Trim().Length == 0 && article?.Body is { Length: > 0 } jsonBody)
        {
            text = jsonBody;
        }

        if (text.Trim().Length == 0)
        {
            throw new RejectedInputException("no article text found in the HTML page");
        }

        var url = meta.GetValueOrDefault("og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? article?.Url;
        return new ParsedReport
        {
            Body = text,
            Title = Clean(meta.GetValueOrDefault("og:title") ?? article?.Headline ?? meta.GetValueOrDefault("twitter:title")
                ?? document.Title ?? document.QuerySelector("h1")?.TextContent),
            Outlet = Clean(meta.GetValueOrDefault("og:site_name") ?? article?.Publisher ?? meta.GetValueOrDefault("application-name") ?? HostOf(url)),
            Url = Clean(url),
            Author = Clean(meta.GetValueOrDefault("author") ?? article?.Author ?? NotAUrl(meta.GetValueOrDefault("article:author"))),
            Language = Clean(document.DocumentElement.GetAttribute("lang") ?? meta.GetValueOrDefault("og:locale")?.Replace('_', '-')),
            PublishedAt = DateParsing.ToUtc(meta.GetValueOrDefault("article:published_time"))
                ?? DateParsing.ToUtc(article?.Published)
                ?? FirstDate(meta, "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date")
                ?? DateParsing.ToUtc(document.QuerySelector("[itemprop=datePublished]") is { } dp ? dp.GetAttribute("content") ?? dp.GetAttribute("datetime") : null)
                ?? DateParsing.ToUtc(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Format = ReportFormat.Html,
            SourceName = sourceName,
            Raw = raw,
        };
    }

    /// <summary>Renders an HTML fragment (a feed item's description) as plain paragraphs.</summary>
    public static string FragmentText(string html)
    {
        var document = ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>", DefaultParseTimeout);
        if (document.Body is null)
        {
            return "";
        }

        HtmlMainText.RemoveJunk(document.Body);
        return HtmlMainText.Render(document.Body);
    }

    /// <summary>
    /// Refuses hostile nesting (tens of thousands of nested tags) before parsing, so the outcome depends on the markup,
    /// never on how busy the machine is; the deadline stays as a safety net against pathologies the scan does not know.
    /// </summary>
    private static IHtmlDocument ParseDocument(string html, TimeSpan timeout)
    {
        if (HtmlNesting.Depth(html) > HtmlNesting.MaxDepth)
        {
            throw new RejectedInputException($"the HTML is too deeply nested (more than {HtmlNesting.MaxDepth} levels of elements)");
        }

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            // No synchronisation context on the worker threads, so waiting on the parse cannot deadlock.
            return new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw new RejectedInputException($"the HTML is too complex to parse within {timeout.TotalSeconds:0.#} s");
        }
    }

    private static Dictionary<string, string> ReadMeta(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (key is { Length: > 0 } && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        return meta;
    }

    private static DateTime? FirstDate(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (DateParsing.ToUtc(meta.GetValueOrDefault(key)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private sealed record JsonLdArticle(string? Headline, string? Published, string? Author, string? Publisher, string? Url, string? Body);

    private static JsonLdArticle? ReadJsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(json.RootElement, 0) is { } found)
                {
                    return new JsonLdArticle(
                        Str(found, "headline") ?? Str(found, "name"),
                        Str(found, "datePublished") ?? Str(found, "dateCreated"),
                        Name(found, "author"),
                        Name(found, "publisher"),
                        Str(found, "url") ?? Name(found, "mainEntityOfPage"),
                        Str(found, "articleBody"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static string? Str(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Schema.org people and organisations come as a string, an object with a name, or an array of either.</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "name") ?? Str(value, "@id"),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Str(v, "name") : null)
                .Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } joined ? joined : null,
            _ => null,
        };
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host) : null;

    private static string? NotAUrl(string? value) => value is not null && Uri.TryCreate(value, UriKind.Absolute, out _) ? null : value;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 1000 ? collapsed[..1000] : collapsed;
    }
}
