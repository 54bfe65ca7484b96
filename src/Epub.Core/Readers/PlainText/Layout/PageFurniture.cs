namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// The furniture of a paginated text (pages ended by form feeds, as disk editions and
/// typewritten reports were): running heads and footers, short lines repeated near page breaks,
/// and page numbers. They belong to the printed page, not to the text, and would otherwise read
/// as headings in the middle of paragraphs.
/// </summary>
internal static class PageFurniture
{
    /// <summary>How near a page break (in lines) a running head, footer or page number stands.</summary>
    private const int Reach = 4;

    /// <summary>The lines that are page furniture, by index; empty for a text without page breaks.</summary>
    public static HashSet<int> Find(List<string> lines, int start, int end)
    {
        var furniture = new HashSet<int>();
        var breaks = new List<int>();
        for (var i = start; i < end; i++)
            if (lines[i].Contains('\f')) breaks.Add(i);
        if (breaks.Count < 2) return furniture;

        var nearBreak = new bool[lines.Count];
        foreach (var b in breaks)
            for (var i = Math.Max(start, b - Reach); i <= Math.Min(end - 1, b + Reach); i++) nearBreak[i] = true;

        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Replace('\f', ' ').Trim();
            if (text.Length == 0 || text.Length > 70) continue;
            if (!seen.TryGetValue(text, out var at)) seen[text] = at = [];
            at.Add(i);
        }
        foreach (var (text, at) in seen)
        {
            // The same short line at page after page: a running head or footer.
            var atBreaks = at.Count(i => nearBreak[i]);
            if (at.Count >= 3 && atBreaks * 5 >= at.Count * 4 && atBreaks >= breaks.Count / 3) furniture.UnionWith(at.Where(i => nearBreak[i] && !OverNotes(lines, i, end)));
        }
        for (var i = start; i < end; i++)
            if (nearBreak[i] && IsPageNumber(lines[i].Replace('\f', ' ').Trim())) furniture.Add(i);
        return furniture;
    }

    /// <summary>
    /// A rule with a note under it ("[3] …", "3. …"): the typist's footnote rule, repeated at
    /// every page's foot like a footer, but it sets the page's notes off from its text, and the
    /// page-foot notes are read by it.
    /// </summary>
    private static bool OverNotes(List<string> lines, int i, int end)
    {
        if (!Recognition.LineSheet.IsRule(lines[i].Replace('\f', ' '))) return false;
        var next = i + 1;
        while (next < end && string.IsNullOrWhiteSpace(lines[next])) next++;
        return next < end && next - i <= 2 && Markers.NoteLine().IsMatch(lines[next].Trim());
    }

    /// <summary>"12", "- 12 -", "Page 12", "[12]", "xii".</summary>
    internal static bool IsPageNumber(string text)
    {
        var core = text.Trim('-', ' ', '[', ']', '(', ')');
        if (core.StartsWith("Page ", StringComparison.OrdinalIgnoreCase)) core = core[5..].Trim();
        if (core.Length is 0 or > 6) return false;
        return core.All(char.IsAsciiDigit) || core.All(c => c is 'i' or 'v' or 'x' or 'l' or 'c');
    }
}
