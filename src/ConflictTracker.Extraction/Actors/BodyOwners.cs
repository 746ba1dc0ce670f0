using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>The country that owns a body named without it: "Pakistan's Foreign Office", "the Ministry of Defence in Yaoundé".</summary>
internal sealed class BodyOwners(ExtractionLexicons lexicons)
{
    /// <summary>The country whose possessive stands right before a name ("Ukraine's Khortytsia group"), if any.</summary>
    public Country? Before(Document document, Sentence sentence, int first, out int ownerStart)
    {
        ownerStart = -1;
        if (first - 2 < sentence.FirstToken || document.Tokens[first - 1].Kind != TokenKind.Possessive)
        {
            return null;
        }

        var k = first - 2;
        while (k > sentence.FirstToken && document.Tokens[k - 1].IsCapitalised && first - k < 3)
        {
            k--;
        }

        if (!lexicons.CountryNames.TryMatch(document.Normalized, document.Tokens, k, first - 1, out var country, out _))
        {
            return null;
        }

        ownerStart = k;
        return country;
    }

    /// <summary>The country whose capital (or name) follows a body's name after "in" ("the Ministry of Defence in Yaoundé"), if any.</summary>
    public Country? After(Document document, Sentence sentence, int end, out int placeEnd)
    {
        placeEnd = end;
        if (end + 1 >= sentence.EndToken || document.TokenText(end) is not "in")
        {
            return null;
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        return lexicons.Capitals.TryMatch(text, tokens, end + 1, sentence.EndToken, out var country, out placeEnd) ||
            lexicons.CountryNames.TryMatch(text, tokens, end + 1, sentence.EndToken, out country, out placeEnd)
            ? country
            : null;
    }

    /// <summary>A ministry or department of a state; an embassy or mission in a capital belongs to another country.</summary>
    public static bool IsStateBody(string name) =>
        name.Contains("Ministry", StringComparison.Ordinal) || name.Contains("Department", StringComparison.Ordinal) ||
        name.Contains("Directorate", StringComparison.Ordinal) || name.Contains("Presidency", StringComparison.Ordinal) ||
        name.Contains("Cabinet", StringComparison.Ordinal) || name.Contains("Parliament", StringComparison.Ordinal);
}
