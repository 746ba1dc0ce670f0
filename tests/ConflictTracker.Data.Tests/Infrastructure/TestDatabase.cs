using ConflictTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Tests.Infrastructure;

/// <summary>A real SQLite file in a fresh temporary folder, deleted with the test.</summary>
internal sealed class TestDatabase : IDbContextFactory<ConflictTrackerDbContext>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ct-data-tests-").FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False";

    public string Folder => _folder;

    public ConflictTrackerDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ConflictTrackerDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the real test result.
        }
    }
}
