using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>The actors of one report, one record per real actor, with the token each mention covers.</summary>
public sealed class ActorTable
{
    private readonly Dictionary<string, ActorRecord> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _text;
    private readonly Token[] _tokens;

    public ActorTable(string text, Token[] tokens, int tokenCount)
    {
        _text = text;
        _tokens = tokens;
        TokenActor = new int[tokenCount];
        Array.Fill(TokenActor, -1);
    }

    public List<ActorRecord> All { get; } = [];

    /// <summary>The actor id a token belongs to, or -1.</summary>
    public int[] TokenActor { get; }

    /// <summary>
    /// Acronyms and short names defined in the text ("Institute for the Study of War (ISW)", "the Special Deterrence
    /// Force, known as Rada") and the actor they stand for.
    /// </summary>
    public Dictionary<string, ActorRecord> ShortNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Outlets credited in the dateline ("(BSW) -"): actors only when the text names them again.</summary>
    public List<ActorRecord> Credits { get; } = [];

    /// <summary>Bodies an organisation's name only modified ("the UN peacekeeping mission"), with their head noun, to be linked to a named body.</summary>
    public List<(ActorRecord Body, string[] Words)> SubBodies { get; } = [];

    /// <summary>"the army", "the military": the report's own country's forces, linked once every actor is known.</summary>
    public List<(int First, int End)> BareForces { get; } = [];

    /// <summary>"the air force", "air defences": the report's own country's service, linked once every actor is known.</summary>
    public List<(int First, int End, string Service)> BareServices { get; } = [];

    /// <summary>"the government", "the federal government", "my government": the report's own country's, linked once every actor is known.</summary>
    public List<(int First, int End)> BareGovernments { get; } = [];

    /// <summary>Codes of the countries the report names, once a rule has needed them.</summary>
    public HashSet<string>? CountriesNamed { get; set; }

    public ActorRecord? Find(string name) => _byKey.TryGetValue(Key(name), out var record) ? record.Resolve() : null;

    public ActorRecord GetOrAdd(string name, ActorType type, string? affiliation)
    {
        var key = Key(name);
        if (_byKey.TryGetValue(key, out var existing))
        {
            return existing.Resolve();
        }

        var record = new ActorRecord(All.Count, name, type, affiliation);
        All.Add(record);
        _byKey[key] = record;
        return record;
    }

    /// <summary>Another name that should find the same record ("Moscow" for Russia).</summary>
    public void AddKey(string alias, ActorRecord record) => _byKey.TryAdd(Key(alias), record);

    public ActorRecord? AtToken(int token) =>
        token >= 0 && token < TokenActor.Length && TokenActor[token] >= 0 ? All[TokenActor[token]].Resolve() : null;

    /// <summary>Records the tokens [first, end) as a mention of <paramref name="record"/>; the surface form becomes an alias.</summary>
    public void AddMention(ActorRecord record, int first, int end)
    {
        if (end <= first)
        {
            return;
        }

        for (var k = first; k < end; k++)
        {
            if (TokenActor[k] >= 0)
            {
                return; // a token belongs to one actor: the first recogniser to claim it wins
            }
        }

        for (var k = first; k < end; k++)
        {
            TokenActor[k] = record.Id;
        }

        var start = _tokens[first].Start;
        var stop = _tokens[end - 1].End;
        var surface = _text.Substring(start, stop - start);
        record.Mentions.Add(new Mention(start, stop, surface));
        record.AddAlias(surface);
        AddKey(surface, record);
    }

    /// <summary>The first <paramref name="length"/> characters of one token ("Rwanda" in "Rwanda-backed") as a mention.</summary>
    public void AddPartMention(ActorRecord record, int token, int length)
    {
        if (TokenActor[token] >= 0)
        {
            return;
        }

        TokenActor[token] = record.Id;
        var start = _tokens[token].Start;
        record.Mentions.Add(new Mention(start, start + length, _text.Substring(start, length)));
    }

    /// <summary>A mention that may overlap other actors' tokens ("a senior Defense Department official" around "Defense Department").</summary>
    public void AddLooseMention(ActorRecord record, int first, int end)
    {
        if (end <= first)
        {
            return;
        }

        var start = _tokens[first].Start;
        var stop = _tokens[end - 1].End;
        if (record.Mentions.Count > 0 && record.Mentions[^1].Start == start && record.Mentions[^1].End == stop)
        {
            return;
        }

        var surface = _text.Substring(start, stop - start);
        record.Mentions.Add(new Mention(start, stop, surface));
        record.AddAlias(surface);
        AddKey(surface, record);
    }

    /// <summary>Folds <paramref name="from"/> into <paramref name="into"/> (a surname-only person into the full name).</summary>
    public void Merge(ActorRecord from, ActorRecord into)
    {
        from = from.Resolve();
        into = into.Resolve();
        if (from == into)
        {
            return;
        }

        from.MergedInto = into;
        into.Mentions.AddRange(from.Mentions);
        into.AddAlias(from.Name);
        foreach (var alias in from.Aliases)
        {
            into.AddAlias(alias);
        }

        foreach (var role in from.Roles)
        {
            into.AddRole(role);
        }

        // Tokens keep the old id: AtToken follows MergedInto, so a merge costs nothing per token.
        into.Emit |= from.Emit;
    }

    /// <summary>The first token of the mention that covers <paramref name="token"/>.</summary>
    public int MentionStart(int token)
    {
        var id = TokenActor[token];
        while (token > 0 && TokenActor[token - 1] == id)
        {
            token--;
        }

        return token;
    }

    public static string Key(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..];
        }

        return span.ToString().Replace('\u2019', '\'');
    }

    public IEnumerable<ActorRecord> Emitted()
    {
        foreach (var record in All)
        {
            if (record.MergedInto is null && record.Emit && record.Mentions.Count > 0)
            {
                yield return record;
            }
        }
    }

    public static ExtractedActor ToActor(ActorRecord record)
    {
        var mentions = record.Mentions.ToArray();
        Array.Sort(mentions, static (a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedActor
        {
            Name = record.Name,
            Type = record.Type,
            Affiliation = record.Affiliation,
            Aliases = record.Aliases.ToArray(),
            Mentions = mentions,
        };
    }
}
