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
    }

    private static ActorRecord DescribedFallback(Document document, ActorTable table, ClaimDraft draft)
    {
        var first = draft.FallbackFirst;
        while (first < draft.FallbackEnd - 1 && document.TokenText(first) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            first++;
        }

        var name = document.Normalized.Substring(document.Tokens[first].Start, document.Tokens[draft.FallbackEnd - 1].End - document.Tokens[first].Start);
        var record = table.Find(name) ?? table.GetOrAdd(name, ActorType.Organization, null);
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
                    return recentPrevious;
                }

                return LastBefore(mentions, offset, static a => a.Type is not ActorType.Person and not ActorType.State);
            case "i" or "we":
                return SpeakerAt(document, table, sentence);
            case "you":
                return AddresseeAt(document, table, sentence);
            default:
                // A role: the nearest earlier actor with that role or a name ending in it ("the official", "the ministry").
                return LastBefore(mentions, offset, a =>
                    a.Roles.Contains(reference) ||
                    a.Name.EndsWith(reference, StringComparison.OrdinalIgnoreCase) ||
                    a.Name.EndsWith(reference + "s", StringComparison.OrdinalIgnoreCase) && a.Described);
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

    private static ActorRecord? LastBefore(List<(int Start, ActorRecord Actor)> mentions, int offset, Func<ActorRecord, bool> accept)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (start, actor) = mentions[i];
            if (start >= offset)
            {
                continue;
            }

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

    private static ExtractedClaim ToClaim(Document document, ActorTable table, ClaimDraft draft, ActorRecord source)
    {
        var sentence = document.Sentences[draft.Sentence];
        var actors = new List<string>();
        foreach (var record in table.All)
        {
            if (record.MergedInto is not null || !record.Emit || record == source)
            {
                continue;
            }

            foreach (var mention in record.Mentions)
            {
                if (mention.Start >= draft.Start && mention.End <= draft.End)
                {
                    actors.Add(record.Name);
                    break;
                }
            }
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
