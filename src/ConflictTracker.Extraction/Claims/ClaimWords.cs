using System.Collections.Frozen;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Extraction.Claims;

/// <summary>
/// The word lists the attribution rules read besides the cues and described heads, loaded once by
/// <see cref="Lexicons.ExtractionLexicons"/> from <c>Resources/Lexicons</c> (the README there says what each holds).
/// </summary>
public sealed class ClaimWords
{
    public required FrozenSet<string> SkipBeforeCue { get; init; }
    public required FrozenSet<string> PassiveMarkers { get; init; }
    public required FrozenSet<string> NounPhraseStops { get; init; }
    public required FrozenSet<string> Determiners { get; init; }
    public required FrozenSet<string> DocumentNouns { get; init; }
    public required FrozenSet<string> AdjunctWords { get; init; }
    public required FrozenSet<string> SourceFollowers { get; init; }
    public required FrozenDictionary<string, Evidentiality> NominalCues { get; init; }
    public required FrozenSet<string> NominalMainVerbs { get; init; }
    public required FrozenSet<string> DateWords { get; init; }
    public required FrozenSet<string> SourceAffinity { get; init; }
    public required FrozenSet<string> GroupModifiers { get; init; }
    public required FrozenSet<string> Verdicts { get; init; }
    public required FrozenSet<string> FiniteVerbs { get; init; }
    public required FrozenSet<string> FrameHeads { get; init; }
    public required FrozenSet<string> DeclineVerbs { get; init; }
    public required FrozenSet<string> DeclineFillers { get; init; }
    public required FrozenSet<string> TurnOpeners { get; init; }
    public required FrozenSet<string> QuestionReferenceVerbs { get; init; }
    public required FrozenSet<string> AsideOpeners { get; init; }
    public required FrozenSet<string> MemberRoles { get; init; }
    public required FrozenSet<string> InterviewVerbs { get; init; }
    public required FrozenSet<string> CommitmentWords { get; init; }
    public required FrozenSet<string> FigureNouns { get; init; }
    public required FrozenSet<string> HeardFromVerbs { get; init; }
}
