using ConflictTracker.Data.Ingestion;
using ConflictTracker.Data.Seeding;
using ConflictTracker.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConflictTracker.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the SQLite DbContext factory, ingestion and the seeder. The connection string is read when a context
    /// is made, so test hosts can override it.
    /// </summary>
    public static IServiceCollection AddConflictTrackerData(this IServiceCollection services)
    {
        services.AddDbContextFactory<ConflictTrackerDbContext>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var connectionString = configuration.GetConnectionString(DataOptions.ConnectionStringName)
                ?? DataOptions.DefaultConnectionString();
            DataOptions.EnsureDirectory(connectionString);
            options.UseSqlite(connectionString);
        });
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        // The shared extractor loads its data once per process; a host may register another (tests do).
        services.TryAddSingleton<IReportExtractor>(_ => ExtractionPipeline.Default);
        services.AddTransient<ReportIngestor>();
        services.AddTransient<SeedLoader>();
        services.AddTransient<Queries.ReportQueries>();
        services.AddTransient<Queries.SearchQueries>();
        return services;
    }
}
