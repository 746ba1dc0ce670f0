using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Web;

/// <summary>Words for enum values as analysts say them.</summary>
public static class Labels
{
    public static string Of(ActorType type) => type switch
    {
        ActorType.ArmedGroup => "armed group",
        ActorType.InternationalOrg => "international organisation",
        ActorType.Organization => "organisation",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Of(LocationKind kind) => kind.ToString().ToLowerInvariant();
}
