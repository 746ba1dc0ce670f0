using System.Collections.Frozen;
using ConflictTracker.Extraction.Claims;
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
            foreach (var variant in UnitedNationsVariants(definition.Name))
            {
                actorPhrases.Add(new(variant, definition));
            }

            for (var a = 0; a < aliases.Length; a++)
            {
                // "~Rada": an alias shared with other conflicts, matched only when the report names the actor's country.
                foreach (var variant in UnitedNationsVariants(aliases[a]))
                {
                    actorPhrases.Add(new(variant, contextual[a] ? inContext : definition));
                }

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

        NonNameWords = WordSet("Lexicons/nonname-words.txt", StringComparer.Ordinal);

        var nominalCues = new Dictionary<string, Evidentiality>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("Lexicons/nominal-cues.tsv"))
        {
            nominalCues.TryAdd(row[0], Enum.Parse<Evidentiality>(row[1], ignoreCase: true));
        }

        // The comparer is part of each rule: "Monday" is a date word, "monday" in a lower-case list is a venue word.
        var anyCase = StringComparer.OrdinalIgnoreCase;
        ClaimWords = new ClaimWords
        {
            SkipBeforeCue = WordSet("Lexicons/skip-before-cue.txt", anyCase),
            PassiveMarkers = WordSet("Lexicons/passive-markers.txt", anyCase),
            NounPhraseStops = WordSet("Lexicons/noun-phrase-stops.txt", anyCase),
            Determiners = WordSet("Lexicons/determiners.txt", anyCase),
            DocumentNouns = WordSet("Lexicons/document-nouns.txt", anyCase),
            AdjunctWords = WordSet("Lexicons/adjunct-words.txt", anyCase),
            SourceFollowers = WordSet("Lexicons/source-followers.txt", anyCase),
            NominalCues = nominalCues.ToFrozenDictionary(StringComparer.Ordinal),
            NominalMainVerbs = WordSet("Lexicons/nominal-main-verbs.txt", StringComparer.Ordinal),
            DateWords = WordSet("Lexicons/date-words.txt", StringComparer.Ordinal),
            SourceAffinity = WordSet("Lexicons/source-affinity.txt", StringComparer.Ordinal),
            GroupModifiers = WordSet("Lexicons/group-modifiers.txt", StringComparer.Ordinal),
            Verdicts = WordSet("Lexicons/verdicts.txt", anyCase),
            FiniteVerbs = WordSet("Lexicons/finite-verbs.txt", anyCase),
            FrameHeads = WordSet("Lexicons/frame-heads.txt", anyCase),
            DeclineVerbs = WordSet("Lexicons/decline-verbs.txt", StringComparer.Ordinal),
            DeclineFillers = WordSet("Lexicons/decline-fillers.txt", StringComparer.Ordinal),
            TurnOpeners = WordSet("Lexicons/turn-openers.txt", StringComparer.Ordinal),
            QuestionReferenceVerbs = WordSet("Lexicons/question-reference-verbs.txt", StringComparer.Ordinal),
            AsideOpeners = WordSet("Lexicons/aside-openers.txt", StringComparer.Ordinal),
            MemberRoles = WordSet("Lexicons/member-roles.txt", StringComparer.Ordinal),
            InterviewVerbs = WordSet("Lexicons/interview-verbs.txt", StringComparer.OrdinalIgnoreCase),
            CommitmentWords = WordSet("Lexicons/commitment-words.txt", StringComparer.Ordinal),
            FigureNouns = WordSet("Lexicons/figure-nouns.txt", StringComparer.Ordinal),
            HeardFromVerbs = WordSet("Lexicons/heard-from-verbs.txt", StringComparer.Ordinal),
        };

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
    public ClaimWords ClaimWords { get; }
    public ActorWords ActorWords { get; }
    public PhraseMatcher<Country> Capitals { get; }
    public PhraseMatcher<Country> CountryNames { get; }
    public PhraseMatcher<Country> Demonyms { get; }

    /// <summary>
    /// A name with the UN in it as the dictionary lists it and as news also writes it ("UN refugee agency",
    /// "U.N. refugee agency", "United Nations refugee agency"), so the list need not spell every form.
    /// </summary>
    private static IEnumerable<string> UnitedNationsVariants(string phrase)
    {
        yield return phrase;
        var words = phrase.Split(' ');
        var at = Array.FindIndex(words, static w => w is "UN" or "U.N.");
        if (at >= 0)
        {
            foreach (var form in (string[])["UN", "U.N.", "United Nations"])
            {
                if (form != words[at])
                {
                    yield return string.Join(' ', words[..at]) + (at > 0 ? " " : "") + form + (at + 1 < words.Length ? " " : "") + string.Join(' ', words[(at + 1)..]);
                }
            }
        }
        else if (phrase.Contains("United Nations ", StringComparison.Ordinal))
        {
            yield return phrase.Replace("United Nations ", "UN ", StringComparison.Ordinal);
            yield return phrase.Replace("United Nations ", "U.N. ", StringComparison.Ordinal);
        }
    }

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

    /// <summary>One word a line; the comparer decides whether "Monday" and "monday" are the same word.</summary>
    private static FrozenSet<string> WordSet(string path, StringComparer comparer)
    {
        var words = new HashSet<string>(comparer);
        foreach (var line in ResourceFiles.ReadLines(path))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(comparer);
    }

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
