using System.Text;

namespace Epub.Readers;

/// <summary>
/// An input's bytes and the encoding they are read in, handed to a reader as it needs them: the
/// whole text (what the HTML reader parses) or its lines (what the plain-text reader reads).
/// Lines are decoded straight from the bytes, line by line, where the encoding allows it (UTF-8
/// and single-byte encodings, whose line breaks are the bytes 0x0A and 0x0D and nothing else), so
/// memory never holds the whole text and its lines at once: a 16 MiB text is 32 MB as one UTF-16
/// string and as much again as lines. Either is taken once; the bytes are let go then.
/// </summary>
public sealed class SourceText
{
    private byte[]? bytes;
    private readonly int offset;
    private readonly int length;
    private readonly Encoding encoding;
    private string? text;

    internal SourceText(byte[] bytes, int offset, Encoding encoding, string? name = null, Windows1252Lines? windows1252Lines = null)
    {
        this.bytes = bytes;
        this.offset = offset;
        this.encoding = encoding;
        Windows1252Lines = windows1252Lines;
        EncodingName = name ?? (windows1252Lines is null ? encoding.WebName : "utf-8/windows-1252");
        // Other encodings (UTF-16, multi-byte charsets) are decoded whole at once.
        if (!(encoding.IsSingleByte || encoding is UTF8Encoding)) text = encoding.GetString(bytes.AsSpan(offset));
        else (length, EndOfFile) = TextEnd(bytes.AsSpan(offset));
        if (text is not null) length = bytes.Length - offset;
        Head = text is not null ? text[..Math.Min(text.Length, HeadLength)] : DecodeHead();
        Sha256 = System.Convert.ToHexStringLower(Digests.Sha256(bytes.AsSpan(0, offset + length)));
    }

    /// <summary>
    /// Set when the text mixes UTF-8 lines with Windows-1252 ones (a file put together from
    /// pieces saved by different programs): each line is then decoded as UTF-8 where it is valid
    /// UTF-8 and as Windows-1252 where it is not; these are the lines read as Windows-1252.
    /// </summary>
    public Windows1252Lines? Windows1252Lines { get; }

    /// <summary>The encoding's name (utf-8, windows-1252, …).</summary>
    public string EncodingName { get; }

    /// <summary>SHA-256 of the file's bytes up to the text's end: padding or disk slack after a DOS end-of-file mark is not part of the text, so a padded copy is the same text.</summary>
    public string Sha256 { get; }

    /// <summary>Where the text ended before the file did: a DOS end-of-file mark, with what followed it; null when the text runs to the file's end.</summary>
    public EndOfFileMark? EndOfFile { get; }

