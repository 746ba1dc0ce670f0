using ConflictTracker.Data;
using ConflictTracker.Data.Queries;
using ConflictTracker.Data.Seeding;
using ConflictTracker.Web.Ingestion;
using ConflictTracker.Web.LiveUpdates;
using MudBlazor.Services;
using Serilog;

namespace ConflictTracker.Web;

public static class DependencyInjection
{
    /// <summary>Serilog from the "Serilog" section of appsettings (console and rolling file).</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        AnchorLogFilesToContentRoot(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>
    /// A relative log path in appsettings means "under the app's folder", not under whatever folder
    /// <c>dotnet run</c> was started from, so the repo's top level never gains a stray logs folder.
    /// </summary>
    private static void AnchorLogFilesToContentRoot(WebApplicationBuilder builder)
    {
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (path is { Length: > 0 } && !Path.IsPathRooted(path))
            {
                builder.Configuration[$"{sink.Path}:Args:path"] = Path.Combine(builder.Environment.ContentRootPath, path);
            }
        }
    }

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHealthChecks().AddDbContextCheck<ConflictTrackerDbContext>();
        services.AddSingleton<DashboardNotifier>();
        services.AddTransient<ClaimQueries>();
        services.AddTransient<ActorQueries>();
        services.AddTransient<LocationQueries>();
        services.AddTransient<TimelineQueries>();
        services.AddTransient<OverviewQueries>();
        services.AddTransient<ReportAnnotationQueries>();
        return services;
    }

    /// <summary>The upload page's persisted queue and the background worker that empties it.</summary>
    public static IServiceCollection AddUploadIngestion(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section);
        services.AddSingleton<DatabaseReady>();
        services.AddSingleton<UploadQueue>();
        services.AddHostedService<IngestionWorker>();
        return services;
    }

    /// <summary>Brings the database to the current schema and stores the seed reports before the first request.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedLoader>().MigrateAndSeedAsync(cancellationToken);
        services.GetService<DatabaseReady>()?.Open();
    }
}
