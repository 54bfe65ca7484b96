using System.Text;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// A message body its header declares quoted-printable (RFC 2045 §6.7: "Content-Transfer-Encoding:
/// quoted-printable"), saved as it travelled: "=3D" for "=", "=66rom" for a line's first "From",
/// "=E9" for a byte of the charset, and "=" closing a line that goes on in the next (a soft line
/// break). A format the header makes certain: decoded, never guessed from the body.
/// </summary>
internal static class QuotedPrintable
{
    /// <summary>
    /// The encoding a "Content-Type: text/plain; charset=…" value names (<see cref="CharsetNamed"/>):
    /// with no charset, Windows-1252, what a body declared nothing, Latin-1 or ASCII holds in
    /// practice (its "=92" is an apostrophe), as HTML's parsing rules read Latin-1.
    /// </summary>
    public static Encoding Charset(string contentType)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return Windows1252;
        var value = contentType.AsSpan(at + "charset".Length).TrimStart().TrimStart('=').TrimStart().TrimStart('"');
        var length = 0;
        while (length < value.Length && (char.IsLetterOrDigit(value[length]) || value[length] is '-' or '_' or '.' or ':')) length++;
        return length == 0 ? Windows1252 : CharsetNamed(value[..length].ToString());
    }

    /// <summary>
    /// The encoding a charset's name names; Latin-1 and ASCII, and a name this does not know
    /// ("x-unknown", "unknown-8bit", as old mail clients labelled their 8-bit text), read as
    /// Windows-1252, as above.
    /// </summary>
    public static Encoding CharsetNamed(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return Encoding.UTF8;
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)) return Windows1252;
        try { return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name); }
        catch (Exception unknown) when (unknown is ArgumentException or NotSupportedException) { return Windows1252; }
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The octet "=E9" at <paramref name="at"/> escapes (an equals sign and two hexadecimal digits), or null: quoted-printable's escape, and an encoded word's Q encoding.</summary>
    public static byte? EscapedOctet(ReadOnlySpan<char> text, int at) =>
        text[at] == '=' && at + 2 < text.Length && char.IsAsciiHexDigit(text[at + 1]) && char.IsAsciiHexDigit(text[at + 2])
            ? byte.Parse(text.Slice(at + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Decodes lines [<paramref name="start"/>, <paramref name="end"/>) in place, joining the lines a
    /// soft break split; as many blank lines close the range as soft breaks joined lines, so that
    /// every line after it keeps its number.
    /// </summary>
    public static void Decode(List<string> lines, int start, int end, Encoding charset)
    {
        var decoded = new List<string>(end - start);
        var text = new StringBuilder();
        var escaped = new List<byte>(); // the octets of one character may be escaped one by one ("=C3=A9"), even across a soft break
        for (var i = start; i < end; i++)
        {
            var line = lines[i].AsSpan().TrimEnd(); // a line's trailing white space is the transport's
            var soft = line.EndsWith("=");
            if (soft) line = line[..^1];
            for (var k = 0; k < line.Length; k++)
            {
                if (EscapedOctet(line, k) is byte octet)
                {
                    escaped.Add(octet);
                    k += 2;
                    continue;
                }
                Flush();
                text.Append(line[k]);
            }
            if (soft && i + 1 < end) continue;
            Flush();
            decoded.Add(text.ToString());
            text.Clear();
        }
        for (var i = start; i < end; i++) lines[i] = i - start < decoded.Count ? decoded[i - start] : "";

        void Flush()
        {
            if (escaped.Count == 0) return;
            text.Append(charset.GetString(escaped.ToArray()));
            escaped.Clear();
        }
    }
}
