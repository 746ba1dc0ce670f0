using System.Text;

namespace ConflictTracker.Benchmarks.Extraction;

/// <summary>
/// The fixed corpus the extraction benchmark runs over: the devset article bodies when a checkout has them beside it
/// (<c>shared/devset/articles</c> in a parent folder; read at run time, never copied into the repository), otherwise
/// reports generated from composed templates with a fixed seed, so every run measures the same text.
/// </summary>
public static class BenchmarkCorpus
{
    public static (string[] Texts, string Origin) Load()
    {
        var folder = FindDevset();
        if (folder is not null)
        {
            var texts = new List<string>();
            foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(path);
                var body = text.IndexOf("\n\n", StringComparison.Ordinal);
                texts.Add(body >= 0 ? text[(body + 2)..] : text);
            }

            if (texts.Count > 0)
            {
                return (texts.ToArray(), folder);
            }
        }

        return (Generate(40, seed: 20261125), "generated (seed 20261125)");
    }

    public static long CountWords(IEnumerable<string> texts)
    {
        long words = 0;
        foreach (var text in texts)
        {
            var inWord = false;
            foreach (var c in text)
            {
                var space = char.IsWhiteSpace(c);
                if (!space && !inWord)
                {
                    words++;
                }

                inWord = !space;
            }
        }

        return words;
    }

    private static string? FindDevset()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "devset", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        return null;
    }

    private static readonly string[] People = ["Petro Danylenko", "Amara Okonkwo", "Lena Varga", "Ivan Petrenko", "Samir Haddad", "Grace Mwangi"];
    private static readonly string[] Titles = ["Defence Minister", "regional governor", "military spokesman", "Foreign Minister", "army commander"];
    private static readonly string[] Sources = ["the Institute for the Study of War", "Reuters", "the United Nations", "Ukrainian officials", "the Russian Defense Ministry", "Hamas", "NATO"];
    private static readonly string[] Places = ["Kharkiv", "Odesa", "Rafah", "Khartoum", "El Fasher", "Goma", "Mogadishu", "Bakhmut"];
    private static readonly string[] Events =
    [
        "drones struck an energy facility near {0} overnight",
        "troops advanced two kilometres west of {0}",
        "shelling killed at least {1} civilians in {0}",
        "air defences shot down {1} missiles over {0}",
        "aid convoys could not reach {0} for a third day",
    ];

    private static string[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            for (var p = 0; p < 10; p++)
            {
                var person = People[random.Next(People.Length)];
                var title = Titles[random.Next(Titles.Length)];
                var source = Sources[random.Next(Sources.Length)];
                var evt = string.Format(System.Globalization.CultureInfo.InvariantCulture, Events[random.Next(Events.Length)], Places[random.Next(Places.Length)], random.Next(2, 40));
                var evt2 = string.Format(System.Globalization.CultureInfo.InvariantCulture, Events[random.Next(Events.Length)], Places[random.Next(Places.Length)], random.Next(2, 40));
                builder.Append(random.Next(4) switch
                {
                    0 => $"{title} {person} said on Tuesday that {evt}. He added that {evt2}.",
                    1 => $"\"We saw that {evt},\" {title} {person} told reporters. According to {source}, {evt2}.",
                    2 => $"Russian forces said {evt}, while {source} reported that {evt2} and may continue.",
                    _ => $"{char.ToUpperInvariant(evt[0])}{evt[1..]}, {source} said. The situation remains tense as {evt2}.",
                });
                builder.Append("\n\n");
            }

            texts[i] = builder.ToString();
        }

        return texts;
    }
}
