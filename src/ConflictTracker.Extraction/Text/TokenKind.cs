namespace ConflictTracker.Extraction.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>The possessive <c>'s</c> (or a bare apostrophe after a plural).</summary>
    Possessive,
}
