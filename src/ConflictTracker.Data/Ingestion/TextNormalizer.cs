using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConflictTracker.Data.Ingestion;

/// <summary>The one place that decides what "the same text" and "the same name" mean.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// The clean text stored and given to extraction: Unicode NFC, <c>\n</c> line ends, spaces collapsed within lines,
    /// no invisible characters, at most one blank line between paragraphs, trimmed.
    /// </summary>
    public static string Clean(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var newlines = 0;
        var pendingSpace = false;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\r')
            {
                if (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c is '\n' or '\u2028' or '\u2029')
            {
                if (builder.Length > 0)
                {
                    newlines++;
                }

                pendingSpace = false;
                continue;
            }

            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != '\t'))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0 && newlines == 0;
                continue;
            }

            if (newlines > 0)
            {
                builder.Append(newlines > 1 ? "\n\n" : "\n");
                newlines = 0;
            }
            else if (pendingSpace)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>SHA-256 of the clean text, lower-case hex: the identity of a report's content.</summary>
    public static string ContentHash(string cleanText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanText)));

    public static string BytesHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A name as matched across reports: lower case, no diacritics or punctuation, no leading "the".</summary>
    public static string Name(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                // "Zelensky's" and "Zelenskys" are one token, not two.
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var result = builder.ToString().Trim();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }
}
