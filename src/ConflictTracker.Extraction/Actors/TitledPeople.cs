using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>People named with a title ("Ukrainian President Volodymyr Zelensky") or with a role in apposition ("the UN envoy, Amara Diallo,").</summary>
internal sealed class TitledPeople(ExtractionLexicons lexicons, PersonNames names)
{
    /// <summary>"U.S. Defense Secretary Lloyd Austin": the rightmost title inside a capitalised sequence, then one to four name words.</summary>
    public bool TryTitled(Document document, ActorTable table, Sentence sentence, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var titleEnd = -1;
        for (var k = first; k < end; k++)
        {
            if (lexicons.Titles.TryMatch(text, tokens, k, end, out _, out var te) && te < end)
            {
                titleEnd = te;
                k = te - 1;
            }
        }

        if (titleEnd <= first || !names.IsPersonName(document, titleEnd, end))
        {
            return false;
        }

        var person = names.AddPerson(document, table, titleEnd, end);
        RecordPrefix(document, table, sentence, first, titleEnd, person);
        return true;
    }

    private void RecordPrefix(Document document, ActorTable table, Sentence sentence, int first, int titleEnd, ActorRecord person)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var role = text.Substring(tokens[first].Start, tokens[titleEnd - 1].End - tokens[first].Start);
        person.AddAlias(role + " " + person.Name);
        names.AddRoleWords(document, person, first, titleEnd);
        var lowerTitle = names.LowerTitleBefore(document, sentence, first);
        if (lowerTitle > 0)
        {
            names.AddRoleWords(document, person, lowerTitle, first);
        }

        // "U.S. President Joe Biden": the country and organisation in the title are mentions too, and the person's affiliation.
        for (var k = first; k < titleEnd; k++)
        {
            if (lexicons.Actors.TryMatch(text, tokens, k, titleEnd, out var definition, out var end))
            {
                var record = table.GetOrAdd(definition.Name, definition.Type, definition.Affiliation);
                record.Emit = true;
                table.AddMention(record, k, end);
                person.Affiliation ??= definition.Name;
                k = end - 1;
            }
            else if (lexicons.CountryNames.TryMatch(text, tokens, k, titleEnd, out var country, out end) ||
                     lexicons.Demonyms.TryMatch(text, tokens, k, titleEnd, out country, out end))
            {
                person.Affiliation ??= country.Name;
                if (lexicons.CountryNames.TryMatch(text, tokens, k, titleEnd, out _, out _))
                {
                    table.AddMention(table.GetOrAdd(country.Name, ActorType.State, country.Name), k, end);
                }

                k = end - 1;
            }
        }
    }

    /// <summary>"The UN Special Envoy on Myanmar, Ingrid Salvesen, told", "the Russian ambassador to the UN, Vasily Nebenzia,": the name in apposition holds the role.</summary>
    public ActorRecord? TryAppositiveHolder(Document document, ActorTable table, Sentence sentence, int roleEnd, string roleName, string title, string? affiliation, bool anyWords = false)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var comma = roleEnd;
        if (CapitalisedNames.IsAcronymAt(document, sentence, comma))
        {
            roleEnd = comma += 3; // "The Minister of Interior of the Regional Government (RG), Amara Diallo,"
        }

        while (comma < sentence.EndToken && comma < roleEnd + (anyWords ? 12 : 5) &&
               (tokens[comma].IsCapitalised || document.TokenText(comma) is "on" or "for" or "to" or "in" or "the" or "of" || anyWords && text[tokens[comma].Start] != ','))
        {
            comma++;
        }

        if (comma + 2 >= sentence.EndToken || text[tokens[comma].Start] != ',')
        {
            return null;
        }

        var nameStart = comma + 1;
        if (lexicons.Titles.TryMatch(text, tokens, nameStart, sentence.EndToken, out _, out var titleEnd) && tokens[nameStart].IsCapitalised)
        {
            nameStart = titleEnd; // ", Ambassador Amara Diallo,"
            while (nameStart < sentence.EndToken && tokens[nameStart].Kind == TokenKind.Punctuation && text[tokens[nameStart].Start] == '.')
            {
                nameStart++;
            }
        }

        var nameEnd = nameStart;
        while (nameEnd < sentence.EndToken && nameEnd < nameStart + 4 && tokens[nameEnd].IsCapitalised)
        {
            nameEnd++;
        }

        if (nameEnd - nameStart < 2 || nameEnd < sentence.EndToken && text[tokens[nameEnd].Start] is not (',' or '.') || !names.IsPersonName(document, nameStart, nameEnd))
        {
            return null;
        }

        var named = names.AddPerson(document, table, nameStart, nameEnd);
        named.AddAlias(roleName);
        named.AddRole(title);
        named.Affiliation ??= affiliation;
        return named;
    }
}
