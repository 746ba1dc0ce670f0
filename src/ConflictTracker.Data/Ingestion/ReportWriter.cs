using System.Data.Common;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion.Similarity;
using ConflictTracker.Extraction.Model;
using Microsoft.Data.Sqlite;
using ExtractedMention = ConflictTracker.Extraction.Model.Mention;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The single writer: stores prepared reports with their story, mentions, entities and claims. Each report is one
/// savepoint (all of it or none of it); a batch of reports is one transaction, so a crash loses at most uncommitted
/// whole reports, never part of one. Plain prepared SQL on the hot path: this runs thousands of times a second,
/// and the EF model (<see cref="ConflictTrackerDbContext"/>) still owns the schema.
/// </summary>
internal sealed class ReportWriter : IDisposable
{
    private const int MaxCacheEntries = 200_000;

    private readonly SqliteConnection _connection;
    private readonly IngestionOptions _options;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _locationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Id, ActorType Type)> _aliases = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private int _savepoint;

    public ReportWriter(string connectionString, IngestionOptions options)
    {
        _options = options;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        // WAL lets the dashboard read while ingestion writes; NORMAL sync is still crash-safe in WAL mode
        // (a power cut can lose the last commits, never corrupt or half-apply one).
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("PRAGMA foreign_keys=ON;");
        Execute("PRAGMA cache_size=-65536;");
        // Reading pages through a memory map saves a system call per page on the index-heavy write path.
        Execute("PRAGMA mmap_size=1073741824;");
    }

    public bool InTransaction => _transaction is not null;

    public void Begin() => _transaction ??= _connection.BeginTransaction();

    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Rollback();
        _transaction.Dispose();
        _transaction = null;
        ForgetCaches();
    }

    /// <summary>Writes one report all-or-nothing inside the open transaction.</summary>
    /// <returns>The new report's id and whether it joined an earlier report's story.</returns>
    public (int ReportId, bool NearDuplicate) Write(PreparedReport report, DateTime ingestedAt)
    {
        Begin();
        var name = "r" + (++_savepoint);
        _transaction!.Save(name);
        try
        {
            var result = WriteReport(report, ingestedAt);
            _transaction.Release(name);
            return result;
        }
        catch
        {
            _transaction.Rollback(name);
            _transaction.Release(name);
            // Ids cached while writing the rolled-back report may not exist any more.
            ForgetCaches();
            throw;
        }
    }

    /// <summary>True when the same content is already stored (possibly earlier in this batch).</summary>
    public bool ContentKnown(string contentHash) =>
        Scalar("""SELECT 1 FROM "Reports" WHERE "ContentHash" = $h LIMIT 1""", ("$h", contentHash)) is not null;

    private (int, bool) WriteReport(PreparedReport report, DateTime ingestedAt)
    {
        var parsed = report.Parsed;
        var (nearDuplicateOf, storyId) = FindNearDuplicate(report);
        if (storyId is { } existing)
        {
            NonQuery("""UPDATE "Stories" SET "ReportCount" = "ReportCount" + 1 WHERE "Id" = $id""", ("$id", existing));
        }
        else
        {
            storyId = Int("""INSERT INTO "Stories" ("Title", "FirstSeenAt", "ReportCount") VALUES ($t, $at, 1) RETURNING "Id" """,
                ("$t", report.Title), ("$at", ingestedAt));
        }

        var reportId = Int("""
            INSERT INTO "Reports" ("Title", "Outlet", "Url", "Author", "Language", "PublishedAt", "IngestedAt", "ContentHash", "RawHash",
                "Text", "SourceName", "Format", "StoryId", "NearDuplicateOfId", "MentionCount", "ClaimCount")
            VALUES ($title, $outlet, $url, $author, $language, $published, $ingested, $hash, $raw,
                $text, $source, $format, $story, $near, $mentions, $claims)
            RETURNING "Id"
            """,
            ("$title", report.Title), ("$outlet", parsed.Outlet), ("$url", parsed.Url), ("$author", parsed.Author), ("$language", parsed.Language),
            ("$published", report.PublishedAt), ("$ingested", ingestedAt), ("$hash", report.ContentHash), ("$raw", report.RawHash),
            ("$text", report.CleanText), ("$source", parsed.SourceName), ("$format", parsed.Format.ToString()), ("$story", storyId),
            ("$near", nearDuplicateOf), ("$mentions", report.MentionCount), ("$claims", report.Claims.Count));

        NonQuery("""INSERT INTO "RawInputs" ("ReportId", "FileName", "Content") VALUES ($id, $name, $content)""",
            ("$id", reportId), ("$name", parsed.SourceName), ("$content", parsed.Raw));

        if (report.Bands.Length > 0)
        {
            // One statement for all bands: a report's 16 rows cost one round through SQLite's VM instead of 16.
            var parameters = new (string, object?)[report.Bands.Length + 1];
            parameters[0] = ("$id", reportId);
            for (var i = 0; i < report.Bands.Length; i++)
            {
                parameters[i + 1] = ("$k" + i, report.Bands[i]);
            }

            NonQuery(BandInsert(report.Bands.Length), parameters);
        }

        var extraction = report.Extraction;
        var mentions = new List<(ExtractedMention Mention, int? LocationId, int? ActorId)>(report.MentionCount);
        var locationsByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var location in extraction.Locations)
        {
            var locationId = ResolveLocation(location);
            locationsByName.TryAdd(TextNormalizer.Name(location.Name), locationId);
            foreach (var mention in location.Mentions)
            {
                locationsByName.TryAdd(TextNormalizer.Name(mention.Text), locationId);
                mentions.Add((mention, locationId, null));
            }
        }

        var actorsByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actor in extraction.Actors)
        {
            var actorId = ResolveActor(actor.Name, actor.Aliases, actor.Type, actor.Affiliation);
            actorsByName.TryAdd(TextNormalizer.Name(actor.Name), actorId);
            foreach (var alias in actor.Aliases)
            {
                actorsByName.TryAdd(TextNormalizer.Name(alias), actorId);
            }

            foreach (var mention in actor.Mentions)
            {
                actorsByName.TryAdd(TextNormalizer.Name(mention.Text), actorId);
                mentions.Add((mention, null, actorId));
            }
        }

        InsertMentions(reportId, report.CleanText, mentions);
        var reportedAt = report.PublishedAt ?? ingestedAt;
        foreach (var claim in report.Claims)
        {
            WriteClaim(reportId, storyId.Value, reportedAt, claim, actorsByName, locationsByName);
        }

        return (reportId, nearDuplicateOf is not null);
    }

    private (int? NearDuplicateOf, int? StoryId) FindNearDuplicate(PreparedReport report)
    {
        if (report.Bands.Length == 0)
        {
            return (null, null);
        }

        var candidates = new List<int>();
        using (var reader = Reader(BandQuery(report.Bands.Length), report.Bands.Select((b, i) => ("$k" + i, (object?)b)).ToArray()))
        {
            while (reader.Read())
            {
                candidates.Add(reader.GetInt32(0));
            }
        }

        if (candidates.Count == 0)
        {
            return (null, null);
        }

        var shingles = Shingles.Of(report.CleanText);
        (int Id, int? Story, double Score) best = default;
        foreach (var candidate in candidates)
        {
            using var reader = Reader("""SELECT "Text", "StoryId" FROM "Reports" WHERE "Id" = $id""", ("$id", candidate));
            if (!reader.Read())
            {
                continue;
            }

            var other = Shingles.Of(reader.GetString(0));
            var jaccard = Shingles.Jaccard(shingles, other);
            var similar = jaccard >= _options.NearDuplicateJaccard || Shingles.Containment(shingles, other) >= _options.NearDuplicateContainment;
            if (similar && jaccard > best.Score)
            {
                best = (candidate, reader.IsDBNull(1) ? null : reader.GetInt32(1), Math.Max(jaccard, 1e-9));
            }
        }

        return best.Id == 0 ? (null, null) : (best.Id, best.Story);
    }

    /// <summary>
    /// Reports sharing at least two bands: at Jaccard 0.8 a pair shares 6.5 of 16 bands on average and fewer than two
    /// with probability 0.003, while unrelated reports that share one band by chance are not loaded and compared.
    /// </summary>
    private static string BandQuery(int count) => BandQueries.GetOrAdd(count, n =>
        $"""
        SELECT "ReportId" FROM "ReportBands" WHERE "Key" IN ({string.Join(", ", Enumerable.Range(0, n).Select(i => "$k" + i))})
        GROUP BY "ReportId" HAVING COUNT(*) >= 2 ORDER BY COUNT(*) DESC, "ReportId" LIMIT 10
        """);

    private static string BandInsert(int count) => BandInserts.GetOrAdd(count, n =>
        $"""INSERT OR IGNORE INTO "ReportBands" ("Key", "ReportId") VALUES {string.Join(", ", Enumerable.Range(0, n).Select(i => $"($k{i}, $id)"))}""");

    private static string ClaimBandInsert(int count) => ClaimBandInserts.GetOrAdd(count, n =>
        $"""INSERT OR IGNORE INTO "ClaimBands" ("Key", "ClaimId") VALUES {string.Join(", ", Enumerable.Range(0, n).Select(i => $"($k{i}, $id)"))}""");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> ClaimBandInserts = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> BandQueries = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> BandInserts = new();

    /// <summary>Many rows per statement: a report's mentions are its most numerous rows.</summary>
    private void InsertMentions(int reportId, string text, List<(ExtractedMention Mention, int? LocationId, int? ActorId)> mentions)
    {
        const int chunk = 64;
        for (var offset = 0; offset < mentions.Count; offset += chunk)
        {
            var count = Math.Min(chunk, mentions.Count - offset);
            var parameters = new (string, object?)[1 + count * 5];
            parameters[0] = ("$r", reportId);
            for (var i = 0; i < count; i++)
            {
                var (mention, locationId, actorId) = mentions[offset + i];
                parameters[1 + i * 5] = ($"$s{i}", mention.Start);
                parameters[2 + i * 5] = ($"$e{i}", mention.End);
                parameters[3 + i * 5] = ($"$t{i}", text[mention.Start..mention.End]);
                parameters[4 + i * 5] = ($"$l{i}", locationId);
                parameters[5 + i * 5] = ($"$a{i}", actorId);
            }

            NonQuery(MentionInserts.GetOrAdd(count, n =>
                $"""INSERT INTO "Mentions" ("ReportId", "Start", "End", "Text", "LocationId", "ActorId") VALUES {string.Join(", ", Enumerable.Range(0, n).Select(i => $"($r, $s{i}, $e{i}, $t{i}, $l{i}, $a{i})"))}"""), parameters);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> MentionInserts = new();

    private int ResolveLocation(ExtractedLocation location)
    {
        var key = location.PlaceId is { Length: > 0 } placeId
            ? placeId
            : $"name:{TextNormalizer.Name(location.Name)}:{location.Country?.ToLowerInvariant()}";
        if (_locationIds.TryGetValue(key, out var id))
        {
            return id;
        }

        var found = Scalar("""SELECT "Id" FROM "Locations" WHERE "PlaceId" = $p""", ("$p", key));
        id = found is not null ? Convert.ToInt32(found, System.Globalization.CultureInfo.InvariantCulture) : Int("""
            INSERT INTO "Locations" ("PlaceId", "Name", "Kind", "Country", "Admin1", "Latitude", "Longitude")
            VALUES ($p, $n, $k, $c, $a, $lat, $lon) RETURNING "Id"
            """,
            ("$p", key), ("$n", location.Name), ("$k", location.Kind.ToString()), ("$c", location.Country), ("$a", location.Admin1),
            ("$lat", location.Lat), ("$lon", location.Lon));
        Remember(_locationIds, key, id);
        return id;
    }

    /// <summary>
    /// One actor per real actor: any of the names (the full name first) already known as an alias of a compatible actor
    /// means that actor; otherwise a new one. Every name becomes an alias unless another actor already holds it.
    /// </summary>
    private int ResolveActor(string name, IReadOnlyList<string> aliases, ActorType type, string? affiliation)
    {
        var names = new List<(string Text, string Normalized)>();
        foreach (var candidate in aliases.Prepend(name))
        {
            var normalized = TextNormalizer.Name(candidate);
            if (normalized.Length is > 0 and <= 300 && names.All(n => n.Normalized != normalized))
            {
                names.Add((candidate.Trim(), normalized));
            }
        }

        if (names.Count == 0)
        {
            names.Add((name.Trim(), name.Trim().ToLowerInvariant()));
        }

        int? actorId = null;
        foreach (var (_, normalized) in names)
        {
            if (LookupAlias(normalized) is { } known && Compatible(known.Type, type))
            {
                actorId = known.Id;
                break;
            }
        }

        if (actorId is null)
        {
            actorId = Int("""INSERT INTO "Actors" ("Name", "NormalizedName", "Type", "Affiliation") VALUES ($n, $nn, $t, $a) RETURNING "Id" """,
                ("$n", names[0].Text), ("$nn", names[0].Normalized), ("$t", type.ToString()), ("$a", affiliation));
        }
        else if (affiliation is not null)
        {
            NonQuery("""UPDATE "Actors" SET "Affiliation" = $a WHERE "Id" = $id AND "Affiliation" IS NULL""", ("$a", affiliation), ("$id", actorId));
        }

        foreach (var (text, normalized) in names)
        {
            if (LookupAlias(normalized) is null)
            {
                NonQuery("""INSERT OR IGNORE INTO "ActorAliases" ("ActorId", "Alias", "NormalizedAlias") VALUES ($id, $a, $n)""",
                    ("$id", actorId), ("$a", text), ("$n", normalized));
                Remember(_aliases, normalized, (actorId.Value, type));
            }
        }

        return actorId.Value;
    }

    /// <summary>A person is never merged with a state, army or organisation that happens to share a name.</summary>
    private static bool Compatible(ActorType a, ActorType b) => (a == ActorType.Person) == (b == ActorType.Person);

    private (int Id, ActorType Type)? LookupAlias(string normalized)
    {
        if (_aliases.TryGetValue(normalized, out var cached))
        {
            return cached;
        }

        using var reader = Reader("""
            SELECT a."ActorId", ac."Type" FROM "ActorAliases" a JOIN "Actors" ac ON ac."Id" = a."ActorId" WHERE a."NormalizedAlias" = $n
            """, ("$n", normalized));
        if (!reader.Read())
        {
            return null;
        }

        var found = (reader.GetInt32(0), Enum.TryParse<ActorType>(reader.GetString(1), out var type) ? type : ActorType.Organization);
        Remember(_aliases, normalized, found);
        return found;
    }

    private void WriteClaim(int reportId, int storyId, DateTime reportedAt, PreparedClaim prepared, Dictionary<string, int> actorsByName, Dictionary<string, int> locationsByName)
    {
        var claim = prepared.Claim;
        var speaker = claim.Source.Trim();
        var speakerNormalized = TextNormalizer.Name(speaker);
        int? speakerId = actorsByName.TryGetValue(speakerNormalized, out var known) ? known : null;
        if (speakerId is null && claim.SourceType != SourceType.Described && speakerNormalized.Length > 0
            && Enum.TryParse<ActorType>(claim.SourceType.ToString(), out var actorType))
        {
            speakerId = ResolveActor(speaker, [], actorType, null);
        }

        var speakerKey = speakerId is { } sid ? $"actor:{sid}" : $"text:{speakerNormalized}";
        var claimId = FindClaim(speakerKey, prepared, claim.Date);
        bool newReport, newStory;
        if (claimId is null)
        {
            // A new claim starts with this report as its one report and one independent source.
            claimId = Int("""
                INSERT INTO "Claims" ("SpeakerActorId", "Speaker", "SpeakerKey", "SourceType", "Cue", "Text", "NormalizedText", "Hedged",
                    "Evidentiality", "Date", "FirstReportedAt", "Status", "ReportCount", "IndependentSourceCount")
                VALUES ($sa, $s, $sk, $st, $cue, $text, $norm, $hedged, $ev, $date, $first, $status, 1, 1)
                RETURNING "Id"
                """,
                ("$sa", speakerId), ("$s", speaker), ("$sk", speakerKey), ("$st", claim.SourceType.ToString()), ("$cue", claim.Cue),
                ("$text", prepared.Text), ("$norm", prepared.NormalizedText), ("$hedged", claim.Hedged), ("$ev", claim.Evidentiality.ToString()),
                ("$date", claim.Date), ("$first", reportedAt), ("$status", ClaimStatus.Unreviewed.ToString()));
            if (prepared.Bands.Length > 0)
            {
                var parameters = new (string, object?)[prepared.Bands.Length + 1];
                parameters[0] = ("$id", claimId);
                for (var i = 0; i < prepared.Bands.Length; i++)
                {
                    parameters[i + 1] = ("$k" + i, prepared.Bands[i]);
                }

                NonQuery(ClaimBandInsert(prepared.Bands.Length), parameters);
            }

            newReport = newStory = false;
        }
        else
        {
            // Counted before this occurrence is added: a second copy in the same report or story adds nothing.
            newReport = Scalar("""SELECT 1 FROM "ClaimReports" WHERE "ClaimId" = $c AND "ReportId" = $r LIMIT 1""", ("$c", claimId), ("$r", reportId)) is null;
            newStory = newReport && Scalar("""
                SELECT 1 FROM "Reports" r CROSS JOIN "ClaimReports" cr ON cr."ReportId" = r."Id"
                WHERE r."StoryId" = $story AND cr."ClaimId" = $c LIMIT 1
                """, ("$story", storyId), ("$c", claimId)) is null;
        }

        NonQuery("""
            INSERT INTO "ClaimReports" ("ClaimId", "ReportId", "Start", "End", "Text", "Cue", "Sentence", "Hedged", "Evidentiality")
            VALUES ($c, $r, $s, $e, $t, $cue, $sentence, $hedged, $ev)
            """,
            ("$c", claimId), ("$r", reportId), ("$s", claim.Start), ("$e", claim.End), ("$t", prepared.Text), ("$cue", claim.Cue),
            ("$sentence", claim.Sentence), ("$hedged", claim.Hedged), ("$ev", claim.Evidentiality.ToString()));

        foreach (var location in claim.Locations)
        {
            if (locationsByName.TryGetValue(TextNormalizer.Name(location), out var locationId))
            {
                NonQuery("""INSERT OR IGNORE INTO "ClaimLocations" ("ClaimId", "LocationId") VALUES ($c, $l)""", ("$c", claimId), ("$l", locationId));
            }
        }

        foreach (var actor in claim.Actors)
        {
            if (actorsByName.TryGetValue(TextNormalizer.Name(actor), out var actorId) && actorId != speakerId)
            {
                NonQuery("""INSERT OR IGNORE INTO "ClaimActors" ("ClaimId", "ActorId") VALUES ($c, $a)""", ("$c", claimId), ("$a", actorId));
            }
        }

        if (newReport)
        {
            // Wire copies share a story, so counting stories (not reports) counts independent sources.
            NonQuery("""
                UPDATE "Claims" SET "ReportCount" = "ReportCount" + 1, "IndependentSourceCount" = "IndependentSourceCount" + $ds,
                    "FirstReportedAt" = MIN("FirstReportedAt", $at)
                WHERE "Id" = $c
                """, ("$ds", newStory ? 1 : 0), ("$at", reportedAt), ("$c", claimId));
        }
    }

    private int? FindClaim(string speakerKey, PreparedClaim prepared, DateOnly? date)
    {
        var exact = Scalar("""SELECT "Id" FROM "Claims" WHERE "SpeakerKey" = $s AND "NormalizedText" = $n LIMIT 1""",
            ("$s", speakerKey), ("$n", prepared.NormalizedText));
        if (exact is not null)
        {
            return Convert.ToInt32(exact, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (prepared.Bands.Length == 0)
        {
            return null;
        }

        var parameters = prepared.Bands.Select((b, i) => ("$k" + i, (object?)b)).Append(("$s", speakerKey)).ToArray();
        // Driven from the bands (CROSS JOIN fixes the loop order in SQLite), so the cost follows the few claims sharing
        // a band, not every claim the speaker ever made.
        using var reader = Reader($"""
            SELECT c."Id", c."NormalizedText", c."Date" FROM "ClaimBands" b CROSS JOIN "Claims" c ON c."Id" = b."ClaimId"
            WHERE b."Key" IN ({string.Join(", ", prepared.Bands.Select((_, i) => "$k" + i))}) AND c."SpeakerKey" = $s
            GROUP BY c."Id" ORDER BY COUNT(*) DESC, c."Id" LIMIT 20
            """, parameters);
        while (reader.Read())
        {
            var otherDate = reader.IsDBNull(2) ? (DateOnly?)null : DateOnly.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture);
            // The same words on dates days apart are two events ("shelled the bridge again").
            var datesAgree = date is null || otherDate is null || Math.Abs(date.Value.DayNumber - otherDate.Value.DayNumber) <= 2;
            if (datesAgree && ClaimText.SameStatement(prepared.NormalizedText, reader.GetString(1), _options.SameClaimJaccard))
            {
                return reader.GetInt32(0);
            }
        }

        return null;
    }

    private static void Remember<TValue>(Dictionary<string, TValue> cache, string key, TValue value)
    {
        // Bounded so a long run over millions of reports keeps flat memory; a miss costs one indexed lookup.
        if (cache.Count >= MaxCacheEntries)
        {
            cache.Clear();
        }

        cache[key] = value;
    }

    private void ForgetCaches()
    {
        _locationIds.Clear();
        _aliases.Clear();
    }

    private SqliteCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private void NonQuery(string sql, params (string, object?)[] parameters) => Prepare(sql, parameters).ExecuteNonQuery();

    private object? Scalar(string sql, params (string, object?)[] parameters) => Prepare(sql, parameters).ExecuteScalar();

    private int Int(string sql, params (string, object?)[] parameters) =>
        Convert.ToInt32(Prepare(sql, parameters).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    private DbDataReader Reader(string sql, params (string, object?)[] parameters) => Prepare(sql, parameters).ExecuteReader();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_transaction is not null)
        {
            _transaction.Rollback();
            _transaction.Dispose();
        }

        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }
}
