namespace ConflictTracker.Data.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>Folder of seed reports; when empty, the nearest <c>seeds/</c> folder above the working folder.</summary>
    public string? Folder { get; set; }

    public bool Enabled { get; set; } = true;
}