    /// <summary>
    /// Where the text ends. DOS marked the end of a text file with ^Z (0x1A), and what follows it
    /// is not the file's text but whatever the disk held there (often an earlier draft); modem
    /// transfers padded files with NULs to whole blocks. Both end the text. Only for encodings
    /// whose 0x1A and 0x00 bytes are those characters and nothing else (UTF-8, single-byte).
    /// </summary>
    internal static (int Length, EndOfFileMark? Mark) TextEnd(ReadOnlySpan<byte> all)
    {
        var mark = all.IndexOf((byte)0x1A);
        var end = mark < 0 ? all.Length : mark;
        while (end > 0 && all[end - 1] == 0) end--;
        if (mark < 0) return (end, null);
        var after = all[(mark + 1)..];
        // What follows the mark only counts when it holds something besides more padding and blanks.
        ReadOnlySpan<byte> padding = [0x00, 0x1A, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n'];
        var slack = after.TrimStart(padding).TrimEnd(padding);
        var content = slack.IsEmpty ? 0 : CountLines(slack);
        return (end, new EndOfFileMark(CountLines(all[..end]), content));
    }

    /// <summary>The start of the text (about 8,000 characters), not cleaned: what readers recognise their kind of source by.</summary>
    public string Head { get; }

    private const int HeadLength = 8192;

    /// <summary>Whether the text is read from its bytes as they are (UTF-8 or a single-byte encoding), where a byte 0x00 or 0x1A is that character.</summary>
    public bool ReadsBytesAsCharacters => encoding.IsSingleByte || encoding is UTF8Encoding;

    private bool SplitsOnBytes => text is null && (encoding.IsSingleByte || encoding is UTF8Encoding);

    /// <summary>The whole text, without the characters that are not text (<see cref="TextCleaner"/>).</summary>
    public string TakeText(Diagnostics diagnostics)
    {
        var whole = text ?? Decode(Take().AsSpan(offset, length));
        text = null;
        bytes = null;
        return TextCleaner.Clean(whole, diagnostics);
    }

    /// <summary>The text's lines (split on CRLF, CR and LF alike, tabs as spaces), each without the characters that are not text.</summary>
    public List<string> TakeLines(Diagnostics diagnostics)
    {
        List<string> lines;
        if (SplitsOnBytes)
        {
            var all = Take().AsSpan(offset, length);
            lines = new List<string>(CountLines(all));
            var doubledReturns = EndsLinesWithDoubledReturns(all, "\r\r\n"u8, (byte)'\n');
            var lineStart = 0;
            for (var i = 0; i <= all.Length; i++)
            {
                if (i < all.Length && all[i] != (byte)'\n' && all[i] != (byte)'\r') continue;
                lines.Add(WithoutTabs(Decode(all[lineStart..i])));
                i += LineBreakLength(all, i, doubledReturns, (byte)'\r', (byte)'\n') - 1;
                lineStart = i + 1;
            }
            bytes = null;
        }
        else
        {
            var whole = text ?? encoding.GetString(Take().AsSpan(offset, length));
            text = null;
            bytes = null;
            lines = SplitLines(whole);
        }
        TextCleaner.CleanLines(lines, diagnostics);
        return lines;
    }

    /// <summary>Splits on CRLF, CR and LF alike (CR CR LF too, in a text whose lines end so) and turns tabs into spaces.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var doubledReturns = EndsLinesWithDoubledReturns(text.AsSpan(), "\r\r\n", '\n');
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(WithoutTabs(text[lineStart..i]));
            i += LineBreakLength(text.AsSpan(), i, doubledReturns, '\r', '\n') - 1;
            lineStart = i + 1;
        }
        return lines;
    }

    /// <summary>
    /// "line\r\r\n": a text passed twice through a transfer that turned each line end into CR LF
    /// (a CR LF made CR CR LF). Where most of its lines end so, each such end is one line break,
    /// not a line and a blank one (which made the text double-spaced).
    /// </summary>
    /// <summary>How many characters the line break at <paramref name="i"/> spans: CR LF 2, CR CR LF 3 in a text that ends its lines so, CR or LF 1 (at the text's end, 1 too).</summary>
    private static int LineBreakLength<T>(ReadOnlySpan<T> text, int i, bool doubledReturns, T carriageReturn, T lineFeed) where T : IEquatable<T>
    {
        if (i >= text.Length || !text[i].Equals(carriageReturn)) return 1;
        if (doubledReturns && i + 2 < text.Length && text[i + 1].Equals(carriageReturn) && text[i + 2].Equals(lineFeed)) return 3;
        return i + 1 < text.Length && text[i + 1].Equals(lineFeed) ? 2 : 1;
    }

    private static bool EndsLinesWithDoubledReturns<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> doubled, T lineFeed) where T : IEquatable<T> =>
        text.Count(doubled) * 2 > text.Count(lineFeed);

    private static string WithoutTabs(string line) => line.Contains('\t') ? line.Replace('\t', ' ') : line;

    private static int CountLines(ReadOnlySpan<byte> all)
    {
        var count = 1;
        for (var i = 0; i < all.Length; i++)
            if (all[i] == (byte)'\n' || (all[i] == (byte)'\r' && (i + 1 == all.Length || all[i + 1] != (byte)'\n'))) count++;
        return count;
    }

    private byte[] Take() => bytes ?? throw new InvalidOperationException("the source's text was taken already");

    /// <summary>The first <see cref="HeadLength"/> bytes or so, cut at a line break (never inside a character).</summary>
    private string DecodeHead()
    {
        var all = Take().AsSpan(offset, length);
        if (all.Length <= HeadLength) return Decode(all);
        var cut = all[HeadLength..].IndexOfAny((byte)'\n', (byte)'\r');
        return Decode(cut < 0 ? all : all[..(HeadLength + cut)]);
    }

    /// <summary>Bytes of the text (whole lines) as characters: in the encoding, or line by line when the text mixes UTF-8 and Windows-1252.</summary>
    private string Decode(ReadOnlySpan<byte> span)
    {
        if (Windows1252Lines is null) return encoding.GetString(span);
        if (span.IndexOfAny((byte)'\n', (byte)'\r') < 0) return DecodeLine(span);
        var decoded = new StringBuilder(span.Length);
        while (true)
        {
            var end = span.IndexOfAny((byte)'\n', (byte)'\r');
            decoded.Append(DecodeLine(end < 0 ? span : span[..end]));
            if (end < 0) return decoded.ToString();
            decoded.Append((char)span[end]); // a line break is the same byte in both encodings
            span = span[(end + 1)..];
        }
    }

    /// <summary>One line of a mixed text: UTF-8 where it is valid UTF-8 (an ASCII line is both), Windows-1252 where it is not.</summary>
    private string DecodeLine(ReadOnlySpan<byte> line) =>
        System.Text.Unicode.Utf8.IsValid(line) ? Encoding.UTF8.GetString(line) : encoding.GetString(line);
}

