using System.Collections.Frozen;
using ConflictTracker.Extraction.Actors;
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
/// </summary>
public sealed class AttributionStep(ExtractionLexicons lexicons) : IExtractionStep
{
    private static readonly FrozenSet<string> SkipBeforeCue = FrozenSet.ToFrozenSet(
        ["also", "has", "have", "had", "previously", "later", "then", "further", "separately", "again", "repeatedly", "publicly",
         "recently", "earlier", "reportedly", "allegedly", "would", "will", "once", "subsequently", "initially", "officially",
         "quickly", "immediately", "explicitly", "flatly", "not", "did", "does", "do", "never", "already", "first", "last",
         "formally", "privately", "jointly", "strongly", "specifically", "categorically", "simply", "clearly", "just", "had", "in", "turn"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Passive = FrozenSet.ToFrozenSet(
        ["is", "was", "were", "are", "been", "being", "be", "the", "a", "an", "so", "widely", "its", "their", "his", "her", "this", "these"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounPhraseStops = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "whom", "and", "or", "but", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
         "would", "can", "could", "may", "might", "do", "does", "did", "not", "to", "as", "while", "when", "where", "after", "before",
         "because", "since", "if", "than", "said", "says", "told", "with", "on", "at", "for", "by", "into", "against", "during", "amid",
         "quoted", "cited", "citing", "quoting", "issued", "released", "added", "published", "posted"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "some", "several", "many", "two", "three", "four", "other", "one", "both", "most", "few", "these", "those", "various"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DocumentNouns = FrozenSet.ToFrozenSet(
        ["statement", "communique", "report", "post", "message", "letter", "release", "assessment", "update", "bulletin", "video", "tweet",
         "data", "figures", "testimony", "analysis", "survey", "findings", "tally"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier",
         "later", "recently", "late", "early", "overnight", "morning", "afternoon", "evening", "night", "this", "week", "last", "on",
         "previously", "separately", "also", "again", "then", "now", "in", "a", "an", "the", "at", "statement", "interview", "briefing",
         "news", "conference", "press", "post", "posted", "telegram", "facebook", "twitter", "x", "social", "media", "televised",
         "address", "speech", "video", "message", "tuesday's", "via", "channel", "website", "online", "during", "its", "his", "her",
         "their", "daily", "weekly", "update", "report", "written", "emailed", "separate", "joint", "brief", "short", "remarks", "comments",
         "appearance", "national", "television", "radio", "broadcast", "from", "to", "reporters", "journalists", "me", "us", "him",
         "them", "lawmakers", "parliament", "audience", "crowd", "supporters", "week", "month", "year", "ago", "weekend"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SourceFollowers = FrozenSet.ToFrozenSet(
        ["who", "which", "whose", "and", "of", "for", "after", "while", "when", "as", "adding", "citing", "quoting", "saying", "said",
         "told", "according", "by", "with", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "official", "officials"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that report a statement when an owner precedes them and a that-clause follows ("the army's claim that").</summary>
    private static readonly FrozenDictionary<string, Evidentiality> NominalCues = new Dictionary<string, Evidentiality>(StringComparer.Ordinal)
    {
        ["claim"] = Evidentiality.Claimed, ["claims"] = Evidentiality.Claimed, ["assertion"] = Evidentiality.Claimed,
        ["allegation"] = Evidentiality.Claimed, ["allegations"] = Evidentiality.Claimed, ["accusation"] = Evidentiality.Claimed,
        ["statement"] = Evidentiality.Stated, ["announcement"] = Evidentiality.Stated, ["warning"] = Evidentiality.Stated,
        ["insistence"] = Evidentiality.Stated, ["assessment"] = Evidentiality.Assessed, ["estimate"] = Evidentiality.Assessed,
        ["denial"] = Evidentiality.Denied, ["confirmation"] = Evidentiality.Confirmed, ["admission"] = Evidentiality.Confirmed,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs that can be the main verb after a nominal claim ("X's claim that A could not be verified").</summary>
    private static readonly FrozenSet<string> MainVerbs = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "has", "have", "had", "could", "would", "can", "will", "may", "might", "must", "should", "remains", "remained",
         "appears", "appeared", "seems", "seemed", "drew", "prompted", "sparked", "came", "contradicts", "contradicted", "raised", "does", "did"],
        StringComparer.Ordinal);

    public string Name => "Attribution";

    public void Run(Document document)
    {
        if (document.ActorTable is null)
        {
            return;
        }

        var speakerOfTurn = SpeakersOfTurns(document);
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
                    AccordingTo(document, si, k);
                }
                else if (k - 2 >= sentence.FirstToken && k + 2 < sentence.EndToken && document.Tokens[k - 1].Kind == TokenKind.Possessive &&
                         document.TokenText(k + 1) is "that" && NominalCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var nominal))
                {
                    NominalClaim(document, si, k, nominal);
                }
                else if (!t.IsCapitalised && lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var cue))
                {
                    Cue(document, si, k, cue, before);
                }
            }

            if (document.ClaimDrafts.Count == before)
            {
                OrphanQuote(document, si);
            }

            if (document.ClaimDrafts.Count == before && sentence.Turn >= 0)
            {
                TurnAssertion(document, si, speakerOfTurn[sentence.Turn], sentence.Start, sentence.End);
            }
            else if (sentence.Turn >= 0 && speakerOfTurn[sentence.Turn] is { } speaker)
            {
                TurnRemainder(document, si, speaker, before);
            }
        }
    }

    private void Cue(Document document, int si, int k, CueDefinition cue, int sentenceDrafts)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        var table = document.ActorTable!;
        if (k > sentence.FirstToken && tokens[k - 1].IsWord && Passive.ContainsSpan(document.Normalized.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)))
        {
            PassiveBy(document, si, k, cue);
            return; // "was reported", "the reported attack", "so-called"
        }

        if (k + 1 < sentence.EndToken && document.TokenText(k) is "called" or "calls" && tokens[k + 1].IsCapitalised && cue.Kind == CueKind.Directive && k + 2 < sentence.EndToken && !tokens[k + 2].IsLower)
        {
            // "a group called Hamas" names something; it reports no speech.
        }

        if (document.TokenText(k) is "added" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "its" or "his" or "her" or "their" or "weight" or "fuel" or "to")
        {
            return; // "added its voice to", "added fuel": no statement is reported
        }

        if (document.TokenText(k) is "report" or "indicate" && (k + 1 >= sentence.EndToken || document.TokenText(k + 1) is not "that"))
        {
            return; // "a report by experts", "indicate a shift": only "they report that ..." reports speech
        }

        if (document.TokenText(k) is "report" or "reports" or "reported" or "reporting" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "to")
        {
            return; // "the corps reports to the ministry": a chain of command, not speech
        }

        if (document.TokenText(k) is "declared" or "declares" && k + 1 < sentence.EndToken && document.TokenText(k + 1) is "a" or "an" or "war" or "martial" or "victory" or "independence")
        {
            return; // "declared a religious war", "declared martial law": an act, not a reported statement
        }

        if (IsQuestion(document, sentence))
        {
            return; // "Can you say how many?" asks; it asserts nothing
        }

        var draft = new Draft();
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

        while (j >= sentence.FirstToken && tokens[j].IsWord && SkipBeforeCue.ContainsSpan(document.Normalized.AsSpan(tokens[j].Start, tokens[j].Length)))
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
            if (cue.Kind == CueKind.Cognition)
            {
                return;
            }

            // "Said the official" style inversion at a sentence start is rare; nothing to attribute.
            return;
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
            if (tjText == "," && TryCitedSource(document, sentence, j, draft, out var citedStart))
            {
                subjectStart = citedStart;
            }
            else if (tjText == "," && TryAppositive(document, sentence, j, draft, out var appositiveStart))
            {
                subjectStart = appositiveStart;
            }
            else if (tjText == "," && IsParticiple(document, k) && document.ClaimDrafts.Count > sentenceDrafts)
            {
                CopySource(document.ClaimDrafts[^1], draft);
                subjectStart = k;
                trailing = false;
                draft.ContinuesPrevious = true;
            }
            else if (tjText == "," && IsParticiple(document, k) && SentenceSubject(document, sentence, j) is { } subject)
            {
                // "The general dismissed the report, insisting that ...": the participle's subject opens the sentence.
                draft.Sources.Add(subject);
                subjectStart = k;
                draft.ContinuesPrevious = true;
            }
            else if (!TrySourceAfter(document, sentence, k + 1, draft, out var afterEnd, afterCue: true))
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
            CopySource(document.ClaimDrafts[^1], draft);
            subjectStart = k;
            draft.ContinuesPrevious = true;
        }
        else if (tj.IsWord && tjText is "and" or "And" or "but" && document.ClaimDrafts.Count > sentenceDrafts)
        {
            CopySource(document.ClaimDrafts[^1], draft);
            draft.ContinuesPrevious = true;
            subjectStart = k;
        }
        else if (tj.IsWord && tjText is "and" or "but" && document.ClaimDrafts.Count == sentenceDrafts && j - 2 > sentence.FirstToken &&
                 (SentenceSubject(document, sentence, j) is { } coordinated ? AddSource(draft, coordinated) : DescribedSentenceSubject(document, sentence, j, draft)))
        {
            // "Residents shared stories of the shelling but said ...": the subject of the first verb speaks.
            subjectStart = k;
            draft.ContinuesPrevious = true;
        }
        else if (tj.IsWord && tjText == "as" && QuotedAsSaying(document, sentence, j, draft, out var quotedStart))
        {
            subjectStart = quotedStart;
        }
        else if (tj.IsWord && tjText is "they" && EarlierDescribedGroup(document, sentence, j, draft))
        {
            // "When I met senior officials of the council, they assured me that ...": the group the clause introduced.
            subjectStart = j;
        }
        else if (tj.IsWord && Pronouns.Contains(tjText))
        {
            draft.Reference = tjText.ToLowerInvariant();
            draft.ReferenceToken = j;
            subjectStart = j;
        }
        else if (!TrySubject(document, sentence, j, draft, out subjectStart))
        {
            return;
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
                    Add(document, si, k, cue, draft, document.Tokens[comma + 1].Start, last);
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
            trailing = !RightHasContent(document, sentence, after) ||
                (beforeSubject is ',' or '"' && after < sentence.EndToken && document.TokenText(after) is "in" or "on" or "at" or "via" or "during" or "through" or "after" or "while" && !HasThatClause(document, sentence, k));
        }
        else if (trailing && RightHasContent(document, sentence, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1) && !StartsQuoteAfterComma(document, sentence, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1))
        {
            // ", said X, the head of Y" keeps its content on the left; anything else after the cue is the content.
            trailing = !HasThatClause(document, sentence, k) && draft.SourceAfterEnd > 0;
        }

