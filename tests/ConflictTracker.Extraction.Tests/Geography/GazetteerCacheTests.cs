using ConflictTracker.Extraction.Geography;

namespace ConflictTracker.Extraction.Tests.Geography;

public sealed class GazetteerCacheTests
{
    [Fact]
    public void GazetteerReadBackFromItsBinaryFormFindsWhatTheParsedOneFinds()
    {
        // Most processes load the binary form; the data files are parsed only when it is missing. Both must agree.
        var parsed = Gazetteer.Parse();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            parsed.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var cached = Gazetteer.Read(reader);

        Assert.Equal(parsed.Count, cached.Count);
        foreach (var name in new[] { "kyiv", "al fashir", "kharkiv oblast", "ukraine", "cox bazar" })
        {
            var expected = parsed.Find(name).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, cached.Find(name).ToArray());
            Assert.Equal(parsed[expected[0]].Name, cached[expected[0]].Name);
        }

        Assert.Equal(parsed.FindSkeleton(PlaceKey.Skeleton("kupjansk")).ToArray(), cached.FindSkeleton(PlaceKey.Skeleton("kupjansk")).ToArray());
    }
}
