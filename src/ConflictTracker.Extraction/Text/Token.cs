namespace ConflictTracker.Extraction.Text;

/// <summary>One token: [Start, End) in the report text, what kind it is and how it is cased.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape, byte NewlinesBefore)
{
    public int Length => End - Start;
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalised => (Shape & TokenShape.Capitalised) != 0;
    public bool IsAllCaps => (Shape & TokenShape.AllCaps) != 0;
    public bool IsLower => (Shape & TokenShape.Lower) != 0;
}

[Flags]
public enum TokenShape : byte
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalised = 1,
    /// <summary>Two or more letters, none lower-case ("NATO", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>Starts with a lower-case letter.</summary>
    Lower = 4,
    /// <summary>Contains an inner period ("U.S.", "U.N.").</summary>
    Dotted = 8,
}
