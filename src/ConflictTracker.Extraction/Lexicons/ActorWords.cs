using System.Collections.Frozen;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>
/// The word classes of <c>actor-words.tsv</c> that the actor rules read ("Russian <i>officials</i>", "Iran's foreign
/// <i>ministry</i>"). Whether a class matches in any case is part of its rule, so it is set here, not in the data.
/// </summary>
public sealed class ActorWords
{
    public ActorWords(IEnumerable<string[]> rows)
    {
        var classes = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2)
            {
                continue;
            }

            if (!classes.TryGetValue(row[0], out var list))
            {
                classes[row[0]] = list = [];
            }

            list.Add(row);
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        FrozenSet<string> Set(string name, StringComparer comparer)
        {
            read.Add(name);
            return Rows(classes, name).Select(static row => row[1]).ToFrozenSet(comparer);
        }

        FrozenDictionary<string, ActorType> Typed(string name)
        {
            read.Add(name);
            var typed = new Dictionary<string, ActorType>(StringComparer.Ordinal);
            foreach (var row in Rows(classes, name))
            {
                typed.TryAdd(row[1], ExtractionLexicons.ParseType(row.Length > 2 ? row[2] : ""));
            }

            return typed.ToFrozenDictionary(StringComparer.Ordinal);
        }

        AgentiveAfterPossessive = Set("agentive-after-possessive", StringComparer.OrdinalIgnoreCase);
        BackingParticiples = Set("backing-participle", StringComparer.Ordinal);
        BackedNouns = Set("backed-noun", StringComparer.Ordinal);
        CollectiveHeads = Typed("collective-head");
        CollectiveModifiers = Set("collective-modifier", StringComparer.Ordinal);
        LeadingCollectiveModifiers = Set("leading-collective-modifier", StringComparer.OrdinalIgnoreCase);
        RoleOnlyHeads = Set("role-only-head", StringComparer.OrdinalIgnoreCase);
        LowerRoleHeads = Set("lower-role-head", StringComparer.Ordinal);
        RoleModifiers = Set("role-modifier", StringComparer.Ordinal);
        AlliedNouns = Set("allied-noun", StringComparer.Ordinal);
        RoleOfModifiers = Set("role-of-modifier", StringComparer.Ordinal);
        RoleOfHeads = Set("role-of-head", StringComparer.Ordinal);
        LowerCaseOrgNouns = Set("lower-case-org-noun", StringComparer.Ordinal);
        BodyNouns = Typed("body-noun");
        BodyModifiers = Set("body-modifier", StringComparer.Ordinal);
        ConflictNouns = Set("conflict-noun", StringComparer.Ordinal);
        SettlementNouns = Set("settlement-noun", StringComparer.Ordinal);
        BeAdverbs = Set("be-adverb", StringComparer.Ordinal);
        BeAgentiveAdjectives = Set("be-agentive-adjective", StringComparer.Ordinal);
        FunctionWords = Set("function-word", StringComparer.Ordinal);
        OrgDescriptors = Set("org-descriptor", StringComparer.OrdinalIgnoreCase);
        NameHeadReferences = Set("name-head-reference", StringComparer.Ordinal);
        MemberNouns = Set("member-noun", StringComparer.Ordinal);
        ModifierParticiples = Set("modifier-participle", StringComparer.Ordinal);
        SubBodyNouns = Set("sub-body-noun", StringComparer.Ordinal);

        read.Add("reference-noun");
        var references = new Dictionary<string, ActorType[]>(StringComparer.Ordinal);
        foreach (var row in Rows(classes, "reference-noun"))
        {
            references.TryAdd(row[1], row.Length > 2 ? Array.ConvertAll(row[2].Split('|'), ExtractionLexicons.ParseType) : []);
        }

        ReferenceNouns = references.ToFrozenDictionary(StringComparer.Ordinal);

        // A misspelt class would otherwise be a silently empty rule.
        foreach (var name in classes.Keys)
        {
            if (!read.Contains(name))
            {
                throw new InvalidOperationException($"actor-words.tsv: unknown word class '{name}'");
            }
        }
    }

    /// <summary>After a state's possessive, nouns that make the state an agent ("Russia's invasion").</summary>
    public FrozenSet<string> AgentiveAfterPossessive { get; }

    /// <summary>Participles of a sponsor compound ("Rwanda-backed", "Qatar-mediated").</summary>
    public FrozenSet<string> BackingParticiples { get; }

    /// <summary>What a sponsor compound must modify for the sponsor to act ("Iran-backed militias").</summary>
    public FrozenSet<string> BackedNouns { get; }

    /// <summary>Lower-case heads of collectives after a demonym ("Russian officials"), with their actor type.</summary>
    public FrozenDictionary<string, ActorType> CollectiveHeads { get; }

    public FrozenSet<string> CollectiveModifiers { get; }

    public FrozenSet<string> LeadingCollectiveModifiers { get; }

    /// <summary>Title heads that name a person on their own when capitalised ("the Secretary").</summary>
    public FrozenSet<string> RoleOnlyHeads { get; }

    /// <summary>Lower-case role heads of one described person ("a senior Russian commander").</summary>
    public FrozenSet<string> LowerRoleHeads { get; }

    public FrozenSet<string> RoleModifiers { get; }

    public FrozenSet<string> AlliedNouns { get; }

    public FrozenSet<string> RoleOfModifiers { get; }

    /// <summary>Roles in a named body ("a member of the Resistance Committee").</summary>
    public FrozenSet<string> RoleOfHeads { get; }

    /// <summary>Organisation kinds written in lower case after a name ("the Azov regiment").</summary>
    public FrozenSet<string> LowerCaseOrgNouns { get; }

    /// <summary>Lower-case bodies owned by a named actor ("Iran's foreign ministry"), with their actor type.</summary>
    public FrozenDictionary<string, ActorType> BodyNouns { get; }

    public FrozenSet<string> BodyModifiers { get; }

    public FrozenSet<string> ConflictNouns { get; }

    public FrozenSet<string> SettlementNouns { get; }

    public FrozenSet<string> BeAdverbs { get; }

    public FrozenSet<string> BeAgentiveAdjectives { get; }

    /// <summary>Capitalised function words that start a sentence and are never part of an actor ("The", "Meanwhile").</summary>
    public FrozenSet<string> FunctionWords { get; }

    public FrozenSet<string> OrgDescriptors { get; }

    /// <summary>Generic body nouns a source is referred back by ("the group said"), with the types of body they can mean.</summary>
    public FrozenDictionary<string, ActorType[]> ReferenceNouns { get; }

    /// <summary>Participles of a compound that places or owns what follows ("Bogotá-based", "state-run"), never part of a name.</summary>
    public FrozenSet<string> ModifierParticiples { get; }

    /// <summary>Nouns after a bare acronym that make it an organisation with people ("KFOR troops", "the ABC spokesperson").</summary>
    public FrozenSet<string> MemberNouns { get; }

    /// <summary>Lower-case heads that make an organisation's name a modifier of one of its bodies ("the UN migration agency").</summary>
    public FrozenSet<string> SubBodyNouns { get; }

    /// <summary>References that may head a name anywhere in it ("the ministry" finds "Ministry of Defence").</summary>
    public FrozenSet<string> NameHeadReferences { get; }

    private static List<string[]> Rows(Dictionary<string, List<string[]>> classes, string name) =>
        classes.TryGetValue(name, out var rows) ? rows : throw new InvalidOperationException($"actor-words.tsv: word class '{name}' is missing");
}
