using Epub.Readers.PlainText.Layout;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// Preformatted material in a plain text: a table set in spaces, columns of figures, a diagram
/// drawn in characters, a form; lines whose breaks and spacing are their meaning, so that joining
/// them into a paragraph would destroy them. Each line gets named features of its own layout
/// (gaps inside it, starts aligned with its neighbours', drawing characters) and of its block
/// (the lines between blank lines it stands in), the fitted preformatted model scores every line,
/// and a block is preformatted where its lines' mean probability passes the model's threshold:
/// the decision is the block's, as a table is one thing, and a line of it that looks like prose
/// (a header row, a caption cell) goes with the rest.
/// </summary>
internal sealed class PreformattedLines
{
    public const string Label = "preformatted";

    public static readonly string[] FeatureNames =
    [
        // The line's own layout.
        "column_gaps", "wide_gaps", "aligned_starts", "drawing_share", "grid_rule", "ends_page_number", "label_then_gap", "digit_share", "symbol_share",
        "length_to_width", "indent", "words", "ends_sentence", "sentence_breaks",
        // Its block: from the first to the last line with a gap or drawing in its run of lines, rules included.
        "block_lines", "block_gapped_share", "block_aligned_share", "block_drawing_share", "block_grid_share", "block_page_number_share", "block_label_gap_share", "block_short_share",
        // The page: a text that puts two spaces between all its words has gaps that mean nothing.
        "page_gapped_share", "hard_wrapped", "page_width",
    ];

    public static int FeatureCount => FeatureNames.Length;

    private readonly LineSheet sheet;
    private readonly LineLayout layout;
    private readonly bool hardWrapped;
    private readonly int[] blockStart, blockEnd; // the block of non-blank lines each line is in, [start, end)
    private readonly byte[] gaps, wideGaps; // per line, capped
    private readonly float[] aligned, drawing;
    private readonly bool[] gridRule, pageNumber, labelThenGap;
    private readonly float pageGappedShare;
    private readonly Dictionary<int, (float Gapped, float Aligned, float Drawing, float Grid, float PageNumbers, float LabelGaps, float Short)> blocks = [];

    public PreformattedLines(LineSheet sheet, LineLayout layout, bool hardWrapped)
    {
        this.sheet = sheet;
        this.layout = layout;
        this.hardWrapped = hardWrapped;
        var n = sheet.Count;
        blockStart = new int[n];
        blockEnd = new int[n];
        gaps = new byte[n];
        wideGaps = new byte[n];
        aligned = new float[n];
        drawing = new float[n];
        gridRule = new bool[n];
        pageNumber = new bool[n];
        labelThenGap = new bool[n];
        int text = 0, gapped = 0;
        for (var i = 0; i < n; i++)
        {
            if (!NonBlank(i)) continue;
            var line = sheet.Text(i);
            (gaps[i], wideGaps[i]) = Gaps(line);
            drawing[i] = DrawingShare(line);
            gridRule[i] = GridRule(line);
            pageNumber[i] = EndsWithPageNumber(line);
            labelThenGap[i] = gaps[i] == 1 && LabelThenGap(line);
            aligned[i] = AlignedStarts(line, i > 0 && NonBlank(i - 1) ? sheet.Text(i - 1) : null, i + 1 < n && NonBlank(i + 1) ? sheet.Text(i + 1) : null);
            if (!sheet.IsText(i)) continue;
            text++;
            if (gaps[i] > 0) gapped++;
        }
        pageGappedShare = text == 0 ? 0 : (float)gapped / text;
        // A block runs from the first to the last line of a run of non-blank lines that has a gap
        // or drawing characters: a table typed right under a paragraph, or a caption over it,
        // leaves those lines to the prose.
        var width = Math.Max(20, layout.MeasureWidth);
        for (var i = 0; i < n; i++) (blockStart[i], blockEnd[i]) = (i, i + 1);
        for (var i = 0; i < n;)
        {
            if (!NonBlank(i)) { i++; continue; }
            var runEnd = i;
            while (runEnd < n && NonBlank(runEnd)) runEnd++;
            int first = i, last = runEnd - 1;
            while (first < runEnd && !Marked(first)) first++;
            while (last > first && !Marked(last)) last--;
            // Above the text's first prose stands its title block: a title drawn in a box, a
            // board's banner, a byline set beside a date are the title block's to read.
            if (first < runEnd && sheet.ProseBefore(first) > 0)
            {
                float count = last + 1 - first, withGaps = 0, alignedSum = 0, drawingSum = 0, grid = 0, pageNumbers = 0, labelGaps = 0, shortLines = 0;
                for (var k = first; k <= last; k++)
                {
                    (blockStart[k], blockEnd[k]) = (first, last + 1);
                    if (gaps[k] > 0) withGaps++;
                    alignedSum += aligned[k];
                    drawingSum += drawing[k];
                    if (gridRule[k]) grid++;
                    if (pageNumber[k]) pageNumbers++;
                    if (labelThenGap[k]) labelGaps++;
                    if (sheet.Text(k).AsSpan().Trim().Length < width * 0.6) shortLines++;
                }
                blocks[first] = (withGaps / count, alignedSum / count, drawingSum / count, grid / count, pageNumbers / count, labelGaps / count, shortLines / count);
            }
            i = runEnd;
        }
    }

