using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>The content after a cue ("said (that) ...", "told reporters ..."): where it starts past adjuncts and addressees, where it ends, and whether there is any.</summary>
internal sealed class ContentAfterCue(ExtractionLexicons lexicons)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>The content after the cue: skips "that", the addressee of "told", time and venue adjuncts, and a colon.</summary>
    internal (int Start, int End) RightContent(Document document, Sentence sentence, int k, CueDefinition cue)
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

            // "He cautioned, however, that ...": an aside right after the cue is not content.
            if (q == p && w is "," && q + 3 < sentence.EndToken && _words.AsideOpeners.ContainsSpan(document.TokenText(q + 1)) && document.TokenText(q + 2) is ",")
            {
                p = q + 3;
                q += 2;
                continue;
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

        // "rejected that view.": a "that" with less than a clause after it points at something; it opens no content.
        var words = 0;
        for (var q = thatAt + 1; thatAt >= 0 && q < sentence.EndToken && tokens[q].Kind != TokenKind.Punctuation; q++)
        {
            words++;
        }

        if (thatAt >= 0 && words < 2)
        {
            thatAt = -1;
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
                    p = q;
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
                // "..., 'We will not tolerate this'": a single quote mark after a comma opens a quote too.
                if (text[tokens[q].Start] == ',' && text[tokens[q + 1].Start] is '"' or '\'')
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
        if (startsQuote || text[tokens[p].Start] == '\'' && tokens[p].Kind == TokenKind.Punctuation)
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

            // In a transcript turn, "the governor has said A, and people do not believe him": a new clause after ", and"
            // is the speaker's own comment on the report.
            if (sentence.Turn >= 0 && document.TokenText(q) is "," && q + 3 < last && document.TokenText(q + 1) is "and" && OpensClause(document, q + 2, last))
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

            // "accused Y of X, which Y denies": the other party's answer is not part of the accusation.
            if (document.TokenText(q) is "," && q + 2 < last && document.TokenText(q + 1) is "which" && HasCueWithin(document, q + 2, Math.Min(last + 1, q + 5)))
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

    /// <summary>
    /// "people in Culiacan do not believe him", "Asmara reads that as a threat", "most of them were in the city": a
    /// subject that is no continuation of a list ("and that", "and Soledar") and a finite verb within a few words.
    /// </summary>
    private bool OpensClause(Document document, int first, int last)
    {
        var tokens = document.Tokens;
        var w = document.TokenText(first);
        if (!tokens[first].IsWord || w is "that" or "then" or "also" or "so" or "not" || tokens[first].IsLower && !_words.Determiners.ContainsSpan(w) &&
            w is not ("people" or "most" or "many" or "some" or "none" or "all" or "they" or "he" or "she" or "it"))
        {
            return false;
        }

        for (var q = first + 1; q <= Math.Min(last, first + 5); q++)
        {
            if (!tokens[q].IsWord)
            {
                return false;
            }

            var v = document.TokenText(q);
            // Not "-ed": "and several projectiles fired from the south" goes on with the list.
            if (tokens[q].IsLower && (_words.FiniteVerbs.ContainsSpan(v) ||
                v.Length > 3 && v[^1] == 's' && v[^2] is not ('s' or 'u' or 'i') && q > first && !_words.Determiners.ContainsSpan(document.TokenText(q - 1))))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDateWord(ReadOnlySpan<char> word) => _words.DateWords.ContainsSpan(word);

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

            if (t.IsWord && !t.IsCapitalised && !_words.AdjunctWords.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length)) && document.ActorTable!.AtToken(q) is null)
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Whether anything but time and venue words ("on Saturday", "in a statement") follows position <paramref name="p"/>.</summary>
    internal bool RightHasContent(Document document, Sentence sentence, int p)
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

            if (t.IsWord && (_words.AdjunctWords.ContainsSpan(document.Normalized.AsSpan(t.Start, t.Length)) || table.AtToken(q) is not null || t.IsCapitalised))
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

    internal bool StartsQuoteAfterComma(Document document, Sentence sentence, int p)
    {
        while (p < sentence.EndToken && document.Tokens[p].IsWord && _words.AdjunctWords.ContainsSpan(document.Normalized.AsSpan(document.Tokens[p].Start, document.Tokens[p].Length)))
        {
            p++;
        }

        return p + 1 < document.TokenCount && document.TokenText(p) is "," && document.TokenText(p + 1) is "\"";
    }

    internal bool HasThatClause(Document document, Sentence sentence, int k)
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
}
