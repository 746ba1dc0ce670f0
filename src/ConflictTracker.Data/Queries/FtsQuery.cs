using System.Text;

namespace ConflictTracker.Data.Queries;

/// <summary>
/// Turns whatever a user typed into a safe SQLite FTS5 query: every word becomes a quoted string (quotes doubled), so
/// FTS operators (<c>AND</c>, <c>NEAR(</c>, <c>*</c>, <c>:</c>, <c>^</c>) are searched for as words, never parsed.
/// </summary>
public static class FtsQuery
{
    /// <returns>The FTS5 query (all words must occur), or null when the text has nothing searchable.</returns>
    public static string? Escape(string? userText)
    {
        if (string.IsNullOrWhiteSpace(userText))
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var term in userText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A term with no letter or digit tokenises to nothing in FTS5; leave it out rather than match nothing.
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (query.Length > 0)
            {
                query.Append(' ');
            }

            query.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return query.Length == 0 ? null : query.ToString();
    }
}
