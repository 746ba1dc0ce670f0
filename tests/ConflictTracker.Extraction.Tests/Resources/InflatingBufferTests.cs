using System.IO.Compression;
using System.Text;
using ConflictTracker.Extraction.Resources;

namespace ConflictTracker.Extraction.Tests.Resources;

public sealed class InflatingBufferTests
{
    [Fact]
    public void ReaderWaitingOnTheWorkerEndsWithEveryByte()
    {
        // Larger than one inflate chunk, so the reader sees the data arrive in parts.
        var text = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"row {i}\tname {i}\n"));
        var expected = Encoding.UTF8.GetBytes(text);
        var buffer = InflatingBuffer.Start(new MemoryStream(Gzip(expected)), expected.Length);

        var available = 0;
        var waits = 0;
        while (available < expected.Length)
        {
            available = buffer.WaitBeyond(available);
            waits++;
        }

        Assert.Equal(expected, buffer.Bytes);
        Assert.InRange(waits, 1, expected.Length);
    }

    [Fact]
    public void CorruptDataFailsTheReaderInsteadOfLeavingItWaiting()
    {
        var compressed = Gzip(Encoding.UTF8.GetBytes(new string('x', 100_000)));
        compressed[20] ^= 0xFF;
        compressed[21] ^= 0xFF;
        var buffer = InflatingBuffer.Start(new MemoryStream(compressed), 100_000);

        Assert.Throws<InvalidDataException>(() =>
        {
            for (var available = 0; available < 100_000;)
            {
                available = buffer.WaitBeyond(available);
            }
        });
    }

    [Fact]
    public void DataShorterThanItsDeclaredSizeFailsTheReader()
    {
        var buffer = InflatingBuffer.Start(new MemoryStream(Gzip([1, 2, 3])), 10);

        Assert.Throws<InvalidDataException>(() => buffer.WaitBeyond(3));
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
