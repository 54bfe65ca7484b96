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
        "column_gaps", "wide_gaps", "drawing_share", "ends_page_number", "digit_share", "symbol_share",
        "length_to_width", "indent", "words", "ends_sentence", "sentence_breaks",
        // Its block: from the first to the last line with a gap or drawing in its run of lines, rules included.
        "block_lines", "block_gapped_share", "block_drawing_share", "block_page_number_share", "block_short_share",
        // The page: a text that puts two spaces between all its words has gaps that mean nothing.
        "page_gapped_share", "hard_wrapped", "page_width",
    ];

    public static int FeatureCount => FeatureNames.Length;

    private readonly LineSheet sheet;
    private readonly LineLayout layout;
    private readonly bool hardWrapped;
    private readonly float pageGappedShare;

    /// <summary>A block that can hold preformatted material, [Start, End), with its lines' shares of each mark.</summary>
    public readonly record struct Block(int Start, int End, float Gapped, float Drawing, float PageNumbers, float Short);

    /// <summary>The blocks the model is asked about, in order. Nothing is kept per line: a text of a million short lines holds a few blocks, not a few arrays.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>What the features read of one line.</summary>
    private readonly record struct Marks(byte Gaps, byte WideGaps, float Drawing, bool GridRule)
    {
        public bool Any => Gaps > 0 || Drawing > 0 || GridRule;
    }

    private static Marks MarksOf(string line)
    {
        var (gaps, wide) = Gaps(line);
        return new Marks(gaps, wide, DrawingShare(line), GridRule(line));
    }

    public PreformattedLines(LineSheet sheet, LineLayout layout, bool hardWrapped)
    {
        this.sheet = sheet;
        this.layout = layout;
        this.hardWrapped = hardWrapped;
        var n = sheet.Count;
        var width = Math.Max(20, layout.MeasureWidth);
        int text = 0, gapped = 0;
        // A block runs from the first to the last line of a run of non-blank lines that has a gap
        // or drawing characters: a table typed right under a paragraph, or a caption over it,
        // leaves those lines to the prose.
        // The run's lines' marks, read once (the run's, not the text's: a few lines at a time).
        var run = new List<Marks>();
        for (var i = 0; i < n;)
        {
            if (!NonBlank(i)) { i++; continue; }
            int first = -1, last = -1, runEnd = i;
            run.Clear();
            for (; runEnd < n && NonBlank(runEnd); runEnd++)
            {
                var marks = MarksOf(sheet.Text(runEnd));
                run.Add(marks);
                if (sheet.IsText(runEnd))
                {
                    text++;
                    if (marks.Gaps > 0) gapped++;
                }
                if (!marks.Any) continue;
                if (first < 0) first = runEnd;
                last = runEnd;
            }
            // Above the text's first prose stands its title block: a title drawn in a box, a
            // board's banner, a byline set beside a date are the title block's to read.
            if (first >= 0 && sheet.ProseBefore(first) > 0)
            {
                float count = last + 1 - first, withGaps = 0, drawing = 0, pageNumbers = 0, shortLines = 0;
                for (var k = first; k <= last; k++)
                {
                    var line = sheet.Text(k);
                    var marks = run[k - i];
                    if (marks.Gaps > 0) withGaps++;
                    drawing += marks.Drawing;
                    if (EndsWithPageNumber(line)) pageNumbers++;
                    if (line.AsSpan().Trim().Length < width * 0.6) shortLines++;
                }
                Blocks.Add(new Block(first, last + 1, withGaps / count, drawing / count, pageNumbers / count, shortLines / count));
            }
            i = runEnd;
        }
        pageGappedShare = text == 0 ? 0 : (float)gapped / text;
    }

    private bool NonBlank(int i) => sheet.IsText(i) || sheet.IsRuleLine(i);

    /// <summary>Writes the features of line <paramref name="i"/> of <paramref name="block"/> into <paramref name="into"/> (of <see cref="FeatureCount"/> values).</summary>
    public void Features(int i, in Block block, Span<float> into)
    {
        var line = sheet.Text(i);
        var trimmed = line.AsSpan().Trim();
        var width = Math.Max(20, layout.MeasureWidth);
        var marks = MarksOf(line);
        var f = 0;
        into[f++] = marks.Gaps;
        into[f++] = marks.WideGaps;
        into[f++] = marks.Drawing;
        into[f++] = EndsWithPageNumber(line) ? 1 : 0;
        var (digits, symbols) = LineSheet.Shares(trimmed);
        into[f++] = digits;
        into[f++] = symbols;
        into[f++] = Math.Min(3f, (float)trimmed.Length / width);
        into[f++] = Math.Clamp((float)(LineLayout.LeadingSpaces(line) - layout.Margin) / width, -1f, 1f);
        into[f++] = Math.Min(40, Words(trimmed));
        into[f++] = trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or '"' or '\u201D' ? 1 : 0;
        into[f++] = Math.Min(5, LineSheet.SentenceBreaks(trimmed));
        into[f++] = MathF.Log2(1 + Math.Min(200, block.End - block.Start));
        into[f++] = block.Gapped;
        into[f++] = block.Drawing;
        into[f++] = block.PageNumbers;
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
    /// <remarks>
    /// The model is asked for only when some block can hold preformatted material: most texts
    /// have none, and need not load it. A person's pins (1-based) decide a block they touch: a
    /// line pinned preformatted takes its run of lines whole (even where the model was not asked:
    /// above the first prose, or a run with no gap), a line pinned heading or body keeps its block
    /// out.
    /// </remarks>
    public static bool[] Find(LineSheet sheet, LineLayout layout, bool hardWrapped, Func<LineModel> modelOf, IReadOnlyDictionary<int, bool>? pins = null, IReadOnlySet<int>? preformattedPins = null)
    {
        var found = new bool[sheet.Count];
        var lines = new PreformattedLines(sheet, layout, hardWrapped);
        var model = lines.Blocks.Count == 0 ? null : modelOf();
        Span<float> vector = stackalloc float[FeatureCount];
        var lastEnd = -1;
        foreach (var block in lines.Blocks)
        {
            if (Pinned(pins, block.Start, block.End)) continue;
            float sum = 0;
            var count = 0;
            for (var k = block.Start; k < block.End; k++)
            {
                if (!sheet.IsText(k)) continue;
                lines.Features(k, block, vector);
                sum += model!.Probability(vector);
                count++;
            }
            if (count == 0 || sum / count < model!.Threshold) continue;
            var joinsLast = lastEnd >= 0 && block.Start - lastEnd <= 2 && Enumerable.Range(lastEnd, block.Start - lastEnd).All(k => !lines.NonBlank(k));
            for (var k = joinsLast ? lastEnd : block.Start; k < block.End; k++) found[k] = true;
            lastEnd = block.End;
        }
        foreach (var pinned in preformattedPins ?? new HashSet<int>())
        {
            var line = pinned - 1;
            if (line < 0 || line >= sheet.Count || !lines.NonBlank(line) || found[line]) continue; // a run already taken whole
            var (start, end) = (line, line + 1);
            while (start > 0 && lines.NonBlank(start - 1)) start--;
            while (end < sheet.Count && lines.NonBlank(end)) end++;
            for (var k = start; k < end; k++) found[k] = true;
        }
        return found;

        static bool Pinned(IReadOnlyDictionary<int, bool>? pins, int start, int end)
        {
            if (pins is null) return false;
            for (var k = start; k < end; k++)
                if (pins.ContainsKey(k + 1)) return true;
            return false;
        }
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

    /// <summary>"------+------+": a table's border, a rule broken where its columns meet (it marks a block as a gap does).</summary>
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

    private static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
            if (char.IsLetter(text[k]) && (k == 0 || !char.IsLetter(text[k - 1]))) count++;
        return count;
    }
}
