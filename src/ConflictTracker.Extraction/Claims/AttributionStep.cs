using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>
/// Finds attributed statements around reporting cues: "X said (that) ...", "..., X said.", "said X",
/// "according to X, ...", quotes with a speaker (an interrupted quote stays one span), a speaker's later quote in
/// the same paragraph, nominal attributions ("X's claim that ..."), and the assertions of a transcript turn (the
/// speaker keeps what a sentence does not attribute to someone else). Pronoun and role sources are left for resolution.
/// Each rule family is its own class; this step walks the sentences and hands each cue to its rule.
/// </summary>
public sealed class AttributionStep : IExtractionStep
{
    private readonly FrozenDictionary<string, CueDefinition>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly FrozenDictionary<string, Evidentiality>.AlternateLookup<ReadOnlySpan<char>> _nominalCues;
    private readonly ReportingVerbRule _reportingVerbs;
    private readonly AccordingToRule _accordingTo;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heardFromVerbs;
    private readonly HeardFromRule _heardFrom;
    private readonly NominalClaimRule _nominal;
    private readonly TurnAssertions _turns;
    private readonly TurnSpeakers _turnSpeakers;

    public AttributionStep(ExtractionLexicons lexicons)
    {
        _cues = lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _nominalCues = lexicons.ClaimWords.NominalCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var nounPhrases = new NounPhrases(lexicons);
        var described = new DescribedSources(lexicons, nounPhrases);
        var subjects = new SubjectSources(lexicons, nounPhrases, described);
        var sourceAfter = new SourceAfterCue(lexicons, described);
        var right = new ContentAfterCue(lexicons);
        _reportingVerbs = new ReportingVerbRule(
            lexicons,
            subjects,
            sourceAfter,
            new AppositiveSources(lexicons, nounPhrases, described),
            new CitedSources(lexicons, nounPhrases, described),
            described,
            new ContentBeforeCue(lexicons),
            right,
            new PassiveAgentRule(lexicons, described, right));
        _accordingTo = new AccordingToRule(lexicons, sourceAfter);
        _heardFromVerbs = lexicons.ClaimWords.HeardFromVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _heardFrom = new HeardFromRule(lexicons, sourceAfter, right);
        _nominal = new NominalClaimRule(lexicons, subjects);
        _turns = new TurnAssertions(lexicons);
        _turnSpeakers = new TurnSpeakers(lexicons);
    }

    public string Name => "Attribution";

    public void Run(Document document)
    {
        if (document.ActorTable is null)
        {
            return;
        }

        var speakerOfTurn = _turnSpeakers.SpeakersOfTurns(document);
        for (var si = 0; si < document.Sentences.Count; si++)
        {
            var sentence = document.Sentences[si];
            var before = document.ClaimDrafts.Count;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var t = document.Tokens[k];
                if (!t.IsWord || t.IsCapitalised && k != sentence.FirstToken)
                {
                    continue;
                }

                var word = document.TokenText(k);
                if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "to")
                {
                    _accordingTo.Apply(document, si, k);
                }
                else if (_heardFromVerbs.Contains(word) && k + 2 < sentence.EndToken && document.TokenText(k + 1) is "from")
                {
                    _heardFrom.Apply(document, si, k);
                }
                else if (k == sentence.FirstToken && word is "Based" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "on")
                {
                    _accordingTo.ApplyBasedOn(document, si, k);
                }
                else if (k - 2 >= sentence.FirstToken && k + 2 < sentence.EndToken && document.Tokens[k - 1].Kind == TokenKind.Possessive &&
                         document.TokenText(k + 1) is "that" && _nominalCues.TryGetValue(word, out var nominal))
                {
                    _nominal.Apply(document, si, k, nominal);
                }
                else if (!t.IsCapitalised && _cues.TryGetValue(word, out var cue))
                {
                    _reportingVerbs.Apply(document, si, k, cue, before);
                }
            }

            if (sentence.Turn >= 0 && speakerOfTurn[sentence.Turn] is { } firstPerson)
            {
                // "I think A", "we assess B" in an "A:" or "SPOKESPERSON:" turn: the label names no one, the introduction did.
                for (var d = before; d < document.ClaimDrafts.Count; d++)
                {
                    if (document.ClaimDrafts[d] is { Reference: "i" or "we", Sources.Count: 0 } own)
                    {
                        own.Sources.Add(firstPerson);
                        own.Reference = null;
                    }
                }
            }

            if (document.ClaimDrafts.Count == before)
            {
                QuoteContinuation.OrphanQuote(document, si);
            }

            if (document.ClaimDrafts.Count == before && sentence.Turn >= 0)
            {
                _turns.TurnAssertion(document, si, speakerOfTurn[sentence.Turn], sentence.Start, sentence.End);
            }
            else if (sentence.Turn >= 0 && speakerOfTurn[sentence.Turn] is { } speaker)
            {
                _turns.TurnRemainder(document, si, speaker, before);
            }
        }
    }
}
