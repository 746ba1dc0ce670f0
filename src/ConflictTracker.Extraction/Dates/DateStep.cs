using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Dates;

/// <summary>Gives each claim the date its sentence states, resolved against the publication date when relative.</summary>
public sealed class DateStep : IExtractionStep
{
    public string Name => "Dates";

    public void Run(Document document)
    {
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            var si = document.SentenceAt(claim.Start);
            if (si < 0)
            {
                continue;
            }

            var sentence = document.Sentences[si];
            var date = DateExpressions.FirstIn(document.Normalized, document.Tokens, sentence.FirstToken, sentence.EndToken, document.Input.Published);
            if (date is not null)
            {
                document.Claims[i] = claim with { Date = date };
            }
        }
    }
}
