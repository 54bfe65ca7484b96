namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// Double-spaced text: a blank line after every line (as a typescript is double-spaced, and as
/// some boards and editors saved text), so a blank line no longer says where a paragraph ends and,
/// read as it stands, every line is a paragraph of its own. Closed up, it reads as single-spaced
/// text, which every later step knows.
/// </summary>
internal static class LineSpacing
{
    /// <summary>
    /// Closes up a double-spaced text in place: each full line (one a hard wrap broke: it ran to
    /// near the width its neighbours keep to) and the line after its single blank are one
    /// paragraph, unless that line opens a numbered item or stands further in than the full line
    /// (a paragraph's first line).
    /// A rule standing in the blank's place (a row of dashes under the words above, as a
    /// typewriter underlines) is a gap too, and goes with it: rules are decoration, not text.
    /// The joined lines move up under the first line of their paragraph and the blank lines
    /// they leave go below it, as at a page break: only the moved lines change their numbers.
    /// Lines <paramref name="stays"/> names (headings) neither move nor take a line in.
    /// Returns how many lines joined the line above (0 when the text is not double-spaced).
    /// </summary>
    public static int CloseUp(List<string> lines, int start, int end, Func<int, bool>? stays = null)
    {
        stays ??= _ => false;
        if (end - start < 3 || HardWrap.TypicalWidth(lines, start, end) is not int width || !IsDoubleSpaced(lines, start, end, width)) return 0;
        var items = new ItemStarts(lines, start, end);
        var joined = 0;
        for (var i = start; i < end;)
        {
            if (!IsText(lines[i])) { i++; continue; }
            // The paragraph's lines as they stand, every other line; decided before any line moves.
            var last = i;
            while (last + 2 < end && !IsText(lines[last + 1]) && IsText(lines[last + 2]) && !stays(last) && !stays(last + 2)
                   && Indent(lines[last + 2]) <= Indent(lines[last]) && HardWrap.Continues(lines[last], items.Opens(last + 2), LocalWidth(lines, last, start, end, width)))
                last += 2;
            var count = (last - i) / 2 + 1;
            for (var k = 1; k < count; k++) lines[i + k] = lines[i + 2 * k];
            for (var k = i + count; k <= last; k++) lines[k] = "";
            joined += count - 1;
            i = last + 1;
        }
        return joined;
    }

    /// <summary>
    /// The width the lines around a line keep to (two text lines either side): a passage set in
    /// narrower, as an indented quotation is, is wrapped at its own right margin, not the page's.
    /// Never narrower than a full line of the page, though: short lines together (a poem, a list)
    /// are not a narrow wrap, and each stays a line.
    /// </summary>
    private static int LocalWidth(List<string> lines, int i, int start, int end, int pageWidth)
    {
        var width = (int)(pageWidth * HardWrap.FullShare);
        for (int k = Math.Max(start, i - 4); k <= Math.Min(end - 1, i + 4); k++)
            if (IsText(lines[k])) width = Math.Max(width, lines[k].TrimEnd().Length);
        return width;
    }

    /// <summary>
    /// The evidence: the full lines that more of the text follows are followed by one blank line
    /// first far more often than directly, and most of them break off mid-sentence (a text of
    /// one-line paragraphs, a blank between each, ends its lines with a stop or a note's
    /// number). In single-spaced prose most full lines run straight on into the next (only a
    /// paragraph's last line may be full), in double-spaced prose nearly none do; the line is
    /// drawn at three in four, so a double-spaced text with a boxed quotation or a single-spaced
    /// passage still counts, and at ten such lines at least, so a few spaced lines in a short
    /// text decide nothing.
    /// </summary>
    private static bool IsDoubleSpaced(List<string> lines, int start, int end, int width)
    {
        int spaced = 0, adjacent = 0, midSentence = 0;
        for (var i = start; i + 2 < end; i++)
        {
            if (!IsText(lines[i]) || !HardWrap.IsFull(lines[i], width)) continue;
            if (IsText(lines[i + 1])) adjacent++;
            else if (IsText(lines[i + 2]))
            {
                spaced++;
                if (EndsMidSentence(lines[i])) midSentence++;
            }
        }
        return spaced >= 10 && spaced >= 3 * adjacent && 2 * midSentence > spaced;
    }

    /// <summary>A line that stops mid-sentence: on a word, a comma, a semicolon or a hyphen (not on a stop nor a note's number).</summary>
    private static bool EndsMidSentence(string line)
    {
        var text = line.AsSpan().TrimEnd();
        return text.Length > 0 && (char.IsLetter(text[^1]) || text[^1] is ',' or ';' or '-');
    }

    /// <summary>A line of words: neither blank nor a rule.</summary>
    private static bool IsText(string line) => !string.IsNullOrWhiteSpace(line) && !Recognition.LineSheet.IsRule(line);

    private static int Indent(string line) => line.Length - line.AsSpan().TrimStart().Length;
}
