using System.IO.Compression;
using System.Reflection;

namespace ConflictTracker.Extraction.Resources;

/// <summary>Opens the data files embedded from <c>Resources/</c>: tab-separated, UTF-8, lines starting with '#' are comments.</summary>
internal static class ResourceFiles
{
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;

    /// <summary>Reads the rows of an embedded TSV (optionally gzipped), split on tabs, skipping comments and blank lines.</summary>
    /// <param name="relativePath">Path under Resources with '/' separators, e.g. <c>countries.tsv</c> or <c>Lexicons/cues.tsv</c>.</param>
    public static IEnumerable<string[]> ReadRows(string relativePath)
    {
        foreach (var line in ReadLines(relativePath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    /// <summary>
    /// The whole file, for loaders that parse UTF-8 lines without a string per line. A gzipped file inflates on a
    /// worker thread while the caller reads what has arrived (<see cref="InflatingBuffer"/>).
    /// </summary>
    public static InflatingBuffer ReadAllBytes(string relativePath)
    {
        var raw = OpenRaw(relativePath);
        if (!relativePath.EndsWith(".gz", StringComparison.Ordinal) || !raw.CanSeek || raw.Length < 18)
        {
            using var copy = new MemoryStream();
            using (var stream = relativePath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw)
            {
                stream.CopyTo(copy);
            }

            return InflatingBuffer.Complete(copy.ToArray());
        }

        // A gzip member ends with its uncompressed size (mod 2^32): inflate straight into an array of that size.
        Span<byte> trailer = stackalloc byte[4];
        raw.Seek(-4, SeekOrigin.End);
        raw.ReadExactly(trailer);
        raw.Seek(0, SeekOrigin.Begin);
        return InflatingBuffer.Start(raw, System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(trailer));
    }

    public static IEnumerable<string> ReadLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static Stream Open(string relativePath)
    {
        var stream = OpenRaw(relativePath);
        return relativePath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static Stream OpenRaw(string relativePath)
    {
        var name = "ConflictTracker.Extraction.Resources." + relativePath.Replace('\\', '/').Replace('/', '.');
        return Assembly.GetManifestResourceStream(name)
            ?? Assembly.GetManifestResourceStream("ConflictTracker.Extraction.Resources." + relativePath)
            ?? throw new InvalidOperationException($"Embedded data file '{relativePath}' is missing from the build.");
    }
}
