using ConflictTracker.Data.Queries;

namespace ConflictTracker.Web.Annotations;

/// <summary>
/// Cuts a report's text at every annotation boundary so the page can wrap each run in plain elements and still render
/// the text itself through Razor's escaping: no HTML is ever built from report text.
/// </summary>
public static class ReportTextSegmenter
{
    public static IReadOnlyList<TextSegment> Split(string text, IReadOnlyList<ReportAnnotation> annotations)
    {
        // Spans come from storage: clamp them to the text so a stale or odd offset degrades to plain text, never an exception.
        var valid = new List<ReportAnnotation>(annotations.Count);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var annotation in annotations)
        {
            var start = Math.Clamp(annotation.Start, 0, text.Length);
            var end = Math.Clamp(annotation.End, 0, text.Length);
            if (end <= start)
            {
                continue;
            }

            valid.Add(annotation with { Start = start, End = end });
            cuts.Add(start);
            cuts.Add(end);
        }

        var segments = new List<TextSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                segments.Add(new TextSegment(text[previous..cut], Innermost(valid, previous, cut, claims: false), Innermost(valid, previous, cut, claims: true)));
            }

            previous = cut;
        }

        return Merge(segments);
    }

    /// <summary>The shortest annotation of the wanted family covering [start, end): a name inside a longer name wins.</summary>
    private static ReportAnnotation? Innermost(List<ReportAnnotation> annotations, int start, int end, bool claims)
    {
        ReportAnnotation? best = null;
        foreach (var annotation in annotations)
        {
            if ((annotation.Kind == AnnotationKind.Claim) != claims || annotation.Start > start || annotation.End < end)
            {
                continue;
            }

            if (best is null || annotation.End - annotation.Start < best.End - best.Start)
            {
                best = annotation;
            }
        }

        return best;
    }

    /// <summary>Joins neighbours with the same annotations (cuts from spans that were skipped leave needless breaks).</summary>
    private static List<TextSegment> Merge(List<TextSegment> segments)
    {
        var merged = new List<TextSegment>(segments.Count);
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Mention == segment.Mention && last.Claim == segment.Claim)
            {
                merged[^1] = last with { Text = last.Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }
}
