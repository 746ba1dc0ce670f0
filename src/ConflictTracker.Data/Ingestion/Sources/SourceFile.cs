namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>One input to ingest: a file on disk or bytes already in memory (an upload), with the name to report it by.</summary>
public sealed class SourceFile
{
    private readonly string? _path;
    private readonly byte[]? _content;

    private SourceFile(string name, string? path, byte[]? content)
    {
        Name = name;
        _path = path;
        _content = content;
    }

    /// <summary>The name shown in outcomes and stored as the report's source: the path as given, or the upload's file name.</summary>
    public string Name { get; }

    public static SourceFile FromPath(string path) => new(path, path, null);

    public static SourceFile FromBytes(string name, byte[] content) => new(name, null, content);

    /// <summary>Reads the bytes, refusing anything over <paramref name="maxBytes"/> before reading it.</summary>
    /// <exception cref="RejectedInputException">Too large, missing or unreadable.</exception>
    public byte[] ReadAllBytes(long maxBytes)
    {
        if (_content is not null)
        {
            return _content.LongLength > maxBytes ? throw TooLarge(_content.LongLength, maxBytes) : _content;
        }

        try
        {
            var info = new FileInfo(_path!);
            if (!info.Exists)
            {
                throw new RejectedInputException("the file does not exist");
            }

            if (info.Length > maxBytes)
            {
                throw TooLarge(info.Length, maxBytes);
            }

            return File.ReadAllBytes(_path!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new RejectedInputException("it cannot be read: " + ex.Message);
        }
    }

    private static RejectedInputException TooLarge(long length, long maxBytes) =>
        new($"it is {length / 1048576.0:0.#} MB, over the {maxBytes / 1048576.0:0.#} MB limit for one file");
}