/// <summary>The lines of a mixed text read as Windows-1252: how many, and the first few (1-based).</summary>
public sealed record Windows1252Lines(int Count, IReadOnlyList<int> First);

/// <summary>A DOS end-of-file mark (^Z) ending the text on <paramref name="Line"/>; <paramref name="LinesAfter"/> lines of something other than padding followed it (0: only padding).</summary>
public sealed record EndOfFileMark(int Line, int LinesAfter);

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

    /// <summary>
    /// Binary data (an image, a zip, a PDF) is full of NULs and control characters; a real text
    /// holds at most a stray one (a NUL where a transfer broke, a form feed between pages).
    /// </summary>
    public static bool TooManyControls(int nuls, int otherControls, int length) =>
        (nuls > 2 && nuls * 100 > length) || (nuls + otherControls) * 20 > length;

    /// <summary>
    /// Whether a file's bytes (or its first ones) are binary data rather than a text in any
    /// encoding this reads: what a folder's scan skips, and what is refused. UTF-16 (with or
    /// without a byte-order mark) and UTF-32 (with one) are text; NUL and ^Z padding at the end is not counted. A DOS
    /// end-of-file mark ends a text, and what follows it may be anything the disk held; but a
    /// binary format can hold the byte 0x1A early too (PNG's signature does), so the text before
    /// a mark only stands for the file when it is text with words in it (a space and a line break).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return false;
        if (LooksLikeUtf16(bytes) is not null) return false;
        ReadOnlySpan<byte> padding = [0x00, 0x1A];
        if (!MostlyControls(bytes.TrimEnd(padding))) return false;
        var mark = bytes.IndexOf((byte)0x1A);
        if (mark < 0) return true;
        var before = bytes[..mark].TrimEnd(padding);
        return MostlyControls(before) || before.IndexOf((byte)' ') < 0 || before.IndexOfAny((byte)'\n', (byte)'\r') < 0;
    }

    /// <summary>The control-character test over the first 8 KiB.</summary>
    private static bool MostlyControls(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int nuls = 0, controls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0) nuls++;
            else if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0x1A) && !IsOverstrike(sample, i)) controls++;
        }
        return TooManyControls(nuls, controls, sample.Length);
    }

    /// <summary>A backspace between two printed characters: nroff's bold or underline ("T\bT", "_\bw"), text, not noise.</summary>
    public static bool IsOverstrike<T>(ReadOnlySpan<T> text, int i) where T : System.Numerics.INumber<T> =>
        text[i] == T.CreateTruncating(8) && i > 0 && i + 1 < text.Length && text[i - 1] >= T.CreateTruncating(0x20) && text[i + 1] >= T.CreateTruncating(0x20);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Reads with the byte-order mark when there is one; otherwise as UTF-8 when the bytes are
    /// valid UTF-8, and as Windows-1252 when they are not: the legacy 8-bit encoding of old web
    /// archives, a superset of ISO-8859-1's printable characters. No byte becomes U+FFFD. The
    /// bytes are checked here, and decoded when a reader takes them.
    /// </summary>
    public static SourceText Open(byte[] bytes, string? forcedEncoding = null)
    {
        CheckSize(bytes.Length);
        var span = bytes.AsSpan();

        if (forcedEncoding is not null)
        {
            Encoding encoding;
            try { encoding = Encoding.GetEncoding(forcedEncoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
            catch (ArgumentException) { throw new InputException($"unknown encoding '{forcedEncoding}'"); }
            var preamble = encoding.GetPreamble();
            var offset = span.StartsWith(preamble) ? preamble.Length : 0;
            try { encoding.GetCharCount(span[offset..]); }
            catch (DecoderFallbackException e) { throw new InputException($"the bytes are not valid {encoding.WebName}: {e.Message}"); }
            return new(bytes, offset, encoding);
        }

        if (span.StartsWith("\uFEFF"u8))
        {
            // Marked as UTF-8 but with lines that are not (edited later in an 8-bit editor, or a
            // byte damaged): those lines are read as Windows-1252, with the warning an unmarked
            // mixed text gets. A real text is never refused for a line of it.
            var marked = span[3..][..SourceText.TextEnd(span[3..]).Length];
            return System.Text.Unicode.Utf8.IsValid(marked) ? new(bytes, 3, StrictUtf8) : new(bytes, 3, Encoding.GetEncoding(1252), windows1252Lines: MixedLines(marked, markedUtf8: true));
        }
        // UTF-32 LE's mark begins with UTF-16 LE's: it is looked for first.
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return DecodeUtf32(bytes, bigEndian: false);
        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return DecodeUtf32(bytes, bigEndian: true);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeUtf16(bytes, 2, bigEndian: false);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeUtf16(bytes, 2, bigEndian: true);
        if (LooksLikeUtf16(span) is bool bigEndian) return DecodeUtf16(bytes, 0, bigEndian);
        // Disk slack after a DOS end-of-file mark may be anything; the text before it decides.
        var text = span[..SourceText.TextEnd(span).Length];
        if (System.Text.Unicode.Utf8.IsValid(text)) return new(bytes, 0, StrictUtf8);
        return DecodeDeclared(bytes) ?? new(bytes, 0, Encoding.GetEncoding(1252), windows1252Lines: MixedLines(text));
    }

    /// <summary>How many line numbers a mixed text's warning names.</summary>
    private const int LinesNamed = 5;

    /// <summary>
    /// The lines to read as Windows-1252 when the text mixes encodings: some line is valid UTF-8
    /// with a character beyond ASCII in it, and some other line is not valid UTF-8. Null when the
    /// text is one encoding: a Windows-1252 text whose bytes never make a UTF-8 line stays
    /// Windows-1252 throughout, unless a byte-order mark says the text is UTF-8
    /// (<paramref name="markedUtf8"/>). Lines are counted as the readers count them (CRLF, CR, LF).
    /// </summary>
    internal static Windows1252Lines? MixedLines(ReadOnlySpan<byte> text, bool markedUtf8 = false)
    {
        var utf8Lines = false;
        var windows1252 = new List<int>();
        var count = 0;
        var rest = text;
        for (var line = 1; ; line++)
        {
            var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            var content = end < 0 ? rest : rest[..end];
            if (!System.Text.Ascii.IsValid(content))
            {
                if (System.Text.Unicode.Utf8.IsValid(content)) utf8Lines = true;
                else if (count++ < LinesNamed) windows1252.Add(line);
            }
            if (end < 0) break;
            rest = rest[(end + (rest[end] == (byte)'\r' && end + 1 < rest.Length && rest[end + 1] == (byte)'\n' ? 2 : 1))..];
        }
        return (utf8Lines || markedUtf8) && count > 0 ? new Windows1252Lines(count, windows1252) : null;
    }

    private static SourceText DecodeUtf32(byte[] bytes, bool bigEndian)
    {
        var name = bigEndian ? "utf-32be" : "utf-32le";
        try { return new(bytes, 4, new UTF32Encoding(bigEndian, byteOrderMark: false, throwOnInvalidCharacters: true), name); }
        catch (DecoderFallbackException) { throw new InputException($"the file is not valid {name.ToUpperInvariant()}"); }
    }

    /// <summary>
    /// Bytes that are not UTF-8, in a page that declares its charset (&lt;meta charset&gt; or
    /// http-equiv): that charset, as browsers read it (ISO-8859-1 and US-ASCII mean Windows-1252,
    /// as HTML's encoding rules say). Null when nothing usable is declared.
    /// </summary>
    private static SourceText? DecodeDeclared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 2048)));
        var m = DeclaredCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "windows-1252" or "utf-8" or "utf8") return null; // the default already
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            encoding.GetCharCount(bytes);
            return new(bytes, 0, encoding);
        }
        catch (ArgumentException) { return null; } // an unknown name, or bytes the charset cannot hold (DecoderFallbackException)
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeclaredCharset();

    private static SourceText DecodeUtf16(byte[] bytes, int offset, bool bigEndian)
    {
        var name = bigEndian ? "utf-16be" : "utf-16le";
        try { return new(bytes, offset, new UnicodeEncoding(bigEndian, false, throwOnInvalidBytes: true), name); }
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
}
