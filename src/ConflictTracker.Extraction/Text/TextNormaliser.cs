namespace ConflictTracker.Extraction.Text;

/// <summary>
/// Folds typographic variants (curly quotes, dashes, odd spaces, zero-width and direction marks) to plain ASCII
/// forms one character for one character, so every offset in the normalised text is an offset in the original.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < 128 ? (c == '\t' ? ' ' : c == '\r' ? (i + 1 < source.Length && source[i + 1] == '\n' ? ' ' : '\n') : c) : Fold(c);
            }
        });
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4' or '\u02B9' or '\u02BB' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u205F' or '\u3000' or '\u0085' => c == '\u0085' ? '\n' : ' ',
        >= '\u2000' and <= '\u200F' => ' ',
        '\u2028' or '\u2029' => '\n',
        >= '\u202A' and <= '\u202E' => ' ',
        >= '\u2060' and <= '\u2069' => ' ',
        '\uFEFF' => ' ',
        '\u2026' => '.',
        _ => c,
    };
}
