using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>"I understand from the port authorities that ...", "we heard from residents that ...": the party heard from is the source.</summary>
internal sealed class HeardFromRule(ExtractionLexicons lexicons, SourceAfterCue sourceAfter, ContentAfterCue right)
{
    internal void Apply(Document document, int si, int k)
    {
        var sentence = document.Sentences[si];
        var draft = new AttributionDraft();
        if (!sourceAfter.TrySourceAfter(document, sentence, k + 2, draft, out var sourceEnd))
        {
            return;
        }

        // "from the Kosovo authorities": the body's own noun after a state named as its owner.
        while (sourceEnd < sentence.EndToken && lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(sourceEnd)))
        {
            sourceEnd++;
        }

        if (sourceEnd + 1 >= sentence.EndToken || document.TokenText(sourceEnd) is not "that")
        {
            return;
        }

        var cue = new CueDefinition(document.TokenText(k).ToString(), Evidentiality.Reported, CueKind.Speech);
        var (start, end) = right.RightContent(document, sentence, sourceEnd - 1, cue);
        if (end - start < 3 || WordCount(document, start, end) < 3)
        {
            return;
        }

        draft.SubjectToken = k + 2;
        draft.AddSplitAtThat(document, si, k, cue, start, end);
    }
}
