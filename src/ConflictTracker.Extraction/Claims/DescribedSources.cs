using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;
using static ConflictTracker.Extraction.Claims.TokenSpans;

namespace ConflictTracker.Extraction.Claims;

/// <summary>Sources described rather than named ("a senior military official", "doctors at the main hospital"), kept as actors of their own.</summary>
internal sealed class DescribedSources(ExtractionLexicons lexicons, NounPhrases nounPhrases)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    internal bool TryDescribed(Document document, Sentence sentence, int head, int last, AttributionDraft draft, out int subjectStart)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        var text = document.Normalized;
        subjectStart = nounPhrases.NounPhraseStart(document, sentence, head);
        var headWord = text.Substring(tokens[head].Start, tokens[head].Length);
        var described = lexicons.DescribedHeads[headWord];
        var first = subjectStart;
        while (first < head && _words.Determiners.ContainsSpan(text.AsSpan(tokens[first].Start, tokens[first].Length)))
        {
            first++;
        }

        var definite = subjectStart < head && text.AsSpan(tokens[subjectStart].Start, tokens[subjectStart].Length).Equals("the", StringComparison.OrdinalIgnoreCase);
        // "the paramilitary force said": a definite singular description with plain adjectives points back too.
        var plainModifiers = definite && !described.Plural && first < head;
        for (var q = first; plainModifiers && q < head; q++)
        {
            // "the Afghan man": a nationality before a person head describes someone already introduced.
            plainModifiers = tokens[q].IsWord && (tokens[q].IsLower && table.AtToken(q) is null ||
                described.Type == ActorType.Person && lexicons.Demonyms.TryMatch(text, tokens, q, q + 1, out _, out _));
        }

        if (first == head && last == head && (definite || !described.Plural && subjectStart < head) || plainModifiers && last == head)
        {
            // "the official said", "the ministry added": a role that points back to an actor already named.
            draft.PointBack(headWord.ToLowerInvariant(), head, subjectStart, last + 1);
            return true;
        }

        if (first == head && last == head && described.Generic == GenericSource.Bare && !ToldTheWriter(document, sentence, last + 1))
        {
            return false; // "experts say": no identifiable source
        }

        if (last == head && described.Generic == GenericSource.Unnamed && IsUnnamed(document, sentence, first, head))
        {
            return false; // "aid groups said", "human rights groups say": a kind of body, not one that can be named
        }

        AddDescribed(document, first, last, subjectStart, described.Type, draft);
        return true;
    }

    /// <summary>
    /// "People told me", "workers have told us": the people the writer or speaker met are particular people, not the
    /// generic "people say", so even a bare head names a source.
    /// </summary>
    private static bool ToldTheWriter(Document document, Sentence sentence, int cue)
    {
        if (cue + 1 < sentence.EndToken && document.TokenText(cue) is "have" or "had" or "also")
        {
            cue++;
        }

        return cue + 1 < sentence.EndToken && document.TokenText(cue) is "told" or "tell" or "tells" && document.TokenText(cue + 1) is "me" or "us";
    }

    /// <summary>
    /// "The mayor of Sinjar told", "the governor of Kherson region said", "a member of the committee said": a role held
    /// in a named place or body is a source of its own.
    /// </summary>
    internal bool TryRoleOfPlace(Document document, Sentence sentence, int role, int last, AttributionDraft draft, out int subjectStart)
    {
        subjectStart = role;
        var tokens = document.Tokens;
        if (role - 1 < sentence.FirstToken || !tokens[role].IsLower)
        {
            return false;
        }

        var member = _words.MemberRoles.ContainsSpan(document.TokenText(role)) && document.TokenText(role - 1) is "a" or "A" or "the" or "The";
        var title = document.TokenText(role - 1) is "the" or "The" &&
            lexicons.Titles.TryMatch(document.Normalized, tokens, role, role + 1, out _, out var end) && end == role + 1;
        if (!member && !title)
        {
            return false;
        }

        subjectStart = role - 1;
        AddDescribed(document, role, last, subjectStart, ActorType.Person, draft);
        return true;
    }

    /// <summary>The described actor named by the words from <paramref name="first"/> to <paramref name="last"/>, mentioned from <paramref name="mentionStart"/>.</summary>
    private void AddDescribed(Document document, int first, int last, int mentionStart, ActorType type, AttributionDraft draft)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        var name = document.Normalized.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
        var record = table.Find(name);
        if (record is null)
        {
            record = table.GetOrAdd(name, type, AffiliationIn(document, first, last + 1));
            record.Described = true;
        }

        table.AddLooseMention(record, mentionStart, last + 1);
        draft.Sources.Add(record);
    }

    /// <summary>
    /// Whether the words before a head are only lower-case common words ("aid groups", "humanitarian organisations"):
    /// a name, a nationality or a place would make the phrase a source ("Sudanese aid groups").
    /// </summary>
    private bool IsUnnamed(Document document, Sentence sentence, int first, int head)
    {
        for (var q = first; q < head; q++)
        {
            // The sentence's first word is capitalised only because it opens the sentence ("Aid groups said").
            var lower = document.Tokens[q].IsLower || (q == sentence.FirstToken && document.Tokens[q].IsCapitalised && !document.Tokens[q].IsAllCaps);
            if (!lower || document.ActorTable!.AtToken(q) is not null)
            {
                return false;
            }
        }

        return AffiliationIn(document, first, head) is null;
    }

    private string? AffiliationIn(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (lexicons.Demonyms.TryMatch(document.Normalized, document.Tokens, k, end, out var country, out _) ||
                lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, end, out country, out _))
            {
                return country.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// "doctors at the Saudi Hospital", "a senior aid official in Gaziantep": the described head before a preposition and
    /// a capitalised place or facility name ending at <paramref name="last"/>, or -1.
    /// </summary>
    /// <summary>The described head right before the preposition at <paramref name="preposition"/>, past a participle ("refugees arriving in"), or -1.</summary>
    internal int HeadBeforePreposition(Document document, Sentence sentence, int preposition)
    {
        var head = preposition - 1;
        if (head - 1 >= sentence.FirstToken && IsParticiple(document, head) && document.Tokens[head].IsLower)
        {
            head--;
        }

        return head >= sentence.FirstToken && lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(head)) ? head : -1;
    }

    internal int DescribedBeforePlace(Document document, Sentence sentence, int last)
    {
        if (!document.Tokens[last].IsWord || !document.Tokens[last].IsCapitalised)
        {
            return -1;
        }

        for (var q = last - 1; q > Math.Max(sentence.FirstToken, last - 6); q--)
        {
            var w = document.TokenText(q);
            if (w is "in" or "at" or "of" or "from")
            {
                return HeadBeforePreposition(document, sentence, q);
            }

            if (!document.Tokens[q].IsWord || !(document.Tokens[q].IsCapitalised || w is "the"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Residents shared stories ... but said": a plural described head that opens the sentence.</summary>
    internal bool DescribedSentenceSubject(Document document, Sentence sentence, int before, AttributionDraft draft)
    {
        var p = sentence.FirstToken;
        for (var q = p; q < Math.Min(before, p + 4); q++)
        {
            var t = document.Tokens[q];
            if (!t.IsWord)
            {
                return false;
            }

            if (lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(q), out var head))
            {
                return head.Plural && q + 1 < before && document.Tokens[q + 1].IsWord && document.Tokens[q + 1].IsLower &&
                    TryDescribed(document, sentence, q, q, draft, out _) && draft.Sources.Count > 0;
            }
        }

        return false;
    }

    /// <summary>A plural described group ("senior officials of the X") in an introductory clause before ", they".</summary>
    internal bool EarlierDescribedGroup(Document document, Sentence sentence, int they, AttributionDraft draft)
    {
        if (they - 1 <= sentence.FirstToken || document.TokenText(they - 1) is not "," || document.TokenText(sentence.FirstToken) is not ("When" or "After" or "As" or "Before"))
        {
            return false;
        }

        var table = document.ActorTable!;
        for (var h = sentence.FirstToken + 1; h < they - 1; h++)
        {
            if (!document.Tokens[h].IsLower || !lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(h), out var head) || !head.Plural)
            {
                continue;
            }

            var last = h;
            var of = h + 1;
            if (of + 1 < they && document.TokenText(of) is "of" or "from")
            {
                var named = document.TokenText(of + 1) is "the" ? of + 2 : of + 1;
                if (named < they && table.AtToken(named) is not null)
                {
                    last = named;
                    while (last + 1 < they && table.AtToken(last + 1) == table.AtToken(named))
                    {
                        last++;
                    }
                }
            }

            var first = h;
            while (first - 1 > sentence.FirstToken && _words.GroupModifiers.ContainsSpan(document.TokenText(first - 1)))
            {
                first--;
            }

            AddDescribed(document, first, last, first, head.Type, draft);
            return true;
        }

        return false;
    }
}
