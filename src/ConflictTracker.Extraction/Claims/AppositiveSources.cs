using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>A source set off by commas before its cue: "The head of the office, Andrii Yermak, said", "A local doctor, who asked not to be named, said".</summary>
internal sealed class AppositiveSources(ExtractionLexicons lexicons, NounPhrases nounPhrases, DescribedSources described)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>"The head of the office, Andrii Yermak, said" or "Yevgeny Prigozhin, head of Wagner, told".</summary>
    internal bool TryAppositive(Document document, Sentence sentence, int comma, AttributionDraft draft, out int subjectStart)
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
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, open - 1);
            }
            else
            {
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, subjectStart - 1) is var s && s <= subjectStart - 1 ? s : subjectStart;
            }

            return true;
        }

        if (named is not null && named.Type != ActorType.State && comma - 1 > sentence.FirstToken)
        {
            // "Our military intelligence, the HUR, assesses": the named body in apposition is the source.
            var open = table.MentionStart(comma - 1) - 1;
            if (open - 1 > sentence.FirstToken && document.TokenText(open) is "as" && document.TokenText(open - 1) is "known" or "called")
            {
                open -= 2; // "the mission, known as MONUSCO, said"
            }

            if (open > sentence.FirstToken && document.TokenText(open) is "the" or "The")
            {
                open--;
            }

            if (open > sentence.FirstToken && document.TokenText(open) is ",")
            {
                draft.Sources.Add(named);
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, open - 1) is var s && s <= open - 1 ? s : open;
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
                var nameComma = p;
                if (before - 2 == sentence.FirstToken && document.Tokens[before].Kind == TokenKind.Number && document.TokenText(before - 1) is ",")
                {
                    nameComma = before - 1; // "Ahmed, 34, a shopkeeper, said": the age stands between the name and the role
                    before = sentence.FirstToken;
                    actor = table.AtToken(before);
                }

                if (actor is null && before == sentence.FirstToken && GivenNameOnly(document, before, nameComma, comma))
                {
                    // "Kateryna, a 58-year-old nurse who asked that her surname not be used, said": a person named by
                    // a given name alone, whom the aside describes.
                    var person = table.GetOrAdd(document.TokenText(before).ToString(), ActorType.Person, null);
                    person.Emit = true;
                    table.AddMention(person, before, before + 1);
                    draft.Sources.Add(person);
                    subjectStart = before;
                    return true;
                }

                if (actor is null || actor.Type == ActorType.State && described.DescribedBeforePlace(document, sentence, p - 1) >= 0)
                {
                    // "A local doctor, who asked not to be named, said", "Doctors at the city hospital, one of the few
                    // still open, said": a described source before the aside.
                    var headToken = document.Tokens[p - 1];
                    if (headToken.IsWord && lexicons.DescribedHeads.ContainsKey(document.Normalized.Substring(headToken.Start, headToken.Length)) &&
                        (document.TokenText(p + 1) is "who" or "which" or "one" or "speaking" or "including"))
                    {
                        return described.TryDescribed(document, sentence, p - 1, p - 1, draft, out subjectStart);
                    }

                    var placeHead = described.DescribedBeforePlace(document, sentence, p - 1);
                    if (placeHead >= 0)
                    {
                        return described.TryDescribed(document, sentence, placeHead, p - 1, draft, out subjectStart);
                    }

                    return false;
                }

                // A long aside is a subject's only when the sentence opens with the person it describes ("Kateryna, a
                // nurse from the district who asked that her surname not be used, said").
                if (comma - p > 15 && !(actor.Type == ActorType.Person && table.MentionStart(before) == sentence.FirstToken))
                {
                    return false;
                }

                var start = table.MentionStart(before);
                var placedBy = actor;
                var of = start - 1 > sentence.FirstToken && document.TokenText(start - 1) is "the" ? start - 2 : start - 1;
                if (of - 1 >= sentence.FirstToken && document.TokenText(of) is "of" or "at" or "from" && actor.Type != ActorType.Person &&
                    table.AtToken(of - 1) is { Type: ActorType.Person } member)
                {
                    // "Amara Diallo of the Lowland Institute, a think tank in Dakar, said": the person speaks, the
                    // body only places them, as it does without the aside.
                    actor = member;
                    start = table.MentionStart(of - 1);
                }

                draft.Sources.Add(actor);
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, start - 1) is var s && s < start ? s : start;
                if (actor.Type == ActorType.Person && placedBy == actor)
                {
                    AddAppositiveRole(document, actor, p + 1, comma);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kateryna, a 58-year-old nurse, ...", "Ahmed, 34, ...": one capitalised word that is no known actor, then an
    /// aside that gives an age or a person's role (which no place has).
    /// </summary>
    private bool GivenNameOnly(Document document, int name, int comma, int end)
    {
        var tokens = document.Tokens;
        if (!tokens[name].IsWord || !tokens[name].IsCapitalised || tokens[name].IsAllCaps || tokens[name].Length < 3 || comma + 1 >= end ||
            _words.Determiners.ContainsSpan(document.TokenText(name)) || IsPronoun(document.TokenText(name)))
        {
            return false;
        }

        if (tokens[comma + 1].Kind == TokenKind.Number && document.TokenText(comma + 2) is ",")
        {
            return true; // "Ahmed, 34, said"
        }

        if (document.TokenText(comma + 1) is not ("a" or "an"))
        {
            return false;
        }

        for (var q = comma + 2; q < Math.Min(end, comma + 9); q++)
        {
            var w = document.TokenText(q);
            if (w is "old" && document.TokenText(q - 2) is "year" ||
                tokens[q].IsLower && lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var head) && head.Type == ActorType.Person && !head.Plural)
            {
                return true;
            }
        }

        return false;
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
}