        draft.SubjectToken = subjectStart;
        if (!trailing && ColonIntroducesQuotes(document, sentence, k, draft))
        {
            QuotedParagraphs(document, si, k, cue, draft);
            return;
        }

        var (start, end) = trailing
            ? LeftContent(document, sentence, subjectStart, draft.SourceAfterEnd > 0 ? draft.SourceAfterEnd : k + 1)
            : RightContent(document, sentence, k, cue);
        // "denied targeting civilians": a denied act may be two words long.
        var minWords = !trailing && cue.Evidentiality == Evidentiality.Denied && end > start && IsGerundAt(document, start) ? 2 : 3;
        if (end - start < 3 || StartsWithVerb(document, start) || WordCount(document, start, end) < minWords)
        {
            return;
        }

        if (!trailing)
        {
            AddSplitAtThat(document, si, k, cue, draft, start, end);
            return;
        }

        Add(document, si, k, cue, draft, start, end);
    }

    /// <summary>"said A, and that B": a that-clause set off by a comma is its own statement.</summary>
    private static void AddSplitAtThat(Document document, int si, int k, CueDefinition cue, Draft draft, int start, int end)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[si];
        for (var q = k + 2; q + 1 < sentence.EndToken && tokens[q].Start < end; q++)
        {
            // Only after a comma: "said A and that B" usually reads as one statement with two parts.
            if (tokens[q].Start <= start || document.TokenText(q) is not "and" || document.TokenText(q + 1) is not "that" || document.TokenText(q - 1) is not "," ||
                q + 2 >= sentence.EndToken || !tokens[q + 2].IsWord && document.TokenText(q + 2) is not "\"")
            {
                continue;
            }

            var last = q - 1;
            while (last > k && tokens[last].Kind == TokenKind.Punctuation && document.Normalized[tokens[last].Start] is ',' or ';')
            {
                last--;
            }

            if (last <= k || tokens[last].End <= start || WordCount(document, start, tokens[last].End) < 3)
            {
                break;
            }

            var secondStart = tokens[q + 2].Start;
            if (WordCount(document, secondStart, end) < 3)
            {
                break;
            }

            Add(document, si, k, cue, draft, start, tokens[last].End);
            Add(document, si, k, cue, draft, secondStart, end);
            return;
        }

        Add(document, si, k, cue, draft, start, end);
    }

    private static int WordCount(Document document, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(document.Normalized[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>"it said was deployed there": a relative clause, not a reported statement.</summary>
    private static bool StartsWithVerb(Document document, int start)
    {
        var span = document.Normalized.AsSpan(start);
        var space = span.IndexOfAny(' ', ',');
        var first = space < 0 ? span : span[..space];
        return first is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would" or "be";
    }

    /// <summary>Whether anything but time and venue words ("on Saturday", "in a statement") follows position <paramref name="p"/>.</summary>
    private bool RightHasContent(Document document, Sentence sentence, int p)
    {
        var table = document.ActorTable!;
        for (var q = p; q < sentence.EndToken; q++)
        {
            var t = document.Tokens[q];
            if (t.Kind == TokenKind.Punctuation)
            {
                var c = document.Normalized[t.Start];
                if (c is ',' or '.' or '!' or '?' or ';')
                {
                    return false;
                }

                if (c is '"' or ':')
                {
                    return true;
                }

                continue;
            }

            if (t.IsWord && (TimeWords.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length)) || table.AtToken(q) is not null || t.IsCapitalised))
            {
                continue;
            }

            if (t.Kind == TokenKind.Possessive)
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool StartsQuoteAfterComma(Document document, Sentence sentence, int p)
    {
        while (p < sentence.EndToken && document.Tokens[p].IsWord && TimeWords.ContainsSpan(document.Normalized.AsSpan(document.Tokens[p].Start, document.Tokens[p].Length)))
        {
            p++;
        }

        return p + 1 < document.TokenCount && document.TokenText(p) is "," && document.TokenText(p + 1) is "\"";
    }

    /// <summary>"Foreign Secretary X said:" at the end of a paragraph, followed by paragraphs that are quotes.</summary>
    private static bool ColonIntroducesQuotes(Document document, Sentence sentence, int k, Draft draft)
    {
        if (draft.Sources.Count == 0 && draft.Reference is null)
        {
            return false;
        }

        var last = sentence.EndToken - 1;
        if (document.TokenText(last) is not ":" || last > k + 6)
        {
            return false;
        }

        return last + 1 < document.TokenCount && document.Tokens[last + 1].NewlinesBefore > 0 && document.TokenText(last + 1) is "\"";
    }

    private static void QuotedParagraphs(Document document, int si, int k, CueDefinition cue, Draft draft)
    {
        var paragraph = -1;
        for (var s = si + 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Paragraph == paragraph)
            {
                continue;
            }

            if (document.Normalized[sentence.Start] != '"')
            {
                break;
            }

            paragraph = sentence.Paragraph;
            var end = s;
            while (end + 1 < document.Sentences.Count && document.Sentences[end + 1].Paragraph == paragraph)
            {
                end++;
            }

            var close = FindClosingQuote(document, sentence.FirstToken + 1, paragraph);
            var lastToken = close > sentence.FirstToken ? close - 1 : document.Sentences[end].EndToken - 1;
            var stop = TrimEnd(document, lastToken);
            var start = document.Tokens[sentence.FirstToken + 1].Start;
            if (stop - start >= 3)
            {
                Add(document, s, k, cue, draft, start, stop);
            }
        }
    }

    /// <summary>"UNRWA has been told by the Egyptian authorities that talks are under way": the agent after "by" is the source.</summary>
    private void PassiveBy(Document document, int si, int k, CueDefinition cue)
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

        var draft = new Draft();
        var table = document.ActorTable!;
        var agentLast = thatAt - 1;
        if (table.AtToken(agentLast) is { } agent)
        {
            draft.Sources.Add(agent);
        }
        else if (!lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.TokenText(agentLast)) ||
                 !TryDescribed(document, sentence, agentLast, agentLast, draft, out _))
        {
            return;
        }

        var (start, end) = RightContent(document, sentence, thatAt - 1, cue);
        if (end - start >= 3 && WordCount(document, start, end) >= 3)
        {
            AddSplitAtThat(document, si, k, cue, draft, start, end);
        }
    }

    /// <summary>"TASS, quoting the defence ministry, said": the party quoted or cited is the source, not the messenger.</summary>
    private bool TryCitedSource(Document document, Sentence sentence, int comma, Draft draft, out int subjectStart)
    {
        subjectStart = comma;
        var table = document.ActorTable!;
        for (var q = comma - 1; q > Math.Max(sentence.FirstToken, comma - 10); q--)
        {
            var w = document.TokenText(q);
            if (w is "," or "\"")
            {
                return false;
            }

            if (w is not ("citing" or "quoting") || document.TokenText(q - 1) is not ",")
            {
                continue;
            }

            for (var a = q + 1; a < comma; a++)
            {
                if (table.AtToken(a) is { } cited)
                {
                    draft.Sources.Add(cited);
                    subjectStart = q - 1 > sentence.FirstToken ? NounPhraseStart(document, sentence, q - 2) : sentence.FirstToken;
                    return true;
                }
            }

            if (lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.TokenText(comma - 1)) && TryDescribed(document, sentence, comma - 1, comma - 1, draft, out _))
            {
                subjectStart = q - 1 > sentence.FirstToken ? NounPhraseStart(document, sentence, q - 2) : sentence.FirstToken;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>"State media quoted Syrian military officials as saying": the quoted party is the source.</summary>
    private bool QuotedAsSaying(Document document, Sentence sentence, int asToken, Draft draft, out int subjectStart)
    {
        subjectStart = asToken;
        for (var q = asToken - 1; q >= Math.Max(sentence.FirstToken, asToken - 8); q--)
        {
            if (document.TokenText(q) is "quoted" or "cited" or "quoting" or "citing")
            {
                var last = asToken - 1;
                if (last <= q)
                {
                    return false;
                }

                if (document.ActorTable!.AtToken(last) is { } actor)
                {
                    draft.Sources.Add(actor);
                    return true;
                }

                var head = document.Normalized.Substring(document.Tokens[last].Start, document.Tokens[last].Length);
                return lexicons.DescribedHeads.ContainsKey(head) && TryDescribed(document, sentence, last, last, draft, out _);
            }
        }

        return false;
    }

    private bool HasCueWithin(Document document, int first, int end)
    {
        for (var q = first; q < end; q++)
        {
            if (document.Tokens[q].IsWord && lexicons.Cues.ContainsKeySpan(document.TokenText(q)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuestion(Document document, Sentence sentence)
    {
        for (var q = sentence.EndToken - 1; q >= sentence.FirstToken; q--)
        {
            var t = document.Tokens[q];
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (document.Normalized[t.Start] == '?')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGerundAt(Document document, int offset)
    {
        var span = document.Normalized.AsSpan(offset);
        var space = span.IndexOfAny(' ', ',');
        var first = space < 0 ? span : span[..space];
        return first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsParticiple(Document document, int k) => document.TokenText(k).EndsWith("ing", StringComparison.Ordinal);

    private static bool AddSource(Draft draft, ActorRecord actor)
    {
        draft.Sources.Add(actor);
        return true;
    }

    /// <summary>"Residents shared stories ... but said": a plural described head that opens the sentence.</summary>
    private bool DescribedSentenceSubject(Document document, Sentence sentence, int before, Draft draft)
    {
        var p = sentence.FirstToken;
        for (var q = p; q < Math.Min(before, p + 4); q++)
        {
            var t = document.Tokens[q];
            if (!t.IsWord)
            {
                return false;
            }

            if (lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(q), out var head))
            {
                return head.Plural && q + 1 < before && document.Tokens[q + 1].IsWord && document.Tokens[q + 1].IsLower &&
                    TryDescribed(document, sentence, q, q, draft, out _) && draft.Sources.Count > 0;
            }
        }

        return false;
    }

    /// <summary>The first token of "The National Security Adviser" (capitalised words after "the" ending in a title) before <paramref name="j"/>, or -1.</summary>
    private int CapitalisedRoleStart(Document document, Sentence sentence, int j)
    {
        var p = j;
        while (p - 1 >= sentence.FirstToken && document.Tokens[p - 1].IsWord && document.Tokens[p - 1].IsCapitalised && document.TokenText(p - 1) is not "The" && j - p < 4)
        {
            p--;
        }

        if (p - 1 < sentence.FirstToken || document.TokenText(p - 1) is not ("the" or "The"))
        {
            return -1;
        }

        for (var q = p; q <= j; q++)
        {
            if (lexicons.Titles.TryMatch(document.Normalized, document.Tokens, q, j + 1, out _, out var end) && end == j + 1)
            {
                return p - 1;
            }
        }

        return -1;
    }

    /// <summary>A plural described group ("senior officials of the X") in an introductory clause before ", they".</summary>
    private bool EarlierDescribedGroup(Document document, Sentence sentence, int they, Draft draft)
    {
        if (they - 1 <= sentence.FirstToken || document.TokenText(they - 1) is not "," || document.TokenText(sentence.FirstToken) is not ("When" or "After" or "As" or "Before"))
        {
            return false;
        }

        var table = document.ActorTable!;
        for (var h = sentence.FirstToken + 1; h < they - 1; h++)
        {
            if (!document.Tokens[h].IsLower || !lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(h), out var head) || !head.Plural)
            {
                continue;
            }

            var last = h;
            var of = h + 1;
            if (of + 1 < they && document.TokenText(of) is "of" or "from")
            {
                var named = document.TokenText(of + 1) is "the" ? of + 2 : of + 1;
                if (named < they && table.AtToken(named) is not null)
                {
                    last = named;
                    while (last + 1 < they && table.AtToken(last + 1) == table.AtToken(named))
                    {
                        last++;
                    }
                }
            }

            var first = h;
            while (first - 1 > sentence.FirstToken && document.TokenText(first - 1) is "senior" or "top" or "local" or "regional" or "military" or "government" or "security" or "former" or "foreign")
            {
                first--;
            }

            var text = document.Normalized;
            var name = text.Substring(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
            var record = table.Find(name);
            if (record is null)
            {
                record = table.GetOrAdd(name, head.Type, AffiliationIn(document, first, last + 1));
                record.Described = true;
            }

            table.AddLooseMention(record, first, last + 1);
            draft.Sources.Add(record);
            return true;
        }

        return false;
    }

    /// <summary>A named actor that opens the sentence and is followed by a finite verb, or null.</summary>
    private static ActorRecord? SentenceSubject(Document document, Sentence sentence, int before)
    {
        var table = document.ActorTable!;
        var p = sentence.FirstToken;
        if (p < before && document.TokenText(p) is "The" or "the")
        {
            p++;
        }

        // Title words before the name ("General", "Foreign Minister") are not part of every mention.
        while (p < Math.Min(before, sentence.FirstToken + 4) && table.AtToken(p) is null && document.Tokens[p].IsWord && document.Tokens[p].IsCapitalised)
        {
            p++;
        }

        if (p >= before || table.AtToken(p) is not { } actor || table.MentionStart(p) != p)
        {
            return null;
        }

        var q = p;
        while (q < before && table.AtToken(q) == actor)
        {
            q++;
        }

        // "Governor X urged calm": a lower-case word right after the name is the verb, so the name is the subject.
        return q < before && document.Tokens[q].IsWord && document.Tokens[q].IsLower && document.TokenText(q) is not ("of" or "in" or "at" or "and" or "for" or "from" or "on") ? actor : null;
    }

    private static void CopySource(ClaimDraft from, Draft to)
    {
        to.Sources.AddRange(from.Sources);
        to.Reference = from.Reference;
        to.ReferenceToken = from.ReferenceToken;
    }

    /// <summary>"The head of the office, Andrii Yermak, said" or "Yevgeny Prigozhin, head of Wagner, told".</summary>
    private bool TryAppositive(Document document, Sentence sentence, int comma, Draft draft, out int subjectStart)
    {
        var table = document.ActorTable!;
        subjectStart = comma;
        var named = table.AtToken(comma - 1);
        if (named is not null && named.Type == ActorType.Person)
        {
            draft.Sources.Add(named);
            subjectStart = table.MentionStart(comma - 1);
            var open = subjectStart - 1;
            if (open > sentence.FirstToken && document.TokenText(open) is ",")
            {
                subjectStart = NounPhraseStart(document, sentence, open - 1);
            }
            else
            {
                subjectStart = NounPhraseStart(document, sentence, subjectStart - 1) is var s && s <= subjectStart - 1 ? s : subjectStart;
            }

            return true;
        }

        if (named is not null && named.Type != ActorType.State && comma - 1 > sentence.FirstToken)
        {
            // "Our military intelligence, the HUR, assesses": the named body in apposition is the source.
            var open = table.MentionStart(comma - 1) - 1;
            if (open > sentence.FirstToken && document.TokenText(open) is "the" or "The")
            {
                open--;
            }

            if (open > sentence.FirstToken && document.TokenText(open) is ",")
            {
                draft.Sources.Add(named);
                subjectStart = NounPhraseStart(document, sentence, open - 1) is var s && s <= open - 1 ? s : open;
                return true;
            }
        }

        for (var p = comma - 1; p > Math.Max(sentence.FirstToken, comma - 25); p--)
        {
            var t = document.Tokens[p];
            if (t.Kind == TokenKind.Punctuation && document.Normalized[t.Start] == '"')
            {
                return false;
            }

            if (t.Kind == TokenKind.Punctuation && document.Normalized[t.Start] == ',')
            {
                var before = p - 1;
                if (before - 2 > sentence.FirstToken && document.TokenText(before) is ")" && document.TokenText(before - 2) is "(")
                {
                    before -= 3; // "Medecins Sans Frontieres (MSF), which ...": the name before the bracketed acronym
                }

                var actor = table.AtToken(before);
                if (actor is null || actor.Type == ActorType.State && DescribedBeforePlace(document, sentence, p - 1) >= 0)
                {
                    // "A local doctor, who asked not to be named, said", "Doctors at the city hospital, one of the few
                    // still open, said": a described source before the aside.
                    var headToken = document.Tokens[p - 1];
                    if (headToken.IsWord && lexicons.DescribedHeads.ContainsKey(document.Normalized.Substring(headToken.Start, headToken.Length)) &&
                        (document.TokenText(p + 1) is "who" or "which" or "one" or "speaking" or "including"))
                    {
                        return TryDescribed(document, sentence, p - 1, p - 1, draft, out subjectStart);
                    }

                    var placeHead = DescribedBeforePlace(document, sentence, p - 1);
                    if (placeHead >= 0)
                    {
                        return TryDescribed(document, sentence, placeHead, p - 1, draft, out subjectStart);
                    }

                    return false;
                }

                if (comma - p > 15)
                {
                    return false;
                }

                draft.Sources.Add(actor);
                var start = table.MentionStart(before);
                subjectStart = NounPhraseStart(document, sentence, start - 1) is var s && s < start ? s : start;
                if (actor.Type == ActorType.Person)
                {
                    AddAppositiveRole(document, actor, p + 1, comma);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "doctors at the Saudi Hospital", "a senior aid official in Gaziantep": the described head before a preposition and
    /// a capitalised place or facility name ending at <paramref name="last"/>, or -1.
    /// </summary>
    private int DescribedBeforePlace(Document document, Sentence sentence, int last)
    {
        if (!document.Tokens[last].IsWord || !document.Tokens[last].IsCapitalised)
        {
            return -1;
        }

        for (var q = last - 1; q > Math.Max(sentence.FirstToken, last - 6); q--)
        {
            var w = document.TokenText(q);
            if (w is "in" or "at" or "of" or "from")
            {
                return lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(q - 1)) ? q - 1 : -1;
            }

            if (!document.Tokens[q].IsWord || !(document.Tokens[q].IsCapitalised || w is "the"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static void AddAppositiveRole(Document document, ActorRecord actor, int first, int end)
    {
        if (end - first is < 2 or > 10)
        {
            return;
        }

        var role = document.Normalized.Substring(document.Tokens[first].Start, document.Tokens[end - 1].End - document.Tokens[first].Start);
        actor.AddAlias(role);
    }

    private int NounPhraseStart(Document document, Sentence sentence, int last)
    {
        var start = last + 1;
        for (var p = last; p >= Math.Max(sentence.FirstToken, last - 6); p--)
        {
            var t = document.Tokens[p];
            if (t.Kind == TokenKind.Possessive && p - 1 >= sentence.FirstToken && document.ActorTable!.AtToken(p - 1) is not null)
            {
                // "Netanyahu's office": the owner belongs to the phrase, and nothing before it does.
                return document.ActorTable.MentionStart(p - 1);
            }

            if (!(t.IsWord || t.Kind == TokenKind.Possessive) || NounPhraseStops.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length))
                || p < last && document.ActorTable!.AtToken(p) is { Type: ActorType.Person })
            {
                break;
            }

            start = p;
            if (p < last && t.IsWord && document.TokenText(p) is "the" or "The" or "a" or "A" or "an" or "An")
            {
                break; // "a claim the military denied": a determiner opens the phrase
            }
        }

        return start;
    }

    /// <summary>The subject ending at token <paramref name="j"/>: a known actor (or several joined by "and"), or a described group.</summary>
    private bool TrySubject(Document document, Sentence sentence, int j, Draft draft, out int subjectStart)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        subjectStart = j + 1;
        var actor = table.AtToken(j);
        if (actor is not null)
        {
            var start = table.MentionStart(j);
            // "Officials in Ukraine said", "a senior U.N. official in the DRC said", "sources close to Hamas say":
            // the described head before the preposition is the subject.
            var back = start - 1;
            while (back > sentence.FirstToken && (document.TokenText(back) is "the" or "and" || table.AtToken(back) is not null))
            {
                back--;
            }

            if (back - 1 >= sentence.FirstToken && document.TokenText(back) is "in" or "of" or "from" or "at" or "to" or "with" or "for")
            {
                var headToken = back - 1;
                if (document.TokenText(headToken) is "connected" or "close" or "linked" or "familiar" or "loyal" or "allied" && headToken - 1 >= sentence.FirstToken)
                {
                    headToken--;
                }

                if (lexicons.DescribedHeads.ContainsKeySpan(document.Normalized.AsSpan(tokens[headToken].Start, tokens[headToken].Length)))
                {
                    return TryDescribed(document, sentence, headToken, j, draft, out subjectStart);
                }

                // "The special representative for Yemen said": a state after a preposition belongs to an unknown head.
                if (actor.Type == ActorType.State && back == start - 1)
                {
                    return false;
                }
            }

            // A document noun: "a joint statement issued by X and Y said".
            draft.Sources.Add(actor);
            subjectStart = start;
            var p = start - 1;
            while (p - 1 >= sentence.FirstToken && (document.TokenText(p) is "and" || document.TokenText(p) is ","))
            {
                var other = table.AtToken(p - 1);
                if (other is null || other == actor)
                {
                    break;
                }

                draft.Sources.Add(other);
                subjectStart = table.MentionStart(p - 1);
                p = subjectStart - 1;
            }

            if (p >= sentence.FirstToken && document.TokenText(p) is "by" or "from" && p - 2 >= sentence.FirstToken)
            {
                // "a statement issued by X said": the subject phrase starts before the document noun.
                subjectStart = NounPhraseStart(document, sentence, p - 1);
                for (var q = subjectStart; q < p; q++)
                {
                    if (DocumentNouns.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)))
                    {
                        return true;
                    }
                }

                draft.Sources.Clear();
                return false;
            }

            // Title words before a person ("regional head Maksym Kozytsky") belong to the subject phrase.
            var np = NounPhraseStart(document, sentence, subjectStart - 1);
            if (np < subjectStart)
            {
                subjectStart = np;
            }

            return true;
        }

        var t = tokens[j];
        if (!t.IsWord)
        {
            return false;
        }

        var head = document.Normalized.Substring(t.Start, t.Length);
        if (lexicons.DescribedHeads.ContainsKey(head))
        {
            if (!TryDescribed(document, sentence, j, j, draft, out subjectStart))
            {
                return false;
            }

            // "Local security officials and residents told": each described group is a source of the same claim.
            var other = subjectStart - 2;
            if (draft.Reference is null && other >= sentence.FirstToken && document.TokenText(subjectStart - 1) is "and" &&
                lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(other)) && TryDescribed(document, sentence, other, other, draft, out var otherStart))
            {
                subjectStart = otherStart;
            }

            return true;
        }

        // "The governor added", "the regional governor said": a role that points back to the person introduced with it,
        // or, when nobody was, the role itself is the source.
        var article = j - 1;
        while (article >= sentence.FirstToken && article > j - 3 && tokens[article].IsWord && tokens[article].IsLower && document.TokenText(article) is not ("the" or "a" or "an"))
        {
            article--;
        }

        if (article >= sentence.FirstToken && document.TokenText(article) is "the" or "The" && t.IsLower &&
            lexicons.Titles.TryMatch(document.Normalized, tokens, j, j + 1, out _, out _))
        {
            draft.PointBack(head.ToLowerInvariant(), j, article, j + 1, person: true);
            subjectStart = article;
            return true;
        }

        if (article - 1 >= sentence.FirstToken && tokens[article].Kind == TokenKind.Possessive && t.IsLower &&
            lexicons.Titles.TryMatch(document.Normalized, tokens, j, j + 1, out _, out _))
        {
            // "Kenya's leader said", "the region's acting governor said": a role owned by a place or body.
            var owner = table.AtToken(article - 1) is not null ? table.MentionStart(article - 1) : article - 1;
            if (owner - 1 >= sentence.FirstToken && document.TokenText(owner - 1) is "the" or "The")
            {
                owner--;
            }

            draft.PointBack(head.ToLowerInvariant(), j, owner, j + 1, person: true);
            subjectStart = owner;
            return true;
        }

        if (DocumentNouns.Contains(head) && j - 2 >= sentence.FirstToken && document.TokenText(j - 1) is "a" or "an" or "the" or "his" or "her" or "its" or "their" && document.TokenText(j - 2) is "in" or "on" or "via" or "by" or "during")
        {
            return false; // "said in a video posted on X": the participle describes the document
        }

        if (DocumentNouns.Contains(head))
        {
            // "X issued a statement saying", "a statement from the ministry said", "the statement also said".
            for (var q = j - 1; q >= Math.Max(sentence.FirstToken, j - 6); q--)
            {
                if (table.AtToken(q) is { } issuer)
                {
                    draft.Sources.Add(issuer);
                    subjectStart = table.MentionStart(q);
                    return true;
                }
            }

            if (j - 1 >= sentence.FirstToken && document.TokenText(j - 1) is "statement" or "the" or "The" or "joint")
            {
                draft.Reference = "statement";
                draft.ReferenceToken = j;
                subjectStart = NounPhraseStart(document, sentence, j);
                return true;
            }

            return false;
        }

        if (t.IsCapitalised)
        {
            // "The Institute for the Study of War in Washington said": a place after the actor is not the subject.
            for (var q = j - 1; q >= Math.Max(sentence.FirstToken + 1, j - 3); q--)
            {
                if (document.TokenText(q) is "in" or "from" or "at" or "based")
                {
                    if (table.AtToken(q - 1) is { } actor2 && actor2.Type != ActorType.State)
                    {
                        draft.Sources.Add(actor2);
                        subjectStart = table.MentionStart(q - 1);
                        return true;
                    }

                    break;
                }
            }
        }

        if (t.IsCapitalised && CapitalisedRoleStart(document, sentence, j) is var roleStart and >= 0)
        {
            // "The National Security Adviser told me": a role named without its holder.
            draft.PointBack(head.ToLowerInvariant(), j, roleStart, j + 1, person: true);
            subjectStart = roleStart;
            return true;
        }

        // "Doctors at the main hospital said", "residents of the camp said": a described head before a place phrase
        // that is no known actor.
        for (var q = j - 1; q > Math.Max(sentence.FirstToken, j - 6); q--)
        {
            if (!tokens[q].IsWord)
            {
                break;
            }

            if (document.TokenText(q) is "in" or "at" or "of" or "from")
            {
                if (lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(q - 1), out var described) &&
                    (described.Plural || q - 2 >= sentence.FirstToken && document.TokenText(q - 2) is "a" or "A" or "an" or "An" or "one" or "One"))
                {
                    return TryDescribed(document, sentence, q - 1, j, draft, out subjectStart);
                }

                break;
            }
        }

        return false;
    }

    private bool TryDescribed(Document document, Sentence sentence, int head, int last, Draft draft, out int subjectStart)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        var text = document.Normalized;
        subjectStart = NounPhraseStart(document, sentence, head);
        var headWord = text.Substring(tokens[head].Start, tokens[head].Length);
        var described = lexicons.DescribedHeads[headWord];
        var first = subjectStart;
        while (first < head && Determiners.ContainsSpan(text.AsSpan(tokens[first].Start, tokens[first].Length)))
        {
            first++;
        }

        var definite = subjectStart < head && text.AsSpan(tokens[subjectStart].Start, tokens[subjectStart].Length).Equals("the", StringComparison.OrdinalIgnoreCase);
        // "the paramilitary force said": a definite singular description with plain adjectives points back too.
        var plainModifiers = definite && !described.Plural && first < head;
        for (var q = first; plainModifiers && q < head; q++)
        {
            plainModifiers = tokens[q].IsWord && tokens[q].IsLower && table.AtToken(q) is null;
        }

        if (first == head && last == head && (definite || !described.Plural && subjectStart < head) || plainModifiers && last == head)
        {
            // "the official said", "the ministry added": a role that points back to an actor already named.
            draft.PointBack(headWord.ToLowerInvariant(), head, subjectStart, last + 1);
            return true;
        }

        if (first == head && last == head && described.Generic == GenericSource.Bare)
        {
            return false; // "experts say": no identifiable source
        }

        if (last == head && described.Generic == GenericSource.Unnamed && IsUnnamed(document, sentence, first, head))
        {
            return false; // "aid groups said", "human rights groups say": a kind of body, not one that can be named
        }

        var name = text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);

        var existing = table.Find(name);
        var record = existing ?? table.GetOrAdd(name, described.Type == ActorType.Person ? ActorType.Person : described.Type, AffiliationIn(document, first, last + 1));
        if (existing is null)
        {
            record.Described = true;
        }

        table.AddLooseMention(record, subjectStart, last + 1);
        draft.Sources.Add(record);
        return true;
    }

    /// <summary>
    /// Whether the words before a head are only lower-case common words ("aid groups", "humanitarian organisations"):
    /// a name, a nationality or a place would make the phrase a source ("Sudanese aid groups").
    /// </summary>
    private bool IsUnnamed(Document document, Sentence sentence, int first, int head)
    {
        for (var q = first; q < head; q++)
        {
            // The sentence's first word is capitalised only because it opens the sentence ("Aid groups said").
            var lower = document.Tokens[q].IsLower || (q == sentence.FirstToken && document.Tokens[q].IsCapitalised && !document.Tokens[q].IsAllCaps);
            if (!lower || document.ActorTable!.AtToken(q) is not null)
            {
                return false;
            }
        }

        return AffiliationIn(document, first, head) is null;
    }

    private string? AffiliationIn(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (lexicons.Demonyms.TryMatch(document.Normalized, document.Tokens, k, end, out var country, out _) ||
                lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, end, out country, out _))
            {
                return country.Name;
            }
        }

        return null;
    }

    /// <summary>A source named right after the cue: "said Serhii Popko", "said the official", "said a spokesman for the army".</summary>
    private bool TrySourceAfter(Document document, Sentence sentence, int k, Draft draft, out int end, bool afterCue = false)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        end = k;
        var p = k;
        while (p < sentence.EndToken && tokens[p].IsWord && Determiners.ContainsSpan(document.Normalized.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            p++;
        }

        if (p >= sentence.EndToken)
        {
            return false;
        }

        // "said Dr. Layla Haddad": a title the recogniser left out of the name.
        var titled = p;
        while (titled < Math.Min(sentence.EndToken - 1, p + 4) && table.AtToken(titled) is null &&
               (document.Tokens[titled].IsWord && document.Tokens[titled].IsCapitalised || document.TokenText(titled) is "."))
        {
            titled++;
        }

        if (titled > p && table.AtToken(titled) is { Type: ActorType.Person })
        {
            p = titled;
        }

        var actor = table.AtToken(p);
        if (actor is not null)
        {
            draft.Sources.Add(actor);
            var q = p;
            while (q < sentence.EndToken && table.AtToken(q) == actor)
            {
                q++;
            }

            // "said Ukrainian units held the line": an actor that a verb follows is the subject of the content.
            if (afterCue && q < sentence.EndToken && tokens[q].IsWord && tokens[q].IsLower &&
                !TimeWords.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)) &&
                !SourceFollowers.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)))
            {
                draft.Sources.Clear();
                return false;
            }

            end = q;
            return true;
        }

        if (tokens[p].IsWord && Pronouns.ContainsSpan(document.Normalized.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            draft.Reference = document.Normalized.Substring(tokens[p].Start, tokens[p].Length).ToLowerInvariant();
            draft.ReferenceToken = p;
            end = p + 1;
            return true;
        }

        // A described phrase: up to five words ending in a described head ("a senior military official").
        for (var q = p; q < Math.Min(sentence.EndToken, p + 5); q++)
        {
            var t = tokens[q];
            if (!t.IsWord)
            {
                break;
            }

            if (lexicons.DescribedHeads.ContainsKeySpan(document.Normalized.AsSpan(t.Start, t.Length)))
            {
                // "said a spokesman for the army, Col. X": prefer a named person right after.
                var named = q + 2 < sentence.EndToken && document.TokenText(q + 1) is "," ? table.AtToken(q + 2) : null;
                if (named is not null && named.Type == ActorType.Person)
                {
                    draft.Sources.Add(named);
                    end = q + 3;
                    return true;
                }

                end = q + 1;
                if (!TryDescribed(document, sentence, q, q, draft, out _))
                {
                    return false;
                }

                // "according to officials and residents": both groups are sources.
                if (draft.Reference is null && q + 2 < sentence.EndToken && document.TokenText(q + 1) is "and" &&
                    lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(q + 2)) && TryDescribed(document, sentence, q + 2, q + 2, draft, out _))
                {
                    end = q + 3;
                }

                return true;
            }
        }

        return false;
    }

    private bool HasThatClause(Document document, Sentence sentence, int k)
    {
        for (var p = k + 1; p < Math.Min(sentence.EndToken, k + 10); p++)
        {
            var w = document.TokenText(p);
            if (w is "that")
            {
                return true;
            }

            if (document.Tokens[p].Kind == TokenKind.Punctuation && w is not ("'" or "-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The content before a trailing attribution: the quote or clause up to the comma before the source.</summary>
    private static (int Start, int End) LeftContent(Document document, Sentence sentence, int subjectStart, int afterCue)
    {
        var tokens = document.Tokens;
        var text = document.Normalized;
        var last = subjectStart - 1;
        while (last >= sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is ',' or '"' or '\'' or '-' or ':')
        {
            last--;
        }

        if (last < sentence.FirstToken)
        {
            return (0, 0);
        }

        var end = tokens[last].End;
        var closesQuote = subjectStart - 1 > last && HasQuoteBetween(document, last + 1, subjectStart);
        var start = sentence.Start;
        if (closesQuote)
        {
            // The opening quote may be sentences back in the same paragraph.
            var open = FindOpeningQuote(document, sentence, last);
            if (open >= 0)
            {
                start = tokens[open].End;
            }
        }
        else if (text[tokens[sentence.FirstToken].Start] == '"')
        {
            start = tokens[sentence.FirstToken].End;
        }
        else if (DatelineEnd(document, sentence) is var afterDateline and > 0)
        {
            start = tokens[afterDateline].Start; // "KYIV - ...": the dateline is not part of the statement
        }

        // An interrupted quote: '"A," the official said, "B."' is one claim spanning both parts.
        var p = afterCue;
        while (p < sentence.EndToken && tokens[p].IsWord && TimeWords.ContainsSpan(text.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            p++;
        }

        if (closesQuote && p + 1 < document.TokenCount && text[tokens[p].Start] == ',' && text[tokens[p + 1].Start] == '"')
        {
            var close = FindClosingQuote(document, p + 2, sentence.Paragraph);
            if (close > p + 2)
            {
                end = TrimEnd(document, close - 1);
            }
        }

        return (start, end);
    }

    /// <summary>The first token after a dateline ("GAZA CITY -", "KYIV, Ukraine -"), or 0 when the sentence has none.</summary>
    private static int DatelineEnd(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (!tokens[sentence.FirstToken].IsAllCaps)
        {
            return 0;
        }

        for (var q = sentence.FirstToken + 1; q < Math.Min(sentence.EndToken - 1, sentence.FirstToken + 9); q++)
        {
            var t = tokens[q];
            if (t.Kind == TokenKind.Punctuation && document.Normalized[t.Start] == '-' && t.Start > tokens[q - 1].End)
            {
                return q + 1;
            }

            // "KHARTOUM, Sudan (AP) -": the agency in brackets belongs to the dateline.
            if (!(t.IsWord && (t.IsAllCaps || t.IsCapitalised) || document.Normalized[t.Start] is ',' or '(' or ')'))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool HasQuoteBetween(Document document, int first, int end)
    {
        for (var p = first; p < end; p++)
        {
            if (document.Normalized[document.Tokens[p].Start] == '"')
            {
                return true;
            }
        }

        return false;
    }

    private static int FindOpeningQuote(Document document, Sentence sentence, int last)
    {
        var text = document.Normalized;
        var limit = sentence.FirstToken;
        // Walk back through earlier sentences of the same paragraph.
        var si = document.SentenceAt(sentence.Start);
        while (si > 0 && document.Sentences[si - 1].Paragraph == sentence.Paragraph && sentence.FirstToken - document.Sentences[si - 1].FirstToken < 400)
        {
            si--;
        }

        limit = document.Sentences[Math.Max(0, si)].FirstToken;
        for (var p = last; p >= limit; p--)
        {
            if (document.Tokens[p].Kind == TokenKind.Punctuation && text[document.Tokens[p].Start] == '"')
            {
                return p;
            }
        }

        return -1;
    }

    private static int FindClosingQuote(Document document, int from, int paragraph)
    {
        var text = document.Normalized;
        for (var p = from; p < Math.Min(document.TokenCount, from + 1500); p++)
        {
            var t = document.Tokens[p];
            if (t.NewlinesBefore >= 2)
            {
                return -1;
            }

            if (t.Kind == TokenKind.Punctuation && text[t.Start] == '"')
            {
                return p;
            }
        }

        return -1;
    }

    private static int TrimEnd(Document document, int last)
    {
        while (last > 0 && document.Tokens[last].Kind == TokenKind.Punctuation && document.Normalized[document.Tokens[last].Start] is ',' or '.' or ';' or ':' or '"')
        {
            last--;
        }

        return document.Tokens[last].End;
    }

    /// <summary>The content after the cue: skips "that", the addressee of "told", time and venue adjuncts, and a colon.</summary>
    private (int Start, int End) RightContent(Document document, Sentence sentence, int k, CueDefinition cue)
    {
        var tokens = document.Tokens;
        var text = document.Normalized;
        var p = k + 1;
        var thatAt = -1;
        var telling = document.TokenText(k) is "told" or "tells" or "tell";
        for (var q = p; q < Math.Min(sentence.EndToken, p + (telling ? 20 : 12)); q++)
        {
            var w = document.TokenText(q);
            if (w is "that")
            {
                thatAt = q;
                break;
            }

            // "told reporters via a video call from the capital, Kinshasa, that ...": the addressee phrase may hold commas.
            // "said on March 12, 2024, that ...": the commas of a date do not end the search for "that".
            var dateComma = w is "," && q > p && tokens[q - 1].Kind == TokenKind.Number;
            if (tokens[q].Kind == TokenKind.Punctuation && w is not ("'" or "-" or ".") && !(telling && w is ",") && !dateComma)
            {
                break;
            }

            // "said in a report last month that": a cue word after a determiner is a noun of the venue.
            if (lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) && !(q > p && document.TokenText(q - 1) is "a" or "an" or "the" or "its" or "his" or "her" or "their"))
            {
                break;
            }
        }

        var tells = document.TokenText(k) is "told" or "tells" or "tell" or "informed" or "informs" or "assured" or "assures" or "warned";
        if (thatAt >= 0 && (thatAt - p <= 2 || tells || AllAdjunct(document, p, thatAt)))
        {
            p = thatAt + 1;
        }
        else
        {
            // "urged all sides to de-escalate" keeps its addressee: who is urged is part of what was demanded.
            var isTell = document.TokenText(k) is "told" or "tells" or "tell" or "warned";
            if (isTell && p + 3 < sentence.EndToken && document.TokenText(p) is "us" or "me" or "him" or "her" or "them" or "reporters" or "journalists")
            {
                p++; // "Central Command tells us the vessel continued": the addressee is not the content
            }
            else if (isTell && document.ActorTable!.AtToken(p) is { } addressee)
            {
                // "Witnesses told Reuters they saw smoke": the named addressee is not the content either.
                var after = p;
                while (after < sentence.EndToken && document.ActorTable.AtToken(after) == addressee)
                {
                    after++;
                }

                if (after + 2 < sentence.EndToken && tokens[after].IsWord && tokens[after].IsLower)
                {
                    p = after;
                }
            }
            else if (isTell)
            {
                // "told reporters", "told Reuters": the addressee is not the content.
                var q = p;
                while (q < sentence.EndToken && q < p + 4 && tokens[q].IsWord && !(document.TokenText(q) is "to"))
                {
                    q++;
                }

                if (q < sentence.EndToken && (document.TokenText(q) is "to" || tokens[q].Kind == TokenKind.Punctuation))
                {
                    p = document.TokenText(q) is "to" ? q : q;
                }
            }

            if (document.TokenText(k) is "called" or "calls" && p < sentence.EndToken && document.TokenText(p) is "for" or "on")
            {
                p++;
            }

            // "saying Tuesday's attack ...": a day that owns something is the content's subject, not a time adjunct.
            while (p < sentence.EndToken && tokens[p].IsWord && !(p + 1 < sentence.EndToken && tokens[p + 1].Kind == TokenKind.Possessive) &&
                   (IsDateWord(document.TokenText(p)) || document.TokenText(p) is "on" or "late" or "early" or "last" or "this" && p + 1 < sentence.EndToken && IsDateWord(document.TokenText(p + 1))))
            {
                p++;
            }
        }

        while (p < sentence.EndToken && tokens[p].Kind == TokenKind.Punctuation && text[tokens[p].Start] is ',' or ':' or '-')
        {
            p++;
        }

        if (p >= sentence.EndToken)
        {
            return (0, 0);
        }

        // "said during a meeting with the envoy, 'We will not tolerate this'": the venue phrase ends at the quote.
        if (tokens[p].IsWord && document.TokenText(p) is "during" or "in" or "at" or "on" or "after" or "before" or "while" or "when")
        {
            for (var q = p + 1; q + 1 < Math.Min(sentence.EndToken, p + 20); q++)
            {
                if (text[tokens[q].Start] == ',' && text[tokens[q + 1].Start] == '"')
                {
                    p = q + 1;
                    break;
                }

                if (text[tokens[q].Start] is '"' or ';' or ':')
                {
                    break;
                }
            }
        }

        var startsQuote = text[tokens[p].Start] == '"';
        if (startsQuote)
        {
            p++;
        }

        if (p >= sentence.EndToken)
        {
            return (0, 0);
        }

        var last = sentence.EndToken - 1;
        if (startsQuote && !HasQuoteBetween(document, p, sentence.EndToken))
        {
            var close = FindClosingQuote(document, p, sentence.Paragraph);
            if (close > p)
            {
                last = close - 1;
            }
        }

        // "He called X and urged Y": the next coordinated cue starts its own claim.
        for (var q = p + 1; q < last; q++)
        {
            // "A - you even said so - and B": an aside with its own cue ends the content.
            if (document.TokenText(q) is "-" && tokens[q].Start > tokens[q - 1].End && HasCueWithin(document, q + 1, Math.Min(last, q + 5)))
            {
                last = q - 1;
                break;
            }

            // "has denied that A and has told my office that B": an auxiliary may stand between "and" and the cue.
            var nextCue = q + 1 < sentence.EndToken && document.TokenText(q + 1) is "has" or "have" or "had" or "also" ? q + 2 : q + 1;
            if (document.TokenText(q) is "and" or "but" && nextCue < sentence.EndToken && lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(nextCue), out var next) && next.Kind != CueKind.Cognition)
            {
                last = q - 1;
                break;
            }

            // "told that talks are under way, and we would welcome B": the speaker's own voice is not the reported content.
            if (document.TokenText(q) is "," && q + 2 < last && document.TokenText(q + 1) is "and" or "but" && document.TokenText(q + 2) is "we" or "I")
            {
                last = q - 1;
                break;
            }

            // In a transcript turn, "the junta says A, but B": after "but" the speaker answers in their own voice.
            if (sentence.Turn >= 0 && document.TokenText(q) is "," && q + 2 < last && document.TokenText(q + 1) is "but")
            {
                last = q - 1;
                break;
            }

            // "denied targeting civilians, blaming the rebels": a participle after a gerund content starts an aside.
            if (document.TokenText(q) is "," && q + 1 < last && IsParticiple(document, q + 1) && tokens[q + 1].IsLower && IsGerundAt(document, tokens[p].Start))
            {
                last = q - 1;
                break;
            }

            // "accused Y of X, citing a report": the evidence cited is not part of the accusation.
            if (document.TokenText(q) is "," && q + 1 < last && document.TokenText(q + 1) is "citing" or "quoting")
            {
                last = q - 1;
                break;
            }

            // "urged A to act, saying B", "said A, while acknowledging B": the participle cue starts its own claim.
            var participleAt = q + 2 < last && document.TokenText(q + 1) is "while" or "also" ? q + 2 : q + 1;
            if (document.TokenText(q) is "," && participleAt < last && IsParticiple(document, participleAt) &&
                lexicons.Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(participleAt), out var participle) && participle.Kind == CueKind.Speech)
            {
                last = q - 1;
                break;
            }

            // "..., according to X": the attribution is not part of the content.
            if (document.TokenText(q) is "according" && document.TokenText(q + 1) is "to")
            {
                last = q - 1;
                break;
            }
        }

        while (last > p && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is ',' or '.' or ';' or ':' or '"' or '\'' or '-')
        {
            last--;
        }

        return (tokens[p].Start, tokens[last].End);
    }

    private static bool IsDateWord(ReadOnlySpan<char> word) =>
        word is "week" or "weekend" or "night" or "morning" or "evening" or "afternoon" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today" or "yesterday"
            or "tonight" or "overnight" or "earlier" or "later" or "also" or "again" or "repeatedly" or "recently" or "separately";

    private bool AllAdjunct(Document document, int first, int end)
    {
        for (var q = first; q < end; q++)
        {
            var t = document.Tokens[q];
            // "on March 12, 2024, that": a comma after the day or year belongs to the date.
            if (t.Kind == TokenKind.Punctuation && document.Normalized[t.Start] != '\'' &&
                !(document.Normalized[t.Start] == ',' && q > first && document.Tokens[q - 1].Kind == TokenKind.Number))
            {
                return false;
            }

            if (t.IsWord && !t.IsCapitalised && !TimeWords.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length)) && document.ActorTable!.AtToken(q) is null)
            {
                return false;
            }
        }

        return true;
    }

    private void AccordingTo(Document document, int si, int k)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        var text = document.Normalized;
        var draft = new Draft();
        var p = k + 2;
        if (!TrySourceAfter(document, sentence, p, draft, out var sourceEnd))
        {
            return;
        }

        // "according to a statement from the ministry": the issuer is the source.
        int start, end;
        var atStart = k == sentence.FirstToken || (k == sentence.FirstToken + 1 && tokens[sentence.FirstToken].Kind == TokenKind.Punctuation);
        var governsRight = !atStart && tokens[k - 1].IsWord && document.TokenText(k - 1) is "where" or "that" or "which" or "and" or "but" or "as";
        if (governsRight && sourceEnd + 3 < sentence.EndToken)
        {
            // "a district where, according to locals, there have been no clashes": the clause after the source.
            var first = sourceEnd;
            while (first < sentence.EndToken && tokens[first].Kind == TokenKind.Punctuation)
            {
                first++;
            }

            if (first >= sentence.EndToken)
            {
                return;
            }

            start = tokens[first].Start;
            end = TrimEnd(document, sentence.EndToken - 1);
        }
        else if (atStart)
        {
            var q = sourceEnd;
            while (q < sentence.EndToken && text[tokens[q].Start] != ',')
            {
                q++;
            }

            if (q + 1 >= sentence.EndToken)
            {
                return;
            }

            start = tokens[q + 1].Start;
            var last = sentence.EndToken - 1;
            while (last > q + 1 && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            end = tokens[last].End;
        }
        else
        {
            var last = k - 1;
            while (last >= sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            if (last < sentence.FirstToken)
            {
                return;
            }

            start = text[tokens[sentence.FirstToken].Start] == '"' ? tokens[sentence.FirstToken].End : sentence.Start;
            end = tokens[last].End;
        }

        if (end - start < 3)
        {
            return;
        }

        draft.SubjectToken = k;
        Add(document, si, k, new CueDefinition("according to", Evidentiality.Reported, CueKind.Speech), draft, start, end, "according to");
    }

    /// <summary>
    /// "Zelensky's claim that Russia had lost 1,000 troops could not be verified": the owner of a reporting noun is the
    /// source, and the that-clause up to the sentence's own main verb is the content.
    /// </summary>
    private void NominalClaim(Document document, int si, int k, Evidentiality evidentiality)
    {
        var sentence = document.Sentences[si];
        var tokens = document.Tokens;
        var draft = new Draft();
        if (!TrySubject(document, sentence, k - 2, draft, out var subjectStart))
        {
            return;
        }

        var first = k + 2;
        var last = sentence.EndToken - 1;
        var ownVerb = false;
        var inChain = false;
        for (var q = first; q < sentence.EndToken; q++)
        {
            var w = document.TokenText(q);
            if (tokens[q].Kind == TokenKind.Punctuation && w is ";" or "?" or "!")
            {
                last = q - 1;
                break;
            }

            var isAux = MainVerbs.ContainsSpan(w) || w is "not" or "been" or "be" or "being" || w.EndsWith("ly", StringComparison.Ordinal);
            var isVerb = isAux || tokens[q].IsWord && tokens[q].IsLower && w.EndsWith("ed", StringComparison.Ordinal);
            if (!ownVerb)
            {
                ownVerb = isVerb;
                inChain = isAux;
                continue;
            }

            // "were harmed": the clause's own verb group runs through its auxiliaries to the first full verb.
            if (inChain && isVerb)
            {
                inChain = isAux;
                continue;
            }

            inChain = false;
            if (MainVerbs.ContainsSpan(w) && q - 1 > first)
            {
                last = q - 1;
                break;
            }
        }

        var end = TrimEnd(document, last);
        var start = tokens[first].Start;
        if (end - start < 3 || WordCount(document, start, end) < 3)
        {
            return;
        }

        draft.SubjectToken = subjectStart;
        Add(document, si, k, new CueDefinition(document.TokenText(k).ToString(), evidentiality, CueKind.Speech), draft, start, end);
    }

    /// <summary>A quoted sentence with no cue continues the last speaker quoted in the same paragraph.</summary>
    private static void OrphanQuote(Document document, int si)
    {
        var sentence = document.Sentences[si];
        if (document.ClaimDrafts.Count == 0 || document.Normalized[sentence.Start] != '"')
        {
            return;
        }

        var previous = document.ClaimDrafts[^1];
        if (document.Sentences[previous.Sentence].Paragraph != sentence.Paragraph || previous.End > sentence.Start)
        {
            return;
        }

        var close = FindClosingQuote(document, sentence.FirstToken + 1, sentence.Paragraph);
        var last = close > sentence.FirstToken + 1 ? close - 1 : sentence.EndToken - 1;
        var end = TrimEnd(document, last);
        var start = document.Tokens[sentence.FirstToken + 1 < document.TokenCount ? sentence.FirstToken + 1 : sentence.FirstToken].Start;
        if (end - start < 3)
        {
            return;
        }

        var draft = new ClaimDraft
        {
            Cue = previous.Cue,
            CueToken = previous.CueToken,
            Evidentiality = previous.Evidentiality,
            Start = start,
            End = end,
            Sentence = si,
            Reference = previous.Reference,
            ReferenceToken = previous.ReferenceToken,
        };
        draft.Sources.AddRange(previous.Sources);
        document.ClaimDrafts.Add(draft);
    }

    /// <summary>
    /// In a transcript turn, the parts of a sentence outside a reported statement are the speaker's own: "The Africa
    /// Corps reports to the ministry, and Moscow has said A" or "The junta says A, but B".
    /// </summary>
    private static void TurnRemainder(Document document, int si, ActorRecord speaker, int firstDraft)
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

    private static int FirstTokenAtOrAfter(Document document, Sentence sentence, int offset)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && document.Tokens[k].Start < offset)
        {
            k++;
        }

        return k;
    }

    /// <summary>In a transcript, a speaker's declarative sentence (or the part in [<paramref name="from"/>, <paramref name="to"/>)) is that speaker's claim.</summary>
    private static void TurnAssertion(Document document, int si, ActorRecord? speaker, int from, int to)
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
        if (text[tokens[last].Start] is '?' || WordCount(document, sentence.Start, tokens[last].End) < 3 && !HasWord(document, sentence, Verdicts))
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
        if (first is "Thank" or "Thanks" or "Good" or "Okay" or "OK" or "Yes" or "No" or "Well" or "Let" or "Please" or "So" or "Turning")
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

    private static void AddTurnClaim(Document document, int si, ActorRecord speaker, int cueToken, int start, int end)
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
    private static bool DeclinesToSay(Document document, Sentence sentence)
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
                if (verb is "comment" or "preview" or "confirm" or "discuss" or "speculate" or "get" or "go" or "talk" or "have" or "share" or
                    "disclose" or "reveal" or "characterize" or "characterise" or "detail" or "provide" or "offer" or "weigh" or "answer" or "address" or "know")
                {
                    return true;
                }

                if (verb is not ("going" or "to" or "be" or "able" or "in" or "a" or "position" or "want" or "really" or "any" or "have"))
                {
                    break;
                }
            }

            return false;
        }

        return false;
    }

    private static readonly FrozenSet<string> Verdicts = FrozenSet.ToFrozenSet(
        ["false", "untrue", "incorrect", "wrong", "baseless", "nonsense", "true", "correct", "accurate", "inaccurate", "fabricated"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "remains", "remain",
         "say", "says", "want", "need", "hope", "expect", "believe", "continue", "continues"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FrameHeads = FrozenSet.ToFrozenSet(
        ["clear", "information", "assessment", "understanding", "view", "position", "say", "belief"], StringComparer.OrdinalIgnoreCase);

    private static bool HasWord(Document document, Sentence sentence, FrozenSet<string> words)
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

    private static bool HasFiniteVerb(Document document, Sentence sentence)
    {
        var lookup = FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
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
    private static int FrameEnd(Document document, Sentence sentence)
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
            var frame = w is "that" && (FrameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev) || prev is "is") ||
                w is "is" && first is "What" && prev is "say";
            if (frame && document.Tokens[q + 1].IsWord && sentence.EndToken - q > 4)
            {
                return document.TokenText(q + 1) is "that" && q + 2 < sentence.EndToken ? document.Tokens[q + 2].Start : document.Tokens[q + 1].Start;
            }
        }

        return sentence.Start;
    }

    private static ActorRecord?[] SpeakersOfTurns(Document document)
    {
        var speakers = new ActorRecord?[document.Turns.Count];
        for (var i = 0; i < document.Turns.Count; i++)
        {
            var turn = document.Turns[i];
            for (var k = turn.LabelEndToken - 1; k >= turn.LabelFirstToken; k--)
            {
                if (document.ActorTable!.AtToken(k) is { Type: ActorType.Person } person)
                {
                    speakers[i] = person;
                    break;
                }
            }

            // "Q: ... A: ...": the answers are the interviewee's, the first person the introduction names.
            if (speakers[i] is null && turn.LabelEndToken - turn.LabelFirstToken == 1 && document.TokenText(turn.LabelFirstToken) is "A" or "ANSWER" or "Answer")
            {
                speakers[i] = Interviewee(document);
            }
            else if (speakers[i] is null && turn.LabelEndToken - turn.LabelFirstToken <= 2)
            {
                // "SPOKESPERSON:", "THE PRESIDENT:": the person the introduction gives that role.
                speakers[i] = IntroPersonWithRole(document, document.TokenText(turn.LabelEndToken - 1).ToString().ToLowerInvariant());
            }
        }

        return speakers;
    }

    private static ActorRecord? IntroPersonWithRole(Document document, string role)
    {
        var introEnd = document.Turns.Count > 0 ? document.Turns[0].LabelFirstToken : 0;
        for (var k = 0; k < introEnd; k++)
        {
            if (document.ActorTable!.AtToken(k) is { Type: ActorType.Person } person && person.Roles.Contains(role))
            {
                return person;
            }
        }

        return null;
    }

    private static ActorRecord? Interviewee(Document document)
    {
        var introEnd = document.Turns.Count > 0 ? document.Turns[0].LabelFirstToken : 0;
        for (var k = 0; k < introEnd; k++)
        {
            if (document.ActorTable!.AtToken(k) is { Type: ActorType.Person } person)
            {
                return person;
            }
        }

        return null;
    }

    private static void Add(Document document, int si, int k, CueDefinition cue, Draft draft, int start, int end, string? cueText = null)
    {
        var claim = new ClaimDraft
        {
            Cue = cueText ?? document.Text.Substring(document.Tokens[k].Start, document.Tokens[k].Length),
            CueToken = k,
            Evidentiality = cue.Evidentiality,
            Start = start,
            End = end,
            Sentence = si,
            Reference = draft.Reference,
            ReferenceToken = draft.ReferenceToken,
            FallbackFirst = draft.FallbackFirst,
            FallbackEnd = draft.FallbackEnd,
            FallbackPerson = draft.FallbackPerson,
            AttributionStart = draft.SubjectToken >= 0 && draft.SubjectToken < document.TokenCount ? document.Tokens[draft.SubjectToken].Start : -1,
        };
        claim.Sources.AddRange(draft.Sources);
        document.ClaimDrafts.Add(claim);
    }

    private sealed class Draft
    {
        public List<ActorRecord> Sources { get; } = [];
        public string? Reference { get; set; }
        public int ReferenceToken { get; set; } = -1;
        public int SourceAfterEnd { get; set; }
        public bool ContinuesPrevious { get; set; }
        public int FallbackFirst { get; set; } = -1;
        public int FallbackEnd { get; set; } = -1;
        public bool FallbackPerson { get; set; }
        public int SubjectToken { get; set; } = -1;

        /// <summary>
        /// The source is a role or noun that points back to an actor named earlier ("the ministry", "the governor");
        /// when none is found, the words from <paramref name="first"/> to <paramref name="end"/> stand for it.
        /// </summary>
        public void PointBack(string reference, int token, int first, int end, bool person = false)
        {
            Reference = reference;
            ReferenceToken = token;
            FallbackFirst = first;
            FallbackEnd = end;
            FallbackPerson = person;
        }
    }
}
