using ConflictTracker.Extraction.Claims;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// Resolves pronoun and role sources ("he said", "the spokesman added", "I" in a transcript turn) to actors named
/// earlier, then writes the final actors (one per real actor, all mentions) and claims (one per source).
/// </summary>
public sealed class ResolutionStep : IExtractionStep
{
    public string Name => "Resolution";

    public void Run(Document document)
    {
        var table = document.ActorTable;
        if (table is null)
        {
            return;
        }

        var mentions = MentionIndex(table);
        ClaimDraft? previous = null;
        foreach (var draft in document.ClaimDrafts)
        {
            if (draft.Sources.Count == 0 && draft.Reference is "statement")
            {
                // "The statement also said": the issuers of the statement quoted just before.
                if (previous is not null && draft.Sentence - previous.Sentence <= 3)
                {
                    foreach (var source in previous.Sources)
                    {
                        draft.Sources.Add(source);
                    }
                }
            }
            else if (draft.Sources.Count == 0 && draft.Reference is not null)
            {
                var resolved = Resolve(document, table, mentions, draft, previous);
                if (resolved is not null)
                {
                    draft.Sources.Add(resolved);
                }
                else if (draft.FallbackFirst >= 0)
                {
                    draft.Sources.Add(DescribedFallback(document, table, draft));
                }
            }

            if (draft.Sources.Count > 0)
            {
                previous = draft;
            }
        }

        foreach (var record in table.All)
        {
            if (record.MergedInto is null && record.Emit)
            {
                PreferTextName(record);
            }
        }

        var seen = new HashSet<(string, int, int)>();
        foreach (var draft in document.ClaimDrafts)
        {
            foreach (var source in draft.Sources)
            {
                var actor = source.Resolve();
                if (!seen.Add((actor.Name, draft.Start, draft.End)))
                {
                    continue;
                }

                actor.Emit = true;
                document.Claims.Add(ToClaim(document, table, draft, actor));
            }
        }

        foreach (var record in table.Emitted())
        {
            document.Actors.Add(ActorTable.ToActor(record));
        }

        DropPlacesThatAreActors(document, table);
    }

    /// <summary>
    /// The location step runs before actors are known, so a place name that is really an actor ("the Pentagon said",
    /// "Moscow said", the surname "Austin", "Jean-Pierre") is removed from the locations here: a mention is dropped
    /// when an actor mention has exactly its span, or a person's name contains it.
    /// </summary>
    private static void DropPlacesThatAreActors(Document document, ActorTable table)
    {
        for (var i = document.Locations.Count - 1; i >= 0; i--)
        {
            var location = document.Locations[i];
            var kept = new List<Mention>(location.Mentions.Count);
            foreach (var mention in location.Mentions)
            {
                if (!IsActorMention(document, table, mention, location.Kind))
                {
                    kept.Add(mention);
                }
            }

            if (kept.Count == location.Mentions.Count)
            {
                continue;
            }

            if (kept.Count == 0)
            {
                document.Locations.RemoveAt(i);
            }
            else
            {
                document.Locations[i] = location with { Mentions = kept };
            }
        }
    }

    private static bool IsActorMention(Document document, ActorTable table, Mention mention, LocationKind kind)
    {
        var si = document.SentenceAt(mention.Start);
        if (si < 0)
        {
            return false;
        }

        var sentence = document.Sentences[si];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k];
            if (t.End <= mention.Start)
            {
                continue;
            }

            if (t.Start >= mention.End)
            {
                break;
            }

            if (table.AtToken(k) is not { Emit: true } actor)
            {
                return false;
            }

            var first = table.MentionStart(k);
            var last = k;
            while (last + 1 < document.TokenCount && table.TokenActor[last + 1] == table.TokenActor[k])
            {
                last++;
            }

            var start = document.Tokens[first].Start;
            var end = document.Tokens[last].End;
            if (actor.Type == ActorType.Person && start <= mention.Start && end >= mention.End)
            {
                return true;
            }

            // A country acting as a state stays a place too (the gold lists it in both); only cities and seats of
            // government stand in for a government and stop being places.
            if (kind == LocationKind.Country)
            {
                return false;
            }

