using ConflictTracker.Extraction.Claims;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>Resolves pronoun and role sources ("he said", "the spokesman added", "I" in a transcript turn) to actors named earlier.</summary>
internal sealed class SourceResolver(ExtractionLexicons lexicons)
{
    private readonly ActorWords _words = lexicons.ActorWords;
    private readonly System.Collections.Frozen.FrozenDictionary<string, DescribedHead> _heads = lexicons.DescribedHeads;

    public ActorRecord? Resolve(Document document, ActorTable table, List<(int Start, ActorRecord Actor)> mentions, ClaimDraft draft, ClaimDraft? previous)
    {
        var reference = draft.Reference!;
        var sentence = document.Sentences[draft.Sentence];
        var offset = draft.ReferenceToken >= 0 ? document.Tokens[draft.ReferenceToken].Start : sentence.Start;
        var recentPrevious = previous is not null && draft.Sentence - previous.Sentence <= 4 ? previous.Sources[0].Resolve() : null;
        switch (reference)
        {
            case "he" or "she":
                if (recentPrevious is { Type: ActorType.Person, Described: false })
                {
                    return SubjectSince(document, table, mentions, document.Sentences[previous!.Sentence].End, offset, recentPrevious) ?? recentPrevious;
                }

                // "A senior police officer, who spoke on condition of anonymity, said A. He said B": one described person
                // who just spoke is the nearest "he", though a named person may have been mentioned before.
                if (recentPrevious is { Type: ActorType.Person, Described: true } && draft.Sentence - previous!.Sentence <= 2 && OnePerson(recentPrevious))
                {
                    return SubjectSince(document, table, mentions, document.Sentences[previous.Sentence].End, offset, recentPrevious) ?? recentPrevious;
                }

                return LastBefore(mentions, offset, static a => a.Type == ActorType.Person && !a.Described);
            case "they":
                if (recentPrevious is not null && (recentPrevious.Described || recentPrevious.Type != ActorType.Person))
                {
                    return recentPrevious;
                }

                return null;
            case "it":
                if (recentPrevious is not null && recentPrevious.Type != ActorType.Person)
                {
                    // "The ministry said A. The General Staff did not confirm. It said B": a body named after the last
                    // claim, in a sentence of its own that made no claim, is the nearer antecedent.
                    var between = document.Sentences[previous!.Sentence].End;
                    for (var m = mentions.Count - 1; m >= 0; m--)
                    {
                        var (start, actor) = mentions[m];
                        if (start >= offset)
                        {
                            continue;
                        }

                        if (start < between)
                        {
                            break;
                        }

                        if (actor.Type is not ActorType.Person and not ActorType.State && actor.Resolve() != recentPrevious && !actor.Described)
                        {
                            return actor;
                        }
                    }

                    return recentPrevious;
                }

                return LastBefore(mentions, offset, static a => a.Type is not ActorType.Person and not ActorType.State);
            case "i" or "we":
                return SpeakerAt(document, table, sentence);
            case "you":
                return AddresseeAt(document, table, sentence);
            default:
                // A role: the nearest earlier actor with that role or a name ending in it ("the official", "the ministry"),
                // else, for a generic body noun ("the group", "the mission"), the nearest earlier named body of that kind.
                var types = _words.ReferenceNouns.GetValueOrDefault(reference);
                // "The Doctors Network said A. The group said B": the body that made the last claim is the nearer antecedent.
                if (types is not null && recentPrevious is { Described: false } last && draft.Sentence - previous!.Sentence <= 2 && Array.IndexOf(types, last.Type) >= 0)
                {
                    return last;
                }

                // "the ministry" finds "Ministry of Defence" as well as "Defence Ministry".
                var headOfName = _words.NameHeadReferences.Contains(reference);
                return LastBefore(mentions, offset, (start, a) => (
                    a.Roles.Contains(reference) ||
                    a.Name.EndsWith(reference, StringComparison.OrdinalIgnoreCase) ||
                    reference == "government" && a.Name.StartsWith("Government of ", StringComparison.Ordinal) ||
                    headOfName && !a.Described && a.Name.Contains(reference, StringComparison.OrdinalIgnoreCase) ||
                    a.Name.EndsWith(reference + "s", StringComparison.OrdinalIgnoreCase) && a.Described ||
                    types is not null && !a.Described && Array.IndexOf(types, a.Type) >= 0) && !PossessiveAside(document, table, start));
        }
    }

    /// <summary>"senior police officer in Srinagar", "local doctor": a described person whose head noun is singular.</summary>
    private bool OnePerson(ActorRecord described)
    {
        DescribedHead? last = null;
        foreach (var word in described.Name.Split(' '))
        {
            if (word is "in" or "at" or "of" or "from" or "for" or "who" or "with")
            {
                break; // the head stands before the phrase that places it
            }

            if (_heads.TryGetValue(word, out var head))
            {
                last = head;
            }
        }

        return last is { Type: ActorType.Person, Plural: false };
    }

    /// <summary>
    /// "A said X. In his address, President B described the attacks as brutal. 'Y,' he said": a person who opens a
    /// later sentence as its subject, after the last claim, is the nearer antecedent of "he" than that claim's source.
    /// </summary>
    private static ActorRecord? SubjectSince(Document document, ActorTable table, List<(int Start, ActorRecord Actor)> mentions, int from, int offset, ActorRecord previous)
    {
        ActorRecord? subject = null;
        var sentence = -1;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var m = lo; m < mentions.Count; m++)
        {
            var (start, actor) = mentions[m];

            if (start >= offset)
            {
                break;
            }

            var resolved = actor.Resolve();
            var si = document.SentenceAt(start);
            if (si == sentence || si < 0 || resolved.Type != ActorType.Person)
            {
                continue; // only the first person of each sentence can be its subject
            }

            sentence = si;
            if (si == document.SentenceAt(offset))
            {
                break;
            }

            subject = !resolved.Described && resolved != previous && FollowedByVerb(document, table, start) ? resolved : null;
        }

