using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Lexicons;

/// <summary>A reporting cue word and what kind of speech act it reports.</summary>
public sealed record CueDefinition(string Word, Evidentiality Evidentiality, CueKind Kind);

public enum CueKind { Speech, Directive, Cognition }
