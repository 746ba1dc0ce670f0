using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConflictTracker.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ConflictTrackerDbContext>
{
    public ConflictTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ConflictTrackerDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
