using System.Text;

namespace ConflictTracker.Benchmarks.Ingestion;

/// <summary>
/// Writes distinct news-like reports (front matter, ~350 words, places, named speakers and attributed statements) so
/// ingestion and extraction do realistic work. Deterministic: the same index always gives the same text. About two
/// sentences in three are attributed (~14 claims per report), denser than the devset's real reports (8 claims in 262
/// words on average), so the rate measured here is a conservative one.
/// </summary>
internal static class SyntheticReports
{
    private static readonly string[] Places = ["Kharkiv", "Mosul", "Aleppo", "Khartoum", "Goma", "Mariupol", "Tripoli", "Donetsk", "Sanaa", "Kherson", "Idlib", "Bakhmut"];
    private static readonly string[] Speakers = ["the defence ministry", "the regional governor", "a military spokesman", "the United Nations", "local officials", "the army", "the foreign minister", "aid workers"];
    private static readonly string[] Cues = ["said", "told reporters", "claimed", "reported", "stated", "denied"];
    private static readonly string[] Verbs = ["shelled", "captured", "struck", "evacuated", "repaired", "attacked", "surrounded", "reopened", "bombed", "defended"];
    private static readonly string[] Objects = ["the bridge", "a supply depot", "the hospital", "two villages", "the power station", "a convoy", "the railway", "the airport", "a school", "the water plant"];
    private static readonly string[] Filler = ["overnight", "on Tuesday", "early on Sunday", "after heavy fighting", "despite the ceasefire", "for the third day", "near the front line", "without warning"];

    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        Parallel.For(0, count, i => File.WriteAllText(Path.Combine(folder, $"report-{i:D6}.txt"), Text(i)));
    }

    public static string Text(int index)
    {
        var random = new Random(index * 7919 + 17);
        var text = new StringBuilder(3000);
        text.Append($"Title: Situation report {index}\nOutlet: Synthetic Wire {index % 7}\nPublished: 2024-{1 + index % 12:D2}-{1 + index % 28:D2}\n\n");
        var sentences = 18 + random.Next(8);
        for (var s = 0; s < sentences; s++)
        {
            var place = Pick(random, Places);
            switch (random.Next(3))
            {
                case 0:
                    text.Append($"{Capital(Pick(random, Speakers))} {Pick(random, Cues)} that forces {Pick(random, Verbs)} {Pick(random, Objects)} in {place} {Pick(random, Filler)}, with {random.Next(2, 400)} people affected.");
                    break;
                case 1:
                    text.Append($"In {place}, {Pick(random, Objects)} was {Pick(random, Verbs)} {Pick(random, Filler)}; report {index} counted {random.Next(1, 90)} incidents.");
                    break;
                default:
                    text.Append($"According to {Pick(random, Speakers)}, {random.Next(3, 60)} units moved towards {place} and {Pick(random, Places)} {Pick(random, Filler)}.");
                    break;
            }

            text.Append(s % 4 == 3 ? "\n\n" : " ");
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
