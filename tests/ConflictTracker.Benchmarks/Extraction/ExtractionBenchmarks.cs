using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConflictTracker.Extraction;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Benchmarks.Extraction;

/// <summary>
/// The whole extraction pipeline over a fixed corpus on one thread, in steady state (data files loaded in setup).
/// Run: <c>dotnet run -c Release --project tests/ConflictTracker.Benchmarks -- --filter *ExtractionBenchmarks*</c>;
/// the "Words/s" column is the corpus word count divided by the median time per pass.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReportExtractor _extractor = null!;
    private ReportInput[] _inputs = [];

    internal static long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var (texts, origin) = BenchmarkCorpus.Load();
        Words = BenchmarkCorpus.CountWords(texts);
        Console.WriteLine($"// Corpus: {texts.Length} reports, {Words} words, from {origin}");
        _inputs = Array.ConvertAll(texts, t => new ReportInput(t, new DateOnly(2024, 3, 6)));
        _extractor = ExtractionPipeline.Default;
        _extractor.Extract(_inputs[0]);
    }

    [Benchmark]
    public int ExtractCorpus()
    {
        var claims = 0;
        foreach (var input in _inputs)
        {
            claims += _extractor.Extract(input).Claims.Count;
        }

        return claims;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new WordsPerSecondColumn());
    }

    private sealed class WordsPerSecondColumn : IColumn
    {
        public string Id => "WordsPerSecond";
        public string ColumnName => "Words/s (median)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Corpus words divided by the median time of one pass over the corpus";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || Words == 0)
            {
                // The column is computed in the host process; count the corpus there too.
                var (texts, _) = BenchmarkCorpus.Load();
                var words = BenchmarkCorpus.CountWords(texts);
                return statistics is null ? "n/a" : (words / (statistics.Median / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            }

            return (Words / (statistics.Median / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
