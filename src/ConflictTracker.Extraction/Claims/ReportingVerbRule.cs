using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>
/// A reporting verb and its source: "X said (that) ...", "..., X said.", "said X", "As X said, ...", "X, quoting Y, said",
/// participles and coordinated cues that continue the previous speaker.
/// </summary>
internal sealed class ReportingVerbRule(
    ExtractionLexicons lexicons,
    SubjectSources subjects,
    SourceAfterCue sourceAfter,
    AppositiveSources appositives,
    CitedSources cited,
    DescribedSources described,
    ContentBeforeCue left,
    ContentAfterCue right,
    PassiveAgentRule passive)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    internal void Apply(Document document, int si, int k, CueDefinition cue, int sentenceDrafts)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        if (k > sentence.FirstToken && tokens[k - 1].IsWord && _words.PassiveMarkers.ContainsSpan(document.Normalized.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)))
        {
            passive.Apply(document, si, k, cue);
            return; // "was reported", "the reported attack", "so-called"
        }

        if (document.TokenText(k) is "added" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "its" or "his" or "her" or "their" or "weight" or "fuel" or "to")
        {
            return; // "added its voice to", "added fuel": no statement is reported
        }

        if (document.TokenText(k) is "report" or "indicate" or "suggest" or "show" && (k + 1 >= sentence.EndToken || document.TokenText(k + 1) is not "that"))
        {
            return; // "a report by experts", "indicate a shift": only "they report that ..." reports speech
        }

        if (document.TokenText(k) is "accused" or "accuses" or "accuse" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "of")
        {
            return; // "the people they accused of collaborating": the accused is the gap of a relative clause, not speech
        }

        if (document.TokenText(k) is "report" or "reports" or "reported" or "reporting" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "to")
        {
            return; // "the corps reports to the ministry": a chain of command, not speech
        }

        if (k + 3 < sentence.EndToken && document.TokenText(k + 1) is "not" && document.TokenText(k + 2) is "to" && document.TokenText(k + 3) is "be")
        {
            return; // "who asked not to be named": a condition of the interview, not a statement
        }

        if (document.TokenText(k) is "put" or "puts" && !PutsAFigure(document, sentence, k))
        {
            return; // only "put the death toll at ..." reports a figure
        }

        if (document.TokenText(k) is "registered" or "registers" && (k + 1 >= sentence.EndToken || document.TokenText(k + 1) is "as" or "for" or "to" or "with" or "in"))
        {
            return; // "registered as a charity", "registered to vote": enrolment, not a count the source reports
        }

        if (document.TokenText(k) is "pledged" or "pledges" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "allegiance" or "loyalty")
        {
            return; // "pledged allegiance to the Islamic State": an act of affiliation, not a statement
        }

        if (document.TokenText(k) is "declared" or "declares" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "a" or "an" or "war" or "martial" or "victory" or "independence")
        {
            return; // "declared a religious war", "declared martial law": an act, not a reported statement
        }

        if (IsQuestion(document, sentence))
        {
            return; // "Can you say how many?" asks; it asserts nothing
        }

        var draft = new AttributionDraft();
        var j = k - 1;
        if (j - 1 > sentence.FirstToken && document.TokenText(j) is "to" && document.TokenText(j - 1) is "continues" or "continued" or "continue" or "continuing" or "on")
        {
            // "the mission continues to urge", "he went on to say": the subject stands before the catenative verb.
            j -= document.TokenText(j - 1) is "on" && j - 2 > sentence.FirstToken && document.TokenText(j - 2) is "went" or "goes" ? 3 : 2;
        }

        if (j - 3 > sentence.FirstToken && document.TokenText(j) is "time" && document.TokenText(j - 1) is "same" && document.TokenText(j - 3) is "at")
        {
            j -= 4; // "but at the same time said"
        }

        if (IsParticiple(document, k) && j - 2 > sentence.FirstToken && _words.DateWords.ContainsSpan(document.TokenText(j)))
        {
            // "X published a video on Saturday saying ...": the time phrase stands between the document and its participle.
            var time = j - 1;
            if (_words.DateWords.ContainsSpan(document.TokenText(time)))
            {
                time--; // "on Saturday night"
            }

            if (time - 1 > sentence.FirstToken && document.TokenText(time) is "on" or "last" or "this" or "late" or "early" &&
                _words.DocumentNouns.ContainsSpan(document.TokenText(time - 1)))
            {
                j = time - 1;
            }
        }

        while (j >= sentence.FirstToken && tokens[j].IsWord && _words.SkipBeforeCue.ContainsSpan(document.Normalized.AsSpan(tokens[j].Start, tokens[j].Length)))
        {
            j--;
        }

        for (var q = j + 1; q < k; q++)
        {
            if (document.TokenText(q) is "not" or "never" || document.TokenText(q).EndsWith("n't", StringComparison.Ordinal))
            {
                return; // "did not say" reports no statement
            }
        }

        // "The Institute for the Study of War (ISW) said": step over the bracketed acronym.
        if (j > sentence.FirstToken && document.TokenText(j) is ")")
        {
            var open = j - 1;
            while (open > sentence.FirstToken && document.TokenText(open) is not "(" && j - open < 6)
            {
                open--;
            }

            if (document.TokenText(open) is "(" && open > sentence.FirstToken)
            {
                j = open - 1;
            }
        }

        var trailing = false;
        var subjectStart = j + 1;
        if (j < sentence.FirstToken)
        {
            // "Said the official" style inversion at a sentence start is rare; nothing to attribute.
            return;
        }

        if (AsideStart(document, sentence, j) is var aside and >= 0)
        {
            j = aside - 1; // "Rada's leadership, for its part, has informed the mission": the subject is before the aside
        }

        var tj = tokens[j];
        var tjText = document.Normalized.Substring(tj.Start, tj.Length);
        if (cue.Kind == CueKind.Cognition)
        {
            if (!(tjText.Equals("I", StringComparison.Ordinal) || tjText.Equals("we", StringComparison.OrdinalIgnoreCase)) || sentence.Turn < 0)
            {
                return;
            }
        }

        if (tj.Kind == TokenKind.Punctuation && tjText is "," or "\"" or "'")
        {
            // "..., said Serhii Popko" or "...," said the official: the source follows the cue.
            if (tjText == "," && cited.TryCitedSource(document, sentence, j, draft, out var citedStart))
            {
                subjectStart = citedStart;
            }
            else if (tjText == "," && appositives.TryAppositive(document, sentence, j, draft, out var appositiveStart))
            {
                subjectStart = appositiveStart;
            }
            else if (tjText == "," && IsParticiple(document, k) && document.ClaimDrafts.Count > sentenceDrafts)
            {
                draft.CopySource(document.ClaimDrafts[^1]);
                subjectStart = k;
                trailing = false;
                draft.ContinuesPrevious = true;
            }
            else if (tjText == "," && IsParticiple(document, k) && NounPhrases.SentenceSubject(document, sentence, j) is { } subject)
            {
                // "The general dismissed the report, insisting that ...": the participle's subject opens the sentence.
                draft.Sources.Add(subject);
                subjectStart = k;
                draft.ContinuesPrevious = true;
            }
            else if (!sourceAfter.TrySourceAfter(document, sentence, k + 1, draft, out var afterEnd, afterCue: true))
            {
                return;
            }
            else
            {
                draft.SourceAfterEnd = afterEnd;
                trailing = true;
                subjectStart = k;
            }
        }
        else if (tj.IsWord && tjText is "while" && j - 1 >= sentence.FirstToken && document.TokenText(j - 1) is "," && IsParticiple(document, k) && document.ClaimDrafts.Count > sentenceDrafts)
        {
            // "said A, while acknowledging that B": the same speaker's second statement.
            draft.CopySource(document.ClaimDrafts[^1]);
            subjectStart = k;
            draft.ContinuesPrevious = true;
        }
        else if (tj.IsWord && tjText is "and" or "And" or "but" && document.ClaimDrafts.Count > sentenceDrafts)
        {
            draft.CopySource(document.ClaimDrafts[^1]);
            draft.ContinuesPrevious = true;
            subjectStart = k;
        }
        else if (tj.IsWord && tjText is "and" or "but" && document.ClaimDrafts.Count == sentenceDrafts && j - 2 > sentence.FirstToken &&
                 (NounPhrases.SentenceSubject(document, sentence, j) is { } coordinated ? draft.AddSource(coordinated) : described.DescribedSentenceSubject(document, sentence, j, draft)))
        {
            // "Residents shared stories of the shelling but said ...": the subject of the first verb speaks.
            subjectStart = k;
            draft.ContinuesPrevious = true;
        }
        else if (tj.IsWord && tjText == "as" && cited.QuotedAsSaying(document, sentence, j, draft, out var quotedStart))
        {
            subjectStart = quotedStart;
        }
        else if (tj.IsWord && tjText is "they" && described.EarlierDescribedGroup(document, sentence, j, draft))
        {
            // "When I met senior officials of the council, they assured me that ...": the group the clause introduced.
            subjectStart = j;
        }
        else if (tj.IsWord && IsPronoun(tjText))
        {
            draft.Reference = tjText.ToLowerInvariant();
            draft.ReferenceToken = j;
            subjectStart = j;
        }
        else if (!subjects.TrySubject(document, sentence, j, draft, out subjectStart))
        {
            return;
        }

        if (subjectStart - 2 >= sentence.FirstToken && document.TokenText(subjectStart - 2) is "a" or "an" && _words.NominalCues.ContainsKeySpan(document.TokenText(subjectStart - 1)))
        {
            return; // "India calls it terrorism, a charge Pakistan denies": the denial is an aside on the other claim
        }

        var asClause = subjectStart > sentence.FirstToken && document.TokenText(subjectStart - 1) is "As" or "as" &&
            (subjectStart - 1 == sentence.FirstToken || document.TokenText(subjectStart - 2) is "," or "\"");
        if (asClause)
        {
            // "As X said last week, the alliance is united": the content follows the clause.
            var comma = k + 1;
            while (comma < sentence.EndToken && comma < k + 8 && document.TokenText(comma) is not ",")
            {
                comma++;
            }

            if (comma + 1 < sentence.EndToken && document.TokenText(comma) is ",")
            {
                var last = TrimEnd(document, sentence.EndToken - 1);
                if (last - document.Tokens[comma + 1].Start >= 3 && WordCount(document, document.Tokens[comma + 1].Start, last) >= 3)
                {
                    draft.Add(document, si, k, cue, document.Tokens[comma + 1].Start, last);
                }
            }

            return;
        }

        if (!trailing && !draft.ContinuesPrevious && subjectStart > sentence.FirstToken)
        {
            // "..., X said." or '"...," X said in a statement released by Y.': the content is before the attribution
            // when nothing but time and venue phrases follows it.
            var after = draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1;
            var beforeSubject = document.Normalized[tokens[subjectStart - 1].Start];
            trailing = !right.RightHasContent(document, sentence, after) ||
                (beforeSubject is ',' or '"' && after < sentence.EndToken && document.TokenText(after) is "in" or "on" or "at" or "via" or "during" or "through" or "after" or "while" && !right.HasThatClause(document, sentence, k));
        }
        else if (trailing && right.RightHasContent(document, sentence, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1) && !right.StartsQuoteAfterComma(document, sentence, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1))
        {
            // ", said X, the head of Y" keeps its content on the left; anything else after the cue is the content.
            trailing = !right.HasThatClause(document, sentence, k) && draft.SourceAfterEnd > 0;
        }

        draft.SubjectToken = subjectStart;
        if (!trailing && QuoteContinuation.ColonIntroducesQuotes(document, sentence, k, draft))
        {
            QuoteContinuation.QuotedParagraphs(document, si, k, cue, draft);
            return;
        }

        var (start, end) = trailing
            ? left.LeftContent(document, sentence, subjectStart, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1)
            : right.RightContent(document, sentence, k, cue);
        // "denied involvement", "rejected the accusation", "denied targeting civilians": what is denied may be one
        // noun or a short act.
        var minWords = !trailing && cue.Evidentiality == Evidentiality.Denied ? 1 : 3;
        if (end - start < 3 || StartsWithVerb(document, start) || WordCount(document, start, end) < minWords)
        {
            return;
        }

        if (minWords == 1 && WordCount(document, start, end) == 1 && document.Normalized.AsSpan(start, end - start) is "that" or "this" or "it" or "them" or "these" or "those")
        {
            return; // "We deny that.": the pronoun stands for a statement made elsewhere
        }

        if (!trailing)
        {
            draft.AddSplitAtThat(document, si, k, cue, start, end);
            return;
        }

        draft.Add(document, si, k, cue, start, end);
    }

    /// <summary>The comma that opens an adverbial aside (", for its part,", ", in turn,") ending at the comma <paramref name="j"/>, or -1.</summary>
    private int AsideStart(Document document, Sentence sentence, int j)
    {
        if (j - 2 <= sentence.FirstToken || document.TokenText(j) is not ",")
        {
            return -1;
        }

        for (var q = j - 1; q > Math.Max(sentence.FirstToken + 1, j - 5); q--)
        {
            if (document.TokenText(q) is ",")
            {
                return q + 1 < j && _words.AsideOpeners.ContainsSpan(document.TokenText(q + 1)) && document.Tokens[q - 1].IsWord ? q : -1;
            }

            if (!document.Tokens[q].IsWord || !document.Tokens[q].IsLower)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"put the death toll at nine", "puts the number of displaced at 40,000": a source's figure.</summary>
    private bool PutsAFigure(Document document, Sentence sentence, int k)
    {
        for (var q = k + 1; q < Math.Min(sentence.EndToken, k + 8); q++)
        {
            if (!document.Tokens[q].IsWord)
            {
                return false;
            }

            if (document.TokenText(q) is "at")
            {
                return false;
            }

            if (_words.FigureNouns.ContainsSpan(document.TokenText(q)))
            {
                return true;
            }
        }

        return false;
    }
}
