using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Readers.Html;

/// <summary>
/// Decodes a page's text as browsers do. Numeric references to the C1 range (&amp;#128;–&amp;#159;)
/// are Windows-1252, as HTML's parsing rules say ("numeric character reference end state"):
/// pages written on Windows meant ’ “ ” — by them, and a reader shows nothing for a C1 control.
/// References to characters XML forbids (&amp;#0;, &amp;#7;, &amp;#xFFFE;, lone surrogates) are
/// removed and counted, so the caller can warn, as <see cref="TextCleaner"/> does for raw ones.
/// </summary>
internal static partial class CharacterReferences
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(string raw) => Decode(raw, out _);

    public static string Decode(string raw, out int removed)
    {
        removed = 0;
        if (!raw.Contains('&')) return raw;
        var count = 0;
        var text = raw.Contains("&#", StringComparison.Ordinal)
            ? Numeric().Replace(raw, m =>
            {
                if (Resolve(m) is string resolved) return resolved;
                count++;
                return "";
            })
            : raw;
        var decoded = WebUtility.HtmlDecode(text);
        // Removing a reference can join what stood around it into a new one ("&#&#0;0;" leaves
        // "&#0;"), which the HTML decoder then decodes: what XML forbids is taken out after it too.
        removed = count + RemoveForbidden(ref decoded);
        return decoded;
    }

    /// <summary>Takes out the characters XML forbids (a form feed stays: HTML reads it as white space); how many there were.</summary>
    private static int RemoveForbidden(ref string text)
    {
        StringBuilder? clean = null;
        var forbidden = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = 1;
            if (text[i] == '\f' || Xml.IsAllowed(text, i, out width)) { clean?.Append(text, i, width); i += width - 1; continue; }
            clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            forbidden++;
        }
        if (clean is not null) text = clean.ToString();
        return forbidden;
    }

    /// <summary>The reference as it should be decoded: itself (for the HTML decoder), its Windows-1252 character, or null when XML forbids it.</summary>
    private static string? Resolve(Match m)
    {
        var hex = m.Groups["hex"];
        var digits = hex.Success ? hex.Value : m.Groups["dec"].Value;
        if (digits.Length > 8 || !int.TryParse(digits, hex.Success ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            return null;
        if (code is >= 0x80 and <= 0x9F)
        {
            var c = Windows1252.GetString([(byte)code])[0];
            return c is >= '\u0080' and <= '\u009F' ? null : c.ToString(); // 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined there too
        }
        var allowed = code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        return allowed ? m.Value : null;
    }

    [GeneratedRegex(@"&#(?:[xX](?<hex>[0-9a-fA-F]+)|(?<dec>[0-9]+));?", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
