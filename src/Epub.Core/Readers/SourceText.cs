using System.Text;

namespace Epub.Readers;

/// <summary>Bytes of an archived file turned into text, with what was needed to get there.</summary>
public sealed record SourceText(string Text, string EncodingName);

public static class SourceDecoder
{
    /// <summary>Inputs larger than this are refused: a book-length text is a few MiB.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes with the byte-order mark when there is one; otherwise as UTF-8 when the bytes are
    /// valid UTF-8, and as Windows-1252 when they are not: the legacy 8-bit encoding of old web
    /// archives, a superset of ISO-8859-1's printable characters. No byte becomes U+FFFD.
    /// </summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, string? forcedEncoding = null)
    {
        if (bytes.Length > MaxBytes)
            throw new InputException($"the file is {bytes.Length / (1024 * 1024)} MiB; the limit is {MaxBytes / (1024 * 1024)} MiB");

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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        return DecodeUtf8(bytes) ?? new(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
    }

    private static SourceText? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return new(StrictUtf8.GetString(bytes), "utf-8"); }
        catch (DecoderFallbackException) { return null; }
    }
}
