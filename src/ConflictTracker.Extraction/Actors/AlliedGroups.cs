using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Armed groups known only by whom they fight beside ("RSF-allied militias", "the RSF and allied militias").</summary>
internal sealed class AlliedGroups(ExtractionLexicons lexicons)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// "the RSF and allied militias", "SAF-allied militias": armed groups known only by whom they fight beside, named
    /// after that actor ("RSF-allied militias") with the text's bare words as an alias.
    /// </summary>
    public bool TryAlliedGroup(Document document, ActorTable table, Sentence sentence, int i, out int next)
    {
        next = i;
        var end = sentence.EndToken;
        if (i + 1 >= end || !_words.AlliedNouns.ContainsSpan(document.TokenText(i + 1)))
        {
            return false;
        }

        var word = document.TokenText(i);
        string? ally;
        string? bare = null;
        if (word is "allied" or "aligned" or "affiliated")
        {
            // "the Rapid Support Forces (RSF) and allied militias"
            var k = i - 1;
            if (k <= sentence.FirstToken || document.TokenText(k) is not "and")
            {
                return false;
            }

            k--;
            if (document.Normalized[document.Tokens[k].Start] == ')' && k - 1 > sentence.FirstToken)
            {
                k--;
            }

            if (table.AtToken(k) is not { } partner || partner.Type is ActorType.Person or ActorType.State)
            {
                return false;
            }

            ally = ShortName(partner);
            bare = document.Normalized.Substring(document.Tokens[i].Start, document.Tokens[i + 1].End - document.Tokens[i].Start);
        }
        else
        {
            var dash = word.LastIndexOf('-');
            if (dash < 2 || word[(dash + 1)..] is not ("allied" or "aligned" or "affiliated" or "linked"))
            {
                return false;
            }

            ally = word[..dash].ToString();
        }

        var noun = document.TokenText(i + 1).ToString();
        var record = table.GetOrAdd(ally + "-allied " + noun, ActorType.ArmedGroup, ally);
        record.Emit = true;
        if (bare is not null)
        {
            record.AddAlias(bare);
        }

        table.AddMention(record, i, i + 2);
        next = i + 2;
        return true;
    }

    /// <summary>The acronym an organisation goes by in the text, if any ("RSF"), else its name.</summary>
    private static string ShortName(ActorRecord record)
    {
        if (record.Name.Length <= 6)
        {
            return record.Name;
        }

        foreach (var alias in record.Aliases)
        {
            if (alias.Length is >= 2 and <= 6 && alias.All(char.IsUpper))
            {
                return alias;
            }
        }

        return record.Name;
    }
}
