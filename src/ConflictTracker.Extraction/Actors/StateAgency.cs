using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Whether a named state acts in its sentence ("Russia launched", "Russia's invasion") or is only a place.</summary>
internal sealed class StateAgency(ExtractionLexicons lexicons)
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "into", "of", "to", "at", "from", "across", "throughout", "inside", "within", "near", "toward", "towards", "against",
         "for", "on", "over", "with", "through", "around", "via", "between", "about", "under", "outside", "beyond", "like", "onto",
         "including", "and", "or", "as", "than", "besides", "among", "amid", "after", "before", "without", "upon", "off", "by"],
        StringComparer.OrdinalIgnoreCase);

    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>A state acts when it is the subject of a verb or owns an action ("Russia launched", "Russia's invasion"), not when it is a place.</summary>
    public bool IsAgentive(Document document, ActorTable table, Sentence sentence, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var before = first - 1;
        if (before > sentence.FirstToken && document.TokenText(before) is "the" or "The")
        {
            before--; // "the Netherlands", "The United States"
        }
        else if (before == sentence.FirstToken && document.TokenText(before) is "The")
        {
            before--;
        }

        if (IsPartyBetween(document, sentence, before) ||
            before - 2 >= sentence.FirstToken && document.TokenText(before) is "and" && IsPartyBetween(document, sentence, PartyStart(document, sentence, before - 1) - 1))
        {
            return true; // "the war between Russia and Ukraine": both sides act
        }

        if (before >= sentence.FirstToken)
        {
            var previous = tokens[before];
            var word = text.AsSpan(previous.Start, previous.Length);
            if (previous.IsWord && Prepositions.ContainsSpan(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "weapons supplied by the United States", "a truce mediated by Qatar": the agent of a passive acts.
            if (word is "by" && before - 1 >= sentence.FirstToken && IsParticiple(text, tokens[before - 1]))
            {
                return true;
            }

            if (previous.IsWord && previous.IsLower && word is not ("and" or "by" or "that" or "but" or "while" or "when" or "as") && !lexicons.Cues.ContainsKeySpan(word))
            {
                return false; // "the Russia-Ukraine war", "neighbouring Ukraine"
            }
        }

        if (end >= sentence.EndToken)
        {
            return false;
        }

        var next = tokens[end];
        if (next.Kind == TokenKind.Possessive)
        {
            // "Pakistan's Ministry of Interior said": the named body acts; the state only owns it.
            return end + 1 < sentence.EndToken && _words.AgentiveAfterPossessive.ContainsSpan(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length)) &&
                !IsNamedBodyAt(document, sentence, end + 1);
        }

        if (next.Kind == TokenKind.Punctuation)
        {
            // "Australia, Canada and the Netherlands issued a statement": look past a list of states.
            if (text[next.Start] == ',' && end + 1 < sentence.EndToken)
            {
                var other = end + 1;
                if (other < sentence.EndToken && document.TokenText(other) is "and")
                {
                    other++;
                }

                if (other < sentence.EndToken && document.TokenText(other) is "the")
                {
                    other++;
                }

                if (other < sentence.EndToken && lexicons.CountryNames.TryMatch(text, tokens, other, sentence.EndToken, out _, out var otherEnd))
                {
                    return IsAgentive(document, table, sentence, other, otherEnd);
                }
            }

            return false;
        }

        if (!next.IsWord || !next.IsLower)
        {
            return false;
        }

        var nextWord = text.AsSpan(next.Start, next.Length);
        if (nextWord is "and" && end + 1 < sentence.EndToken)
        {
            var other = end + 1 < sentence.EndToken && document.TokenText(end + 1) is "the" ? end + 2 : end + 1;
            if (other < sentence.EndToken && lexicons.CountryNames.TryMatch(text, tokens, other, sentence.EndToken, out _, out var otherEnd))
            {
                return IsAgentive(document, table, sentence, other, otherEnd);
            }

            // "the U.S. and its allies have shipped": the verb after the partners decides.
            if (other + 2 < sentence.EndToken && document.TokenText(other) is "its" or "their" && document.TokenText(other + 1) is "allies" or "partners" or "backers" or "proxies")
            {
                return IsAgentive(document, table, sentence, first, other + 2);
            }

            return false;
        }

        return !Prepositions.ContainsSpan(nextWord) && nextWord is not ("is" or "was") || IsVerbAfterBe(text, tokens, end, sentence.EndToken);
    }

    /// <summary>Whether a capitalised organisation name starts at <paramref name="first"/> ("Ministry of Interior", "Defence Ministry").</summary>
    public bool IsNamedBodyAt(Document document, Sentence sentence, int first)
    {
        for (var k = first; k < sentence.EndToken && k < first + 8; k++)
        {
            var t = document.Tokens[k];
            if (PersonNames.IsPluralPossessiveInName(document, k))
            {
                continue;
            }

            if (k > first && document.Normalized[t.Start] == '(' && k + 1 < sentence.EndToken && document.Tokens[k + 1].IsAllCaps)
            {
                return true; // "Sudan People's Liberation Movement-In Opposition (SPLM-IO)": a name defining its acronym
            }

            if (!t.IsWord || t.NewlinesBefore > 0 || !t.IsCapitalised && document.TokenText(k) is not ("of" or "for" or "and" or "the"))
            {
                return false;
            }

            if (t.IsCapitalised && lexicons.OrgHeads.ContainsKeySpan(document.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the war between Russia and Ukraine": both parties to a conflict noun act.</summary>
    private bool IsPartyBetween(Document document, Sentence sentence, int between) =>
        between - 1 >= sentence.FirstToken && document.TokenText(between) is "between" && _words.ConflictNouns.ContainsSpan(document.TokenText(between - 1));

    /// <summary>The first token of the capitalised name that ends at <paramref name="last"/> ("the United States").</summary>
    private static int PartyStart(Document document, Sentence sentence, int last)
    {
        var k = last;
        while (k - 1 >= sentence.FirstToken && (document.Tokens[k - 1].IsCapitalised || document.Tokens[k - 1].Kind == TokenKind.Punctuation && document.Normalized[document.Tokens[k - 1].Start] == '.'))
        {
            k--;
        }

        if (k - 1 >= sentence.FirstToken && document.TokenText(k - 1) is "the")
        {
            k--;
        }

        return k;
    }

    /// <summary>"Russia is preparing", "Rwanda was only protecting", "Pyongyang was likely to send": the state acts.</summary>
    private bool IsVerbAfterBe(string text, Token[] tokens, int be, int end)
    {
        var k = be + 1;
        if (k + 1 < end && tokens[k].IsWord && _words.BeAdverbs.ContainsSpan(text.AsSpan(tokens[k].Start, tokens[k].Length)))
        {
            k++;
        }

        if (k >= end || !tokens[k].IsWord || !tokens[k].IsLower)
        {
            return false;
        }

        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        return word.EndsWith("ing", StringComparison.Ordinal) && !word.SequenceEqual("being") || _words.BeAgentiveAdjectives.ContainsSpan(word);
    }

    private bool IsParticiple(string text, Token token)
    {
        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || _words.BackingParticiples.ContainsSpan(word) ||
            word is "sent" or "made" or "built" or "sold" or "given" or "taken" or "brought" or "held" or "struck" or "shot" or "hit" or "won" or "drawn" or "written" or "signed";
    }
}
