using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// Quotation as mail and news readers mark it (RFC 3676 §4.5 and the usage it describes): every line
/// of the quoted text opens with "&gt;" ("&gt;&gt;" or "&gt; &gt;" for a quotation inside it), or, as
/// FidoNet's editors quote, with the writer's initials before it ("JG&gt; "). A format, not a guess:
/// the marks leave the lines, and the lines they marked are the text's quotations. Where nearly the
/// whole text is quoted (a forwarded article), the quotation is the text itself: its marks leave and
/// nothing is set apart.
/// </summary>
internal static partial class QuotedReplies
{
    /// <summary>
    /// How deep each line of [<paramref name="start"/>, <paramref name="end"/>) is quoted (0: the
    /// writer's own; 1: quoted; 2: quoted in what is quoted, and so on), the marks taken off in
    /// <paramref name="lines"/>; all 0 when the text quotes nothing, or when the quotation is the
    /// whole text (<paramref name="unquoted"/> then counts the lines whose marks left).
    /// </summary>
    public static byte[] Find(List<string> lines, int start, int end, out int unquoted)
    {
        var depth = new byte[lines.Count];
        unquoted = 0;
        int marked = 0, text = 0;
        for (var i = start; i < end; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            text++;
            // ">From the start …" alone among lines of the writer's own: a mailbox escaped the line's
            // first word ("From " opens a message in an mbox file), and it is no quotation.
            if (lines[i].StartsWith(">From ", StringComparison.Ordinal) && !Quoted(lines, i - 1) && !Quoted(lines, i + 1))
                lines[i] = lines[i][1..];
            else if (IsQuoted(lines[i])) marked++;
        }
        // A lone "> 50 acres" may be a sign of "more than"; two marked lines are a quotation.
        if (marked < MinQuotedLines) return depth;
        var whole = marked * 100 >= text * WholeTextPercent;
        for (var i = start; i < end; i++)
        {
            if (QuoteMark(lines[i]) is not { } mark) continue;
            lines[i] = lines[i][mark.Length..];
            if (!whole) depth[i] = (byte)Math.Min(byte.MaxValue, mark.ValueSpan.Count('>'));
        }
        if (whole) unquoted = marked;
        return depth;
    }

    private const int MinQuotedLines = 2;

    private static bool Quoted(List<string> lines, int i) => i >= 0 && i < lines.Count && IsQuoted(lines[i]);

    private static bool IsQuoted(string line) => QuoteMark(line) is not null;

    /// <summary>The quote marks a line opens with; none on a line the marks decorate on both sides (">>> THE FARM BOARD <<<"), a banner, not a quotation.</summary>
    private static Match? QuoteMark(string line) =>
        line.AsSpan().TrimEnd().EndsWith("<") ? null : QuoteMarks().Match(line) is { Success: true } mark ? mark : null;

    /// <summary>From this share of the text's lines on, the quotation is the text (a title and a line of comment above a forwarded article leave the rest of it quoted).</summary>
    private const int WholeTextPercent = 75;

    /// <summary>
    /// "&gt; ", "&gt;&gt; ", "&gt; &gt; ", " JG&gt; ": the marks of one or more levels of quotation at
    /// the start of a line (a space or three before them, as some readers indent), and the one space
    /// after them; the quoted line's own indent stays.
    /// </summary>
    [GeneratedRegex(@"^(?:[ ]{0,3}(?:[A-Z]{1,3})?>)+[ ]?", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarks();
}
