using System.Collections.Frozen;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Role-only people by a capitalised title with no name after it ("the Secretary", "Honourable Minister of Defence").</summary>
internal sealed class CapitalisedRoles(ExtractionLexicons lexicons, PersonNames names, TitledPeople titled)
{
    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(["Honourable", "Honorable", "Hon", "Acting"], StringComparer.Ordinal);

    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// A capitalised role with no name after it: "the Secretary", "The National Security Adviser", "Honourable Minister of
    /// Defence", "the Chief of the General Staff [Name]". A bracketed name right after makes it that person's role.
    /// </summary>
    public bool TryCapitalisedRole(Document document, ActorTable table, Sentence sentence, int i, int seqEnd, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        next = i;
        var p = i;
        var article = false;
        while (p < seqEnd && document.TokenText(p) is "The" or "the" or "A" or "An")
        {
            p++;
            article = true;
        }

        article |= p == i && p - 1 >= sentence.FirstToken && document.TokenText(p - 1) is "the" or "The" or "his" or "her" or "its" or "their" or "a" or "an";
        var honorific = false;
        while (p < seqEnd && Honorifics.ContainsSpan(document.TokenText(p)))
        {
            p++;
            honorific = true;
        }

        var nameStart = p;
        string? affiliation = null;
        if (lexicons.CountryNames.TryMatch(text, tokens, p, seqEnd, out var country, out var countryEnd) ||
            lexicons.Demonyms.TryMatch(text, tokens, p, seqEnd, out country, out countryEnd))
        {
            affiliation = country.Name;
            p = countryEnd;
        }

        if (p >= seqEnd || document.TokenText(p) is "Mr" or "Mrs" or "Ms" or "Madam" or "Madame" or "Dr" or "Sir" or "MR" or "MRS" or "MS" ||
            !lexicons.Titles.TryMatch(text, tokens, p, seqEnd, out _, out var titleEnd))
        {
            return false; // "Mr President," addresses someone; it names no new actor
        }

        while (titleEnd < seqEnd && lexicons.Titles.TryMatch(text, tokens, titleEnd, seqEnd, out _, out var chained))
        {
            titleEnd = chained; // "Chief Prosecutor", "Deputy Foreign Minister"
        }

        if (!_words.RoleOnlyHeads.ContainsSpan(document.TokenText(titleEnd - 1)) && !_words.RoleOnlyHeads.ContainsSpan(document.TokenText(p)))
        {
            return false; // "Secretary of State" counts by its first word
        }

        var portfolio = titleEnd < seqEnd;
        if (portfolio && document.TokenText(titleEnd) is not "of")
        {
            return false;
        }

        if (portfolio && seqEnd - titleEnd >= 4 && names.IsPersonName(document, seqEnd - 2, seqEnd))
        {
            // "Minister of Defence Amara Diallo": the role with its portfolio introduces the two name words after it.
            var holder = names.AddPerson(document, table, seqEnd - 2, seqEnd);
            holder.AddAlias(text.Substring(tokens[nameStart].Start, tokens[seqEnd - 1].End - tokens[nameStart].Start));
            holder.AddRole(text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant());
            holder.Affiliation ??= affiliation;
            next = seqEnd;
            return true;
        }

        if (!(article || honorific || affiliation is not null || portfolio || titleEnd - p >= 2))
        {
            return false;
        }

        // "the Special Representative of the Secretary-General": a role after "of the" completes the title before it.
        var articleAt = p > i ? i : i - 1;
        if (article && articleAt - 2 >= sentence.FirstToken && document.TokenText(articleAt - 1) is "of" && tokens[articleAt - 2].IsCapitalised &&
            lexicons.Titles.ContainsWord(document.TokenText(articleAt - 2)))
        {
            return false;
        }

        var title = text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant();
        var roleName = text.Substring(tokens[nameStart].Start, tokens[seqEnd - 1].End - tokens[nameStart].Start);

        // "the Chief of the General Staff [Valery Gerasimov]": the role names the person in brackets.
        if (seqEnd + 3 < sentence.EndToken && text[tokens[seqEnd].Start] is '[' or '(')
        {
            var close = seqEnd + 1;
            while (close < sentence.EndToken && close < seqEnd + 6 && text[tokens[close].Start] is not (']' or ')'))
            {
                close++;
            }

            if (close < sentence.EndToken && close < seqEnd + 6 && close - seqEnd >= 3 && names.IsPersonName(document, seqEnd + 1, close))
            {
                var named = names.AddPerson(document, table, seqEnd + 1, close);
                named.AddAlias(roleName);
                named.AddRole(title);
                named.Affiliation ??= affiliation;
                next = close + 1;
                return true;
            }
        }

        var portfolioBody = portfolio ? AddPortfolioBody(document, table, titleEnd, seqEnd) : null;
        if (titled.TryAppositiveHolder(document, table, sentence, seqEnd, roleName, title, affiliation ?? portfolioBody) is { } holderNamed)
        {
            table.AddMention(holderNamed, nameStart, seqEnd);
            next = seqEnd;
            while (next < sentence.EndToken && text[tokens[next].Start] != ',')
            {
                next++; // "for European Integration," belongs to the role, not to a new name
            }

            return true;
        }

        var record = table.Find(roleName) ?? table.GetOrAdd(roleName, ActorType.Person, affiliation);
        record.Emit = true;
        record.Described = true;
        record.RoleTitle ??= title;
        table.AddMention(record, nameStart, seqEnd);

        record.Affiliation ??= portfolioBody;
        next = seqEnd;
        return true;
    }

