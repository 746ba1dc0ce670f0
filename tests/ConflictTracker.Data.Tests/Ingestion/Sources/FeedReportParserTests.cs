using System.Text;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion.Sources;

namespace ConflictTracker.Data.Tests.Ingestion.Sources;

public sealed class FeedReportParserTests
{
    [Fact]
    public void ReadsAtomEntriesWithHtmlContent()
    {
        var source = Parse("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Atom Desk</title>
              <entry>
                <title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title>
                <link rel="alternate" href="https://atom.example/1"/>
                <published>2024-02-01T08:00:00Z</published>
                <author><name>Sam Lee</name></author>
                <content type="html">&lt;p&gt;Negotiators met again.&lt;/p&gt;&lt;script&gt;bad()&lt;/script&gt;&lt;p&gt;No deal yet.&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        var report = Assert.Single(source.Reports);
        Assert.Equal("Talks resume", report.Title);
        Assert.Equal("https://atom.example/1", report.Url);
        Assert.Equal("Atom Desk", report.Outlet);
        Assert.Equal("Sam Lee", report.Author);
        Assert.Equal("en", report.Language);
        Assert.Equal(new DateTime(2024, 2, 1, 8, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        Assert.Equal("Negotiators met again.\n\nNo deal yet.", report.Body);
        Assert.Equal(ReportFormat.Atom, report.Format);
        Assert.Contains("<entry", Encoding.UTF8.GetString(report.Raw), StringComparison.Ordinal);
    }

    [Fact]
    public void PrefersFullContentOverTheSummaryInRss()
    {
        var source = Parse("feed.xml", """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Rss Desk</title><language>fr</language>
                <item><title>Full</title><guid>https://rss.example/full</guid><dc:creator>Ana Diaz</dc:creator>
                  <description>Teaser only.</description>
                  <content:encoded><![CDATA[<p>The whole article text.</p>]]></content:encoded></item>
              </channel>
            </rss>
            """);

        var report = Assert.Single(source.Reports);
        Assert.Equal("The whole article text.", report.Body);
        Assert.Equal("https://rss.example/full", report.Url);
        Assert.Equal("Ana Diaz", report.Author);
        Assert.Equal("fr", report.Language);
    }

    [Fact]
    public void ReadsAFeedInTheEncodingItDeclares()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Канал</title><item><title>Новини</title><description>Обстріл тривав.</description></item></channel></rss>";

        var source = SourceReader.Parse("feed.rss", Encoding.GetEncoding(1251).GetBytes(xml));

        Assert.Equal("Обстріл тривав.", Assert.Single(source.Reports).Body);
    }

    [Fact]
    public void NeverExpandsEntitiesFromADocumentTypeDeclaration()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss><channel><item><title>x</title><description>&c;</description></item></channel></rss>
            """;

        var error = Assert.Throws<RejectedInputException>(() => Parse("laughs.xml", laughs));

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>Unclosed", "not well-formed XML (line 1")]
    [InlineData("<html><body><script>x()</script></body></html>", "no article text")]
    [InlineData("<catalog><book/></catalog>", "not an RSS or Atom feed")]
    [InlineData("<rss><channel><title>Empty</title></channel></rss>", "no items")]
    public void RejectsBrokenOrForeignXmlWithAReason(string xml, string reason)
    {
        var error = Assert.Throws<RejectedInputException>(() => Parse("feed.xml", xml));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static ParsedSource Parse(string name, string xml) => SourceReader.Parse(name, Encoding.UTF8.GetBytes(xml));
}
