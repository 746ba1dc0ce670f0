using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Dates;

/// <summary>
/// Reads the first date a sentence gives: explicit ("March 3", "3 March 2024", "March 3, 2024", "2024-03-03") or
/// relative to the report's publication date ("on Saturday", "yesterday", "last week", "in recent weeks").
/// </summary>
public static class DateExpressions
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static DateOnly? FirstIn(string text, Token[] tokens, int first, int end, DateOnly? published)
    {
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            var word = text.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Number && word.Length == 10 && word[4] == '-' && word[7] == '-' &&
                DateOnly.TryParseExact(word, "yyyy-MM-dd", out var iso))
            {
                return iso;
            }

            if (!t.IsWord)
            {
                continue;
            }

            if (t.Length < 4 || !t.IsCapitalised && word[0] is not ('y' or 't' or 'o' or 'l' or 'r'))
            {
                continue; // no month, weekday or relative word is that short or starts otherwise
            }

            var month = t.IsCapitalised ? MonthOf(word) : 0;
            if (month > 0 && t.IsCapitalised)
            {
                // "March 3" / "March 3, 2024"
                if (k + 1 < end && TryDay(text, tokens[k + 1], out var day))
                {
                    var year = k + 3 < end && text[tokens[k + 2].Start] == ',' && TryYear(text, tokens[k + 3], out var y) ? y
                        : k + 2 < end && TryYear(text, tokens[k + 2], out y) ? y : InferYear(published, month, day);
                    if (year > 0 && Make(year, month, day) is { } date)
                    {
                        return date;
                    }
                }

                // "3 March 2024"
                if (k > first && TryDay(text, tokens[k - 1], out var before))
                {
                    var year = k + 1 < end && TryYear(text, tokens[k + 1], out var y) ? y : InferYear(published, month, before);
                    if (year > 0 && Make(year, month, before) is { } date)
                    {
                        return date;
                    }
                }

                continue;
            }

            if (published is not { } pub)
            {
                continue;
            }

            var weekday = WeekdayOf(word);
            if (weekday >= 0 && t.IsCapitalised)
            {
                // News uses the weekday for the most recent such day up to the publication date.
                var back = ((int)pub.DayOfWeek - weekday + 7) % 7;
                return pub.AddDays(-back);
            }

            if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
            {
                return pub.AddDays(-1);
            }

            if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("overnight", StringComparison.OrdinalIgnoreCase))
            {
                return pub;
            }

            if (word.Equals("last", StringComparison.OrdinalIgnoreCase) && k + 1 < end)
            {
                var next = text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length);
                if (next.Equals("week", StringComparison.OrdinalIgnoreCase))
                {
                    return pub.AddDays(-7);
                }

                if (next.Equals("month", StringComparison.OrdinalIgnoreCase))
                {
                    return pub.AddMonths(-1);
                }

                if (next.Equals("year", StringComparison.OrdinalIgnoreCase))
                {
                    return pub.AddYears(-1);
                }
            }

            if (word.Equals("recent", StringComparison.OrdinalIgnoreCase) && k + 1 < end &&
                text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) is "weeks" or "days" or "months")
            {
                // "in recent weeks" has no single day; the publication date is the latest the claim can hold.
                return pub;
            }
        }

        return null;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        for (var m = 0; m < Months.Length; m++)
        {
            if (word.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static int WeekdayOf(ReadOnlySpan<char> word)
    {
        for (var d = 0; d < Weekdays.Length; d++)
        {
            if (word.Equals(Weekdays[d], StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }

        return -1;
    }

    private static bool TryDay(string text, Token token, out int day)
    {
        day = 0;
        var span = text.AsSpan(token.Start, token.Length);
        if (span.EndsWith("st") || span.EndsWith("nd") || span.EndsWith("rd") || span.EndsWith("th"))
        {
            span = span[..^2];
        }

        return span.Length is 1 or 2 && int.TryParse(span, out day) && day is >= 1 and <= 31;
    }

    private static bool TryYear(string text, Token token, out int year) =>
        int.TryParse(text.AsSpan(token.Start, token.Length), out year) && token.Length == 4 && year is >= 1900 and <= 2100;

    /// <summary>A date without a year is the latest such date not after publication.</summary>
    private static int InferYear(DateOnly? published, int month, int day)
    {
        if (published is not { } pub)
        {
            return 0;
        }

        return month > pub.Month || (month == pub.Month && day > pub.Day) ? pub.Year - 1 : pub.Year;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