    /// <summary>"the Commander of U.S. Central Command": a known body in a role's portfolio is an actor too.</summary>
    private string? AddPortfolioBody(Document document, ActorTable table, int first, int end)
    {
        string? found = null;
        for (var k = first; k < end; k++)
        {
            if (lexicons.Actors.TryMatch(document.Normalized, document.Tokens, k, end, out var body, out var bodyEnd) && body.Type != ActorType.Person)
            {
                var bodyRecord = table.GetOrAdd(body.Name, body.Type, body.Affiliation);
                bodyRecord.Emit = true;
                table.AddLooseMention(bodyRecord, k, bodyEnd);
                found ??= body.Name;
                k = bodyEnd - 1;
            }
        }

        return found ?? AddNamedPortfolioBody(document, table, first, end);
    }

    /// <summary>
    /// "the Minister of Interior of the Kurdistan Regional Government (KRG)": a body named by its head noun after the
    /// portfolio is an actor too, and the acronym after the role is its own.
    /// </summary>
    private string? AddNamedPortfolioBody(Document document, ActorTable table, int first, int end)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var of = first + 1;
        while (of < end && document.TokenText(of) is not "of")
        {
            of++;
        }

        var start = of + 1 < end && document.TokenText(of + 1) is "the" ? of + 2 : of + 1;
        if (end - start < 2 || !tokens[start].IsCapitalised)
        {
            return null;
        }

        var head = false;
        for (var k = start; k < end && !head; k++)
        {
            head = tokens[k].IsCapitalised && lexicons.OrgHeads.TryGetSpan(document.TokenText(k), out _);
        }

        if (!head)
        {
            return null;
        }

        var name = text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        lexicons.OrgHeads.TryGetSpan(document.TokenText(end - 1), out var type);
        var body = table.Find(name) ?? table.GetOrAdd(name, type, null);
        body.Emit = true;
        table.AddLooseMention(body, start, end);
        if (end + 2 < document.TokenCount && text[tokens[end].Start] == '(' && tokens[end + 1].IsAllCaps && text[tokens[end + 2].Start] == ')')
        {
            table.ShortNames.TryAdd(text.Substring(tokens[end + 1].Start, tokens[end + 1].Length), body);
        }

        return name;
    }
}
