using System.Text;

namespace ConflictTracker.Data.Queries;

/// <summary>
/// Turns whatever a user typed into a safe FTS5 MATCH expression: every word becomes a quoted phrase, so FTS syntax
/// (AND, NEAR, column filters, stray quotes or parentheses) is searched for as text instead of raising an error.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The MATCH expression, or null when the text holds no searchable word.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = new StringBuilder();
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(ch);
            }
            else
            {
                Flush(result, word);
            }
        }

        Flush(result, word);
        return result.Length == 0 ? null : result.ToString();
    }

    private static void Flush(StringBuilder result, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (result.Length > 0)
        {
            result.Append(' ');
        }

        // Words are letters and digits only, so no quote can end the phrase early; a trailing * keeps prefix search.
        result.Append('"').Append(word).Append('"').Append('*');
        word.Clear();
    }
}
