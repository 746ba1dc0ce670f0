using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Who speaks each transcript turn: the person in the label, or the one the introduction gives that role ("SPOKESPERSON:", "A:").</summary>
internal sealed class TurnSpeakers(ExtractionLexicons lexicons)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    internal ActorRecord?[] SpeakersOfTurns(Document document)
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

    /// <summary>
    /// The person the introduction says was interviewed ("We spoke to X", "X talked to us"), else the first person it
    /// names: an introduction often names the people the interview is about before the one who answers.
    /// </summary>
    private ActorRecord? Interviewee(Document document)
    {
        var introEnd = document.Turns.Count > 0 ? document.Turns[0].LabelFirstToken : 0;
        ActorRecord? first = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken >= introEnd)
            {
                break;
            }

            var interviewed = false;
            ActorRecord? named = null;
            for (var k = sentence.FirstToken; k < Math.Min(sentence.EndToken, introEnd); k++)
            {
                interviewed |= document.Tokens[k].IsWord && _words.InterviewVerbs.ContainsSpan(document.TokenText(k));
                if (document.ActorTable!.AtToken(k) is { Type: ActorType.Person } person)
                {
                    named ??= person;
                    first ??= person;
                }
            }

            if (interviewed && named is not null)
            {
                return named;
            }
        }

        return first;
    }
}
