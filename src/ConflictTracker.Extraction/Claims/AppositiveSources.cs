using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>A source set off by commas before its cue: "The head of the office, Andrii Yermak, said", "A local doctor, who asked not to be named, said".</summary>
internal sealed class AppositiveSources(ExtractionLexicons lexicons, NounPhrases nounPhrases, DescribedSources described)
{
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

                if (comma - p > 15)
                {
                    return false;
                }

                draft.Sources.Add(actor);
                var start = table.MentionStart(before);
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, start - 1) is var s && s < start ? s : start;
                if (actor.Type == ActorType.Person)
                {
                    AddAppositiveRole(document, actor, p + 1, comma);
                }

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
