namespace ConflictTracker.Extraction.Text;

/// <summary>
/// A transcript turn introduced by a speaker label at the start of a line (<c>MR. KIRBY:</c>,
/// <c>President Vladimir Putin:</c>): label tokens [LabelFirstToken, LabelEndToken), body tokens up to EndToken.
/// </summary>
public readonly record struct SpeakerTurn(int LabelFirstToken, int LabelEndToken, int EndToken);
