namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// The built gazetteer in binary form, left in the temp directory by the first process that parsed the data files so
/// later processes (each <c>extract</c> run, each test host) start in a fraction of the time. The file name carries
/// the Extraction assembly's module version id, so a new build (new code or new data) never reads an old file.
/// Reading and writing never throw: a missing, partial or foreign file just means parsing again.
/// </summary>
internal static class GazetteerCache
{
    private const int Magic = 0x5A474354; // "TCGZ"
    private const int Version = 1;

    /// <summary>Set to <c>0</c> to always parse the data files (for measuring the cold path).</summary>
    public const string EnvironmentSwitch = "CONFLICTTRACKER_GAZETTEER_CACHE";

    public static string FilePath { get; } = Path.Combine(
        Path.GetTempPath(), $"conflicttracker-gazetteer-{typeof(GazetteerCache).Assembly.ManifestModule.ModuleVersionId:N}.bin");

    private static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentSwitch) != "0";

    public static Gazetteer? TryRead()
    {
        if (!Enabled || !File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                return null;
            }

            var gazetteer = Gazetteer.Read(reader);
            return reader.ReadInt32() == Magic ? gazetteer : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException
                                              or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    // Every build leaves a ~20 MB file; ones untouched for a day belong to builds nobody runs any more.
    private static void DeleteOldFiles()
    {
        foreach (var path in Directory.EnumerateFiles(Path.GetTempPath(), "conflicttracker-gazetteer-*.bin"))
        {
            if (path != FilePath && File.GetLastWriteTimeUtc(path) < DateTime.UtcNow.AddDays(-1))
            {
                File.Delete(path);
            }
        }
    }

    public static void TryWrite(Gazetteer gazetteer)
    {
        if (!Enabled)
        {
            return;
        }

        // Written under a unique name and moved into place, so a reader never sees half a file.
        var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Version);
                gazetteer.Write(writer);
                writer.Write(Magic);
            }

            File.Move(temporary, FilePath, overwrite: true);
            DeleteOldFiles();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Best effort: a stray temp file is harmless.
            }
        }
    }
}
