namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>What one input yielded: its reports (a feed has many) and notes about anything degraded or skipped.</summary>
public sealed record ParsedSource(IReadOnlyList<ParsedReport> Reports, IReadOnlyList<string> Notes);
