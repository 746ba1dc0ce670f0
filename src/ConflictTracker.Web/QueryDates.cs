using System.Globalization;

namespace ConflictTracker.Web;

/// <summary>Dates in query strings are <c>yyyy-MM-dd</c>; anything else is ignored rather than an error page.</summary>
public static class QueryDates
{
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? Format(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
