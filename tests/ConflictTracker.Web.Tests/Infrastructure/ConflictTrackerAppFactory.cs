using ConflictTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConflictTracker.Web.Tests.Infrastructure;

/// <summary>The real app in memory, with its own temporary SQLite database and the repository's seed reports.</summary>
public sealed class ConflictTrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    /// <summary>A context on the app's database, for arranging data before the host starts and checking it after.</summary>
    public ConflictTracker.Data.ConflictTrackerDbContext CreateDbContext() => _database.CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ConflictTracker", _database.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
