namespace ConflictTracker.Web.Ingestion;

/// <summary>Limits of the upload page, bound from the "Upload" configuration section.</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Larger files are refused before they are read: the browser streams them over the circuit.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How many files one drop or selection may hold.</summary>
    public int MaxFilesPerUpload { get; set; } = 200;

    /// <summary>The formats ingestion reads; anything else is refused with a reason.</summary>
    public static readonly IReadOnlyList<string> AllowedExtensions = [".txt", ".html", ".htm", ".xml", ".rss", ".atom"];
}
