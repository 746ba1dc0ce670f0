using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Speaker labels of transcript turns ("MR. KIRBY:", "President of Russia Vladimir Putin:") as people.</summary>
internal sealed class SpeakerLabels(ExtractionLexicons lexicons, PersonNames names)
{
    /// <summary>The speaker label of a transcript turn is a person (or "Q", a questioner who is nobody's source).</summary>
    public void RecogniseSpeaker(Document document, ActorTable table, SpeakerTurn turn)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var first = turn.LabelFirstToken;
        var end = turn.LabelEndToken;
        if (end - first == 1 && (tokens[first].Length == 1 || document.TokenText(first) is "Interviewer" or "INTERVIEWER" or "Moderator" or "MODERATOR"
            or "Host" or "HOST" or "Question" or "QUESTION" or "Answer" or "ANSWER" or "Reporter" or "REPORTER" or "Audience" or "AUDIENCE"))
        {
            return; // a questioner or host, not a source
        }

        for (var k = first; k < end; k++)
        {
            if (table.TokenActor[k] >= 0)
            {
                var existing = table.AtToken(k)!;
                if (existing.Type == ActorType.Person)
                {
                    return;
                }
            }
        }

        // Strip titles ("MR.", "President of Russia") and keep the trailing name words.
        var nameStart = end;
        while (nameStart - 1 >= first)
        {
            var t = tokens[nameStart - 1];
            var initial = t.IsWord && t.Length == 1 && t.IsCapitalised ||
                t.Kind == TokenKind.Punctuation && text[t.Start] == '.' && nameStart - 2 >= first && tokens[nameStart - 2].Length == 1 && nameStart < end;
            if (initial || t.IsWord && (names.IsNameWord(document, nameStart - 1) || t.IsAllCaps && !lexicons.Titles.ContainsWord(document.TokenText(nameStart - 1)) && !lexicons.OrgHeads.ContainsKeySpan(document.TokenText(nameStart - 1))))
            {
                nameStart--;
                continue;
            }

            break;
        }

        while (nameStart < end && tokens[nameStart].Kind == TokenKind.Punctuation)
        {
            nameStart++;
        }

        while (nameStart < end && tokens[nameStart].Kind == TokenKind.Punctuation)
        {
            nameStart++;
        }

        if (nameStart >= end)
        {
            return;
        }

        for (var k = nameStart; k < end; k++)
        {
            table.TokenActor[k] = -1;
        }

        var person = names.AddPerson(document, table, nameStart, end);
        if (nameStart > first)
        {
            names.AddRoleWords(document, person, first, nameStart);
        }
    }
}
