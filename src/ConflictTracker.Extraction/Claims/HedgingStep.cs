using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Marks a claim hedged when its content (or the words just before its cue) carries a hedge ("may", "reportedly").</summary>
public sealed class HedgingStep(ExtractionLexicons lexicons) : IExtractionStep
{
    public string Name => "Hedging";

    public void Run(Document document)
    {
        foreach (var draft in document.ClaimDrafts)
        {
            var contentSentence = document.SentenceAt(draft.Start);
            var from = Math.Max(0, Math.Min(draft.CueToken - 2, contentSentence >= 0 ? document.Sentences[contentSentence].FirstToken : draft.CueToken));
            for (var k = from; k < document.TokenCount; k++)
            {
                var t = document.Tokens[k];
                if (t.Start >= draft.End)
                {
                    break;
                }

                var inContent = t.Start >= draft.Start;
                if (!inContent && (k >= draft.CueToken || k < draft.CueToken - 2))
                {
                    continue;
                }

                if (t.IsWord && lexicons.Hedges.TryMatch(document.Normalized, document.Tokens, k, document.TokenCount, out _, out _))
                {
                    draft.Hedged = true;
                    break;
                }

                if (!inContent && k < draft.CueToken)
                {
                    continue;
                }
            }

            if (draft.Evidentiality == Model.Evidentiality.Assessed && draft.Cue is "estimated" or "believes" or "believe" or "think")
            {
                draft.Hedged = true;
            }
        }
    }
}
