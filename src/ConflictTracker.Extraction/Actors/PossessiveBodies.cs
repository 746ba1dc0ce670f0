using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Bodies owned by a named actor, in lower case ("Iran's foreign ministry").</summary>
internal sealed class PossessiveBodies(ExtractionLexicons lexicons)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// "the Taliban's intelligence agency", "Iran's foreign ministry": a body of a named actor, in lower case, is an
    /// actor of its own, named as the text names it.
    /// </summary>
    public bool TryPossessiveBody(Document document, ActorTable table, Sentence sentence, int ownerStart, int possessive, string affiliation, out int next, string? demonym = null)
    {
        next = possessive;
        var end = sentence.EndToken;
        var k = possessive + 1;
        var head = -1;
        while (k < end && k < possessive + 4 && document.Tokens[k].IsWord && document.Tokens[k].IsLower)
        {
            if (_words.BodyNouns.TryGetValue(document.TokenText(k).ToString(), out _))
            {
                head = k;
            }
            else if (head >= 0 || !_words.BodyModifiers.ContainsSpan(document.TokenText(k)))
            {
                break;
            }

            k++;
        }

        if (head < 0 || head + 1 < end && document.Tokens[head + 1].IsWord && document.Tokens[head + 1].IsLower && _words.BodyNouns.ContainsKey(document.TokenText(head + 1).ToString()))
        {
            return false;
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var first = ownerStart;
        var name = text.Substring(tokens[first].Start, tokens[head].End - tokens[first].Start);
        var words = text.Substring(tokens[possessive + 1].Start, tokens[head].End - tokens[possessive + 1].Start);

        // "Russia's foreign ministry" is the dictionary's "Russian Foreign Ministry" when there is one.
        var known = demonym is not null && lexicons.ActorsByName.TryGetValue(demonym + " " + words, out var definition)
            ? table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation)
            : null;
        var record = known ?? table.Find(name) ?? table.GetOrAdd(name, _words.BodyNouns[document.TokenText(head).ToString()], affiliation);
        record.Emit = true;
        table.AddMention(record, possessive + 1, head + 1);
        record.AddAlias(name);
        table.AddKey(name, record);
        next = head + 1;
        return true;
    }
}
