using ConflictTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConflictTracker.Web.Tests.Infrastructure;

/// <summary>The real app in memory, with its own temporary SQLite database and the repository's seed reports.</summary>
public sealed class ConflictTrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

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
