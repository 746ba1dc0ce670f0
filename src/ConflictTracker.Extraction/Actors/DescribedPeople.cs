using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Unnamed people described by nationality and role ("a senior Russian commander") or by role in a named body ("a member of the Resistance Committee").</summary>
internal sealed class DescribedPeople(ExtractionLexicons lexicons, TitledPeople titled)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>"a senior Russian commander", "an Israeli official": a described person by nationality and role, with no name.</summary>
    public bool TryDescribedRole(Document document, ActorTable table, Sentence sentence, int first, int j, string affiliation, out int next)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        next = first;
        var p = j;
        if (p + 1 < end && tokens[p].IsLower && _words.RoleModifiers.ContainsSpan(document.TokenText(p)))
        {
            p++; // "a Ukrainian military spokesman"
        }

        if (p >= end || !tokens[p].IsLower || !lexicons.Titles.TryMatch(text, tokens, p, end, out _, out var titleEnd) ||
            !_words.LowerRoleHeads.ContainsSpan(document.TokenText(titleEnd - 1)))
        {
            return false;
        }

        if (titleEnd < end && tokens[titleEnd].IsCapitalised && tokens[titleEnd].NewlinesBefore == 0)
        {
            return false; // "Russian commander Ivan Petrov" is a named person
        }

        var start = first;
        while (start - 1 >= sentence.FirstToken && tokens[start - 1].IsLower && _words.LeadingCollectiveModifiers.ContainsSpan(document.TokenText(start - 1)))
        {
            start--;
        }

        if (start - 1 < sentence.FirstToken || document.TokenText(start - 1) is not ("a" or "A" or "an" or "An" or "the" or "The" or "one" or "One" or "another" or "Another"))
        {
            return false; // "Ukrainian commanders say": plural and bare roles are not one identifiable person
        }

        var title = text.Substring(tokens[p].Start, tokens[titleEnd - 1].End - tokens[p].Start).ToLowerInvariant();
        var name = text.Substring(tokens[start].Start, tokens[titleEnd - 1].End - tokens[start].Start);
        if (titled.TryAppositiveHolder(document, table, sentence, titleEnd, name, title, affiliation) is { } holder)
        {
            table.AddMention(holder, start, titleEnd);
            next = titleEnd;
            return true;
        }

        if (titleEnd < end && document.TokenText(titleEnd) is "of" or "for")
        {
            return false; // "a Russian commander of the ...": longer than a role
        }

        var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Person, affiliation);
        record.Emit = true;
        record.Described = true;
        if (document.TokenText(start - 1) is "the" or "The")
        {
            // "a Lebanese minister told reporters": an indefinite description introduces someone new, never the
            // minister named before, so only a definite one may stand for the holder of the role.
            record.RoleTitle ??= title;
        }

        table.AddMention(record, start, titleEnd);
        next = titleEnd;
        return true;
    }

    /// <summary>
    /// "A deputy commander of the Azov regiment ... said", "a member of the Resistance Committee told": a described
    /// person by role in a named body. The body stays an actor of its own, so the person's mention overlaps it.
    /// Only where such a person is a source or a subject (sentence start, after a quote or comma, or a cue soon after).
    /// </summary>
    public void TryRoleOfOrganisation(Document document, ActorTable table, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i - 1 < sentence.FirstToken || document.TokenText(i - 1) is not ("a" or "A" or "an" or "An" or "the" or "The"))
        {
            return;
        }

        var k = i;
        while (k < end && k < i + 2 && _words.RoleOfModifiers.ContainsSpan(document.TokenText(k)))
        {
            k++;
        }

        if (k + 3 >= end || !_words.RoleOfHeads.ContainsSpan(document.TokenText(k)) || document.TokenText(k + 1) is not "of")
        {
            return;
        }

        var org = k + 2;
        if (document.TokenText(org) is "the")
        {
            org++;
        }

        var orgEnd = org;
        while (orgEnd < end && orgEnd < org + 8 && document.Tokens[orgEnd].NewlinesBefore == 0 &&
               (document.Tokens[orgEnd].IsCapitalised || orgEnd > org && PersonNames.Connectors.ContainsSpan(document.TokenText(orgEnd)) && orgEnd + 1 < end && document.Tokens[orgEnd + 1].IsCapitalised))
        {
            orgEnd++;
        }

        if (orgEnd == org && !(org > k + 2 && _words.LowerCaseOrgNouns.ContainsSpan(document.TokenText(org))))
        {
            return; // "a member of the committee" is kept: the body was named before
        }

        if (orgEnd < end && _words.LowerCaseOrgNouns.ContainsSpan(document.TokenText(orgEnd)))
        {
            orgEnd++; // "the Azov regiment"
        }

        var before = document.Tokens[i - 1];
        var text = document.Normalized;
        var placed = i - 1 == sentence.FirstToken || i - 2 >= sentence.FirstToken && text[document.Tokens[i - 2].Start] is ',' or '"';
        for (var c = orgEnd; !placed && c < Math.Min(end, orgEnd + 6); c++)
        {
            placed = document.Tokens[c].IsWord && lexicons.Cues.ContainsKeySpan(document.TokenText(c));
        }

        var tokens = document.Tokens;
        var name = text.Substring(tokens[i].Start, tokens[orgEnd - 1].End - tokens[i].Start);
        var role = document.TokenText(k).ToString();
        if (!placed || titled.TryAppositiveHolder(document, table, sentence, orgEnd, name, role, null, anyWords: true) is not null)
        {
            return; // "The head of X, Amara Diallo, said": the named holder is the actor
        }

        if (i - 3 >= sentence.FirstToken && text[tokens[i - 2].Start] == ',' && table.AtToken(i - 3) is { Type: ActorType.Person } named)
        {
            named.AddAlias(name); // "Amara Diallo, the head of X": the role describes the person just named
            named.AddRole(role);
            return;
        }

        if (orgEnd - org == 1 && (lexicons.Demonyms.TryMatch(text, tokens, org, orgEnd, out _, out _) || lexicons.CountryNames.TryMatch(text, tokens, org, orgEnd, out _, out _)) ||
            orgEnd < end && tokens[orgEnd].Kind == TokenKind.Possessive)
        {
            return; // "the head of the Ukrainian regional administration", "the head of Ukraine's office": the body is not named
        }

        var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Person, null);
        record.Emit = true;
        record.Described = true;
        table.AddLooseMention(record, i - 1 >= 0 && before.IsWord ? i - 1 : i, orgEnd);
    }
}
