using ConflictTracker.Extraction.Claims;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// Resolves pronoun and role sources ("he said", "the spokesman added", "I" in a transcript turn) to actors named
/// earlier, then writes the final actors (one per real actor, all mentions) and claims (one per source).
/// </summary>
public sealed class ResolutionStep(ExtractionLexicons lexicons) : IExtractionStep
{
    private readonly SourceResolver _resolver = new(lexicons);

    public string Name => "Resolution";

    public void Run(Document document)
    {
        var table = document.ActorTable;
        if (table is null)
        {
            return;
        }

        var mentions = SourceResolver.MentionIndex(table);
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
                var resolved = _resolver.Resolve(document, table, mentions, draft, previous);
                if (resolved is not null)
                {
                    draft.Sources.Add(resolved);
                }
                else if (draft.FallbackFirst >= 0)
                {
                    draft.Sources.Add(_resolver.DescribedFallback(document, table, draft));
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
                TextNames.PreferTextName(record);
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

        PlacesThatAreActors.Drop(document, table);
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
