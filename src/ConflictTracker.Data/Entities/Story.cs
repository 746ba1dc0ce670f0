namespace ConflictTracker.Data.Entities;

/// <summary>
/// One story as published, possibly by several outlets (the same wire text on many sites). Reports in one story are
/// one independent source, not several.
/// </summary>
public sealed class Story
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>UTC instant the first report of the story was ingested.</summary>
    public DateTime FirstSeenAt { get; set; }
    public int ReportCount { get; set; }
    public List<Report> Reports { get; } = [];
}
