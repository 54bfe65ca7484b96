using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// A header's words encoded for mail (RFC 2047: "=?iso-8859-1?Q?Caf=E9?=", "=?utf-8?B?Q2Fmw6k=?="), as a
/// subject or a sender's name travelled once it held more than ASCII: decoded in their charset, the
/// white space between two encoded words dropped (§6.2), a charset this does not know read as
/// Windows-1252. A format, not a guess; what does not decode (broken base64) stays as it was.
/// </summary>
internal static partial class EncodedWords
{
    public static string Decode(string value)
    {
        if (!value.Contains("=?", StringComparison.Ordinal)) return value;
        // Two encoded words with only white space between them are one run of text.
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, word => DecodeWord(word) ?? word.Value);
    }

    private static string? DecodeWord(Match word)
    {
        var charset = QuotedPrintable.CharsetNamed(word.Groups["charset"].Value);
        var text = word.Groups["text"].Value;
        if (word.Groups["encoding"].Value is "B" or "b")
        {
            var decoded = new byte[text.Length];
            return Convert.TryFromBase64String(text, decoded, out var length) ? charset.GetString(decoded, 0, length) : null;
        }
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (QuotedPrintable.EscapedOctet(text, i) is byte octet)
            {
                bytes.Add(octet);
                i += 2;
            }
            else if (text[i] == '_') bytes.Add((byte)' ');
            else if (text[i] < 0x80) bytes.Add((byte)text[i]);
            else return null;
        }
        return charset.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"=\?(?<charset>[A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?(?<encoding>[BbQq])\?(?<text>[^?\s]{0,300})\?=", RegexOptions.CultureInvariant)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=[ \t]+=\?", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenWords();
}
