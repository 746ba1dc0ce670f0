using Bunit;
using ConflictTracker.Data;
using ConflictTracker.Data.Queries;
using ConflictTracker.Tests.Infrastructure;
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
        using var db = _database.CreateDbContext();
        db.Database.Migrate();
    }

    protected ConflictTrackerDbContext CreateDbContext() => _database.CreateDbContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
