using System.Text;
using UtfUnknown;

namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>
/// Turns a file's bytes into text: byte-order marks first, then UTF-16 without a mark, then strict UTF-8, then the
/// encoding the document declares, then statistical detection (Windows-1251, Windows-1252 and others). Binary input
/// is refused rather than decoded into garbage.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes the Windows code pages available to every reader in the process (XML readers included).</summary>
    public static void EnsureCodePages()
    {
        // Touching the type runs the static constructor once.
    }

    /// <param name="declaredCharset">A charset the document names (HTML meta, XML declaration), used only when the bytes are not UTF.</param>
    /// <exception cref="RejectedInputException">The bytes are not text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.Length == 0)
        {
            throw new RejectedInputException("the file is empty");
        }

        var bom = DetectBom(bytes, out var bomLength);
        if (bom is not null)
        {
            return new DecodedText(Checked(bom.GetString(bytes[bomLength..])), bom, null);
        }

        var utf16 = DetectUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return new DecodedText(Checked(utf16.GetString(bytes)), utf16, "no byte-order mark; read as " + utf16.WebName);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new RejectedInputException("it looks binary (it contains NUL bytes), not a text report");
        }

        try
        {
            return new DecodedText(Checked(StrictUtf8.GetString(bytes)), Encoding.UTF8, null);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to the declared or detected legacy encoding.
        }

        if (TryGetEncoding(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(Checked(declared.GetString(bytes)), declared, null);
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected is { Confidence: >= 0.35f } && (detected.Encoding ?? TryGetEncoding(detected.EncodingName)) is { } guess
            && guess.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(Checked(guess.GetString(bytes)), guess, $"not UTF-8; detected {guess.WebName} ({detected.Confidence:P0} confidence)");
        }

        var fallback = Encoding.GetEncoding(1252);
        return new DecodedText(Checked(fallback.GetString(bytes)), fallback, "encoding not recognised; read as windows-1252, some characters may be wrong");
    }

    internal static Encoding? TryGetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> b, out int length)
    {
        (Encoding? encoding, length) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>Latin-script UTF-16 has a zero in every other byte; text in other encodings has almost none.</summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> b)
    {
        var sample = b[..Math.Min(b.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0 && sample.Length == b.Length && b.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return Encoding.Unicode;
        }

        return evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>Refuses text that decoded but is mostly control characters or replacement characters: binary after all.</summary>
    private static string Checked(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        if (suspicious > 8 && suspicious > text.Length / 100)
        {
            throw new RejectedInputException("it looks binary (many control characters), not a text report");
        }

        return text;
    }
}
