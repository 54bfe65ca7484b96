using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Readers;

/// <summary>
/// UTF-8 that was decoded once too often ("yaravÃ­es" for "yaravíes", "donâ€™t" for "don’t"):
/// the characters, taken back as the Latin-1 or Windows-1252 bytes they came from, are one valid
/// UTF-8 sequence. Repaired conservatively: only sequences that decode to a letter or to a
/// typographic quote or dash, since a real Latin-1 text has no reason to put "Ã" before "©".
/// </summary>
public static partial class DoubleEncoding
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Repair(string text, out int repaired)
    {
        repaired = 0;
        if (!Candidate().IsMatch(text)) return text;
        var count = 0;
        var result = Candidate().Replace(text, m =>
        {
            var bytes = new byte[m.Length];
            for (var i = 0; i < m.Length; i++)
            {
                var c = m.Value[i];
                if (c <= '\u00FF') bytes[i] = (byte)c;
                else if (Windows1252.GetBytes(c.ToString()) is [var b] && b >= 0x80) bytes[i] = b;
                else return m.Value;
            }
            string decoded;
            try { decoded = StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException) { return m.Value; }
            if (decoded.Length != 1 || !(char.IsLetter(decoded[0]) || decoded[0] is >= '\u2010' and <= '\u201F')) return m.Value;
            count++;
            return decoded;
        });
        repaired = count;
        return result;
    }

    /// <summary>A UTF-8 lead byte (Â–ô) read as a character, then continuation bytes (0x80–0xBF) read as Latin-1 or Windows-1252 characters.</summary>
    [GeneratedRegex(@"[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
