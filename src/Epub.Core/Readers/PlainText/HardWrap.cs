namespace Epub.Readers.PlainText;

/// <summary>
/// Recognises text hard-wrapped at a fixed width (mail, Usenet, Project Gutenberg: lines of
/// 60 to 80 characters), so that its lines can be joined into paragraphs, as calibre's
/// "unwrap factor" does. Text with one paragraph a line is left alone.
/// </summary>
internal static partial class HardWrap
{
    /// <summary>The wrap width, or null when the text is not hard-wrapped.</summary>
    public static int? DetectWidth(List<string> lines)
    {
        var lengths = new List<int>();
        foreach (var line in lines)
            if (!string.IsNullOrWhiteSpace(line)) lengths.Add(line.TrimEnd().Length);
        if (lengths.Count < 3) return null;
        lengths.Sort();
        // The width is what nearly all lines keep to; a long URL or two may stand out.
        var width = lengths[(int)((lengths.Count - 1) * 0.95)];
        if (width is < 50 or > 100) return null;
        // Evidence of wrapping: full lines that the next line continues, not just short lines (a poem, a list).
        var wrapped = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
            if (lines[i].TrimEnd().Length >= width * 0.75 && !string.IsNullOrWhiteSpace(lines[i + 1])) wrapped++;
        return wrapped >= 2 ? width : null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues the paragraph of <paramref name="previous"/>: the
    /// previous line ran to near the width (it was broken because it was full), and the next one
    /// does not start a list item or a note.
    /// </summary>
    public static bool Continues(string previous, string next, int width) =>
        previous.TrimEnd().Length >= width * 0.75 && (!Markers.StartsItem(next) || YearOpensSentence().IsMatch(next));

    /// <summary>"1991. See also …": a wrapped sentence that goes on with a year, not item 1991.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(1[5-9]|20)\d\d[.)]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearOpensSentence();
}
