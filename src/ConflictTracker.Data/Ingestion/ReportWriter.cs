using System.Data.Common;
using ConflictTracker.Data.Entities;
using ConflictTracker.Data.Ingestion.Similarity;
using ConflictTracker.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace ConflictTracker.Data.Ingestion;

/// <summary>
/// The single writer: stores prepared reports with their story, mentions, entities and claims. A batch of reports is
/// one transaction, so a crash loses at most uncommitted whole reports, never part of one; a report that fails while
/// being written leaves nothing behind either (see <see cref="Write"/>). Plain prepared SQL on the hot path: this runs
/// thousands of times a second, and the EF model (<see cref="ConflictTrackerDbContext"/>) still owns the schema.
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

    // The id the next new claim gets; read inside the open transaction, so no other writer can take it first.
    private long? _nextClaimId;

    // The reports written in the open transaction, with the ids they got, to write again after a failed one.
    private readonly List<(PreparedReport Report, DateTime IngestedAt, int ReportId)> _batch = [];
    private readonly ClaimIndex _claimIndex = new();

    // Search rows of the report being written, and of the reports written since the last commit.
    private readonly List<object?> _stagedReportSearch = [];
    private readonly List<object?> _stagedClaimSearch = [];
    private readonly List<object?> _reportSearch = [];
    private readonly List<object?> _claimSearch = [];
    private readonly List<string> _searchTriggers = [];

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
        Execute("PRAGMA temp_store=MEMORY;");
        // Each checkpoint copies the WAL's pages into the database and syncs it; rarer checkpoints copy a hot index page
        // once for many commits instead of once per commit.
        Execute("PRAGMA wal_autocheckpoint=8192;");
        using var triggers = _connection.CreateCommand();
        triggers.CommandText = """SELECT "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "name" IN ('Reports_ai', 'Claims_ai') ORDER BY "name" """;
        using var reader = triggers.ExecuteReader();
        while (reader.Read())
        {
            _searchTriggers.Add(reader.GetString(0));
        }
    }

    /// <summary>
    /// Characters of text plus bytes of raw input held for the open transaction, so the caller can commit before the
    /// batch grows large.
    /// </summary>
    public long BatchInputSize { get; private set; }

    /// <summary>
    /// Opens the batch's transaction and, inside it, lifts the triggers that index each new report and claim for search.
    /// FTS5 writes its pending rows to a new segment at every savepoint and statement journal, so per-row triggers
    /// cost a segment (and its merging) per statement; the writer instead indexes the batch's rows in a few statements
    /// at commit and puts the triggers back before committing, so every committed state has them and a crash rolls
    /// the lifting back with everything else.
    /// </summary>
    public void Begin()
    {
        if (_transaction is not null)
        {
            return;
        }

        _transaction = _connection.BeginTransaction();
        if (_searchTriggers.Count > 0)
        {
            ExecuteInTransaction("""DROP TRIGGER IF EXISTS "Reports_ai"; DROP TRIGGER IF EXISTS "Claims_ai";""");
        }
    }

    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        InsertRows("""INSERT INTO "ReportsFts"(rowid, "Title", "Text")""", 3, _reportSearch);
        InsertRows("""INSERT INTO "ClaimsFts"(rowid, "Text", "Speaker")""", 3, _claimSearch);
        _reportSearch.Clear();
        _claimSearch.Clear();
        foreach (var trigger in _searchTriggers)
        {
            ExecuteInTransaction(trigger);
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _nextClaimId = null;
        _batch.Clear();
        BatchInputSize = 0;
    }

    /// <summary>
    /// Inserts rows of <paramref name="columns"/> values each, several rows per statement: one trip through SQLite's VM
    /// for several rows, while each statement keeps few parameters (a named parameter is found by a linear scan, so
    /// binding n of them costs n squared).
    /// </summary>
    private void InsertRows(string insert, int columns, List<object?> values)
    {
        var rowsPerStatement = Math.Max(1, 32 / columns);
        var rows = values.Count / columns;
        for (var offset = 0; offset < rows; offset += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows - offset);
            var command = RowsCommand(insert, columns, count);
            var first = offset * columns;
            for (var i = 0; i < count * columns; i++)
            {
                command.Parameters[i].Value = values[first + i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand RowsCommand(string insert, int columns, int rows)
    {
        var key = insert + "#" + rows;
        if (!_commands.TryGetValue(key, out var command))
        {
            command = _connection.CreateCommand();
            var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(r * columns, columns).Select(i => "$p" + i)) + ")");
            command.CommandText = insert + " VALUES " + string.Join(", ", values);
            for (var i = 0; i < rows * columns; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
            }

            _commands[key] = command;
        }

        command.Transaction = _transaction;
        return command;
    }

    private void ExecuteInTransaction(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Writes one report all-or-nothing inside the open transaction. A report that fails rolls the whole transaction
    /// back, and the batch's earlier reports are written again in the same order (so they get the same ids). A savepoint
    /// per report would undo just the one, but it copies every page the report touches into the statement journal:
    /// a tenth of the writer's time, spent on every report for a failure that almost never happens.
    /// </summary>
    /// <returns>The new report's id and whether it joined an earlier report's story.</returns>
    /// <exception cref="BatchLostException">The batch's earlier reports could not be written again.</exception>
    public (int ReportId, bool NearDuplicate) Write(PreparedReport report, DateTime ingestedAt)
    {
        Begin();
        try
        {
            var result = WriteStaged(report, ingestedAt);
            _batch.Add((report, ingestedAt, result.ReportId));
            BatchInputSize += report.CleanText.Length + report.Parsed.Raw.Length;
            return result;
        }
        catch
        {
            WriteBatchAgain();
            throw;
        }
    }

    private (int ReportId, bool NearDuplicate) WriteStaged(PreparedReport report, DateTime ingestedAt)
    {
        _stagedReportSearch.Clear();
        _stagedClaimSearch.Clear();
        var result = WriteReport(report, ingestedAt);
        _reportSearch.AddRange(_stagedReportSearch);
        _claimSearch.AddRange(_stagedClaimSearch);
        return result;
    }

    private void WriteBatchAgain()
    {
        try
        {
            _transaction!.Rollback();
            _transaction.Dispose();
            _transaction = null;
            _reportSearch.Clear();
            _claimSearch.Clear();
            // Ids cached while writing the rolled-back reports may not exist any more.
            ForgetCaches();
            Begin();
            foreach (var (report, ingestedAt, reportId) in _batch)
            {
                if (WriteStaged(report, ingestedAt).ReportId != reportId)
                {
                    throw new InvalidOperationException($"report {reportId} got another id when written again");
                }
            }
        }
        catch (Exception ex)
        {
            throw new BatchLostException(ex);
        }
    }

    /// <summary>True when the same content is already stored (possibly earlier in this batch).</summary>
    public bool ContentKnown(string contentHash) =>
        Scalar("""SELECT 1 FROM "Reports" WHERE "ContentHash" = $h LIMIT 1""", ("$h", contentHash)) is not null;

    private (int, bool) WriteReport(PreparedReport report, DateTime ingestedAt)
    {
        var parsed = report.Parsed;
        var (nearDuplicateOf, storyId) = FindNearDuplicate(report);
        var ownStory = storyId is null;
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

        _stagedReportSearch.AddRange([reportId, report.Title, report.CleanText]);
        NonQuery("""INSERT INTO "RawInputs" ("ReportId", "FileName", "Content") VALUES ($id, $name, $content)""",
            ("$id", reportId), ("$name", parsed.SourceName), ("$content", parsed.Raw));

        var bands = new List<object?>(report.Bands.Length * 2);
        foreach (var band in report.Bands)
        {
            bands.Add(band);
            bands.Add(reportId);
        }

        InsertRows("""INSERT OR IGNORE INTO "ReportBands" ("Key", "ReportId")""", 2, bands);

        var extraction = report.Extraction;
        var mentions = new List<object?>(report.MentionCount * 6);
        var locationsByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var location in extraction.Locations)
        {
            var locationId = ResolveLocation(location);
            locationsByName.TryAdd(TextNormalizer.Name(location.Name), locationId);
            foreach (var mention in location.Mentions)
            {
                locationsByName.TryAdd(TextNormalizer.Name(mention.Text), locationId);
                mentions.AddRange([reportId, mention.Start, mention.End, report.CleanText[mention.Start..mention.End], locationId, null]);
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
                mentions.AddRange([reportId, mention.Start, mention.End, report.CleanText[mention.Start..mention.End], null, actorId]);
            }
        }

        InsertRows("""INSERT INTO "Mentions" ("ReportId", "Start", "End", "Text", "LocationId", "ActorId")""", 6, mentions);
        var reportedAt = report.PublishedAt ?? ingestedAt;
        var links = new ClaimLinks(reportId, storyId.Value, ownStory);
        foreach (var claim in report.Claims)
        {
            WriteClaim(links, reportedAt, claim, actorsByName, locationsByName);
        }

        InsertRows("""
            INSERT INTO "Claims" ("Id", "SpeakerActorId", "Speaker", "SpeakerKey", "SourceType", "Cue", "Text", "NormalizedText", "Hedged",
                "Evidentiality", "Date", "FirstReportedAt", "Status", "ReportCount", "IndependentSourceCount")
            """, 15, links.NewClaims);
        InsertRows("""
            INSERT INTO "ClaimReports" ("ClaimId", "ReportId", "Start", "End", "Text", "Cue", "Sentence", "Hedged", "Evidentiality")
            """, 9, links.Occurrences);
        InsertRows("""INSERT OR IGNORE INTO "ClaimLocations" ("ClaimId", "LocationId")""", 2, links.Locations);
        InsertRows("""INSERT OR IGNORE INTO "ClaimActors" ("ClaimId", "ActorId")""", 2, links.Actors);

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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> BandQueries = new();

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

    private void WriteClaim(ClaimLinks links, DateTime reportedAt, PreparedClaim prepared, Dictionary<string, int> actorsByName, Dictionary<string, int> locationsByName)
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
        var found = FindClaim(speakerKey, prepared, claim.Date);
        int claimId;
        if (found is null)
        {
            // A new claim starts with this report as its one report and one independent source. Its row is inserted with
            // the report's other new claims, several per statement, so the id is given here rather than by the database.
            claimId = NextClaimId();
            links.NewClaims.AddRange([claimId, speakerId, speaker, speakerKey, claim.SourceType.ToString(), claim.Cue, prepared.Text,
                prepared.NormalizedText, claim.Hedged, claim.Evidentiality.ToString(), claim.Date, reportedAt, ClaimStatus.Unreviewed.ToString(), 1, 1]);
            _stagedClaimSearch.AddRange([claimId, prepared.Text, speaker]);
            _claimIndex.Add(speakerKey, claimId, prepared.NormalizedText, claim.Date, prepared.Bands);
            links.Claims.Add(claimId);
        }
        else if (links.Claims.Add(claimId = found.Value))
        {
            // An earlier claim is in this report for the first time. A second copy in the same story adds no
            // independent source: wire copies share a story, so counting stories counts independent sources.
            var newStory = links.NewStory || Scalar("""
                SELECT 1 FROM "Reports" r CROSS JOIN "ClaimReports" cr ON cr."ReportId" = r."Id"
                WHERE r."StoryId" = $story AND cr."ClaimId" = $c LIMIT 1
                """, ("$story", links.StoryId), ("$c", claimId)) is null;
            NonQuery("""
                UPDATE "Claims" SET "ReportCount" = "ReportCount" + 1, "IndependentSourceCount" = "IndependentSourceCount" + $ds,
                    "FirstReportedAt" = MIN("FirstReportedAt", $at)
                WHERE "Id" = $c
                """, ("$ds", newStory ? 1 : 0), ("$at", reportedAt), ("$c", claimId));
        }

        links.Occurrences.AddRange([claimId, links.ReportId, claim.Start, claim.End, prepared.Text, claim.Cue, claim.Sentence, claim.Hedged,
            claim.Evidentiality.ToString()]);
        foreach (var location in claim.Locations)
        {
            if (locationsByName.TryGetValue(TextNormalizer.Name(location), out var locationId))
            {
                links.Locations.AddRange([claimId, locationId]);
            }
        }

        foreach (var actor in claim.Actors)
        {
            if (actorsByName.TryGetValue(TextNormalizer.Name(actor), out var actorId) && actorId != speakerId)
            {
                links.Actors.AddRange([claimId, actorId]);
            }
        }
    }

    /// <summary>
    /// Ids continue after the highest ever given, as AUTOINCREMENT would: an id a deleted claim had is never reused, so a
    /// link to a claim never comes to show another.
    /// </summary>
    private int NextClaimId()
    {
        _nextClaimId ??= Convert.ToInt64(Scalar("""
            SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'Claims'), 0), COALESCE((SELECT MAX("Id") FROM "Claims"), 0)) + 1
            """), System.Globalization.CultureInfo.InvariantCulture);
        var id = _nextClaimId.Value;
        _nextClaimId = id + 1;
        return checked((int)id);
    }

    private int? FindClaim(string speakerKey, PreparedClaim prepared, DateOnly? date)
    {
        if (!_claimIndex.IsLoaded(speakerKey))
        {
            _claimIndex.Load(speakerKey, StoredClaims(speakerKey));
        }

        if (_claimIndex.Exact(speakerKey, prepared.NormalizedText) is { } id)
        {
            return id;
        }

        foreach (var (candidate, normalized, otherDate) in _claimIndex.Candidates(speakerKey, prepared.Bands, 20))
        {
            if (SameClaim(date, otherDate, prepared.Words, normalized))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The speaker's newest stored claims, oldest first (the uncommitted ones of this batch included).</summary>
    private List<(int Id, string Normalized, DateOnly? Date)> StoredClaims(string speakerKey)
    {
        var claims = new List<(int, string, DateOnly?)>();
        using (var reader = Reader("""
            SELECT "Id", "NormalizedText", "Date" FROM "Claims" WHERE "SpeakerKey" = $s ORDER BY "Id" DESC LIMIT $n
            """, ("$s", speakerKey), ("$n", ClaimIndex.MaxClaimsPerSpeaker)))
        {
            while (reader.Read())
            {
                var date = reader.IsDBNull(2) ? (DateOnly?)null : DateOnly.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture);
                claims.Add((reader.GetInt32(0), reader.GetString(1), date));
            }
        }

        claims.Reverse();
        return claims;
    }

    private bool SameClaim(DateOnly? date, DateOnly? otherDate, ClaimWords words, string otherNormalized)
    {
        // The same words on dates days apart are two events ("shelled the bridge again").
        var datesAgree = date is null || otherDate is null || Math.Abs(date.Value.DayNumber - otherDate.Value.DayNumber) <= 2;
        return datesAgree && ClaimText.SameStatement(words, ClaimText.Words(otherNormalized), _options.SameClaimJaccard);
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
        _nextClaimId = null;
        _locationIds.Clear();
        _aliases.Clear();
        // Reloaded from what the database really holds on next use.
        _claimIndex.Clear();
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

    /// <summary>What a report's claims add, gathered so each kind of row is inserted a few rows per statement.</summary>
    private sealed class ClaimLinks(int reportId, int storyId, bool newStory)
    {
        public int ReportId => reportId;

        public int StoryId => storyId;

        /// <summary>True when the report started its own story, so no other report of the story carries any claim yet.</summary>
        public bool NewStory => newStory;

        /// <summary>The claims already in this report.</summary>
        public HashSet<int> Claims { get; } = [];

        /// <summary>Rows of the claims first seen in this report.</summary>
        public List<object?> NewClaims { get; } = [];

        public List<object?> Occurrences { get; } = [];

        public List<object?> Locations { get; } = [];

        public List<object?> Actors { get; } = [];
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
