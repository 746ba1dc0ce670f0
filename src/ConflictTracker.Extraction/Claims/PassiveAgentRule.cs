using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>"UNRWA has been told by the Egyptian authorities that talks are under way": the agent after "by" is the source.</summary>
internal sealed class PassiveAgentRule(ExtractionLexicons lexicons, DescribedSources described, ContentAfterCue right)
{
    internal void Apply(Document document, int si, int k, CueDefinition cue)
    {
        var sentence = document.Sentences[si];
        if (document.TokenText(k - 1) is not ("been" or "was" or "were" or "is" or "are") || k + 2 >= sentence.EndToken || document.TokenText(k + 1) is not "by")
        {
            return;
        }

        var thatAt = k + 2;
        while (thatAt < sentence.EndToken && thatAt < k + 10 && document.TokenText(thatAt) is not "that" && document.Tokens[thatAt].IsWord)
        {
            thatAt++;
        }

        if (thatAt >= sentence.EndToken || document.TokenText(thatAt) is not "that" || thatAt == k + 2)
        {
            return;
        }

        var draft = new AttributionDraft();
        var table = document.ActorTable!;
        var agentLast = thatAt - 1;
        if (table.AtToken(agentLast) is { } agent)
        {
            draft.Sources.Add(agent);
        }
        else if (!lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.TokenText(agentLast)) ||
                 !described.TryDescribed(document, sentence, agentLast, agentLast, draft, out _))
        {
            return;
        }

        var (start, end) = right.RightContent(document, sentence, thatAt - 1, cue);
        if (end - start >= 3 && WordCount(document, start, end) >= 3)
        {
            draft.AddSplitAtThat(document, si, k, cue, start, end);
        }
    }
}
