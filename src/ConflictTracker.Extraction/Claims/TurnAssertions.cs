using System.Collections.Frozen;
using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>What a transcript speaker asserts in their own voice: declarative lines, and the parts of a line outside a statement they report.</summary>
internal sealed class TurnAssertions(ExtractionLexicons lexicons)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>
    /// In a transcript turn, the parts of a sentence outside a reported statement are the speaker's own: "The Africa
    /// Corps reports to the ministry, and Moscow has said A" or "The junta says A, but B".
    /// </summary>
    internal void TurnRemainder(Document document, int si, ActorRecord speaker, int firstDraft)
    {
        var sentence = document.Sentences[si];
        var covered = int.MaxValue;
        var coveredEnd = 0;
        for (var d = firstDraft; d < document.ClaimDrafts.Count; d++)
        {
            var draft = document.ClaimDrafts[d];
            if (draft.Sources.Contains(speaker) || draft.Reference is "i" or "we")
            {
                return; // the speaker's own "I said"/"we assess": nothing left over
            }

            covered = Math.Min(covered, draft.AttributionStart >= 0 ? Math.Min(draft.Start, draft.AttributionStart) : draft.Start);
            coveredEnd = Math.Max(coveredEnd, draft.End);
        }

        var tokens = document.Tokens;
        var text = document.Normalized;
        if (covered > sentence.Start)
        {
            // Up to the ", and" or ", but" that joins the attribution.
            var last = FirstTokenAtOrAfter(document, sentence, covered) - 1;
            while (last > sentence.FirstToken && (tokens[last].Kind == TokenKind.Punctuation || document.TokenText(last) is "and" or "but" or "while" or "as"))
            {
                last--;
            }

            if (last > sentence.FirstToken && document.TokenText(last + 1) is "," or ";" && WordCount(document, sentence.Start, tokens[last].End) >= 4)
            {
                TurnAssertion(document, si, speaker, sentence.Start, tokens[last].End + 1);
            }
        }

        var next = FirstTokenAtOrAfter(document, sentence, coveredEnd);
        while (next < sentence.EndToken && tokens[next].Kind == TokenKind.Punctuation && text[tokens[next].Start] is '"' or '\'' or ')')
        {
            next++;
        }

        if (next + 2 < sentence.EndToken && document.TokenText(next) is "," or ";" && document.TokenText(next + 1) is "but" or "and" &&
            tokens[next + 2].IsWord && document.TokenText(next + 2) is not ("that" or "said" or "added"))
        {
            TurnAssertion(document, si, speaker, tokens[next + 2].Start, sentence.End);
        }
    }

    /// <summary>In a transcript, a speaker's declarative sentence (or the part in [<paramref name="from"/>, <paramref name="to"/>)) is that speaker's claim.</summary>
    internal void TurnAssertion(Document document, int si, ActorRecord? speaker, int from, int to)
    {
        if (speaker is null)
        {
            return;
        }

        var whole = document.Sentences[si];
        var tokens = document.Tokens;
        var text = document.Normalized;
        var firstToken = FirstTokenAtOrAfter(document, whole, from);
        var endToken = FirstTokenAtOrAfter(document, whole, to);
        if (endToken - firstToken < 2)
        {
            return;
        }

        var sentence = whole with { FirstToken = firstToken, EndToken = endToken, Start = tokens[firstToken].Start };
        var last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is '"' or '\'' or ')')
        {
            last--;
        }

        // "That's simply false." is short but a denial; "We do." and other very short lines are replies and asides.
        if (text[tokens[last].Start] is '?' || WordCount(document, sentence.Start, tokens[last].End) < 3 && !HasWord(document, sentence, _words.Verdicts))
        {
            return;
        }

        // "A couple of things at the top", "Very serious": a verbless line announces or answers; it asserts nothing.
        if (sentence.EndToken - sentence.FirstToken < 9 && !HasFiniteVerb(document, sentence))
        {
            return;
        }

        if (DeclinesToSay(document, sentence))
        {
            return;
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            // Talk addressed to the other party ("you reported", "your evaluation") is conversation, not an assertion.
            if (document.TokenText(k) is "you" or "You" or "your" or "Your" or "yourself")
            {
                return;
            }
        }

        var first = document.TokenText(sentence.FirstToken);
        if (_words.TurnOpeners.ContainsSpan(first))
        {
            return;
        }

        var start = FrameEnd(document, sentence);
        var end = TrimEnd(document, sentence.EndToken - 1);
        var cueToken = sentence.FirstToken;

        // "What I can say is that A, and that B": two assertions.
        for (var q = FirstTokenAtOrAfter(document, sentence, start) + 1; q + 2 < sentence.EndToken; q++)
        {
            if (document.TokenText(q) is "," && document.TokenText(q + 1) is "and" && document.TokenText(q + 2) is "that" &&
                WordCount(document, start, tokens[q - 1].End) >= 3 && WordCount(document, tokens[q + 2].End, end) >= 3)
            {
                AddTurnClaim(document, si, speaker, cueToken, start, tokens[q - 1].End);
                start = tokens[q + 3].Start;
                break;
            }

            // "A, and we will keep working on B": the speaker's own commitment is a second assertion.
            if (document.TokenText(q) is "," && document.TokenText(q + 1) is "and" or "but" && document.TokenText(q + 2) is "we" or "I" &&
                WordCount(document, start, tokens[q - 1].End) >= 3 && WordCount(document, tokens[q + 2].Start, end) >= 3)
            {
                AddTurnClaim(document, si, speaker, cueToken, start, tokens[q - 1].End);
                start = tokens[q + 2].Start;
                break;
            }
        }

        AddTurnClaim(document, si, speaker, cueToken, start, end);
    }

    private void AddTurnClaim(Document document, int si, ActorRecord speaker, int cueToken, int start, int end)
    {
        var draft = new ClaimDraft
        {
            Cue = "said",
            CueToken = cueToken,
            Evidentiality = Evidentiality.Stated,
            Start = start,
            End = end,
            Sentence = si,
            FromTurn = true,
        };
        draft.Sources.Add(speaker);
        document.ClaimDrafts.Add(draft);
    }

    /// <summary>
    /// "I'm not going to preview operations", "I can't confirm that", "I don't have information on that": the speaker
    /// declines to say. "I don't think that is their aim" and "We are not able to verify the figures" do assert.
    /// </summary>
    private bool DeclinesToSay(Document document, Sentence sentence)
    {
        var first = document.TokenText(sentence.FirstToken);
        if (first is not ("I" or "I'm" or "We" or "We're" or "I'll" or "We'll" or "I've" or "We've"))
        {
            return false;
        }

        // "I've seen the statement", "I have read the report": the speaker's own reading is no assertion.
        for (var q = sentence.FirstToken + 1; q < Math.Min(sentence.EndToken, sentence.FirstToken + 3); q++)
        {
            if (document.TokenText(q) is "seen" or "read" or "heard")
            {
                return true;
            }
        }

        for (var q = sentence.FirstToken + 1; q < Math.Min(sentence.EndToken, sentence.FirstToken + 5); q++)
        {
            var w = document.TokenText(q);
            if (w is not "not" && !w.EndsWith("n't", StringComparison.Ordinal))
            {
                continue;
            }

            for (var v = q + 1; v < Math.Min(sentence.EndToken, q + 6); v++)
            {
                var verb = document.TokenText(v);
                if (_words.DeclineVerbs.ContainsSpan(verb))
                {
                    return true;
                }

                if (!_words.DeclineFillers.ContainsSpan(verb))
                {
                    break;
                }
            }

            return false;
        }

        return false;
    }

    private bool HasWord(Document document, Sentence sentence, FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var q = sentence.FirstToken; q < sentence.EndToken; q++)
        {
            if (document.Tokens[q].IsWord && lookup.Contains(document.TokenText(q)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFiniteVerb(Document document, Sentence sentence)
    {
        var lookup = _words.FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var q = sentence.FirstToken; q < sentence.EndToken; q++)
        {
            var w = document.TokenText(q);
            if (document.Tokens[q].Kind == TokenKind.Possessive)
            {
                return true; // "That's false": the clitic may be "is"
            }

            if (document.Tokens[q].IsWord && (lookup.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal) || w.Contains('\'') || w.Contains('\u2019')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "We've been clear that X", "Our information is that X", "What I'll say is X": the speaker's framing is not part
    /// of the assertion, which starts after it.
    /// </summary>
    private int FrameEnd(Document document, Sentence sentence)
    {
        var first = document.TokenText(sentence.FirstToken);
        for (var q = sentence.FirstToken + 2; q < Math.Min(sentence.EndToken - 4, sentence.FirstToken + 7); q++)
        {
            // "Our position hasn't changed: all parties must ...": the assertion follows the colon.
            if (document.TokenText(q) is ":" && first is "Our" or "My" or "The" or "We" or "I")
            {
                return document.Tokens[q + 1].Start;
            }
        }

        if (first is not ("We" or "We've" or "I" or "I've" or "Our" or "My" or "What"))
        {
            return sentence.Start;
        }

        for (var q = sentence.FirstToken + 1; q + 1 < Math.Min(sentence.EndToken, sentence.FirstToken + 7); q++)
        {
            var w = document.TokenText(q);
            var prev = document.TokenText(q - 1);
            var frame = w is "that" && (_words.FrameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev) || prev is "is") ||
                w is "is" && first is "What" && prev is "say";
            if (frame && document.Tokens[q + 1].IsWord && sentence.EndToken - q > 4)
            {
                return document.TokenText(q + 1) is "that" && q + 2 < sentence.EndToken ? document.Tokens[q + 2].Start : document.Tokens[q + 1].Start;
            }
        }

        return sentence.Start;
    }
}
