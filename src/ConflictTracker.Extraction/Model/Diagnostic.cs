namespace ConflictTracker.Extraction.Model;

/// <summary>Something the extractor wants a user to know about one input: it never throws on odd text.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message);

public enum DiagnosticSeverity { Info, Warning, Error }
