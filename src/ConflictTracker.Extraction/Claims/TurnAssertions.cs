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
        var frameEnd = FrameEnd(document, sentence);
        if (frameEnd > sentence.Start && frameEnd <= covered)
        {
            // "I would add that police have documented 37 deaths": the framed statement is the speaker's own.
            TurnAssertion(document, si, speaker, sentence.Start, sentence.End);
            return;
        }

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
        if (sentence.EndToken - sentence.FirstToken < 9 && !HasFiniteVerb(document, sentence) && !OpensWithPluralSubject(document, sentence))
        {
            return;
        }

        if (DeclinesToSay(document, sentence))
        {
            return;
        }

        var first = document.TokenText(sentence.FirstToken);
        // "No, there are no such plans." answers and asserts; a bare "No." or "Thank you" does not.
        var answerWithClause = first is "Yes" or "No" && sentence.FirstToken + 1 < sentence.EndToken && document.TokenText(sentence.FirstToken + 1) is ",";
        // "No Thai artillery has fired since the ceasefire": "No" that opens the subject is no answer word.
        answerWithClause |= first is "No" && sentence.FirstToken + 2 < sentence.EndToken && document.Tokens[sentence.FirstToken + 1].IsWord && HasFiniteVerb(document, sentence);
        if (_words.TurnOpeners.ContainsSpan(first) && !answerWithClause)
        {
            return;
        }

        if (ReportsAnotherSource(document, sentence))
        {
            return;
        }

        var start = FrameEnd(document, sentence);
        var end = TrimEnd(document, sentence.EndToken - 1);
        var cueToken = sentence.FirstToken;
        var startToken = FirstTokenAtOrAfter(document, sentence, start);

        // "A, and I would refer you to B", "We take the allegations seriously, and we have raised them": a compound
        // line keeps only its clauses that assert something; the whole line stays one claim when they all do.
        var clauses = Clauses(document, startToken, sentence.EndToken);
        var asserting = 0;
        foreach (var (clauseFirst, clauseEnd) in clauses)
        {
            asserting += Asserts(document, clauseFirst, clauseEnd) ? 1 : 0;
        }

        if (asserting == 0)
        {
            return;
        }

        if (asserting < clauses.Count)
        {
            AddAssertingRuns(document, si, speaker, cueToken, clauses);
            return;
        }

        // "What I can say is that A, and that B": two assertions.
        for (var q = startToken + 1; q + 2 < sentence.EndToken; q++)
        {
            if (document.TokenText(q) is "," && document.TokenText(q + 1) is "and" && document.TokenText(q + 2) is "that" && !IsDemonstrative(document, q + 2, sentence.EndToken) &&
                WordCount(document, start, tokens[q - 1].End) >= 3 && WordCount(document, tokens[q + 2].End, end) >= 3)
            {
                AddTurnClaim(document, si, speaker, cueToken, start, tokens[q - 1].End);
                start = tokens[q + 3].Start;
                break;
            }

            // "A, and we will keep working on B": the speaker's own commitment is a second assertion; "A, and we have
            // seen B" goes on with the same account.
            if (document.TokenText(q) is "," && document.TokenText(q + 1) is "and" or "but" && document.TokenText(q + 2) is "we" or "I" &&
                q + 3 < sentence.EndToken && _words.CommitmentWords.ContainsSpan(document.TokenText(q + 3)) &&
                WordCount(document, start, tokens[q - 1].End) >= 3 && WordCount(document, tokens[q + 2].Start, end) >= 3)
            {
                AddTurnClaim(document, si, speaker, cueToken, start, tokens[q - 1].End);
                start = tokens[q + 2].Start;
                break;
            }
        }

        AddTurnClaim(document, si, speaker, cueToken, start, end);
    }

    /// <summary>The clauses of a line joined by ", and", ", but" or ";", each without its connective: (first token, end token).</summary>
    private static List<(int First, int End)> Clauses(Document document, int first, int end)
    {
        var clauses = new List<(int First, int End)>();
        var clauseFirst = first;
        for (var q = first + 1; q + 1 < end; q++)
        {
            var w = document.TokenText(q);
            // "you, me, and the chief of staff left": the last item of a list is no clause of its own.
            var joined = w is ";" || w is "," && document.TokenText(q + 1) is "and" or "but" && !(q - 2 >= clauseFirst && document.TokenText(q - 2) is ",");
            if (!joined)
            {
                continue;
            }

            var next = w is ";" ? q + 1 : q + 2;
            if (next >= end || !document.Tokens[next].IsWord)
            {
                continue;
            }

            clauses.Add((clauseFirst, q));
            clauseFirst = next;
        }

        clauses.Add((clauseFirst, end));
        return clauses;
    }

    /// <summary>
    /// Whether a clause asserts something rather than addressing the other party ("I would refer you to the mission"),
    /// stating the speaker's stance ("We take the allegations seriously") or announcing a topic ("I want to start with X").
    /// </summary>
    private bool Asserts(Document document, int first, int end)
    {
        var firstWord = document.TokenText(first);
        var firstPerson = firstWord is "I" or "We" or "we" or "I'd" or "We'd";
        if (IsEvaluation(document, first, end))
        {
            return false;
        }

        var takes = false;
        for (var k = first; k < end; k++)
        {
            var w = document.TokenText(k);
            // Talk addressed to the other party ("you reported", "your evaluation") is conversation, not an assertion,
            // unless "you" only names what was asked about ("the programme you are referring to").
            if (w is "you" or "You" or "your" or "Your" or "yourself" && !RefersToTheQuestion(document, k, first, end))
            {
                return false;
            }

            takes |= w is "take" or "takes" or "taking" or "took";
            if (takes && w is "seriously")
            {
                return false;
            }

            // "I want to start with X", "We would like to thank Y": the speaker's plan, not a statement of fact.
            if (firstPerson && k <= first + 3 && w is "want" or "like" && k + 1 < end && document.TokenText(k + 1) is "to")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "That is real progress", "This is not about ideology": the speaker's verdict on what was just said, unless it
    /// calls it true or false ("That is a lie") or tells what was done ("this was done to cover a retreat").
    /// </summary>
    private bool IsEvaluation(Document document, int first, int end)
    {
        var copula = first + 1;
        if (copula + 1 >= end || document.TokenText(first) is not ("That" or "This" or "that" or "this") ||
            !(document.TokenText(copula) is "is" or "was" || document.Tokens[copula].Kind == TokenKind.Possessive))
        {
            return false;
        }

        var next = copula + 1 < end && document.TokenText(copula + 1) is "not" or "simply" or "just" or "also" ? copula + 2 : copula + 1;
        if (next < end && (document.TokenText(next) is "done" or "made" or "taken" or "given" || document.TokenText(next).EndsWith("ed", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var q = next; q < end; q++)
        {
            if (document.Tokens[q].IsWord && _words.Verdicts.ContainsSpan(document.TokenText(q)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the drone programme you are referring to", "the figures you mentioned": "you" inside a relative clause after a noun.</summary>
    private bool RefersToTheQuestion(Document document, int you, int first, int end)
    {
        if (you - 1 < first || !document.Tokens[you - 1].IsWord || !document.Tokens[you - 1].IsLower || document.TokenText(you) is not ("you" or "You"))
        {
            return false;
        }

        var verb = you + 1 < end && document.TokenText(you + 1) is "are" or "were" or "have" or "just" ? you + 2 : you + 1;
        return verb < end && _words.QuestionReferenceVerbs.ContainsSpan(document.TokenText(verb));
    }

    /// <summary>Each run of consecutive asserting clauses is one claim.</summary>
    private void AddAssertingRuns(Document document, int si, ActorRecord speaker, int cueToken, List<(int First, int End)> clauses)
    {
        var runFirst = -1;
        var runEnd = -1;
        for (var c = 0; c <= clauses.Count; c++)
        {
            if (c < clauses.Count && Asserts(document, clauses[c].First, clauses[c].End))
            {
                runFirst = runFirst < 0 ? clauses[c].First : runFirst;
                runEnd = clauses[c].End;
                continue;
            }

            if (runFirst >= 0 && WordCount(document, document.Tokens[runFirst].Start, document.Tokens[runEnd - 1].End) >= 3)
            {
                AddTurnClaim(document, si, speaker, cueToken, document.Tokens[runFirst].Start, TrimEnd(document, runEnd - 1));
            }

            runFirst = -1;
        }
    }

    /// <summary>
    /// "that line was cut", "that is exactly why": "that" points back rather than opening a clause when a finite verb
    /// follows it directly or after one singular noun.
    /// </summary>
    private bool IsDemonstrative(Document document, int that, int end)
    {
        if (that + 1 >= end)
        {
            return false;
        }

        var next = document.TokenText(that + 1);
        if (IsFiniteVerb(next))
        {
            return true;
        }

        return that + 2 < end && document.Tokens[that + 1].IsWord && document.Tokens[that + 1].IsLower && !next.EndsWith('s') &&
            !_words.Determiners.ContainsSpan(next) && !IsPronoun(next) && IsFiniteVerb(document.TokenText(that + 2));
    }

    private bool IsFiniteVerb(ReadOnlySpan<char> word) =>
        _words.FiniteVerbs.ContainsSpan(word) || word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// "The occupation administration has claimed that A", "People who left tell us that B": another source's
    /// statement whose source no rule could name is not the speaker's own assertion either.
    /// </summary>
    /// <summary>Whether the words before a cue hold a named actor or a described head and no first person.</summary>
    private bool SourceLikeSubject(Document document, int first, int end)
    {
        var sourceLike = false;
        for (var q = first; q < end; q++)
        {
            var w = document.TokenText(q);
            if (w is "I" or "we" or "We" or "me" or "us")
            {
                return false;
            }

            sourceLike |= document.ActorTable!.AtToken(q) is not null || document.Tokens[q].IsLower && lexicons.DescribedHeads.ContainsKeySpan(w);
        }

        return sourceLike;
    }

    private bool ReportsAnotherSource(Document document, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k + 4 < sentence.EndToken; k++)
        {
            var t = document.Tokens[k];
            if (!t.IsWord || !t.IsLower || !lexicons.Cues.TryGetSpan(document.TokenText(k), out var cue) || cue.Kind != CueKind.Speech)
            {
                continue;
            }

            var that = k + 1;
            if (document.TokenText(that) is "us" or "me" or "reporters" or "journalists")
            {
                that++;
            }

            var subject = k - 1;
            while (subject > sentence.FirstToken && _words.SkipBeforeCue.ContainsSpan(document.TokenText(subject)))
            {
                subject--;
            }

            // "They say that every week": a that-clause of three words or more makes it a report, when a body or a
            // described group says it ("the fighting showed that" reports nobody's statement).
            // "voters confirmed that in the referendum": a "that" before a preposition points back; it opens no clause.
            var pointsBack = that + 1 < sentence.EndToken && document.TokenText(that + 1) is "in" or "on" or "at" or "during" or "with" or "by" or "again" or "too";
            // "The law does not allow foreign military bases, and voters confirmed ...": only the clause of the cue holds its subject.
            var clause = sentence.FirstToken;
            for (var q = sentence.FirstToken; q < subject; q++)
            {
                if (document.TokenText(q) is ";" || document.TokenText(q) is "," && document.TokenText(q + 1) is "and" or "but")
                {
                    clause = q + 1;
                }
            }

            if (document.TokenText(that) is "that" && !pointsBack && WordCount(document, document.Tokens[that].End, document.Tokens[sentence.EndToken - 1].End) >= 3 &&
                SourceLikeSubject(document, clause, subject + 1))
            {
                return true;
            }
        }

        return false;
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
            if (w is not ("not" or "cannot") && !w.EndsWith("n't", StringComparison.Ordinal))
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

    /// <summary>"Schools close for days", "The terrorists always inflate figures": a plural noun and a lower-case word after it read as subject and verb.</summary>
    private static bool OpensWithPluralSubject(Document document, Sentence sentence)
    {
        var first = document.TokenText(sentence.FirstToken) is "The" or "These" or "Our" or "Their" or "Many" or "Some" ? sentence.FirstToken + 1 : sentence.FirstToken;
        return first + 2 < sentence.EndToken && document.Tokens[first].IsWord && document.TokenText(first) is { Length: > 3 } noun && noun[^1] == 's' && noun[^2] != 's' &&
            document.Tokens[first + 1].IsWord && document.Tokens[first + 1].IsLower &&
            document.TokenText(first + 1) is not ("of" or "in" or "at" or "for" or "on" or "from" or "with" or "and" or "to" or "by");
    }

    private bool HasFiniteVerb(Document document, Sentence sentence) => HasFiniteVerb(document, sentence.FirstToken, sentence.EndToken);

    private bool HasFiniteVerb(Document document, int first, int end)
    {
        var lookup = _words.FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var q = first; q < end; q++)
        {
            var w = document.TokenText(q);
            if (document.Tokens[q].Kind == TokenKind.Possessive)
            {
                return true; // "That's false": the clitic may be "is"
            }

            // "We deny that.": a reporting verb is a verb too.
            if (document.Tokens[q].IsWord && (lookup.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal) || w.Contains('\'') || w.Contains('\u2019') ||
                document.Tokens[q].IsLower && lexicons.Cues.TryGetSpan(w, out var cue) && cue.Kind != CueKind.Cognition))
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

        if (first is not ("We" or "We've" or "We'd" or "I" or "I've" or "I'd" or "Our" or "My" or "What"))
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
