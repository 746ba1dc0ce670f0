namespace ConflictTracker.Data.Entities;

/// <summary>One occurrence of a location or an actor in a report: [Start, End) in <see cref="Report.Text"/>.</summary>
public sealed class Mention
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Text { get; set; }
    /// <summary>Exactly one of <see cref="LocationId"/> and <see cref="ActorId"/> is set.</summary>
    public int? LocationId { get; set; }
    public Location? Location { get; set; }
    public int? ActorId { get; set; }
    public Actor? Actor { get; set; }
}
