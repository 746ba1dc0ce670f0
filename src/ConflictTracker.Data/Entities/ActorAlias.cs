namespace ConflictTracker.Data.Entities;

/// <summary>A name an actor is known by ("Zelensky", "Ukrainian President"); one actor per normalised alias.</summary>
public sealed class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public required string Alias { get; set; }
    public required string NormalizedAlias { get; set; }
}
