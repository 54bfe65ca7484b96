using System.Text;

namespace Epub.Readers;

/// <summary>
/// What every reader gets: decoded text without the characters that are not text. A DOS
/// end-of-file mark (Ctrl-Z) at the end goes silently; control characters (which XML 1.0 forbids,
/// or, for C1 controls such as the bytes Windows-1252 leaves undefined, which no reader shows) and
/// unpaired surrogates are removed with a warning naming the line, never replaced silently. A
/// terminal's colour sequence goes whole with its escape character; a character struck over
/// another with a backspace (nroff's bold and underline) is the character shown.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text, Diagnostics diagnostics)
    {
        if (text.Length > 0 && text[^1] == '\u001A') text = text[..^1];
        if (IsClean(text)) return text;

        var clean = new StringBuilder(text.Length);
        var line = 1;
        var removedOnLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                Report(line, ref removedOnLine, diagnostics);
                line++;
            }
            if (Overstrikes(clean, text, i)) i++;
            else if (IsText(text, i, out var width)) { clean.Append(text, i, width); i += width - 1; }
            else { removedOnLine++; i += TerminalSequenceLength(text, i); }
        }
        Report(line, ref removedOnLine, diagnostics);
        return clean.ToString();
    }

    /// <summary>
    /// <see cref="Clean"/> for a text split into lines: each line cleaned, its line number in the
    /// warning; a Ctrl-Z ending the last line goes silently.
    /// </summary>
    public static void CleanLines(List<string> lines, Diagnostics diagnostics)
    {
        if (lines.Count > 0 && lines[^1] is { Length: > 0 } last && last[^1] == '\u001A') lines[^1] = last[..^1];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsClean(line)) continue;
            var clean = new StringBuilder(line.Length);
            var removed = 0;
            for (var j = 0; j < line.Length; j++)
                if (Overstrikes(clean, line, j)) j++;
                else if (IsText(line, j, out var width)) { clean.Append(line, j, width); j += width - 1; }
                else { removed++; j += TerminalSequenceLength(line, j); }
            Report(i + 1, ref removed, diagnostics);
            lines[i] = clean.ToString();
        }
    }

    /// <summary>A short text (a command-line value) without the characters that are not text; how many went.</summary>
    public static string RemoveControls(string text, out int removed)
    {
        removed = 0;
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            if (text[i] != '\f' && IsText(text, i, out var width)) { clean.Append(text, i, width); i += width - 1; }
            else removed++;
        return clean.ToString();
    }

    /// <summary>
    /// "T\bThe" (bold) or "_\bw" (underlined): nroff's and typewriters' overstrikes, a character, a
    /// backspace, the character struck over it. What the page showed stays: the letter, once (the
    /// underline or the second strike goes). Whether <paramref name="text"/>[<paramref name="i"/>] is
    /// such a backspace; the character before it in <paramref name="clean"/> is then the one shown.
    /// </summary>
    private static bool Overstrikes(StringBuilder clean, string text, int i)
    {
        if (text[i] != '\b' || clean.Length == 0 || i + 1 >= text.Length) return false;
        var (under, over) = (clean[^1], text[i + 1]);
        if (char.IsControl(under) || char.IsControl(over) || char.IsSurrogate(under) || char.IsSurrogate(over)) return false;
        clean[^1] = under == '_' ? over : over == '_' ? under : over;
        return true;
    }

    /// <summary>The longest terminal control sequence taken whole (a colour with its parameters is a dozen characters).</summary>
    private const int LongestTerminalSequence = 32;

    /// <summary>
    /// What follows an escape character that is part of its terminal control sequence: a board's
    /// captured screen colours its text with ANSI sequences ("ESC[1;32m"), whose parameters and
    /// final letter are no more text than the escape itself (ECMA-48: "[", parameter bytes 0x30–0x3F,
    /// intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E). 0 where no whole sequence follows.
    /// </summary>
    private static int TerminalSequenceLength(string text, int escape)
    {
        if (text[escape] != '\u001B' || escape + 1 >= text.Length || text[escape + 1] != '[') return 0;
        var k = escape + 2;
        var limit = Math.Min(text.Length, escape + LongestTerminalSequence);
        while (k < limit && text[k] is >= '\u0030' and <= '\u003F') k++;
        while (k < limit && text[k] is >= '\u0020' and <= '\u002F') k++;
        return k < limit && text[k] is >= '\u0040' and <= '\u007E' ? k - escape : 0;
    }

    private static void Report(int line, ref int removed, Diagnostics diagnostics)
    {
        if (removed > 0) diagnostics.Warn(DiagnosticCode.ControlCharacters, line, $"removed {removed} control character(s), which are not text");
        removed = 0;
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (!IsText(text, i, out var width)) return false;
            else i += width - 1;
        return true;
    }

    /// <summary>
    /// A form feed is a page break, not noise: the plain-text reader reads pages by it (and never
    /// lets it into the book), HTML counts it as white space.
    /// </summary>
    private static bool IsText(string text, int i, out int width)
    {
        if (text[i] == '\f') { width = 1; return true; }
        return Xml.IsAllowed(text, i, out width) && text[i] is not (>= '\u0080' and <= '\u009F');
    }
}
