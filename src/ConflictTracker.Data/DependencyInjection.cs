using ConflictTracker.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictTracker.Data;

public static class DependencyInjection
{
    /// <summary>Registers the SQLite DbContext factory and the seeder. The connection string is read when a context is made, so test hosts can override it.</summary>
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
        services.AddTransient<SeedLoader>();
        services.AddTransient<Queries.ReportQueries>();
        return services;
    }
}
