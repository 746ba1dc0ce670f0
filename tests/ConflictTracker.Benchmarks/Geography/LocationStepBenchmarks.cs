using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictTracker.Extraction.Geography;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Benchmarks.Geography;

/// <summary>
/// Place spotting and geocoding over a fixed corpus of composed news-like paragraphs (about 100,000 words), and the
/// gazetteer's cold load. Words per second = <see cref="Words"/> / mean time of <see cref="LocateCorpus"/>.
/// </summary>
[MemoryDiagnoser]
public class LocationStepBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "Russian forces shelled Avdiivka and Kupiansk in the Kharkiv region overnight, Ukrainian officials said on Tuesday, adding that two civilians were wounded.",
        "KYIV, Ukraine (AP) — Drones struck energy facilities in the Lviv, Odesa and Dnipropetrovsk regions, the grid operator Ukrenergo said in a statement.",
        "Moscow said its air defences downed missiles over the Belgorod region, while Kyiv's forces reported gains near Robotyne and along the Dnipro River.",
        "The Rapid Support Forces shelled El Fasher, the capital of North Darfur, and attacked the Zamzam camp, according to the United Nations and local doctors.",
        "Israeli strikes on Rafah and Khan Younis in the southern Gaza Strip killed dozens, the Gaza health ministry said, as talks continued in Cairo and Doha.",
        "Defence Minister Sergei Shoigu met General Valery Gerasimov as the Institute for the Study of War assessed that the offensive had stalled near Bakhmut.",
        "M23 rebels backed by Rwanda advanced on Goma in North Kivu province, prompting thousands to flee toward the border with Uganda and Lake Kivu.",
        "Houthi fighters in Yemen fired missiles at ships in the Red Sea and the Gulf of Aden; the Pentagon said none was hit, and Washington warned of reprisals.",
    ];

    private readonly LocationStep _step = new();
    private string[] _corpus = [];

    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // Warm the shared gazetteer outside the measured loop: the step's steady state is what the pipeline sees.
        _ = Gazetteer.Default;
        var corpus = new List<string>();
        var words = 0;
        var builder = new StringBuilder();
        for (var i = 0; words < 100_000; i++)
        {
            builder.Clear();
            for (var j = 0; j < 6; j++)
            {
                var paragraph = Paragraphs[(i + (j * 3)) % Paragraphs.Length];
                builder.Append(paragraph).Append("\n\n");
                words += paragraph.Split(' ').Length;
            }

            corpus.Add(builder.ToString());
        }

        _corpus = [.. corpus];
        Words = words;
        Console.WriteLine($"// corpus: {_corpus.Length} reports, {Words} words");
    }

    [Benchmark]
    public int LocateCorpus()
    {
        var found = 0;
        foreach (var text in _corpus)
        {
            var document = new Document(new ReportInput(text));
            _step.Run(document);
            found += document.Locations.Count;
        }

        return found;
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.LoadFromResources().Count;
}
