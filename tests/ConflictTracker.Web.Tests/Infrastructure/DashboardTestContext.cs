using Bunit;
using ConflictTracker.Data;
using ConflictTracker.Data.Queries;
using ConflictTracker.Tests.Infrastructure;
using ConflictTracker.Web.Ingestion;
using ConflictTracker.Web.LiveUpdates;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ConflictTracker.Web.Tests.Infrastructure;

/// <summary>bUnit context with MudBlazor services, loose JS interop and a migrated temporary database.</summary>
public abstract class DashboardTestContext : BunitContext
{
    private readonly TestDatabase _database = new();

    protected DashboardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddDbContextFactory<ConflictTrackerDbContext>(o => o.UseSqlite(_database.ConnectionString));
        Services.AddTransient<ReportQueries>();
        Services.AddTransient<ClaimQueries>();
        Services.AddTransient<SearchQueries>();
        Services.AddTransient<ActorQueries>();
        Services.AddTransient<LocationQueries>();
        Services.AddTransient<TimelineQueries>();
        Services.AddTransient<OverviewQueries>();
        Services.AddTransient<ReportAnnotationQueries>();
        Services.AddSingleton<DashboardNotifier>();
        Services.AddSingleton<DatabaseReady>();
        Services.AddSingleton<UploadQueue>();
        Services.AddOptions<UploadOptions>();
        Services.AddLogging();
        Data = new DashboardData(_database.CreateDbContext);
        using var db = _database.CreateDbContext();
        db.Database.Migrate();
    }

    protected ConflictTrackerDbContext CreateDbContext() => _database.CreateDbContext();

    internal DashboardData Data { get; }

    /// <summary>Puts a query string in place before a page renders, as a bookmark would.</summary>
    protected void NavigateTo(string relativeUri) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    protected DashboardNotifier Notifier => Services.GetRequiredService<DashboardNotifier>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
