using System.Text;
using ConflictTracker.Data;
using ConflictTracker.Data.Ingestion;
using ConflictTracker.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConflictTracker.Tests.Infrastructure;

/// <summary>A fresh database, a folder for input files, and an ingestor wired to an extractor of the test's choice.</summary>
internal sealed class IngestionHarness : IDisposable
{
    private readonly TestDatabase _database = new();

    public IngestionHarness(IReportExtractor? extractor = null, IngestionOptions? options = null)
    {
        Extractor = extractor ?? ExtractionPipeline.Default;
        Options = options ?? new IngestionOptions();
        Inputs = Directory.CreateDirectory(Path.Combine(_database.Folder, "inputs")).FullName;
    }

    public IReportExtractor Extractor { get; }

    public IngestionOptions Options { get; }

    public string Inputs { get; }

    public IDbContextFactory<ConflictTrackerDbContext> Contexts => _database;

    public string ConnectionString => _database.ConnectionString;

    public ReportIngestor CreateIngestor() =>
        new(_database, Extractor, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReportIngestor>.Instance);

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Inputs, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public Task<IngestionSummary> IngestAsync(params string[] paths) =>
        CreateIngestor().IngestPathsAsync(paths, null, TestContext.Current.CancellationToken);

    public ConflictTrackerDbContext Db() => _database.CreateDbContext();

    public void Dispose() => _database.Dispose();
}