    private bool Marked(int i) => gaps[i] > 0 || drawing[i] > 0 || gridRule[i];

    private bool NonBlank(int i) => sheet.IsText(i) || sheet.IsRuleLine(i);

    /// <summary>The block the line stands in, [Start, End) (the line alone when it is in none).</summary>
    public (int Start, int End) Block(int i) => (blockStart[i], blockEnd[i]);

    /// <summary>
    /// Whether a block starts at the line: lines with a gap inside them or drawing characters, and
    /// what stands between them in their run of lines, below the text's first prose. Every other line is running text, a heading
    /// or a list, and is not scored (it is most of a text: the model is asked about the few
    /// blocks where it has a say).
    /// </summary>
    public bool Candidate(int start) => blocks.ContainsKey(start);

    /// <summary>Writes the line's feature vector into <paramref name="into"/> (of <see cref="FeatureCount"/> values).</summary>
    public void Features(int i, Span<float> into)
    {
        var line = sheet.Text(i);
        var trimmed = line.AsSpan().Trim();
        var width = Math.Max(20, layout.MeasureWidth);
        var f = 0;
        into[f++] = gaps[i];
        into[f++] = wideGaps[i];
        into[f++] = aligned[i];
        into[f++] = drawing[i];
        into[f++] = gridRule[i] ? 1 : 0;
        into[f++] = pageNumber[i] ? 1 : 0;
        into[f++] = labelThenGap[i] ? 1 : 0;
        var (digits, symbols) = LineSheet.Shares(trimmed);
        into[f++] = digits;
        into[f++] = symbols;
        into[f++] = Math.Min(3f, (float)trimmed.Length / width);
        into[f++] = Math.Clamp((float)(LineLayout.LeadingSpaces(line) - layout.Margin) / width, -1f, 1f);
        into[f++] = Math.Min(40, Words(trimmed));
        into[f++] = trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or '"' or '\u201D' ? 1 : 0;
        into[f++] = Math.Min(5, LineSheet.SentenceBreaks(trimmed));
        var block = blocks.GetValueOrDefault(blockStart[i]);
        into[f++] = MathF.Log2(1 + Math.Min(200, blockEnd[i] - blockStart[i]));
        into[f++] = block.Gapped;
        into[f++] = block.Aligned;
        into[f++] = block.Drawing;
        into[f++] = block.Grid;
        into[f++] = block.PageNumbers;
        into[f++] = block.LabelGaps;
        into[f++] = block.Short;
        into[f++] = pageGappedShare;
        into[f++] = hardWrapped ? 1 : 0;
        into[f++] = layout.Width / 80f;
        System.Diagnostics.Debug.Assert(f == FeatureCount);
    }

    /// <summary>
    /// The blocks the model takes for preformatted material, as a flag per line (blank lines
    /// between two such blocks, at most two of them, are inside: a table spaced out by blank
    /// lines is one table).
    /// </summary>
    public static bool[] Find(LineSheet sheet, LineLayout layout, bool hardWrapped, LineModel model)
    {
        var found = new bool[sheet.Count];
        var lines = new PreformattedLines(sheet, layout, hardWrapped);
        Span<float> vector = stackalloc float[FeatureCount];
        var lastEnd = -1;
        for (var i = 0; i < sheet.Count; i = lines.blockEnd[i])
        {
            if (!lines.NonBlank(i) || !lines.Candidate(i)) continue;
            float sum = 0;
            var count = 0;
            for (var k = i; k < lines.blockEnd[i]; k++)
            {
                if (!sheet.IsText(k)) continue;
                lines.Features(k, vector);
                sum += model.Probability(vector);
                count++;
            }
            if (count == 0 || sum / count < model.Threshold) continue;
            var from = lastEnd >= 0 && i - lastEnd <= 2 && Enumerable.Range(lastEnd, i - lastEnd).All(k => !lines.NonBlank(k)) ? lastEnd : i;
            for (var k = from; k < lines.blockEnd[i]; k++) found[k] = true;
            lastEnd = lines.blockEnd[i];
        }
        return found;
    }

