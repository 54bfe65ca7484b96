namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// The page the text was laid out on, measured from its lines: the left margin most lines keep,
/// the width they fill, whether its paragraphs start with an indent instead of a blank line, and
/// whether it writes whole lines in capitals as running text (then capitals mark nothing). With
/// these, a line can be judged centred, indented or set apart, which is how plain texts mark
/// their headings and paragraphs.
/// </summary>
internal sealed class LineLayout
{
    public int Margin { get; }

    /// <summary>The 95th percentile of the lines' lengths: the column the text was wrapped at, or its paragraphs' length when it is not wrapped.</summary>
    public int Width { get; }

    /// <summary>
    /// The width a line is measured against: the text's own, or where its lines are not wrapped
    /// (one line a paragraph, hundreds of characters) the screen it was typed on. Against the
    /// length of an unwrapped paragraph every short line is a sliver and every paragraph's line
    /// half empty; against the screen they read as they do in a wrapped text.
    /// </summary>
    public int MeasureWidth => CentringWidth;

    /// <summary>The width lines are centred in: the text's own, or the screen's when its lines are not wrapped.</summary>
    public int CentringWidth { get; }

    private const int ScreenWidth = 80;

    /// <summary>Paragraphs begin with a first-line indent (often without blank lines between them).</summary>
    public bool IndentedParagraphs { get; }

    /// <summary>Short lines in capitals are rare enough to mean something (a heading), not the text's normal case.</summary>
    public bool CapitalsMarkHeadings { get; }

    public LineLayout(List<string> lines, int start, int end)
    {
        var indents = new Dictionary<int, int>();
        var lengths = new List<int>();
        var capitals = 0;
        var nonBlank = 0;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) continue;
            nonBlank++;
            var indent = LeadingSpaces(line);
            indents[indent] = indents.GetValueOrDefault(indent) + 1;
            lengths.Add(line.TrimEnd().Length);
            if (Markers.IsCapitals(line, 2)) capitals++;
        }
        Margin = indents.Count == 0 ? 0 : indents.MaxBy(p => (p.Value, -p.Key)).Key;
        lengths.Sort();
        Width = lengths.Count == 0 ? 0 : lengths[(int)((lengths.Count - 1) * 0.95)];
        // A text with one line per paragraph has no width of its own; its centred lines were
        // centred on the screen it was typed on, 80 columns.
        CentringWidth = Width <= 100 ? Width : ScreenWidth;
        CapitalsMarkHeadings = nonBlank > 0 && capitals * 5 < nonBlank;

        // Indented paragraphs: lines indented a little past the margin right after a line at the
        // margin, many times over, and more often than blank lines start paragraphs.
        var indentedStarts = 0;
        for (var i = start + 1; i < end; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || string.IsNullOrWhiteSpace(lines[i - 1])) continue;
            var indent = LeadingSpaces(lines[i]) - Margin;
            if (indent is >= 2 and <= 12 && LeadingSpaces(lines[i - 1]) <= Margin && !IsCentred(lines[i])) indentedStarts++;
        }
        IndentedParagraphs = indentedStarts >= 5 && indentedStarts * 50 >= nonBlank;
    }

    public static int LeadingSpaces(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    /// <summary>Indented well past the margin, short, with about as much room on its right as on its left.</summary>
    public bool IsCentred(string line)
    {
        if (CentringWidth < 30) return false;
        var left = LeadingSpaces(line) - Margin;
        var length = line.Trim().Length;
        var right = CentringWidth - Margin - left - length;
        return left >= 4 && length <= CentringWidth * 0.8 && right >= 2 && Math.Abs(left - right) <= Math.Max(4, left / 3);
    }

    /// <summary>A short line that the layout sets apart from the lines around it: centred, or in capitals where capitals mean something.</summary>
    public bool SetApart(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 100) return false;
        return IsCentred(line) || (CapitalsMarkHeadings && Markers.IsCapitals(text, 2) && text.Length <= Math.Max(40, Width * 0.7));
    }
}
