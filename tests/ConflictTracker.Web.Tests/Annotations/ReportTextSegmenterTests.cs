using ConflictTracker.Data.Queries;
using ConflictTracker.Web.Annotations;

namespace ConflictTracker.Web.Tests.Annotations;

public sealed class ReportTextSegmenterTests
{
    [Fact]
    public void KeepsEveryCharacterOfTheTextInOrder()
    {
        const string text = "Kova said Rivertown fell.";
        ReportAnnotation[] annotations = [new(10, 24, AnnotationKind.Claim, 1, "Kova · said"), new(10, 19, AnnotationKind.Location, 2, "Rivertown"), new(0, 4, AnnotationKind.Actor, 3, "Kova")];

        var segments = ReportTextSegmenter.Split(text, annotations);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(
            [("Kova", AnnotationKind.Actor, false), (" said ", (AnnotationKind?)null, false), ("Rivertown", AnnotationKind.Location, true), (" fell", null, true), (".", null, false)],
            segments.Select(s => (s.Text, s.Mention?.Kind, s.Claim is not null)));
    }

    [Fact]
    public void PrefersTheInnermostNameWhenNamesNest()
    {
        var segments = ReportTextSegmenter.Split("the Donetsk Oblast front", [new(4, 18, AnnotationKind.Location, 1, "Donetsk Oblast"), new(4, 11, AnnotationKind.Location, 2, "Donetsk")]);

        Assert.Equal([("the ", (int?)null), ("Donetsk", 2), (" Oblast", 1), (" front", null)], segments.Select(s => (s.Text, s.Mention?.TargetId)));
    }

    [Fact]
    public void IgnoresSpansOutsideTheText()
    {
        var segments = ReportTextSegmenter.Split("short", [new(3, 99, AnnotationKind.Actor, 1, "x"), new(-5, -1, AnnotationKind.Actor, 2, "y"), new(4, 2, AnnotationKind.Actor, 3, "z")]);

        Assert.Equal([("sho", (int?)null), ("rt", 1)], segments.Select(s => (s.Text, s.Mention?.TargetId)));
    }

    [Fact]
    public void EmptyTextGivesNoSegments()
    {
        Assert.Empty(ReportTextSegmenter.Split("", [new(0, 3, AnnotationKind.Actor, 1, "x")]));
    }
}
