using ConflictTracker.Data.Ingestion.Similarity;
using ConflictTracker.Data.Ingestion.Sources;
using ConflictTracker.Extraction;
using ConflictTracker.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The parallel stage for one input: read, hash, skip what is already stored, parse, clean, extract, validate spans,
/// compute similarity bands. One per worker thread, each with its own read-only connection.
/// </summary>
internal sealed class ReportPreparer : IDisposable
{
    private const int MinWordsForNearDuplicates = 8;

    private readonly IReportExtractor _extractor;
    private readonly IngestionOptions _options;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _rawHashKnown;
    private readonly SqliteCommand _contentHashKnown;

    public ReportPreparer(IReportExtractor extractor, IngestionOptions options, string connectionString)
    {
        _extractor = extractor;
        _options = options;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _rawHashKnown = Command("""SELECT 1 FROM "Reports" WHERE "RawHash" = $h LIMIT 1""");
        _contentHashKnown = Command("""SELECT 1 FROM "Reports" WHERE "ContentHash" = $h LIMIT 1""");
    }

    public PreparedFile Prepare(SourceFile file)
    {
        try
        {
            var bytes = file.ReadAllBytes(_options.MaxFileBytes);
            if (bytes.Length == 0)
            {
                throw new RejectedInputException("the file is empty");
            }

            // The fast path of a re-ingest: a file whose exact bytes were stored is not parsed again.
            var rawHash = TextNormalizer.BytesHash(bytes);
            if (Known(_rawHashKnown, rawHash))
            {
                return new PreparedFile(file.Name, [], 1, null, []);
            }

            var source = SourceReader.Parse(file.Name, bytes);
            var notes = new List<string>(source.Notes);
            var reports = new List<PreparedReport>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = 0;
            var empty = 0;
            foreach (var parsed in source.Reports)
            {
                var clean = TextNormalizer.Clean(parsed.Body);
                if (clean.Length == 0)
                {
                    empty++;
                    continue;
                }

                var hash = TextNormalizer.ContentHash(clean);
                if (!seen.Add(hash) || Known(_contentHashKnown, hash))
                {
                    duplicates++;
                    continue;
                }

                reports.Add(Prepare(parsed, clean, hash, source.Reports.Count == 1 ? rawHash : null, notes));
            }

            if (reports.Count == 0 && duplicates == 0)
            {
                throw new RejectedInputException(empty > 0 ? "it has no text (only whitespace or markup)" : "it holds no report");
            }

            if (empty > 0 && source.Reports.Count > 1)
            {
                notes.Add($"{empty} items had no text after cleaning and were skipped");
            }

            return new PreparedFile(file.Name, reports, duplicates, null, notes);
        }
        catch (RejectedInputException ex)
        {
            return new PreparedFile(file.Name, [], 0, ex.Message, []);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // A parser bug or an input no rule foresaw must cost this one file, never the batch.
            return new PreparedFile(file.Name, [], 0, $"it could not be processed ({ex.GetType().Name}: {ex.Message})", []);
        }
    }

    private PreparedReport Prepare(ParsedReport parsed, string clean, string hash, string? rawHash, List<string> notes)
    {
        var published = parsed.PublishedAt;
        ExtractionResult extraction;
        try
        {
            extraction = _extractor.Extract(new ReportInput(clean, published is { } p ? DateOnly.FromDateTime(p) : null, parsed.Title));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The extractor promises not to throw; if it does, the report is still worth keeping, without entities.
            notes.Add("extraction failed, stored without entities: " + ex.Message);
            extraction = ExtractionResult.Failed(ex.Message);
        }

        var (valid, dropped) = Validate(extraction, clean.Length);
        var claims = new List<PreparedClaim>(valid.Claims.Count);
        foreach (var claim in valid.Claims)
        {
            var text = clean[claim.Start..claim.End];
            var normalized = ClaimText.Normalize(text);
            var words = ClaimText.Words(normalized);
            claims.Add(new PreparedClaim(claim, text, normalized, words, ClaimText.Bands(words)));
        }

        if (dropped > 0)
        {
            notes.Add($"{dropped} extracted spans lay outside the text and were dropped");
        }

        var shingles = Shingles.Of(clean);
        var mentionCount = 0;
        foreach (var location in valid.Locations)
        {
            mentionCount += location.Mentions.Count;
        }

        foreach (var actor in valid.Actors)
        {
            mentionCount += actor.Mentions.Count;
        }

        return new PreparedReport
        {
            Parsed = parsed,
            CleanText = clean,
            ContentHash = hash,
            RawHash = rawHash,
            Title = parsed.Title ?? valid.Title ?? FallbackTitle(parsed.SourceName),
            PublishedAt = published ?? (valid.Published is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null),
            Bands = shingles.Count >= MinWordsForNearDuplicates - Shingles.ReportShingleSize + 1 ? MinHash.Reports.Bands(shingles) : [],
            Extraction = valid,
            Claims = claims,
            MentionCount = mentionCount,
        };
    }

    /// <summary>Keeps only spans inside the text, so every stored offset can be trusted by the dashboard.</summary>
    internal static (ExtractionResult Result, int Dropped) Validate(ExtractionResult result, int length)
    {
        var dropped = 0;
        IReadOnlyList<Mention> Keep(IReadOnlyList<Mention> mentions)
        {
            var kept = mentions.Where(m => m.Start >= 0 && m.End <= length && m.Start < m.End).ToList();
            dropped += mentions.Count - kept.Count;
            return kept;
        }

        var locations = result.Locations.Where(l => !string.IsNullOrWhiteSpace(l.Name)).Select(l => l with { Mentions = Keep(l.Mentions) }).ToList();
        var actors = result.Actors.Where(a => !string.IsNullOrWhiteSpace(a.Name)).Select(a => a with { Mentions = Keep(a.Mentions) }).ToList();
        var claims = new List<ExtractedClaim>();
        foreach (var claim in result.Claims)
        {
            if (claim.Start >= 0 && claim.End <= length && claim.Start < claim.End && !string.IsNullOrWhiteSpace(claim.Source))
            {
                claims.Add(claim);
            }
            else
            {
                dropped++;
            }
        }

        return (result with { Locations = locations, Actors = actors, Claims = claims }, dropped);
    }

    private static string FallbackTitle(string sourceName)
    {
        var name = Path.GetFileNameWithoutExtension(sourceName.Split('#')[0]);
        return name.Length > 0 ? name : "Untitled report";
    }

    private bool Known(SqliteCommand command, string hash)
    {
        command.Parameters[0].Value = hash;
        return command.ExecuteScalar() is not null;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$h", SqliteType.Text));
        return command;
    }

    public void Dispose()
    {
        _rawHashKnown.Dispose();
        _contentHashKnown.Dispose();
        _connection.Dispose();
    }
}
