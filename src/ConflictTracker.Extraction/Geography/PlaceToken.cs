namespace ConflictTracker.Extraction.Geography;

/// <summary>A word of the report as the place spotter sees it: its span, its key in the shared key buffer, and its shape.</summary>
internal struct PlaceToken
{
    public int Start;
    public int End;
    public int KeyStart;
    public int KeyLength;
    public TokenShape Shape;
}

[Flags]
internal enum TokenShape : ushort
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalised = 1,
    /// <summary>Two or more letters, all upper case ("KYIV", "UN").</summary>
    AllCaps = 2,
    /// <summary>Letters of a script without case (Arabic): any word may be a name.</summary>
    Caseless = 4,
    /// <summary>Followed by 's or ’s.</summary>
    Possessive = 8,
    /// <summary>First word of a sentence, a paragraph or a quote: capitals there say nothing.</summary>
    SentenceStart = 16,
    /// <summary>The gap to the next token is only a space, a hyphen or an abbreviation's full stop: a name may go on.</summary>
    JoinsNext = 32,
    /// <summary>The gap to the next token is exactly one space (adjacent words of one phrase).</summary>
    SpaceNext = 64,
    /// <summary>The gap to the next token is a hyphen ("al-Fashir").</summary>
    HyphenNext = 128,
    /// <summary>The gap to the next token holds a dash, colon or comma that opens a new unit (datelines "KYIV —").</summary>
    CommaNext = 256,
    /// <summary>First word of a line.</summary>
    LineStart = 512,
    /// <summary>Contains a digit.</summary>
    Digit = 1024,
}
