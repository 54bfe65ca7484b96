namespace Epub.Readers.PlainText;

/// <summary>
/// Recognises text hard-wrapped at a fixed width (mail, Usenet, Project Gutenberg: lines of
/// 60 to 80 characters), so that its lines can be joined into paragraphs, as calibre's
/// "unwrap factor" does. Text with one paragraph a line is left alone.
/// </summary>
internal static class HardWrap
{
    /// <summary>The wrap width, or null when the text is not hard-wrapped.</summary>
    public static int? DetectWidth(List<string> lines)
    {
        var lengths = new List<int>();
        foreach (var line in lines)
            if (!string.IsNullOrWhiteSpace(line)) lengths.Add(line.TrimEnd().Length);
        if (lengths.Count < 10) return null;
        lengths.Sort();
        var width = lengths[(int)(lengths.Count * 0.9)];
        if (width is < 40 or > 100 || lengths[^1] > width + 30) return null;
        var full = lengths.Count(l => l >= width * 0.75);
        return full * 2 >= lengths.Count ? width : null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues the paragraph of <paramref name="previous"/>: the
    /// previous line ran to near the width (it was broken because it was full), and the next one
    /// does not start a list item or a note.
    /// </summary>
    public static bool Continues(string previous, string next, int width) =>
        previous.TrimEnd().Length >= width * 0.75 && !Markers.StartsItem(next);
}
