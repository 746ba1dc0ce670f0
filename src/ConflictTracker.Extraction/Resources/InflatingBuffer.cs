using System.IO.Compression;

namespace ConflictTracker.Extraction.Resources;

/// <summary>
/// A gzipped data file decompressed on a worker thread into one array, while the caller already parses the part
/// that has arrived: on a cold start inflating the gazetteer costs a sixth of the load, and this way it overlaps the
/// parse instead of preceding it.
/// </summary>
internal sealed class InflatingBuffer
{
    private const int Chunk = 1 << 18;

    private readonly object _gate = new();
    private int _available;
    private Exception? _failure;

    private InflatingBuffer(byte[] bytes, int available)
    {
        Bytes = bytes;
        _available = available;
    }

    /// <summary>The whole content; only the first <see cref="WaitBeyond"/> bytes are filled in yet.</summary>
    public byte[] Bytes { get; }

    /// <summary>Bytes already complete, for data that is not compressed (tests' tiny gazetteers).</summary>
    public static InflatingBuffer Complete(byte[] bytes) => new(bytes, bytes.Length);

    /// <summary>Starts inflating <paramref name="gzip"/> (<paramref name="size"/> bytes once inflated); takes ownership of the stream.</summary>
    public static InflatingBuffer Start(Stream gzip, int size)
    {
        var buffer = new InflatingBuffer(new byte[size], 0);
        _ = Task.Run(() => buffer.Inflate(gzip));
        return buffer;
    }

    /// <summary>Blocks until more than <paramref name="position"/> bytes are filled in, or all are; returns how many are.</summary>
    public int WaitBeyond(int position)
    {
        lock (_gate)
        {
            while (_available <= position && _available < Bytes.Length && _failure is null)
            {
                Monitor.Wait(_gate);
            }

            if (_failure is not null)
            {
                throw new InvalidDataException("An embedded data file could not be decompressed.", _failure);
            }

            return _available;
        }
    }

    private void Inflate(Stream compressed)
    {
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            var filled = 0;
            while (filled < Bytes.Length)
            {
                var read = gzip.Read(Bytes, filled, Math.Min(Chunk, Bytes.Length - filled));
                if (read == 0)
                {
                    throw new EndOfStreamException($"The data ended after {filled} of {Bytes.Length} bytes.");
                }

                filled += read;
                lock (_gate)
                {
                    _available = filled;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception exception)
        {
            // Whatever went wrong must reach the reader: a reader left waiting would hang the process's first extraction.
            lock (_gate)
            {
                _failure = exception;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
