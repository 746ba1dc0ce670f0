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
        var questioner = tokens[first].Length == 1 || document.TokenText(first) is "Interviewer" or "INTERVIEWER" or "Moderator" or "MODERATOR"
            or "Host" or "HOST" or "Question" or "QUESTION" or "Answer" or "ANSWER" or "Reporter" or "REPORTER" or "Audience" or "AUDIENCE";
        if (questioner && end - first > 1 && text[tokens[first + 1].Start] == '(')
        {
            RecogniseOutlet(document, table, first + 2, end);
            return;
        }

        if (end - first == 1 && questioner)
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

        // "Shelter and WASH:", "Health and nutrition:": a section heading of an update lists topics, it names no speaker.
        if (nameStart >= end || nameStart > first && document.TokenText(nameStart - 1) is "and" or "&")
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

    /// <summary>
    /// "Q (Meridian News):", "QUESTION (Anna Berg, Reuters):": the outlet a questioner speaks for is a media actor; the
    /// journalist is nobody's source.
    /// </summary>
    private void RecogniseOutlet(Document document, ActorTable table, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var close = first;
        while (close < end && text[tokens[close].Start] != ')')
        {
            close++;
        }

        var part = first;
        while (part < close)
        {
            var partEnd = part;
            while (partEnd < close && text[tokens[partEnd].Start] != ',')
            {
                partEnd++;
            }

            var last = partEnd >= close;
            if (lexicons.Actors.TryMatch(text, tokens, part, partEnd, out var known, out var knownEnd) && knownEnd == partEnd)
            {
                var record = table.GetOrAdd(known.Name, known.Type, known.Affiliation);
                record.Emit = true;
                table.AddMention(record, part, partEnd);
            }
            else if (partEnd > part && (last || !names.IsPersonName(document, part, partEnd)))
            {
                // The outlet comes last ("Anna Berg, Reuters"); an earlier part is the journalist unless it cannot be a name.
                var name = text.Substring(tokens[part].Start, tokens[partEnd - 1].End - tokens[part].Start);
                var outlet = table.Find(name) ?? table.GetOrAdd(name, ActorType.Media, null);
                outlet.Emit = true;
                table.AddMention(outlet, part, partEnd);
            }

            part = partEnd + 1;
        }
    }
}
