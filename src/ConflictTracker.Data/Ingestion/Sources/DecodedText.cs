using System.Text;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>Bytes turned into text, with the encoding used and, when it was a guess, a note saying so.</summary>
public sealed record DecodedText(string Text, Encoding Encoding, string? Note);