    /// <summary>Gaps inside the line (after its indent) of two or more spaces or a tab, and of four or more; a sentence's two spaces after its full stop are no gap.</summary>
    private static (byte Gaps, byte Wide) Gaps(string line)
    {
        var text = line.AsSpan().Trim();
        int count = 0, wide = 0;
        for (var k = 1; k < text.Length; k++)
        {
            if (text[k] is not (' ' or '\t')) continue;
            var s = k;
            var tab = false;
            while (k < text.Length && text[k] is ' ' or '\t') { tab |= text[k] == '\t'; k++; }
            var length = k - s;
            if (length < 2 && !tab) continue;
            if (text[s - 1] is '.' or '?' or '!' or ':' && length <= 3 && !tab) continue;
            count++;
            if (length >= 4 || tab) wide++;
        }
        return ((byte)Math.Min(8, count), (byte)Math.Min(8, wide));
    }

    /// <summary>"------+------+": a table's border, a rule broken where its columns meet.</summary>
    private static bool GridRule(string line)
    {
        var crossings = 0;
        var marks = 0;
        foreach (var c in line)
        {
            if (c is '+' or '|') crossings++;
            else if (c is '-' or '=' or '_' or ':' or '.') marks++;
            else if (c is not (' ' or '\t')) return false;
        }
        return crossings > 0 && marks >= 3;
    }

    /// <summary>"Measuring Magnitudes ....... 18": words, then a gap or leaders, then a page number: a contents entry, not a table row.</summary>
    private static bool EndsWithPageNumber(string line)
    {
        var text = line.AsSpan().TrimEnd();
        var k = text.Length;
        while (k > 0 && (char.IsDigit(text[k - 1]) || text[k - 1] is 'i' or 'v' or 'x' or 'l' or 'c')) k--;
        if (k == text.Length || text.Length - k > 5 || k < 3) return false;
        var leader = 0;
        while (k > 0 && text[k - 1] is ' ' or '.' or '\t') { k--; leader++; }
        if (leader < 2) return false;
        foreach (var c in text[..k])
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// "12     Ibid., p. 4." / "[3]   See above." / "*    an item": the line's one gap follows the
    /// label it opens with, the hanging indent of a note or a list item, not a column of a table.
    /// </summary>
    private static bool LabelThenGap(string line)
    {
        var text = line.AsSpan().TrimStart();
        var k = 0;
        if (k < text.Length && text[k] is '[' or '(' or '{' or '<' or '*' or '#') k++;
        var body = k;
        while (k < text.Length && k - body < 4 && (char.IsDigit(text[k]) || (k == body && char.IsLetter(text[k])))) k++;
        if (k == body && text.Length > 0 && text[0] is '*' or '-' or 'o' or '\u2022') k = 1; // a bullet
        else if (k == body) return false;
        while (k < text.Length && text[k] is '.' or ')' or ']' or '}' or '>' or ':' or '*') k++;
        return k + 1 < text.Length && text[k] is ' ' or '\t' && text[k + 1] is ' ' or '\t';
    }

    /// <summary>Characters that draw (boxes, borders, diagrams): a share of the line's non-blank characters.</summary>
    private static float DrawingShare(string line)
    {
        int drawn = 0, total = 0;
        foreach (var c in line)
        {
            if (c is ' ' or '\t') continue;
            total++;
            if (c is '|' or '+' or '/' or '\\' or '_' or '<' or '>' or '^' || c is >= '\u2500' and <= '\u257F') drawn++;
        }
        return total == 0 ? 0 : (float)drawn / total;
    }

    /// <summary>
    /// Of the places where a column starts in the line (text after a gap of two or more spaces)
    /// and its drawing characters, the share that stand at the column where a word starts or the
    /// same drawing character stands in the line above or below: columns line up in a table,
    /// not in prose.
    /// </summary>
    private static float AlignedStarts(string line, string? above, string? below)
    {
        int places = 0, matched = 0;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            var drawn = c is '|' or '+';
            var columnStart = c is not (' ' or '\t') && k >= 2 && line[k - 1] == ' ' && line[k - 2] == ' ';
            if (!drawn && !columnStart) continue;
            places++;
            if (Matches(above, k, c, drawn) || Matches(below, k, c, drawn)) matched++;
        }
        return places == 0 ? 0 : (float)matched / places;

        static bool Matches(string? other, int k, char c, bool drawn) =>
            other is not null && k < other.Length && (drawn ? other[k] == c : other[k] is not (' ' or '\t') && (k == 0 || other[k - 1] == ' '));
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
            if (char.IsLetter(text[k]) && (k == 0 || !char.IsLetter(text[k - 1]))) count++;
        return count;
    }
}
