namespace ConflictTracker.Data.Entities;

/// <summary>What kind of input a report was read from.</summary>
public enum ReportFormat { Text, Html, Rss, Atom }
