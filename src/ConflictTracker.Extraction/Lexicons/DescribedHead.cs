using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>The head noun of a described source ("officials", "a spokesman") and the actor type it implies.</summary>
public sealed record DescribedHead(string Word, ActorType Type, bool Plural, GenericSource Generic = GenericSource.None);

/// <summary>When a described source names no one in particular, so a statement it makes has no identifiable source.</summary>
public enum GenericSource
{
    /// <summary>Always a source ("officials", "residents").</summary>
    None,

    /// <summary>Not a source when the head stands alone ("experts say", "sources said").</summary>
    Bare,

    /// <summary>Not a source unless a name, place or nationality comes with it ("aid groups said" but "Sudanese aid groups said").</summary>
    Unnamed,
}
