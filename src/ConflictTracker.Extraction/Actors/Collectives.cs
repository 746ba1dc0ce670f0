using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Described collectives with an affiliation ("Russian authorities", "Western allies").</summary>
internal sealed class Collectives(ExtractionLexicons lexicons)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// "Russian authorities", "local Ukrainian officials", "Western allies": a described collective with an affiliation
    /// acts as one actor (annotators keep these), named by its words with modifiers; the bare demonym form is an alias.
    /// </summary>
    public bool TryCollective(Document document, ActorTable table, Sentence sentence, int first, int j, string? affiliation, out int next)
    {
        next = first;
        var end = sentence.EndToken;
        var head = j;
        if (head + 1 < end && document.Tokens[head].IsLower && _words.CollectiveModifiers.ContainsSpan(document.TokenText(head)))
        {
            head++; // "Israeli security officials"
        }

        if (head >= end || !document.Tokens[head].IsLower || !_words.CollectiveHeads.TryGetValue(document.TokenText(head).ToString(), out var type))
        {
            return false;
        }

        var start = first;
        while (start - 1 >= sentence.FirstToken && (document.Tokens[start - 1].IsLower || start - 1 == sentence.FirstToken) && _words.LeadingCollectiveModifiers.ContainsSpan(document.TokenText(start - 1)))
        {
            start--; // "local Russian officials", "Senior Israeli officials" at a sentence start
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var name = text.Substring(tokens[start].Start, tokens[head].End - tokens[start].Start);
        var record = table.Find(name) ?? table.GetOrAdd(name, type, affiliation);
        record.Emit = true;
        record.Described = true;
        if (start < first)
        {
            record.AddAlias(text.Substring(tokens[first].Start, tokens[head].End - tokens[first].Start));
        }

        table.AddMention(record, start, head + 1);
        next = head + 1;
        return true;
    }
}
