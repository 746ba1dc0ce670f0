using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Data.Entities;

/// <summary>One report carrying a claim: where it says it ([Start, End) in <see cref="Report.Text"/>) and how.</summary>
public sealed class ClaimReport
{
    public long Id { get; set; }
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>The verbatim span in this report.</summary>
    public required string Text { get; set; }
    public required string Cue { get; set; }
    public required string Sentence { get; set; }
    public bool Hedged { get; set; }
    public Evidentiality Evidentiality { get; set; }
}
