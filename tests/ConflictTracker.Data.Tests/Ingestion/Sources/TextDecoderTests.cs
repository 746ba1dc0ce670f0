using System.Text;
using ConflictTracker.Data.Ingestion.Sources;

namespace ConflictTracker.Data.Tests.Ingestion.Sources;

public sealed class TextDecoderTests
{
    private const string Cyrillic = "Вчора ввечері місто знову обстріляли. Влада повідомила про пошкодження електростанції та двох шкіл у центрі міста.";
    private const string Latin = "Le ministère a déclaré que la centrale électrique près de la rivière était endommagée après les frappes de mercredi.";

    static TextDecoderTests() => TextDecoder.EnsureCodePages();

    [Fact]
    public void ReadsUtf8WithAndWithoutByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetBytes(Latin);

        Assert.Equal(Latin, TextDecoder.Decode(bytes).Text);
        Assert.Equal(Latin, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes]).Text);
    }

    [Fact]
    public void ReadsUtf16WithAByteOrderMarkAndWithoutOne()
    {
        Assert.Equal(Cyrillic, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Cyrillic)]).Text);
        Assert.Equal(Cyrillic, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Cyrillic)]).Text);
        Assert.Equal(Latin, TextDecoder.Decode(Encoding.Unicode.GetBytes(Latin)).Text);
    }

    [Fact]
    public void DetectsWindows1251Cyrillic()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(Cyrillic));

        Assert.Equal(Cyrillic, decoded.Text);
        Assert.Equal(1251, decoded.Encoding.CodePage);
        Assert.Contains("windows-1251", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectsWindows1252Latin()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(Latin));

        Assert.Equal(Latin, decoded.Text);
    }

    [Fact]
    public void PrefersTheCharsetTheDocumentDeclaresOverAGuess()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes("Київ"), declaredCharset: "windows-1251");

        Assert.Equal("Київ", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15 }, "binary")]
    public void RefusesInputThatIsNotText(byte[] bytes, string reason)
    {
        var error = Assert.Throws<RejectedInputException>(() => TextDecoder.Decode(bytes));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
