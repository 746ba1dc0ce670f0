using System.Text;
using ConflictTracker.Data.Ingestion.Sources;

namespace ConflictTracker.Data.Tests.Ingestion.Sources;

public sealed class HtmlReportParserTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Dam damaged in overnight strikes | The Example Post</title>
          <meta property="og:title" content="Dam damaged in overnight strikes">
          <meta property="og:site_name" content="The Example Post">
          <meta property="og:url" content="https://post.example/world/dam">
          <meta property="article:published_time" content="2024-03-05T21:30:00+02:00">
          <script>var tracking = "SCRIPT-TEXT";</script>
          <style>.x { color: red }</style>
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"JSON headline","author":[{"@type":"Person","name":"Dana Reyes"}],"datePublished":"2024-03-05T19:30:00Z"}</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
          <div class="ad-banner">BUY NOW advertisement</div>
          <article>
            <h1>Dam damaged in overnight strikes</h1>
            <p>The dam upstream of the city was damaged in strikes overnight, the regional administration said.</p>
            <!-- a comment that must not appear -->
            <p>Engineers said the structure <b>remained stable</b>, but water levels downstream were being watched.</p>
            <div class="share-tools"><a href="#">Share on social</a></div>
            <aside>Related: other stories</aside>
            <p>Evacuation of low-lying streets began at dawn.</p>
          </article>
          <section id="comments"><p>Reader comment: fake news!</p></section>
          <footer>Copyright The Example Post</footer>
          <script>document.write("LATE-SCRIPT")</script>
        </body>
        </html>
        """;

    [Fact]
    public void KeepsTheArticleAndDropsNavigationScriptsAdsAndComments()
    {
        var report = Parse(Page);

        Assert.Equal(
            "Dam damaged in overnight strikes\n\nThe dam upstream of the city was damaged in strikes overnight, the regional administration said.\n\n"
            + "Engineers said the structure remained stable, but water levels downstream were being watched.\n\nEvacuation of low-lying streets began at dawn.",
            report.Body);
    }

    [Fact]
    public void ReadsMetadataFromOpenGraphArticleTagsAndJsonLd()
    {
        var report = Parse(Page);

        Assert.Equal("Dam damaged in overnight strikes", report.Title);
        Assert.Equal("The Example Post", report.Outlet);
        Assert.Equal("https://post.example/world/dam", report.Url);
        Assert.Equal("Dana Reyes", report.Author);
        Assert.Equal("en-GB", report.Language);
        Assert.Equal(new DateTime(2024, 3, 5, 19, 30, 0, DateTimeKind.Utc), report.PublishedAt);
    }

    [Fact]
    public void FallsBackToJsonLdAndTheTitleElementWhenOpenGraphIsMissing()
    {
        var report = Parse("""
            <html><head><title>Plain title</title>
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"datePublished":"2023-11-02","publisher":{"name":"Graph News"}}]}</script>
            </head><body><p>Short body text about the ceasefire talks in the capital.</p></body></html>
            """);

        Assert.Equal("Plain title", report.Title);
        Assert.Equal("Graph News", report.Outlet);
        Assert.Equal(new DateTime(2023, 11, 2, 0, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        Assert.Equal("Short body text about the ceasefire talks in the capital.", report.Body);
    }

    [Fact]
    public void SurvivesMalformedAndHostileMarkup()
    {
        // As deep as a browser still nests: kept, however slow the machine is.
        var deep = Nested(HtmlNesting.MaxDepth - 10, "deep text");
        var hostile = "<html><body><p>Visible <img src=x onerror=alert(1)><script>alert('x')</script>text<p>unclosed <b><i>tags</b> here"
            + "<iframe src=javascript:alert(1)></iframe><svg><script>alert(2)</script></svg>" + deep + "<!-- <p>hidden</p> -->";

        var report = Parse(hostile);

        Assert.Contains("Visible text", report.Body, StringComparison.Ordinal);
        Assert.Contains("unclosed tags here", report.Body, StringComparison.Ordinal);
        Assert.Contains("deep text", report.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", report.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", report.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HtmlNesting.MaxDepth + 10)]
    [InlineData(30_000)]
    public void RefusesNestingDeeperThanABrowserBuilds(int depth)
    {
        var deep = "<html><body>" + Nested(depth, "text");

        var error = Assert.Throws<RejectedInputException>(() => SourceReader.Parse("deep.html", Encoding.UTF8.GetBytes(deep)));

        Assert.Contains("too deeply nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsLongRunsOfSiblingsThatCloseEachOther()
    {
        // Thousands of unclosed paragraphs and list items are siblings in HTML, not nesting.
        var page = "<html><body><ul>" + string.Concat(Enumerable.Repeat("<li>item", 3_000)) + "</ul>"
            + string.Concat(Enumerable.Repeat("<p>para", 3_000)) + "<p>last line</body></html>";

        var report = Parse(page);

        Assert.Contains("last line", report.Body, StringComparison.Ordinal);
    }

    private static string Nested(int depth, string text) =>
        string.Concat(Enumerable.Repeat("<div>", depth)) + text + string.Concat(Enumerable.Repeat("</div>", depth));

    [Fact]
    public void RejectsAPageWithoutText()
    {
        var error = Assert.Throws<RejectedInputException>(() => Parse("<html><body><script>only()</script><nav>Menu</nav></body></html>"));

        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesALegacyCharsetTheMetaTagDeclares()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Обстріл Харкова тривав усю ніч.</p></body></html>");

        var source = SourceReader.Parse("page.html", bytes);

        Assert.Equal("Обстріл Харкова тривав усю ніч.", Assert.Single(source.Reports).Body);
    }

    private static ParsedReport Parse(string html) => Assert.Single(SourceReader.Parse("page.html", Encoding.UTF8.GetBytes(html)).Reports);
}
