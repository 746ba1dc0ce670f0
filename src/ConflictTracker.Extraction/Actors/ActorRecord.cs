using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Actors;

/// <summary>One actor being built while the steps run: its name, kind, surface forms and mentions.</summary>
public sealed class ActorRecord(int id, string name, ActorType type, string? affiliation)
{
    public int Id { get; } = id;
    public string Name { get; set; } = name;
    public ActorType Type { get; set; } = type;
    public string? Affiliation { get; set; } = affiliation;
    public List<string> Aliases { get; } = [];
    public List<Mention> Mentions { get; } = [];
    /// <summary>Lower-case role words the text used for this actor ("spokesman", "head"), so "the spokesman said" can find it.</summary>
    public List<string> Roles { get; } = [];
    /// <summary>
    /// Whether the actor belongs in the result. States count only when they act ("Russia launched"), described
    /// groups only when they are a claim's source; named people and organisations always.
    /// </summary>
    public bool Emit { get; set; }
    /// <summary>A described source ("Ukrainian officials") rather than a named actor.</summary>
    public bool Described { get; set; }

    /// <summary>The name was composed from the report's words ("Chilean Ministry of Interior" for "Chile's Ministry of Interior"): no shorter mention replaces it.</summary>
    public bool KeepsName { get; set; }
    /// <summary>
    /// For a person known only by a role ("the Secretary", "a senior Russian commander"): the role title, lower case,
    /// so a named holder of that role in the same report can absorb it.
    /// </summary>
    public string? RoleTitle { get; set; }
    /// <summary>When this record turned out to be another actor (a surname-only person), the actor it merged into.</summary>
    public ActorRecord? MergedInto { get; set; }

    public ActorRecord Resolve()
    {
        var record = this;
        while (record.MergedInto is not null)
        {
            record = record.MergedInto;
        }

        return record;
    }

    public void AddAlias(string alias)
    {
        if (alias.Length == 0 || alias.Equals(Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var existing in Aliases)
        {
            if (existing.Equals(alias, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        Aliases.Add(alias);
    }

    public void AddRole(string role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
        }
    }
}
