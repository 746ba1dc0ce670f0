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

    /// <summary>The whole (decompressed) file, for loaders that parse UTF-8 lines without a string per line.</summary>
    public static byte[] ReadAllBytes(string relativePath)
    {
        using var stream = Open(relativePath);
        using var buffer = new MemoryStream(relativePath.EndsWith(".gz", StringComparison.Ordinal) ? 20_000_000 : 1 << 16);
        stream.CopyTo(buffer);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
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
        var name = "ConflictTracker.Extraction.Resources." + relativePath.Replace('\\', '/').Replace('/', '.');
        var stream = Assembly.GetManifestResourceStream(name)
            ?? Assembly.GetManifestResourceStream("ConflictTracker.Extraction.Resources." + relativePath)
            ?? throw new InvalidOperationException($"Embedded data file '{relativePath}' is missing from the build.");
        if (relativePath.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return stream;
    }
}
