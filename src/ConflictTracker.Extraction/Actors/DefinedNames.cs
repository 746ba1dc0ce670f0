using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// Names the text itself gives an actor just named: "the Special Deterrence Force, known as Rada,", "Jimmy Cherizier,
/// also known as \"Barbecue\"". The name becomes an alias, and later uses of a one-word name point back to the actor.
/// </summary>
internal sealed class DefinedNames
{
    /// <summary>Reads "known as NAME" at <paramref name="i"/> ("known"); returns the token after the name, or <paramref name="i"/> + 1.</summary>
    public bool TryKnownAs(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (document.TokenText(i) is not "known" || i + 2 >= end || document.TokenText(i + 1) is not "as")
        {
            return false;
        }

        var before = i - 1;
        if (before >= sentence.FirstToken && document.TokenText(before) is "also" or "locally" or "widely" or "commonly")
        {
            before--;
        }

        if (before - 1 < sentence.FirstToken || text[tokens[before].Start] is not (',' or '(') || table.AtToken(before - 1) is not { } actor)
        {
            return false;
        }

        var first = i + 2;
        var quoted = text[tokens[first].Start] is '"' or '\u201C' or '\'' or '\u2018';
        if (quoted)
        {
            first++;
        }

        var last = first;
        while (last < end && last < first + 4 && tokens[last].IsWord && tokens[last].IsCapitalised && tokens[last].NewlinesBefore == 0 && table.TokenActor[last] < 0)
        {
            last++;
        }

        if (last == first)
        {
            return false;
        }

        table.AddMention(actor, first, last);
        if (last - first == 1)
        {
            table.ShortNames.TryAdd(text.Substring(tokens[first].Start, tokens[first].Length), actor);
        }

        next = quoted && last < end && !tokens[last].IsWord ? last + 1 : last;
        return true;
    }
}
