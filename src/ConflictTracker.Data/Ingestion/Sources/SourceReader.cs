using System.Text;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// Reads one input into reports: picks text, HTML or feed by extension (or by content when the extension says
/// nothing), decodes, parses. Every failure is a <see cref="RejectedInputException"/> with a reason for the user.
/// </summary>
public static class SourceReader
{
    /// <summary>Extensions taken when a folder is walked; a file named explicitly is read whatever its extension.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom",
    };

    /// <param name="htmlTimeout">How long an HTML page may take to parse; <see cref="HtmlReportParser.DefaultParseTimeout"/> when null.</param>
    public static ParsedSource Parse(string sourceName, byte[] bytes, TimeSpan? htmlTimeout = null)
    {
        var extension = Path.GetExtension(sourceName).ToLowerInvariant();
        var kind = extension switch
        {
            ".html" or ".htm" or ".xhtml" => InputKind.Html,
            ".xml" or ".rss" or ".atom" => InputKind.Feed,
            ".txt" or ".text" or ".md" => InputKind.Text,
            _ => InputKind.Unknown,
        };

        if (kind is InputKind.Feed or InputKind.Unknown)
        {
            var head = Head(bytes);
            if (kind == InputKind.Unknown)
            {
                kind = FeedReportParser.LooksLikeFeed(head) ? InputKind.Feed : LooksLikeHtml(head) ? InputKind.Html : InputKind.Text;
            }
            else if (!FeedReportParser.LooksLikeFeed(head) && LooksLikeHtml(head))
            {
                kind = InputKind.Html;
            }
        }

        switch (kind)
        {
            case InputKind.Feed:
                if (bytes.Length == 0)
                {
                    throw new RejectedInputException("the file is empty");
                }

                return FeedReportParser.Parse(bytes, sourceName);
            case InputKind.Html:
            {
                var decoded = TextDecoder.Decode(bytes, HtmlReportParser.DeclaredCharset(bytes));
                return new ParsedSource([HtmlReportParser.Parse(decoded.Text, sourceName, bytes, htmlTimeout)], Notes(decoded));
            }

            default:
            {
                var decoded = TextDecoder.Decode(bytes);
                return new ParsedSource([TextReportParser.Parse(decoded.Text, sourceName, bytes)], Notes(decoded));
            }
        }
    }

    /// <summary>Expands folders (recursively, in a stable order) into files; files are kept as given.</summary>
    /// <param name="missing">Receives paths that are neither a file nor a folder.</param>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string> missing)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(path, "*", options).Where(f => KnownExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                missing(path);
            }
        }
    }

    private static IReadOnlyList<string> Notes(DecodedText decoded) => decoded.Note is null ? [] : [decoded.Note];

    private static string Head(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 2048));
        // UTF-16 heads are sniffed after dropping the zero bytes; for every other encoding ASCII markup reads as Latin-1.
        return sample.IndexOf((byte)0) >= 0
            ? Encoding.Latin1.GetString(sample.ToArray().Where(b => b != 0).ToArray())
            : Encoding.Latin1.GetString(sample);
    }

    private static bool LooksLikeHtml(string head)
    {
        var trimmed = head.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (trimmed.StartsWith('<') && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private enum InputKind { Unknown, Text, Html, Feed }
}
