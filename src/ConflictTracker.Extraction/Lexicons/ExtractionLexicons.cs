using System.Collections.Frozen;
using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Resources;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>
/// Every word list the actor and claim steps read, loaded once from the embedded data files and shared by all
/// threads (immutable after construction).
/// </summary>
public sealed class ExtractionLexicons
{
    private static readonly Lazy<ExtractionLexicons> Shared = new(() => new ExtractionLexicons(Countries.Default));

    private ExtractionLexicons(Countries countries)
    {
        Countries = countries;

        var actorPhrases = new List<KeyValuePair<string, ActorDefinition>>();
        var definitionsByName = new Dictionary<string, ActorDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceFiles.ReadRows("Lexicons/actors.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var typeField = row[1];
            var placeLike = typeField.EndsWith("@place", StringComparison.Ordinal);
            var aliases = row.Length > 3 && row[3].Length > 0 ? row[3].Split('|') : [];
            var contextual = Array.ConvertAll(aliases, static alias => alias.StartsWith('~'));
            aliases = Array.ConvertAll(aliases, static alias => alias.TrimStart('~'));
            var definition = new ActorDefinition(row[0], ParseType(placeLike ? typeField[..^6] : typeField), row.Length > 2 && row[2].Length > 0 ? row[2] : null, placeLike, aliases);
            var inContext = definition with { NeedsContext = true };
            definitionsByName.TryAdd(definition.Name, definition);
            actorPhrases.Add(new(definition.Name, definition));
            for (var a = 0; a < aliases.Length; a++)
            {
                // "~Rada": an alias shared with other conflicts, matched only when the report names the actor's country.
                actorPhrases.Add(new(aliases[a], contextual[a] ? inContext : definition));
                if (!contextual[a])
                {
                    definitionsByName.TryAdd(aliases[a], definition);
                }
            }
        }

        Actors = new PhraseMatcher<ActorDefinition>(actorPhrases);
        ActorsByName = definitionsByName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var cues = new Dictionary<string, CueDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceFiles.ReadRows("Lexicons/cues.tsv"))
        {
            var evidentiality = Enum.Parse<Evidentiality>(row[1], ignoreCase: true);
            var kind = Enum.Parse<CueKind>(row[2], ignoreCase: true);
            cues.TryAdd(row[0], new CueDefinition(row[0], evidentiality, kind));
        }

        Cues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Hedges = PhraseSet("Lexicons/hedges.txt", caseSensitiveAcronyms: false);
        Titles = PhraseSet("Lexicons/titles.txt", caseSensitiveAcronyms: false);
        ForceNouns = PhraseSet("Lexicons/force-nouns.txt", caseSensitiveAcronyms: false);

        var orgHeads = new Dictionary<string, ActorType>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("Lexicons/org-heads.tsv"))
        {
            orgHeads.TryAdd(row[0], ParseType(row[1]));
        }

        OrgHeads = orgHeads.ToFrozenDictionary(StringComparer.Ordinal);

        var described = new Dictionary<string, DescribedHead>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceFiles.ReadRows("Lexicons/described-heads.tsv"))
        {
            var generic = row.Length > 3 ? row[3] switch { "bare" => GenericSource.Bare, "unnamed" => GenericSource.Unnamed, _ => GenericSource.None } : GenericSource.None;
            described.TryAdd(row[0], new DescribedHead(row[0], ParseType(row[1]), row.Length > 2 && row[2] == "true", generic));
        }

        DescribedHeads = described.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var nonNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ResourceFiles.ReadLines("Lexicons/nonname-words.txt"))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                nonNames.Add(line.Trim());
            }
        }

        NonNameWords = nonNames.ToFrozenSet(StringComparer.Ordinal);
        ActorWords = new ActorWords(ResourceFiles.ReadRows("Lexicons/actor-words.tsv"));

        var capitals = new List<KeyValuePair<string, Country>>();
        foreach (var row in ResourceFiles.ReadRows("Lexicons/capitals.tsv"))
        {
            if (countries.ByCode(row[1]) is { } country)
            {
                capitals.Add(new(row[0], country));
            }
        }

        Capitals = new PhraseMatcher<Country>(capitals);

        var countryNames = new List<KeyValuePair<string, Country>>();
        var demonyms = new List<KeyValuePair<string, Country>>();
        foreach (var country in countries.All)
        {
            countryNames.Add(new(country.Name, country));
            foreach (var alternate in country.Alternates)
            {
                // Long official names ("Republic of ...") are never how news names an agent; short ones are.
                if (alternate.Length > 0 && char.IsUpper(alternate[0]) && alternate.Split(' ').Length <= 4)
                {
                    countryNames.Add(new(alternate, country));
                }
            }

            foreach (var demonym in country.Demonyms)
            {
                demonyms.Add(new(demonym, country));
            }
        }

        CountryNames = new PhraseMatcher<Country>(countryNames);
        Demonyms = new PhraseMatcher<Country>(demonyms);
    }

    public static ExtractionLexicons Default => Shared.Value;

    public Countries Countries { get; }
    public PhraseMatcher<ActorDefinition> Actors { get; }
    public FrozenDictionary<string, ActorDefinition> ActorsByName { get; }
    public FrozenDictionary<string, CueDefinition> Cues { get; }
    public PhraseMatcher<bool> Hedges { get; }
    public PhraseMatcher<bool> Titles { get; }
    public PhraseMatcher<bool> ForceNouns { get; }
    public FrozenDictionary<string, ActorType> OrgHeads { get; }
    public FrozenDictionary<string, DescribedHead> DescribedHeads { get; }
    public FrozenSet<string> NonNameWords { get; }
    public ActorWords ActorWords { get; }
    public PhraseMatcher<Country> Capitals { get; }
    public PhraseMatcher<Country> CountryNames { get; }
    public PhraseMatcher<Country> Demonyms { get; }

    public static ActorType ParseType(string value) => value switch
    {
        "person" => ActorType.Person,
        "state" => ActorType.State,
        "government" => ActorType.Government,
        "military" => ActorType.Military,
        "armed_group" => ActorType.ArmedGroup,
        "international_org" => ActorType.InternationalOrg,
        "media" => ActorType.Media,
        _ => ActorType.Organization,
    };

    private static PhraseMatcher<bool> PhraseSet(string path, bool caseSensitiveAcronyms)
    {
        var phrases = new List<KeyValuePair<string, bool>>();
        foreach (var line in ResourceFiles.ReadLines(path))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                phrases.Add(new(line.Trim(), true));
            }
        }

        return new PhraseMatcher<bool>(phrases, caseSensitiveAcronyms);
    }
}
