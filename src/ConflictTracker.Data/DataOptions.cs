namespace ConflictTracker.Data;

/// <summary>Where the embedded SQLite database lives; <c>ConnectionStrings__ConflictTracker</c> overrides the default.</summary>
public static class DataOptions
{
    public const string ConnectionStringName = "ConflictTracker";

    /// <summary>
    /// The default: one file in the user's local application data, so the web app and the CLI share it whatever
    /// folder they are started from.
    /// </summary>
    public static string DefaultConnectionString() =>
        $"Data Source={Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "ConflictTracker", "conflicttracker.db")}";

    /// <summary>Makes sure the folder of a file-based SQLite connection string exists before SQLite opens it.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
    }
}
