namespace ConflictTracker.Data.Ingestion.Similarity;

/// <summary>A claim's content words as hashes, computed once per claim for banding and comparison.</summary>
internal sealed record ClaimWords(HashSet<ulong> Tokens, HashSet<ulong> Numbers);
