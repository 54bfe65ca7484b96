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
        if (TypicalWidth(lines, 0, lines.Count) is not int width) return null;
        // Evidence of wrapping: full lines that the next line continues, not just short lines (a poem, a list).
        var wrapped = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
            if (IsFull(lines[i], width) && !string.IsNullOrWhiteSpace(lines[i + 1])) wrapped++;
        return wrapped >= 2 ? width : null;
    }

    /// <summary>
    /// The width nearly all text lines from <paramref name="start"/> to <paramref name="end"/> keep
    /// to (a long URL or two may stand out), when it is one a hard wrap would use; null for too
    /// few lines, or for lines too short or too long to be a wrap's.
    /// </summary>
    public static int? TypicalWidth(IReadOnlyList<string> lines, int start, int end)
    {
        var lengths = new List<int>();
        for (var i = start; i < end; i++)
            if (!string.IsNullOrWhiteSpace(lines[i])) lengths.Add(lines[i].TrimEnd().Length);
        if (lengths.Count < 3) return null;
        lengths.Sort();
        var width = lengths[(int)((lengths.Count - 1) * 0.95)];
        return width is < 50 or > 100 ? null : width;
    }

    /// <summary>How much of the width a line must fill to count as full (a wrap leaves at most a word's room).</summary>
    public const double FullShare = 0.75;

    /// <summary>Whether a line ran to near the width: the wrap broke it because it was full.</summary>
    public static bool IsFull(string line, int width) => line.TrimEnd().Length >= width * FullShare;

    /// <summary>
    /// Whether the line after <paramref name="previous"/> continues its paragraph: the previous line
    /// ran to near the width (it was broken because it was full), and the next one does not open
    /// an item or a note (<see cref="ItemStarts"/>: a number in sequence, not one the sentence goes on with).
    /// </summary>
    public static bool Continues(string previous, bool nextOpensItem, int width) => IsFull(previous, width) && !nextOpensItem;
}
