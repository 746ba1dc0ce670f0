using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// Finds an HTML page's article text: drops scripts, navigation, ads, share bars and comment sections, picks the
/// container that holds the article, and renders its blocks as paragraphs. Walks the tree with an explicit stack so
/// hostile nesting depth cannot overflow the call stack.
/// </summary>
internal static partial class HtmlMainText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form", "button",
        "input", "select", "textarea", "video", "audio", "picture", "img", "map", "dialog", "head", "title", "meta", "link",
    };

    /// <summary>Page furniture; inside an article, header usually holds the headline and byline, so only the others go.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer", "header", "menu" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
        "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "br", "header", "details", "summary", "center",
    };

    [GeneratedRegex(@"(^|[\s_-])(ads?|advert\w*|banner|sponsor\w*|promo\w*|social|share|sharing|sharebar|comments?|disqus|related|recommend\w*|newsletter|subscribe|subscription|cookies?|consent|popup|modal|sidebar|breadcrumbs?|menu|navbar|nav|footer|outbrain|taboola|paywall|widget|skip-link|visually-hidden|sr-only)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JunkClass();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    /// <summary>Removes everything that is never article text from the whole document.</summary>
    public static void RemoveJunk(IElement root)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && IsJunk(element))
            {
                doomed.Add(element);
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsJunk(IElement e)
    {
        var name = e.LocalName;
        if (Dropped.Contains(name))
        {
            return true;
        }

        if (Furniture.Contains(name) && !(name == "header" && e.Closest("article") is not null))
        {
            return true;
        }

        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = e.GetAttribute("role");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "search" or "menu" or "dialog" or "alert")
        {
            return true;
        }

        if (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        // The article container itself can carry words like "share" in a long class list; never drop a likely body.
        if (name is "article" or "main" or "body" || e.GetAttribute("itemprop") == "articleBody")
        {
            return false;
        }

        var classes = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        return (classes is { Length: > 0 } && JunkClass().IsMatch(classes)) || (id is { Length: > 0 } && JunkClass().IsMatch(id));
    }

    /// <summary>The element most likely to hold the article.</summary>
    public static IElement FindContainer(IElement body)
    {
        if (body.QuerySelector("[itemprop=articleBody]") is { } marked && TextLength(marked) > 0)
        {
            return marked;
        }

        IElement? best = null;
        var bestLength = 0;
        foreach (var article in body.QuerySelectorAll("article"))
        {
            var length = TextLength(article);
            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        if (best is not null && bestLength > 200)
        {
            return best;
        }

        if (body.QuerySelector("main, [role=main]") is { } main && TextLength(main) > 200)
        {
            return main;
        }

        // No markup says where the article is: the element whose paragraphs hold the most text (the readability idea).
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Length;
            }
        }

        var top = scores.OrderByDescending(s => s.Value).FirstOrDefault();
        var bodyLength = TextLength(body);
        return top.Key is not null && top.Value > 200 && top.Value > bodyLength / 3 ? top.Key : best ?? body;
    }

    /// <summary>The element's text as paragraphs separated by blank lines; link lists ("Read more") are left out.</summary>
    public static string Render(INode root)
    {
        var output = new StringBuilder();
        var paragraph = new StringBuilder();
        var linkChars = 0;
        var anchorDepth = 0;
        var preDepth = 0;

        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                var isBlock = Blocks.Contains(name);
                if (exit)
                {
                    if (name == "a")
                    {
                        anchorDepth--;
                    }
                    else if (name == "pre")
                    {
                        preDepth--;
                    }

                    if (isBlock)
                    {
                        Flush();
                    }

                    continue;
                }

                if (isBlock)
                {
                    Flush();
                }

                if (name == "a")
                {
                    anchorDepth++;
                }
                else if (name == "pre")
                {
                    preDepth++;
                }

                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText text && !exit)
            {
                Append(text.Data);
            }
            else if (!exit && node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }

            // Comments and processing instructions are never text.
        }

        Flush();
        return output.ToString();

        void Append(string data)
        {
            foreach (var c in data)
            {
                var ch = c;
                if (char.IsWhiteSpace(ch) && (preDepth == 0 || ch != '\n'))
                {
                    if (paragraph.Length == 0 || paragraph[^1] == ' ')
                    {
                        continue;
                    }

                    ch = ' ';
                }

                paragraph.Append(ch);
                if (anchorDepth > 0)
                {
                    linkChars++;
                }
            }
        }

        void Flush()
        {
            var text = paragraph.ToString().Trim();
            // A short block that is mostly link text is navigation or "read more", not prose.
            var isLinkList = text.Length > 0 && linkChars > text.Length * 0.6 && text.Length < 300;
            if (text.Length > 0 && !isLinkList)
            {
                if (output.Length > 0)
                {
                    output.Append("\n\n");
                }

                output.Append(text);
            }

            paragraph.Clear();
            linkChars = 0;
        }
    }

    private static int TextLength(IElement element) => element.TextContent.AsSpan().Trim().Length;
}
