using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Extraction;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Cli.Commands;

/// <summary>
/// <c>extract --format json FILE...</c>: one JSON array, one object per input in input order; <c>-</c> reads stdin.
/// A file that cannot be read gets a diagnostic and an empty result; the batch always completes. A text file's
/// metadata lines (<see cref="FrontMatter"/>, as <c>ingest</c> reads them) give the title and published date.
/// </summary>
internal static class ExtractCommand
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || args[i + 1] != "json")
                {
                    stderr.WriteLine("extract: --format takes 'json'.");
                    return 1;
                }

                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"extract: unknown option '{args[i]}'.");
                return 1;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("extract: name at least one FILE, or '-' for standard input.");
            return 1;
        }

        // Loading the gazetteer and lexicons is the one fixed cost of a batch: start it while the input is read.
        var loading = Task.Run(() => ExtractionPipeline.Default, cancellationToken);
        var stdinText = files.Contains("-") ? await stdin.ReadToEndAsync(cancellationToken) : null;
        var extractor = await loading;
        var results = new FileExtraction[files.Count];
        // Files are independent and the extractor is thread-safe, so large batches use every core.
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = files[i];
            var (text, error) = file == "-" ? (stdinText, null) : ReportText.Read(file);
            var result = text is null ? ExtractionResult.Failed(error!) : extractor.Extract(FrontMatter.ToReportInput(text));
            results[i] = FileExtraction.From(file, result);
        });

        await stdout.WriteAsync(JsonSerializer.Serialize(results, JsonOptions).AsMemory(), cancellationToken);
        await stdout.WriteLineAsync();
        return 0;
    }

    /// <summary>The JSON contract: the extraction result plus the input's name, fields in a fixed order.</summary>
    internal sealed record FileExtraction(
        string File,
        string? Title,
        DateOnly? Published,
        IReadOnlyList<ExtractedLocation> Locations,
        IReadOnlyList<ExtractedActor> Actors,
        IReadOnlyList<ExtractedClaim> Claims,
        IReadOnlyList<Diagnostic> Diagnostics)
    {
        public static FileExtraction From(string file, ExtractionResult r) =>
            new(file, r.Title, r.Published, r.Locations, r.Actors, r.Claims, r.Diagnostics);
    }
}

/// <summary>Reads a report file as text, refusing what is clearly not text instead of extracting from garbage.</summary>
internal static class ReportText
{
    public static (string? Text, string? Error) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"Cannot read '{path}': {ex.Message}");
        }

        if (bytes.Length == 0)
        {
            return (null, $"'{path}' is empty.");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0 && !HasUnicodeBom(bytes))
        {
            return (null, $"'{path}' looks binary (it contains NUL bytes), not a text report.");
        }

        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return (reader.ReadToEnd(), null);
    }

    private static bool HasUnicodeBom(byte[] b) =>
        (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)));
}
