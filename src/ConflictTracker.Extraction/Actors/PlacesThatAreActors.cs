using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// The location step runs before actors are known, so a place name that is really an actor ("the Pentagon said",
/// "Moscow said", the surname "Austin") is removed from the locations once the actors are.
/// </summary>
internal static class PlacesThatAreActors
{
    /// <summary>
    /// The location step runs before actors are known, so a place name that is really an actor ("the Pentagon said",
    /// "Moscow said", the surname "Austin", "Jean-Pierre") is removed from the locations here: a mention is dropped
    /// when an actor mention has exactly its span, or a person's name contains it.
    /// </summary>
    public static void Drop(Document document, ActorTable table)
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
}