        return subject;
    }

    /// <summary>"Zelensky identified", "Diallo has described": the mention is followed by a lower-case verb.</summary>
    private static bool FollowedByVerb(Document document, ActorTable table, int start)
    {
        var end = MentionEnd(table, TokenAt(document, start));
        if (end < 0 || end >= document.TokenCount || !document.Tokens[end].IsWord || !document.Tokens[end].IsLower)
        {
            return false;
        }

        var word = document.TokenText(end);
        return word is "has" or "had" or "was" or "is" || word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal));
    }

    /// <summary>
    /// "JNIM, al-Qaeda's affiliate in the Sahel, ... The group said": a body named only as the owner in an aside that
    /// describes another actor is not what a later "the group" points back to.
    /// </summary>
    private static bool PossessiveAside(Document document, ActorTable table, int start)
    {
        var first = TokenAt(document, start);
        var end = MentionEnd(table, first);
        return first > 0 && end > 0 && end < document.TokenCount && document.Tokens[end].Kind == Text.TokenKind.Possessive && document.TokenText(first - 1) is ",";
    }

    /// <summary>The token that starts at <paramref name="offset"/>, or -1.</summary>
    private static int TokenAt(Document document, int offset)
    {
        int lo = 0, hi = document.TokenCount - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = document.Tokens[mid].Start;
            if (s == offset)
            {
                return mid;
            }

            if (s < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The token after the actor mention that starts at token <paramref name="first"/>.</summary>
    private static int MentionEnd(ActorTable table, int first)
    {
        if (first < 0 || table.AtToken(first) is not { } actor)
        {
            return -1;
        }

        var end = first + 1;
        while (table.AtToken(end) == actor)
        {
            end++;
        }

        return end;
    }

    private static ActorRecord? SpeakerAt(Document document, ActorTable table, Text.Sentence sentence)
    {
        if (sentence.Turn < 0)
        {
            return null;
        }

        var turn = document.Turns[sentence.Turn];
        for (var k = turn.LabelEndToken - 1; k >= turn.LabelFirstToken; k--)
        {
            if (table.AtToken(k) is { Type: ActorType.Person } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>"You reported": the person the speaker addresses at the start of the turn, else the previous speaker.</summary>
    private static ActorRecord? AddresseeAt(Document document, ActorTable table, Text.Sentence sentence)
    {
        if (sentence.Turn < 0)
        {
            return null;
        }

        var speaker = SpeakerAt(document, table, sentence);
        var turn = document.Turns[sentence.Turn];
        for (var k = turn.LabelEndToken + 1; k < Math.Min(turn.EndToken, turn.LabelEndToken + 6); k++)
        {
            if (table.AtToken(k) is { Type: ActorType.Person } person && person != speaker)
            {
                return person;
            }
        }

        if (sentence.Turn > 0)
        {
            var before = document.Turns[sentence.Turn - 1];
            for (var k = before.LabelEndToken - 1; k >= before.LabelFirstToken; k--)
            {
                if (table.AtToken(k) is { Type: ActorType.Person } person)
                {
                    return person;
                }
            }
        }

        return null;
    }

    private static ActorRecord? LastBefore(List<(int Start, ActorRecord Actor)> mentions, int offset, Func<ActorRecord, bool> accept, int window = 300) =>
        LastBefore(mentions, offset, (_, a) => accept(a), window);

    private static ActorRecord? LastBefore(List<(int Start, ActorRecord Actor)> mentions, int offset, Func<int, ActorRecord, bool> accept, int window = 300)
    {
        // Binary search for the offset, then look back a bounded distance: coreference is local, and this keeps
        // resolution linear in the size of the report.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo - 1; i >= Math.Max(0, lo - window); i--)
        {
            var (start, actor) = mentions[i];

            var resolved = actor.Resolve();
            if (accept(start, resolved))
            {
                return resolved;
            }
        }

        return null;
    }

    public static List<(int Start, ActorRecord Actor)> MentionIndex(ActorTable table)
    {
        var list = new List<(int, ActorRecord)>();
        foreach (var record in table.All)
        {
            foreach (var mention in record.Mentions)
            {
                list.Add((mention.Start, record));
            }
        }

        list.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    public ActorRecord DescribedFallback(Document document, ActorTable table, ClaimDraft draft)
    {
        var first = draft.FallbackFirst;
        while (first < draft.FallbackEnd - 1 && document.TokenText(first) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            first++;
        }

        var name = document.Normalized.Substring(document.Tokens[first].Start, document.Tokens[draft.FallbackEnd - 1].End - document.Tokens[first].Start);

        // "The government said", "the authorities denied": with no government named, the report's own country's.
        if ((name.Equals("government", StringComparison.OrdinalIgnoreCase) || name.Equals("authorities", StringComparison.OrdinalIgnoreCase)) &&
            ReportCountry.Main(document, lexicons.Countries) is { } country)
        {
            var government = CountryPhrases.GovernmentOf(table, country, "government");
            table.AddLooseMention(government, draft.FallbackFirst, draft.FallbackEnd);
            return government;
        }

        var record = table.Find(name) ?? table.GetOrAdd(name, draft.FallbackPerson ? ActorType.Person : ActorType.Organization, null);
        record.Described = true;
        table.AddLooseMention(record, draft.FallbackFirst, draft.FallbackEnd);
        return record;
    }
}
