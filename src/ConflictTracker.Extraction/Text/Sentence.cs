namespace ConflictTracker.Extraction.Text;

/// <summary>A sentence: tokens [FirstToken, EndToken), characters [Start, End), its paragraph and speaker turn (-1 outside a transcript).</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End, int Paragraph, int Turn);