            // A seat of government or capital standing for a government: the actor mention is exactly the place name.
            return start == mention.Start && end == mention.End && actor.Type != ActorType.State
                || start == mention.Start && end == mention.End && !actor.Name.Equals(mention.Text, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>
    /// A dictionary name the report never uses ("Gaza Health Ministry" where the text says "Ministry of Health in
    /// Gaza") gives way to the longest proper name the text does use, because readers and annotators know the actor by
    /// the report's words; the dictionary name stays an alias.
    /// </summary>
    private static void PreferTextName(ActorRecord record)
    {
        if (record.Type is ActorType.Person or ActorType.State || record.Described || record.Mentions.Count == 0)
        {
            return;
        }

        var nameIsAcronym = IsAcronym(record.Name);
        string? best = null;
        string? acronym = null;
        foreach (var mention in record.Mentions)
        {
            if (IsAcronym(mention.Text))
            {
                acronym ??= mention.Text;
            }

            var text = mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention.Text[4..] : mention.Text;
            // The dictionary name is in the text: keep it, unless it is only the acronym of a long form also used.
            if (!nameIsAcronym && ActorTable.Key(text).Replace('\u2019', '\'').Equals(ActorTable.Key(record.Name), StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (IsProperName(text) && (best is null || text.Length > best.Length))
            {
                best = text;
            }
        }

        // Only an acronym in the text ("the HUR") that does not abbreviate the dictionary name (a transliterated
        // acronym): the report's acronym is the name its readers know. "WHO" keeps "World Health Organization".
        if (best is null && acronym is not null && !nameIsAcronym && !Abbreviates(acronym, record.Name))
        {
            best = acronym;
        }

        if (best is null)
        {
            return;
        }

        var old = record.Name;
        record.Name = best;
        record.AddAlias(old);
    }

    private static bool Abbreviates(string acronym, string name)
    {
        Span<char> all = stackalloc char[16];
        Span<char> content = stackalloc char[16];
        int a = 0, c = 0;
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length == 0 || a == all.Length || c == content.Length)
            {
                continue;
            }

            all[a++] = char.ToUpperInvariant(word[0]);
            if (char.IsUpper(word[0]))
            {
                content[c++] = word[0];
            }
        }

        return acronym.AsSpan().SequenceEqual(all[..a]) || acronym.AsSpan().SequenceEqual(content[..c]);
    }

    private static bool IsAcronym(string text)
    {
        if (text.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Ministry of Health in Gaza": two or more words, each capitalised or a short function word.</summary>
    private static bool IsProperName(string text)
    {
        var words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "for" or "the" or "and" or "in" or "on" or "de" or "du" or "des" or "al")
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || word.Contains('\'') || word.Contains('\u2019') || word.Contains('.'))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    private static ActorRecord DescribedFallback(Document document, ActorTable table, ClaimDraft draft)
    {
        var first = draft.FallbackFirst;
        while (first < draft.FallbackEnd - 1 && document.TokenText(first) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            first++;
        }

        var name = document.Normalized.Substring(document.Tokens[first].Start, document.Tokens[draft.FallbackEnd - 1].End - document.Tokens[first].Start);
        var record = table.Find(name) ?? table.GetOrAdd(name, draft.FallbackPerson ? ActorType.Person : ActorType.Organization, null);
        record.Described = true;
        table.AddLooseMention(record, draft.FallbackFirst, draft.FallbackEnd);
        return record;
    }

    private static ActorRecord? Resolve(Document document, ActorTable table, List<(int Start, ActorRecord Actor)> mentions, ClaimDraft draft, ClaimDraft? previous)
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
                    return recentPrevious;
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
                var types = BodyNounTypes(reference);
                // "The Doctors Network said A. The group said B": the body that made the last claim is the nearer antecedent.
                if (types is not null && recentPrevious is { Described: false } last && draft.Sentence - previous!.Sentence <= 2 && Array.IndexOf(types, last.Type) >= 0)
                {
                    return last;
                }

                // "the ministry" finds "Ministry of Defence" as well as "Defence Ministry".
                var headOfName = reference is "ministry" or "office" or "council" or "agency" or "committee" or "command" or "commission" or "directorate" or "service" or "mission";
                return LastBefore(mentions, offset, a =>
                    a.Roles.Contains(reference) ||
                    a.Name.EndsWith(reference, StringComparison.OrdinalIgnoreCase) ||
                    headOfName && !a.Described && a.Name.Contains(reference, StringComparison.OrdinalIgnoreCase) ||
                    a.Name.EndsWith(reference + "s", StringComparison.OrdinalIgnoreCase) && a.Described ||
                    types is not null && !a.Described && Array.IndexOf(types, a.Type) >= 0);
        }
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

    private static ActorType[]? BodyNounTypes(string reference) => reference switch
    {
        "group" => [ActorType.ArmedGroup, ActorType.Organization],
        "movement" or "militia" or "rebels" or "militants" or "insurgents" => [ActorType.ArmedGroup],
        "force" => [ActorType.ArmedGroup, ActorType.Military],
        "army" or "military" => [ActorType.Military],
        "mission" or "organisation" or "organization" or "agency" => [ActorType.InternationalOrg, ActorType.Organization],
        _ => null,
    };

    private static ActorRecord? LastBefore(List<(int Start, ActorRecord Actor)> mentions, int offset, Func<ActorRecord, bool> accept, int window = 300)
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
            var (_, actor) = mentions[i];

            var resolved = actor.Resolve();
            if (accept(resolved))
            {
                return resolved;
            }
        }

        return null;
    }

    private static List<(int Start, ActorRecord Actor)> MentionIndex(ActorTable table)
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

    private static int FirstTokenAt(Document document, int offset)
    {
        var si = document.SentenceAt(offset);
        return si >= 0 ? document.Sentences[si].FirstToken : 0;
    }

    private static ExtractedClaim ToClaim(Document document, ActorTable table, ClaimDraft draft, ActorRecord source)
    {
        var sentence = document.Sentences[draft.Sentence];
        var actors = new List<string>();
        for (var k = sentence.FirstToken > 0 && document.Tokens[sentence.FirstToken].Start > draft.Start ? FirstTokenAt(document, draft.Start) : sentence.FirstToken; k < document.TokenCount; k++)
        {
            var t = document.Tokens[k];
            if (t.Start >= draft.End)
            {
                break;
            }

            if (t.Start < draft.Start || table.AtToken(k) is not { } record || !record.Emit || record == source || actors.Contains(record.Name))
            {
                continue;
            }

            actors.Add(record.Name);
        }

        var locations = new List<string>();
        foreach (var location in document.Locations)
        {
            foreach (var mention in location.Mentions)
            {
                if (mention.Start >= draft.Start && mention.End <= draft.End)
                {
                    locations.Add(location.Name);
                    break;
                }
            }
        }

        return new ExtractedClaim
        {
            Source = source.Name,
            SourceType = source.Described ? SourceType.Described : (SourceType)(int)source.Type,
            Cue = draft.Cue,
            Text = document.Text.Substring(draft.Start, draft.End - draft.Start),
            Hedged = draft.Hedged,
            Evidentiality = draft.Evidentiality,
            Start = draft.Start,
            End = draft.End,
            Sentence = document.Text.Substring(sentence.Start, sentence.End - sentence.Start),
            Locations = locations,
            Actors = actors,
        };
    }
}
