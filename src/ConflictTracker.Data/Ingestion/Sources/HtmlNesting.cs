namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// A cheap scan of the markup's element nesting before the real parse. AngleSharp's tree building costs grow with
/// the square of nesting depth, so a page of tens of thousands of nested tags would take a worker for minutes; the
/// scan refuses such a page in linear time, and refuses it the same way on an idle machine and a loaded one.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Chromium's HTML parser stops nesting at 512 levels, so no page a browser shows needs more.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>Elements a sibling of the same name closes implicitly (<c>&lt;p&gt;a&lt;p&gt;b</c> is two paragraphs, not nested ones).</summary>
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp",
    };

    /// <summary>The deepest element nesting the markup opens, counted up to <paramref name="limit"/> + 1 and no further.</summary>
    public static int Depth(string html, int limit = MaxDepth)
    {
        var stack = new List<string>(64);
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml" or a stray "<" in text: not an element.
                i = html[i + 1] is '!' or '?' && tagEnd >= 0 ? tagEnd + 1 : i + 1;
                continue;
            }

            var name = html[nameStart..nameEnd];
            i = tagEnd < 0 ? html.Length : tagEnd + 1;
            if (closing)
            {
                var open = stack.FindLastIndex(s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (open >= 0)
                {
                    stack.RemoveRange(open, stack.Count - open);
                }

                continue;
            }

            if (VoidElements.Contains(name) || (tagEnd > 0 && html[tagEnd - 1] == '/'))
            {
                continue;
            }

            if (RawTextElements.Contains(name))
            {
                // Their content is text, not markup: "<script>if (a<b)</script>" opens nothing.
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (SelfClosingSiblings.Contains(name) && stack.Count > 0 && stack[^1].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            stack.Add(name);
            max = Math.Max(max, stack.Count);
            if (max > limit)
            {
                return max;
            }
        }

        return max;
    }
}
