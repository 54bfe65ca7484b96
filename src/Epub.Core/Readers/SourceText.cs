using System.Text;

namespace Epub.Readers;

/// <summary>Bytes of an archived file turned into text, with what was needed to get there.</summary>
public sealed record SourceText(string Text, string EncodingName);

public static partial class SourceDecoder
{
    /// <summary>Inputs larger than this are refused: a book-length text is a few MiB.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Refuses an input over <see cref="MaxBytes"/>; callers with a file check its length before reading it.</summary>
    public static void CheckSize(long length)
    {
        if (length > MaxBytes)
            throw new InputException($"the file is {length / (1024 * 1024)} MiB; the limit is {MaxBytes / (1024 * 1024)} MiB");
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes with the byte-order mark when there is one; otherwise as UTF-8 when the bytes are
    /// valid UTF-8, and as Windows-1252 when they are not: the legacy 8-bit encoding of old web
    /// archives, a superset of ISO-8859-1's printable characters. No byte becomes U+FFFD.
    /// </summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, string? forcedEncoding = null)
    {
        CheckSize(bytes.Length);

        if (forcedEncoding is not null)
        {
            Encoding encoding;
            try { encoding = Encoding.GetEncoding(forcedEncoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
            catch (ArgumentException) { throw new InputException($"unknown encoding '{forcedEncoding}'"); }
            var preamble = encoding.GetPreamble();
            var body = bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes;
            try { return new(encoding.GetString(body), encoding.WebName); }
            catch (DecoderFallbackException e) { throw new InputException($"the bytes are not valid {encoding.WebName}: {e.Message}"); }
        }

        if (bytes.StartsWith("\uFEFF"u8)) return DecodeUtf8(bytes[3..]) ?? throw new InputException("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeUtf16(bytes[2..], bigEndian: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeUtf16(bytes[2..], bigEndian: true);
        if (LooksLikeUtf16(bytes) is bool bigEndian) return DecodeUtf16(bytes, bigEndian);
        return DecodeUtf8(bytes) ?? DecodeDeclared(bytes) ?? new(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
    }

    /// <summary>
    /// Bytes that are not UTF-8, in a page that declares its charset (&lt;meta charset&gt; or
    /// http-equiv): that charset, as browsers read it (ISO-8859-1 and US-ASCII mean Windows-1252,
    /// as HTML's encoding rules say). Null when nothing usable is declared.
    /// </summary>
    private static SourceText? DecodeDeclared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = DeclaredCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "windows-1252" or "utf-8" or "utf8") return null; // the default already
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return new(encoding.GetString(bytes), encoding.WebName);
        }
        catch (ArgumentException) { return null; } // an unknown name, or bytes the charset cannot hold (DecoderFallbackException)
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeclaredCharset();

    private static SourceText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "utf-16be" : "utf-16le";
        try { return new(new UnicodeEncoding(bigEndian, false, throwOnInvalidBytes: true).GetString(bytes), name); }
        catch (DecoderFallbackException) { throw new InputException($"the file is not valid {name.ToUpperInvariant()}"); }
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: Latin text then has a NUL in every other byte, on the same
    /// side. Null when the bytes do not look so (binary data has NULs scattered anywhere).
    /// </summary>
    private static bool? LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) evenNuls++; else oddNuls++; }
        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.9 && evenNuls == 0) return false;
        if (evenNuls > pairs * 0.9 && oddNuls == 0) return true;
        return null;
    }

    private static SourceText? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return new(StrictUtf8.GetString(bytes), "utf-8"); }
        catch (DecoderFallbackException) { return null; }
    }
}
