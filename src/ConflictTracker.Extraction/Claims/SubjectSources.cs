using ConflictTracker.Extraction.Actors;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Claims;

/// <summary>The source that is the subject of a cue ("Ukraine's military said", "the governor added", "officials in Kyiv say").</summary>
internal sealed class SubjectSources(ExtractionLexicons lexicons, NounPhrases nounPhrases, DescribedSources describedSources)
{
    private readonly ClaimWords _words = lexicons.ClaimWords;

    /// <summary>The described head before "who" when the words up to <paramref name="j"/> are its relative clause, or -1.</summary>
    private int RelativeClauseHead(Document document, Sentence sentence, int j)
    {
        for (var q = j; q > Math.Max(sentence.FirstToken, j - 10); q--)
        {
            if (!document.Tokens[q].IsWord)
            {
                return -1;
            }

            if (document.TokenText(q) is "who")
            {
                return q < j && lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(q - 1)) ? q - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The subject ending at token <paramref name="j"/>: a known actor (or several joined by "and"), or a described group.</summary>
    internal bool TrySubject(Document document, Sentence sentence, int j, AttributionDraft draft, out int subjectStart)
    {
        var table = document.ActorTable!;
        var tokens = document.Tokens;
        subjectStart = j + 1;
        if (RelativeClauseHead(document, sentence, j) is var relativeHead and >= 0)
        {
            // "People who managed to leave the town tell us": the described head the relative clause narrows is the source,
            // named with the clause when nothing else narrows it ("a tribal elder who attended the meeting" is a tribal elder).
            var modified = relativeHead - 1 >= sentence.FirstToken && tokens[relativeHead - 1].IsWord && !_words.Determiners.ContainsSpan(document.TokenText(relativeHead - 1)) &&
                lexicons.DescribedHeads[document.TokenText(relativeHead).ToString()].Generic != GenericSource.Bare;
            return describedSources.TryDescribed(document, sentence, relativeHead, modified ? relativeHead : j, draft, out subjectStart);
        }

        var actor = table.AtToken(j);
        if (actor is not null)
        {
            var start = table.MentionStart(j);
            // "Officials in Ukraine said", "a senior U.N. official in the DRC said", "sources close to Hamas say":
            // the described head before the preposition is the subject.
            var back = start - 1;
            while (back > sentence.FirstToken && (document.TokenText(back) is "the" or "and" || table.AtToken(back) is not null))
            {
                back--;
            }

            if (back - 1 >= sentence.FirstToken && document.TokenText(back) is "of" or "from" or "at" && table.AtToken(back - 1) is { Type: ActorType.Person } person)
            {
                // "Thomas Brand of the Lowland Institute wrote": the person speaks, the body only places them.
                draft.Sources.Add(person);
                subjectStart = table.MentionStart(back - 1);
                return true;
            }

            if (back - 1 >= sentence.FirstToken && document.TokenText(back) is "in" or "of" or "from" or "at" or "to" or "with" or "for")
            {
                var headToken = back - 1;
                if (_words.SourceAffinity.ContainsSpan(document.TokenText(headToken)) && headToken - 1 >= sentence.FirstToken)
                {
                    headToken--;
                }

                if (lexicons.DescribedHeads.ContainsKeySpan(document.Normalized.AsSpan(tokens[headToken].Start, tokens[headToken].Length)))
                {
                    return describedSources.TryDescribed(document, sentence, headToken, j, draft, out subjectStart);
                }

                // "The special representative for Yemen said": a state after a preposition belongs to an unknown head.
                if (actor.Type == ActorType.State && back == start - 1)
                {
                    return false;
                }
            }

            // "The junta led by General X has accused": the body that is led speaks, not its leader.
            var by = start - 1;
            while (by > sentence.FirstToken && start - by <= 3 && tokens[by].IsWord && tokens[by].IsCapitalised)
            {
                by--; // "led by General X": the title before the name
            }

            if (by - 2 >= sentence.FirstToken && document.TokenText(by) is "by" && document.TokenText(by - 1) is "led" or "headed" or "run" &&
                tokens[by - 2].IsLower && lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(by - 2)))
            {
                return describedSources.TryDescribed(document, sentence, by - 2, by - 2, draft, out subjectStart);
            }

            // A document noun: "a joint statement issued by X and Y said".
            draft.Sources.Add(actor);
            subjectStart = start;
            var p = start - 1;
            while (p - 1 >= sentence.FirstToken && (document.TokenText(p) is "and" || document.TokenText(p) is ","))
            {
                var other = table.AtToken(p - 1);
                if (other is null || other == actor)
                {
                    break;
                }

                draft.Sources.Add(other);
                subjectStart = table.MentionStart(p - 1);
                p = subjectStart - 1;
            }

            if (p >= sentence.FirstToken && document.TokenText(p) is "by" or "from" && p - 2 >= sentence.FirstToken)
            {
                // "a statement issued by X said": the subject phrase starts before the document noun.
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, p - 1);
                for (var q = subjectStart; q < p; q++)
                {
                    if (_words.DocumentNouns.ContainsSpan(document.Normalized.AsSpan(tokens[q].Start, tokens[q].Length)))
                    {
                        return true;
                    }
                }

                draft.Sources.Clear();
                return false;
            }

            // Title words before a person ("regional head Maksym Kozytsky") belong to the subject phrase.
            var np = nounPhrases.NounPhraseStart(document, sentence, subjectStart - 1);
            if (np < subjectStart)
            {
                subjectStart = np;
            }

            return true;
        }

        var t = tokens[j];
        if (!t.IsWord)
        {
            return false;
        }

        var head = document.Normalized.Substring(t.Start, t.Length);
        var of = j - 1 > sentence.FirstToken && document.TokenText(j - 1) is "the" ? j - 2 : j - 1;
        if (of - 1 >= sentence.FirstToken && document.TokenText(of) is "of" && lexicons.DescribedHeads.ContainsKey(head) &&
            describedSources.TryRoleOfPlace(document, sentence, of - 1, j, draft, out subjectStart))
        {
            return true; // "a member of the committee told": the member speaks, not the body
        }

        if (lexicons.DescribedHeads.ContainsKey(head))
        {
            if (!describedSources.TryDescribed(document, sentence, j, j, draft, out subjectStart))
            {
                return false;
            }

            // "Local security officials and residents told": each described group is a source of the same claim.
            var other = subjectStart - 2;
            if (draft.Reference is null && other >= sentence.FirstToken && document.TokenText(subjectStart - 1) is "and" &&
                lexicons.DescribedHeads.ContainsKeySpan(document.TokenText(other)) && describedSources.TryDescribed(document, sentence, other, other, draft, out var otherStart))
            {
                subjectStart = otherStart;
            }

            return true;
        }

        // "The governor added", "the regional governor said": a role that points back to the person introduced with it,
        // or, when nobody was, the role itself is the source.
        var article = j - 1;
        while (article >= sentence.FirstToken && article > j - 3 && tokens[article].IsWord && tokens[article].IsLower && document.TokenText(article) is not ("the" or "a" or "an"))
        {
            article--;
        }

        if (article >= sentence.FirstToken && document.TokenText(article) is "the" or "The" && t.IsLower &&
            lexicons.Titles.TryMatch(document.Normalized, tokens, j, j + 1, out _, out _))
        {
            draft.PointBack(head.ToLowerInvariant(), j, article, j + 1, person: true);
            subjectStart = article;
            return true;
        }

        if (article - 1 >= sentence.FirstToken && tokens[article].Kind == TokenKind.Possessive && t.IsLower &&
            lexicons.Titles.TryMatch(document.Normalized, tokens, j, j + 1, out _, out _))
        {
            // "Kenya's leader said", "the region's acting governor said": a role owned by a place or body.
            var owner = table.AtToken(article - 1) is not null ? table.MentionStart(article - 1) : article - 1;
            if (owner - 1 >= sentence.FirstToken && document.TokenText(owner - 1) is "the" or "The")
            {
                owner--;
            }

            draft.PointBack(head.ToLowerInvariant(), j, owner, j + 1, person: true);
            subjectStart = owner;
            return true;
        }

        if (_words.DocumentNouns.Contains(head) && j - 2 >= sentence.FirstToken && document.TokenText(j - 1) is "a" or "an" or "the" or "his" or "her" or "its" or "their" && document.TokenText(j - 2) is "in" or "on" or "via" or "by" or "during")
        {
            return false; // "said in a video posted on X": the participle describes the document
        }

        if (_words.DocumentNouns.Contains(head))
        {
            // "X issued a statement saying", "a statement from the ministry said", "the statement also said".
            for (var q = j - 1; q >= Math.Max(sentence.FirstToken, j - 6); q--)
            {
                if (table.AtToken(q) is { } issuer)
                {
                    draft.Sources.Add(issuer);
                    subjectStart = table.MentionStart(q);
                    return true;
                }
            }

            if (j - 1 >= sentence.FirstToken && document.TokenText(j - 1) is "statement" or "the" or "The" or "joint")
            {
                draft.Reference = "statement";
                draft.ReferenceToken = j;
                subjectStart = nounPhrases.NounPhraseStart(document, sentence, j);
                return true;
            }

            return false;
        }

        if (t.IsCapitalised)
        {
            // "The Institute for the Study of War in Washington said": a place after the actor is not the subject.
            for (var q = j - 1; q >= Math.Max(sentence.FirstToken + 1, j - 3); q--)
            {
                if (document.TokenText(q) is "in" or "from" or "at" or "based")
                {
                    if (table.AtToken(q - 1) is { } actor2 && actor2.Type != ActorType.State)
                    {
                        draft.Sources.Add(actor2);
                        subjectStart = table.MentionStart(q - 1);
                        return true;
                    }

                    break;
                }
            }
        }

        if (t.IsCapitalised && nounPhrases.CapitalisedRoleStart(document, sentence, j) is var roleStart and >= 0)
        {
            // "The National Security Adviser told me": a role named without its holder.
            draft.PointBack(head.ToLowerInvariant(), j, roleStart, j + 1, person: true);
            subjectStart = roleStart;
            return true;
        }

        // "Doctors at the main hospital said", "residents of the camp said": a described head before a place phrase
        // that is no known actor.
        for (var q = j - 1; q > Math.Max(sentence.FirstToken, j - 9); q--)
        {
            if (tokens[q].Kind == TokenKind.Possessive)
            {
                continue; // "officials in Russia's Belgorod region said"
            }

            if (!tokens[q].IsWord)
            {
                break;
            }

            // "A spokesman for the society said": "for" ties a role to the body it speaks for.
            var forBody = document.TokenText(q) is "for" && q - 1 > sentence.FirstToken &&
                lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(q - 1), out var speaker) && speaker.Type == ActorType.Person && !speaker.Plural;
            if (document.TokenText(q) is "in" or "at" or "of" or "from" || forBody)
            {
                var headAt = describedSources.HeadBeforePreposition(document, sentence, q);
                if (headAt >= 0 && lexicons.DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(headAt), out var described) &&
                    (described.Plural || IsIndefinite(document, sentence, headAt)))
                {
                    return describedSources.TryDescribed(document, sentence, headAt, j, draft, out subjectStart);
                }

                if (document.TokenText(q) is "of" or "in" && describedSources.TryRoleOfPlace(document, sentence, q - 1, j, draft, out subjectStart))
                {
                    return true;
                }

                if (headAt < 0 && !forBody)
                {
                    continue; // "a doctor at the district hospital in Kalo said": the place phrase has a place phrase of its own
                }

                break;
            }
        }

        return false;
    }

    /// <summary>"a doctor", "A senior police official", "one local commander": a singular head introduced as someone new.</summary>
    private static bool IsIndefinite(Document document, Sentence sentence, int head)
    {
        for (var k = head - 1; k >= sentence.FirstToken && k >= head - 4; k--)
        {
            var w = document.TokenText(k);
            if (w is "a" or "A" or "an" or "An" or "one" or "One")
            {
                return true;
            }

            // Another determiner ("the senior official", "its local commander") makes the head definite.
            if (!document.Tokens[k].IsWord || !document.Tokens[k].IsLower || w is "the" or "this" or "that" or "its" or "his" or "her" or "their" or "our")
            {
                return false;
            }
        }

        return false;
    }
}
