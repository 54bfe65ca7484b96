using Epub.Readers.PlainText.Layout;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// One record per line of a plain text, as document layout analysis keeps them (GROBID's
/// segmentation features): what the line measures on its page, what stands around it, and how
/// many lines of the document share its shape. Nothing is decided here; the fitted model reads
/// the features (<see cref="Features"/>) and labels the lines.
/// </summary>
/// <remarks>
/// Memory follows the input: a few numbers per line are kept, and a line's feature vector is
/// made when it is asked for, from the line's text and those numbers.
/// </remarks>
internal sealed class LineSheet
{
    /// <summary>The features, in the order of the vector; the model file names them in this order too.</summary>
    public static readonly string[] FeatureNames =
    [
        // The line's own shape.
        "length_to_width", "words", "indent", "centred", "right_aligned", "capitals", "title_case", "starts_upper", "starts_quote",
        "ends_full_stop", "ends_colon", "ends_comma", "ends_question", "ends_letter", "ends_function_word", "sentence_breaks",
        "label_roman", "label_arabic", "label_decimal", "label_letter", "label_parenthesised", "label_bracketed", "label_division", "matter_word",
        "letter_spaced", "date_shape", "address_shape", "byline_shape", "pronoun", "digit_share", "symbol_share", "speaker_label", "contents_entry",
        // What stands around it.
        "blank_before", "blank_after", "rule_above", "rule_below", "underline_fit", "run_lines", "run_position",
        "previous_length", "previous_ends_sentence", "next_length", "next_indent", "following_lines", "following_fill", "first_line_indent_below", "byline_below",
        "position", "lines_before", "prose_before",
        // The page.
        "hard_wrapped", "indented_paragraphs", "capitals_common", "page_width", "alone_short_share",
        // The line's family across the document.
        "family_size", "family_share", "family_over_prose", "label_in_sequence", "text_repeats", "said_before", "said_after",
    ];

    public static int FeatureCount => FeatureNames.Length;

    private readonly List<string> lines;
    private readonly LineLayout layout;
    private readonly Lexicon lexicon;
    private readonly int start, end;
    private readonly bool hardWrapped;
    private readonly float aloneShortShare;
    private readonly int nonBlankCount;

    // Per line: measured once, a few bytes each.
    private readonly LineKind[] kinds;
    private readonly int[] nonBlankBefore;
    private readonly int[] proseBefore; // lines of running prose above the line: none above a title block, however short the text
    private readonly int proseLines;
    private readonly int[] runStart, runEnd; // the run of text lines (between blank lines or rules) the line is in, [start, end)
    private readonly int[] familyKey;
    private readonly int[] wordShapes; // WordShape of each text line, packed (read by both looks and the family key: a lexicon lookup per word)
    private readonly bool[] inSequence;
    private readonly LabelKind[] labelKinds; // the enumerator each text line opens with, read once
    private readonly byte[] repeats; // other lines with the same words (capped)
    private readonly byte[] saidBeforeAfter; // 1: an earlier line says the same, 2: a later one, 3: both
    private readonly Dictionary<int, (int Size, int OverProse)> families = [];

    private enum LineKind : byte { Blank, Rule, Text }

    public LineSheet(List<string> lines, int start, int end, LineLayout layout, bool hardWrapped, Lexicon? lexicon = null)
    {
        this.lines = lines;
        this.start = start;
        this.end = end;
        this.layout = layout;
        this.hardWrapped = hardWrapped;
        this.lexicon = lexicon ?? Lexicon.English;
        var n = lines.Count;
        kinds = new LineKind[n];
        nonBlankBefore = new int[n];
        proseBefore = new int[n];
        runStart = new int[n];
        runEnd = new int[n];
        familyKey = new int[n];
        wordShapes = new int[n];
        inSequence = new bool[n];
        labelKinds = new LabelKind[n];
        repeats = new byte[n];
        saidBeforeAfter = new byte[n];

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            nonBlankBefore[i] = count;
            var line = lines[i];
            kinds[i] = i < start || i >= end || string.IsNullOrWhiteSpace(line) ? LineKind.Blank : IsRule(line) ? LineKind.Rule : LineKind.Text;
            if (kinds[i] != LineKind.Blank) count++;
        }
        nonBlankCount = Math.Max(1, count);

        for (var i = start; i < end;)
        {
            if (kinds[i] != LineKind.Text) { i++; continue; }
            var j = i;
            while (j < end && kinds[j] == LineKind.Text) j++;
            for (var k = i; k < j; k++) (runStart[k], runEnd[k]) = (i, j);
            i = j;
        }

        // Running prose: a line that fills most of the measure in a run of lines, or a whole
        // unwrapped paragraph. A title block, a byline and a date line are none of these.
        var prose = 0;
        for (var i = 0; i < n; i++)
        {
            proseBefore[i] = prose;
            if (kinds[i] != LineKind.Text) continue;
            var length = lines[i].AsSpan().Trim().Length;
            if (length >= layout.MeasureWidth || (runEnd[i] - runStart[i] >= 2 && length >= layout.MeasureWidth * 0.6)) prose++;
        }
        proseLines = prose;

        // Shapes, sequences and repeated wording, in one pass forward and one back.
        var lastOrdinal = new Dictionary<LabelKind, int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new string?[n];
        int shortAlone = 0, text = 0;
        for (var i = start; i < end; i++)
        {
            if (kinds[i] != LineKind.Text) continue;
            text++;
            var trimmed = lines[i].AsSpan().Trim();
            var alone = runEnd[i] - runStart[i] == 1;
            if (alone && IsShort(trimmed)) shortAlone++;
            var label = labelKinds[i] = Label(trimmed, out var ordinal);
            wordShapes[i] = Pack(WordShape(trimmed));
            familyKey[i] = FamilyKey(i, trimmed, label);
            if (label != LabelKind.None && ordinal > 0)
            {
                var previous = lastOrdinal.GetValueOrDefault(label);
                inSequence[i] = ordinal == previous + 1 || (ordinal == 1 && previous != 0);
                lastOrdinal[label] = ordinal;
            }
            if (trimmed.Length <= 100 && (alone || i == runStart[i]))
            {
                var key = Normalised(trimmed);
                if (key.Length >= 3)
                {
                    words[i] = key;
                    seen[key] = seen.GetValueOrDefault(key) + 1;
                }
            }
        }
        aloneShortShare = text == 0 ? 0 : (float)shortAlone / text;
        var seenSoFar = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (words[i] is not string key) continue;
            repeats[i] = (byte)Math.Min(5, seen[key] - 1);
            if (!seenSoFar.Add(key)) saidBeforeAfter[i] |= 1;
        }
        seenSoFar.Clear();
        for (var i = end - 1; i >= start; i--)
            if (words[i] is string key && !seenSoFar.Add(key)) saidBeforeAfter[i] |= 2;

        for (var i = start; i < end; i++)
        {
            if (kinds[i] != LineKind.Text) continue;
            var (size, overProse) = families.GetValueOrDefault(familyKey[i]);
            var (following, fill) = Following(i);
            families[familyKey[i]] = (size + 1, overProse + (following >= 2 || fill >= 0.6f ? 1 : 0));
        }
    }

    /// <summary>The number of lines the sheet covers (the whole text; lines outside the body are blank to it).</summary>
    public int Count => lines.Count;

    /// <summary>The line's shape family (label kind, case, centring, standing alone, …): lines of one family are one convention of the text.</summary>
    public int Family(int i) => familyKey[i];

    /// <summary>The run of text lines (between blank lines, rules or the text's ends) the line stands in: [Start, End).</summary>
    public (int Start, int End) Run(int i) => (runStart[i], runEnd[i]);

    /// <summary>Whether the line carries text to label (not blank, not a rule).</summary>
    public bool IsText(int i) => kinds[i] == LineKind.Text;

    /// <summary>Whether the line is a rule: decoration, never text.</summary>
    public bool IsRuleLine(int i) => kinds[i] == LineKind.Rule;

    public string Text(int i) => lines[i];

    /// <summary>The first <paramref name="head"/> and the last <paramref name="tail"/> text lines, in order, each once.</summary>
    public IEnumerable<int> TextLines(int head, int tail)
    {
        var first = new List<int>();
        for (var i = start; i < end && first.Count < head; i++)
            if (kinds[i] == LineKind.Text) first.Add(i);
        var last = new List<int>();
        for (var i = end - 1; i >= start && last.Count < tail && (first.Count == 0 || i > first[^1]); i--)
            if (kinds[i] == LineKind.Text) last.Add(i);
        last.Reverse();
        return first.Concat(last);
    }

    /// <summary>Writes the line's feature vector into <paramref name="into"/> (of <see cref="FeatureCount"/> values).</summary>
    public void Features(int i, Span<float> into) => Write(i, i, lines[i], alone: false, into);

    /// <summary>
    /// Writes the vector of a run of lines read as one line: their words joined, standing where the
    /// run stands (what is above it is above its first line, what follows it follows its last), in
    /// the family of the lines shaped as the joined one would be. A heading broken over two or three
    /// lines is read by the model as the one line it would be on a wider page.
    /// </summary>
    public void RunFeatures(int from, int to, Span<float> into)
    {
        var joined = new System.Text.StringBuilder(lines[from].TrimEnd());
        for (var k = from + 1; k < to; k++) joined.Append(' ').Append(lines[k].AsSpan().Trim());
        Write(from, to - 1, joined.ToString(), alone: true, into);
    }

    /// <summary>
    /// Writes the vector of a line read as if blank lines stood around it: a run of lines with no
    /// blank line between its paragraphs sets a heading apart by its case alone, and read as it
    /// stands the heading is one more line of the paragraph.
    /// </summary>
    public void AloneFeatures(int i, Span<float> into) => Write(i, i, lines[i], alone: true, into);

    /// <summary>"Dear Friends:", "Hello All!", "GREETINGS TO ALL OF YOU:": a letter's salutation, the lexicon's word first and a colon, a comma or an exclamation closing the line.</summary>
    internal static bool IsSalutation(ReadOnlySpan<char> trimmed, Lexicon lexicon) =>
        trimmed is [.., ':' or ',' or '!'] && lexicon.Has("salutation", FirstWord(trimmed).TrimEnd(".:,!"));

    /// <summary>
    /// Whether the line is a formula that never names a section, known by its words: a letter's
    /// salutation ("Dear Friends:", "GREETINGS TO ALL OF YOU:") or close ("Sincerely,", "Yours in
    /// struggle,") and the name signing under the close, a byline inside the text ("By Ann
    /// Writer": a given name or an initial after "by"), a lead-in whose colon follows a small word
    /// ("CONSIDERING THAT:"), a memo's "Re:" field, a source credit in parentheses ("(Reprinted from …)"), a copyright
    /// notice, a figure's or a table's caption ("Illustration 1:"), a quotation's source opened by
    /// a dash ("--BRYANT.") and a list's item opened by its bullet ("* The Bookstore"). The
    /// models read such lines as short lines set apart, which is what a heading is too.
    /// </summary>
    public bool IsFormula(int i)
    {
        if (!IsText(i)) return false;
        var trimmed = lines[i].AsSpan().Trim();
        if (trimmed.Length > 80) return false;
        var first = FirstWord(trimmed).TrimEnd(".:,");
        var last = trimmed[^1];
        if (IsSalutation(trimmed, lexicon)) return true;
        if (IsClose(trimmed)) return true;
        if (first.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            var name = FirstWord(trimmed[first.Length..].TrimStart(" :"));
            if (name.Length > 0 && (lexicon.Has("given", name) || name is [_, '.'])) return true;
        }
        if (last == ':' && LastWord(trimmed[..^1]) is { Length: > 0 } before && lexicon.Has("function", before)) return true;
        if (trimmed is ['(', .., ')'] && FirstWordIn("credit", trimmed[1..])) return true;
        // A memo's or a letter's "Re:" field: what the message is about, not a section of it.
        if (first.Equals("re", StringComparison.OrdinalIgnoreCase) && trimmed[first.Length..].TrimStart() is [':', ..]) return true;
        if (proseBefore[i] == proseLines && AtSignatureStop(lines[i])) return true;
        if (Bylines.IsCopyrightNotice(trimmed) || IsCaption(trimmed) || IsAttribution(trimmed) || IsBulleted(trimmed)) return true;
        // A short name under a close (the nearest text line above it) signs the letter.
        var above = i - 1;
        while (above >= start && kinds[above] != LineKind.Text) above--;
        return above >= start && IsClose(lines[above].AsSpan().Trim()) && Unpack(wordShapes[i]).Words <= 5;
    }

    /// <summary>
    /// A short line set at a tab stop past the middle of the measure, centred neither on the page
    /// nor on an 80-column screen: where a typist signs, dates or places a letter ("Ann Writer" /
    /// "Valley, Kansas" under the last paragraph). Read so only after the text's last line of
    /// prose: a document's parts may be labelled at such a stop too ("Exhibit A" over its text).
    /// </summary>
    private bool AtSignatureStop(string line)
    {
        var left = LineLayout.LeadingSpaces(line) - layout.Margin;
        var length = line.Trim().Length;
        const int Screen = 80;
        return length <= 40 && left >= Math.Max(10, layout.MeasureWidth / 2) && !layout.IsCentred(line)
               && Math.Abs(2 * (left + layout.Margin) + length - Screen) > 6;
    }

    /// <summary>
    /// A contents list's entry: words, then a page number after a leader of dots or a gap of
    /// spaces ("CHAPTER II .......... 12", "The River          20"). A heading never points to a page.
    /// </summary>
    public bool IsContentsEntryWithLeader(int i)
    {
        var text = lines[i].AsSpan().TrimEnd();
        var k = text.Length;
        while (k > 0 && char.IsAsciiDigit(text[k - 1])) k--;
        if (text.Length - k is 0 or > 3) return false;
        var before = text[..k];
        var leader = before.Length - before.TrimEnd(" .").Length;
        var dots = before[(before.Length - leader)..].Count('.');
        return (dots >= 3 || (dots == 0 && leader >= 4)) && before.TrimEnd(" .").Trim().Length >= 3 && ContentsEntryShaped(text.Trim());
    }

    /// <summary>
    /// A writer's name alone on its line: "by" and a name ("by Carlos Smythe"), or two to four
    /// capitalised words (initials allowed) opening with a given name ("MARY SUMNER BOYD", "Ruth
    /// E. Norman"), no small words, nothing after the name but a comma or a stop.
    /// </summary>
    public bool IsWritersName(int i)
    {
        var text = lines[i].AsSpan().Trim().Trim("\"\u201C\u201D,. ");
        if (text.Length is 0 or > 50) return false;
        var byline = FirstWord(text).Equals("by", StringComparison.OrdinalIgnoreCase);
        if (byline) text = text[2..].TrimStart(" :");
        var words = 0;
        var opensWithGiven = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].TrimEnd(',');
            if (word.Length == 0) continue;
            var initial = word is [_, '.'] && char.IsUpper(word[0]);
            if (!initial && (!char.IsUpper(word[0]) || word.ContainsAnyExcept(NameLetters) || lexicon.Has("function", word))) return false;
            if (words++ == 0) opensWithGiven = initial || lexicon.Has("given", word);
        }
        return words is >= 2 and <= 4 && (byline || opensWithGiven);
    }

    /// <summary>A byline: "by" opening the line ("by", "By:") and a name after it ("by Ann B. Writer"); "by the clerk" is no name.</summary>
    public bool IsByline(int i)
    {
        var text = lines[i].AsSpan().Trim();
        return FirstWord(text).TrimEnd(':').Equals("by", StringComparison.OrdinalIgnoreCase) && Bylines.NameIn(text.ToString(), lexicon) is not null;
    }

    private static readonly System.Buffers.SearchValues<char> NameLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\u2019-.");

    /// <summary>Whether the line is one of running prose (it fills most of the measure in a run of lines).</summary>
    public bool IsProse(int i) => kinds[i] == LineKind.Text && (i + 1 < proseBefore.Length ? proseBefore[i + 1] : proseLines) > proseBefore[i];

    /// <summary>A quotation's source under it, opened by a dash ("--BRYANT.", "\u2014 Ann Writer", "-Ann Writer in The Valley News, 1988"); a line framed by dashes on both sides ("- ONE -") is no attribution.</summary>
    private static bool IsAttribution(ReadOnlySpan<char> trimmed)
    {
        var dashes = trimmed.Length - trimmed.TrimStart("-\u2013\u2014").Length;
        if (dashes is 0 or > 2 || trimmed[^1] is '-' or '\u2013' or '\u2014') return false;
        var rest = trimmed[dashes..].TrimStart();
        return rest.Length > 1 && char.IsUpper(rest[0]);
    }

    /// <summary>A list's item opened by its bullet ("* The Bookstore", "\u2022 Item"); a line framed by the mark on both sides ("* TITLE *") is not one.</summary>
    private static bool IsBulleted(ReadOnlySpan<char> trimmed) =>
        trimmed is [var bullet, ' ', _, ..] && bullet is '*' or '\u2022' or '\u00B7' && trimmed[^1] != bullet;

    /// <summary>A figure's or a table's caption: a caption word and its number or letter opening the line ("Illustration 1:", "FIG. 3.", "Table II").</summary>
    private bool IsCaption(ReadOnlySpan<char> trimmed)
    {
        var first = FirstWord(trimmed);
        if (!lexicon.Has("caption", first.TrimEnd('.'))) return false;
        var number = FirstWord(trimmed[first.Length..].TrimStart()).TrimEnd(".:-");
        return number.Length is > 0 and <= 4 && (!number.ContainsAnyExcept(AsciiDigits) || !number.ContainsAnyExcept(RomanLetters) || number is [var letter] && char.IsAsciiLetterUpper(letter));
    }

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> RomanLetters = System.Buffers.SearchValues.Create("IVXLCivxlc");

    /// <summary>A letter's close: a short line of a sign-off's words ending on a comma ("Sincerely,", "Yours in struggle,", "Best regards,").</summary>
    private bool IsClose(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length is 0 or > 40 || trimmed[^1] != ',') return false;
        foreach (var range in trimmed[..^1].Split(' '))
            if (lexicon.Has("signoff", trimmed[range])) return true;
        return false;
    }

    internal static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    /// <summary>
    /// Whether a line stands apart from the paragraph under it by the paragraph's indent: the first
    /// line of a run, short, flush at the margin the paragraph's lines go on at, over the
    /// paragraph's first line indented and running to the text's width as prose does (a run-in
    /// title, as typed texts set a section's title right over its first paragraph with no blank
    /// line between). A verse's stanza is laid out alike with short lines (in the corpus, 130
    /// stanzas' first lines against 7 run-in titles before the line under it had to be prose; 7
    /// against 7 after). Not a line running on into the next (a comma, a semicolon or a hyphen
    /// closing it), nor one over a line in small letters.
    /// </summary>
    public bool SetApartByIndent(int i)
    {
        if (i != runStart[i] || runEnd[i] - i < 3 || !FirstLineIndentBelow(i)) return false;
        var trimmed = lines[i].AsSpan().Trim();
        if (!IsShort(trimmed) || trimmed is [.., ',' or ';' or '-']) return false;
        var below = lines[i + 1].AsSpan().TrimEnd();
        var next = below.TrimStart();
        return below.Length >= FullLine * layout.MeasureWidth && (char.IsUpper(next[0]) || OpensWithQuote(next));
    }

    /// <summary>A line opening with a quotation mark, straight, curly or a typist's backquote.</summary>
    private static bool OpensWithQuote(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '"' or '\'' or '\u201C' or '\u2018' or '`';

    /// <summary>How far across the text's width a full line of its wrapped prose reaches: the width less a long word or two.</summary>
    private const float FullLine = 0.8f;

    /// <summary>A short line: one a heading could be, well short of the measure (a narrow text's lines are all short of it).</summary>
    private bool IsShort(ReadOnlySpan<char> trimmed) => trimmed.Length <= Math.Max(30, layout.MeasureWidth * 0.6);

    /// <summary>
    /// Whether a line stands apart from the lines around it by its case alone, as in a text whose
    /// paragraphs run on with no blank line between them: it is in capitals, inside a run of lines
    /// (text right above and right below it) in small letters, the line above ends a sentence and the
    /// line itself does not run on into the next (no comma or hyphen closing it). A line with a
    /// blank line on one side is already read with it.
    /// </summary>
    public bool SetApartByCase(int i)
    {
        if (i == runStart[i] || i + 1 >= runEnd[i]) return false;
        var trimmed = lines[i].AsSpan().Trim();
        if (!Markers.IsCapitals(trimmed, 2) || trimmed is [.., ',' or ';' or '-']) return false;
        var above = lines[i - 1].AsSpan().Trim();
        // A sentence's end, inside its closing quotation mark or parenthesis too (".)", ".\u201D").
        if (!InSmallLetters(above) || above.TrimEnd("\"')\u201D\u2019") is not [.., '.' or '?' or '!']) return false;
        return InSmallLetters(lines[i + 1].AsSpan().Trim());
    }

    /// <summary>Words in small letters: a line of prose, not one in capitals nor a row of dots or figures.</summary>
    private static bool InSmallLetters(ReadOnlySpan<char> text)
    {
        var lower = 0;
        foreach (var c in text)
            if (char.IsLower(c) && ++lower >= 3) return true;
        return false;
    }

    /// <summary>
    /// Whether the lines could be one line broken for the page's width, as a heading is: in
    /// capitals or title case (a short run in sentence case is a short paragraph, or a list
    /// item's), not opened by a list's bullet; each break comes where the next word would have
    /// carried the line past half the measure (a short name over its role, a verse's refrain,
    /// break sooner: by meaning, not for width), between whole words (not inside a word broken at
    /// its hyphen, as prose set to a measure is) and not after a sentence or a clause has ended
    /// (". ", ": "); the last line ends the piece (not on a comma); the lines keep one case (a
    /// title in capitals over a line in small letters is two lines), and no line after the first
    /// opens with a credit ("by NAME" under a title is a byline of its own).
    /// </summary>
    public bool MayBeOneLineBroken(int from, int to)
    {
        var first = lines[from].AsSpan().Trim();
        if (first is ['*' or '-' or '+' or 'o' or '\u2022', ' ', ..]) return false;
        var capitals = Markers.IsCapitals(first, 2);
        var (capitalised, significant) = (0, 0);
        var half = layout.MeasureWidth / 2;
        for (var k = from; k < to; k++)
        {
            var trimmed = lines[k].AsSpan().Trim();
            if (SentenceBreaks(trimmed) > 0) return false;
            if (k > from && (Markers.IsCapitals(trimmed, 2) != capitals || FirstWordIn("credit", trimmed))) return false;
            var (_, lineCapitalised, lineSignificant, _) = Unpack(wordShapes[k]);
            (capitalised, significant) = (capitalised + lineCapitalised, significant + lineSignificant);
            if (k == to - 1) return trimmed is not [.., ',' or ';'] && (capitals || (significant > 0 && capitalised * 4 >= significant * 3));
            if (trimmed is [.., '.' or '!' or '?' or ':' or ';' or '-']) return false;
            var nextWord = FirstWord(lines[k + 1].AsSpan().Trim());
            if (LineLayout.LeadingSpaces(lines[k]) - layout.Margin + trimmed.Length + 1 + nextWord.Length < half) return false;
        }
        return false;
    }

    /// <summary>
    /// The vector of the text <paramref name="line"/> standing from line <paramref name="i"/> to
    /// line <paramref name="lastLine"/>: one line as it stands, or (<paramref name="alone"/>) read
    /// as a run of its own, the lines of its run above and below it read as the runs before and after.
    /// </summary>
    private void Write(int i, int lastLine, string line, bool alone, Span<float> into)
    {
        var trimmed = line.AsSpan().Trim();
        var width = Math.Max(20, layout.MeasureWidth);
        var indent = LineLayout.LeadingSpaces(line) - layout.Margin;
        var f = 0;
        // The line's own shape.
        into[f++] = Math.Min(3f, (float)trimmed.Length / width);
        var (wordCount, capitalised, significant, lastWordIsFunction) = kinds[i] == LineKind.Text && !alone ? Unpack(wordShapes[i]) : WordShape(trimmed);
        into[f++] = Math.Min(40, wordCount);
        into[f++] = Math.Clamp((float)indent / width, -1f, 1f);
        var centred = alone ? AllCentred(i, lastLine) : layout.IsCentred(line);
        into[f++] = centred ? 1 : 0;
        // Right-aligned: a line as it stands, or read alone (a run read whole reaches the margin by its length alone).
        into[f++] = lastLine == i && !centred && indent >= Math.Max(10, width / 3) && line.TrimEnd().Length >= layout.MeasureWidth - 3 ? 1 : 0;
        into[f++] = Markers.IsCapitals(trimmed, 2) ? 1 : 0;
        into[f++] = significant == 0 ? 0 : (float)capitalised / significant;
        var firstLetter = FirstLetter(trimmed);
        into[f++] = firstLetter != '\0' && char.IsUpper(firstLetter) ? 1 : 0;
        into[f++] = OpensWithQuote(trimmed) ? 1 : 0;
        var last = trimmed.Length > 0 ? trimmed[^1] : ' ';
        into[f++] = last == '.' ? 1 : 0;
        into[f++] = last == ':' ? 1 : 0;
        into[f++] = last is ',' or ';' or '-' ? 1 : 0;
        into[f++] = last is '?' or '!' ? 1 : 0;
        into[f++] = char.IsLetterOrDigit(last) ? 1 : 0;
        into[f++] = lastWordIsFunction ? 1 : 0;
        into[f++] = Math.Min(5, SentenceBreaks(trimmed));
        var label = labelKinds[i]; // a run read whole opens with its first line's label
        into[f++] = label == LabelKind.Roman ? 1 : 0;
        into[f++] = label == LabelKind.Arabic ? 1 : 0;
        into[f++] = label == LabelKind.Decimal ? 1 : 0;
        into[f++] = label == LabelKind.Letter ? 1 : 0;
        into[f++] = label == LabelKind.Parenthesised ? 1 : 0;
        into[f++] = label == LabelKind.Bracketed ? 1 : 0;
        into[f++] = label == LabelKind.Division ? 1 : 0;
        into[f++] = FirstWordIn("matter", trimmed) ? 1 : 0;
        into[f++] = LetterSpaced(trimmed) ? 1 : 0;
        into[f++] = DateShaped(trimmed) ? 1 : 0;
        into[f++] = trimmed.Contains('@') || trimmed.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[f++] = FirstWordIn("credit", trimmed) ? 1 : 0;
        into[f++] = HasPronoun(trimmed) ? 1 : 0;
        var (digits, symbols) = Shares(trimmed);
        into[f++] = digits;
        into[f++] = symbols;
        into[f++] = SpeakerLabelled(trimmed) ? 1 : 0;
        into[f++] = ContentsEntryShaped(trimmed) ? 1 : 0;
        // What stands around it.
        into[f++] = alone && i > runStart[i] ? 1 : BlankRun(i, -1);
        into[f++] = alone && lastLine + 1 < runEnd[lastLine] ? 1 : BlankRun(lastLine, +1);
        into[f++] = i > 0 && kinds[i - 1] == LineKind.Rule ? 1 : 0;
        var ruleBelow = lastLine + 1 < lines.Count && kinds[lastLine + 1] == LineKind.Rule;
        into[f++] = ruleBelow ? 1 : 0;
        var ruleLength = ruleBelow ? lines[lastLine + 1].Trim().Length : 0;
        into[f++] = ruleBelow && Math.Abs(ruleLength - trimmed.Length) <= Math.Max(3, ruleLength / 4) ? 1 : 0;
        into[f++] = alone ? 1 : Math.Min(20, runEnd[i] - runStart[i]);
        into[f++] = alone ? 0 : Math.Min(10, i - runStart[i]);
        var previous = !alone && i > runStart[i] ? lines[i - 1] : null;
        into[f++] = previous is null ? 0 : Math.Min(3f, (float)previous.Trim().Length / width);
        into[f++] = previous is not null && previous.TrimEnd() is [.., '.' or '?' or '!' or ':' or '"' or '\u201D' or ')'] ? 1 : 0;
        var next = !alone && lastLine + 1 < runEnd[lastLine] ? lines[lastLine + 1] : null;
        into[f++] = next is null ? 0 : Math.Min(3f, (float)next.Trim().Length / width);
        into[f++] = next is null ? 0 : Math.Clamp((float)(LineLayout.LeadingSpaces(next) - LineLayout.LeadingSpaces(line)) / width, -1f, 1f);
        var (following, fill) = Following(lastLine);
        into[f++] = Math.Min(30, following);
        into[f++] = fill;
        into[f++] = FirstLineIndentBelow(lastLine) ? 1 : 0;
        into[f++] = NextText(lastLine) is int below && FirstWordIn("credit", lines[below].AsSpan().Trim()) ? 1 : 0;
        into[f++] = (float)nonBlankBefore[i] / nonBlankCount;
        into[f++] = LinesBefore(i);
        into[f++] = ProseBefore(i);
        // The page.
        into[f++] = hardWrapped ? 1 : 0;
        into[f++] = layout.IndentedParagraphs ? 1 : 0;
        into[f++] = layout.CapitalsMarkHeadings ? 0 : 1;
        into[f++] = layout.Width / 80f;
        into[f++] = aloneShortShare;
        // The family.
        // A line read alone counts among the lines it would be one of (itself one more).
        var family = alone ? AloneFamily(i, lastLine, trimmed, label) : families.GetValueOrDefault(familyKey[i]);
        into[f++] = MathF.Log2(1 + family.Size);
        into[f++] = (float)family.Size / nonBlankCount;
        into[f++] = family.Size == 0 ? 0 : (float)family.OverProse / family.Size;
        into[f++] = inSequence[i] ? 1 : 0;
        into[f++] = repeats[i];
        into[f++] = (saidBeforeAfter[i] & 1) != 0 ? 1 : 0;
        into[f++] = (saidBeforeAfter[i] & 2) != 0 ? 1 : 0;
        System.Diagnostics.Debug.Assert(f == FeatureCount);
    }

    private bool AllCentred(int from, int to)
    {
        for (var k = from; k <= to; k++)
            if (!layout.IsCentred(lines[k])) return false;
        return true;
    }

    /// <summary>Blank lines (rules count as blank) on one side, capped at 3; the edge of the text counts as 3.</summary>
    private float BlankRun(int i, int step)
    {
        var count = 0;
        for (var k = i + step; count < 3; k += step)
        {
            if (k < start || k >= end) return 3;
            if (kinds[k] == LineKind.Text) break;
            count++;
        }
        return count;
    }

    /// <summary>
    /// The text that follows the line: the rest of its run, or where the run ends with the line,
    /// the next run; how many lines, and how full the first few are (prose fills its lines).
    /// </summary>
    private (int Lines, float Fill) Following(int i)
    {
        int from, to;
        if (i + 1 < runEnd[i]) (from, to) = (i + 1, runEnd[i]);
        else
        {
            var k = runEnd[i];
            while (k < end && kinds[k] != LineKind.Text) k++;
            if (k >= end) return (0, 0);
            (from, to) = (k, runEnd[k]);
        }
        var width = Math.Max(20, layout.MeasureWidth);
        var total = 0f;
        var sampled = Math.Min(5, to - from);
        for (var k = from; k < from + sampled; k++) total += Math.Min(1f, (float)lines[k].Trim().Length / width);
        return (to - from, sampled == 0 ? 0 : total / sampled);
    }

    /// <summary>The next text line: the next of its run, or the first of the next run (null at the end).</summary>
    public int? NextText(int i)
    {
        var k = i + 1;
        while (k < end && kinds[k] != LineKind.Text) k++;
        return k < end ? k : null;
    }

    /// <summary>The next line starts a paragraph with a first-line indent and the one after goes on at the margin: a run-in title's layout.</summary>
    private bool FirstLineIndentBelow(int i)
    {
        if (i + 2 >= runEnd[i]) return false;
        var margin = LineLayout.LeadingSpaces(lines[i]);
        var indent = LineLayout.LeadingSpaces(lines[i + 1]) - margin;
        return indent is >= 2 and <= 12 && LineLayout.LeadingSpaces(lines[i + 2]) == margin;
    }

    private int FamilyKey(int i, ReadOnlySpan<char> trimmed, LabelKind label)
    {
        var (_, capitalised, significant, _) = Unpack(wordShapes[i]);
        return FamilyKey(label, trimmed, layout.IsCentred(lines[i]), runEnd[i] - runStart[i] == 1, i == runStart[i], capitalised, significant, i + 1 < lines.Count && kinds[i + 1] == LineKind.Rule);
    }

    private int FamilyKey(LabelKind label, ReadOnlySpan<char> trimmed, bool centred, bool alone, bool firstOfRun, int capitalised, int significant, bool ruleBelow)
    {
        var key = (int)label;
        key = key * 2 + (Markers.IsCapitals(trimmed, 2) ? 1 : 0);
        key = key * 2 + (centred ? 1 : 0);
        key = key * 2 + (alone ? 1 : 0);
        key = key * 2 + (firstOfRun ? 1 : 0);
        key = key * 2 + (trimmed.Length > 0 && trimmed[^1] == '.' ? 1 : 0);
        key = key * 2 + (significant > 0 && capitalised * 4 >= significant * 3 ? 1 : 0);
        key = key * 2 + (IsShort(trimmed) ? 1 : 0);
        key = key * 2 + (ruleBelow ? 1 : 0);
        return key;
    }

    /// <summary>The family a line read alone would be in (a run read whole: shaped as the joined text), counting it once more.</summary>
    private (int Size, int OverProse) AloneFamily(int i, int last, ReadOnlySpan<char> trimmed, LabelKind label)
    {
        var (_, capitalised, significant, _) = WordShape(trimmed);
        var key = FamilyKey(label, trimmed, layout.IsCentred(lines[i]), true, true, capitalised, significant, last + 1 < lines.Count && kinds[last + 1] == LineKind.Rule);
        var (size, overProse) = families.GetValueOrDefault(key);
        var (following, fill) = Following(last);
        return (size + 1, overProse + (following >= 2 || fill >= 0.6f ? 1 : 0));
    }

    internal enum LabelKind : byte { None, Roman, Arabic, Decimal, Letter, Parenthesised, Bracketed, Division }

    /// <summary>
    /// The enumerator a line opens with, and the ordinal it stands for (0 when it has none, as a
    /// division word followed by a word): "IV.", "12.", "1.2", "B)", "(3)", "[3]", "CHAPTER 3".
    /// </summary>
    internal LabelKind Label(ReadOnlySpan<char> text, out int ordinal)
    {
        ordinal = 0;
        if (text.Length == 0) return LabelKind.None;
        var word = FirstWord(text);
        if (word.Length > 0 && lexicon.Has("division", word.TrimEnd('.')))
        {
            var rest = text[word.Length..].TrimStart();
            var number = FirstWord(rest).TrimEnd(".:");
            ordinal = int.TryParse(number, out var n) ? n : Markers.RomanValue(number.ToString().ToUpperInvariant());
            return rest.Length == 0 || number.Length > 0 && (ordinal > 0 || number.Length <= 12) ? LabelKind.Division : LabelKind.None;
        }
        if (text[0] is '(' or '[')
        {
            var close = text.IndexOf(text[0] == '(' ? ')' : ']');
            if (close is < 2 or > 5) return LabelKind.None;
            var inner = text[1..close];
            ordinal = LabelOrdinal(inner);
            if (ordinal <= 0) return LabelKind.None;
            return text[0] == '(' ? LabelKind.Parenthesised : LabelKind.Bracketed;
        }
        var j = 0;
        // ASCII digits: .NET's char.IsDigit takes every script's, which int.Parse refuses.
        while (j < text.Length && j < 8 && (char.IsAsciiDigit(text[j]) || text[j] == '.')) j++;
        if (j > 0 && char.IsAsciiDigit(text[0]))
        {
            var number = text[..j].TrimEnd('.');
            if (number.Contains('.'))
            {
                var firstPart = number[..number.IndexOf('.')];
                ordinal = int.TryParse(firstPart, out var d) ? d : 0;
                return j == text.Length || text[j] == ' ' ? LabelKind.Decimal : LabelKind.None;
            }
            if (number.Length > 3) return LabelKind.None; // a year, an amount
            var after = j < text.Length ? text[j] : ' ';
            if (after == ')') j++;
            else if (text[j - 1] != '.' && !(after == ' ' || j == text.Length)) return LabelKind.None;
            ordinal = int.Parse(number);
            return j >= text.Length || text[j] == ' ' ? LabelKind.Arabic : LabelKind.None;
        }
        var k = 0;
        while (k < text.Length && k < 7 && text[k] is 'I' or 'V' or 'X' or 'L' or 'C') k++;
        if (k > 0 && (k == text.Length || text[k] is '.' or ')' or ' ' or ':'))
        {
            var value = Markers.RomanValue(text[..k].ToString());
            // A lone "I" opening a sentence is a pronoun, not part one: it needs its full stop.
            if (value > 0 && (k > 1 || k == text.Length || text[k] is '.' or ')'))
            {
                ordinal = value;
                return LabelKind.Roman;
            }
        }
        if (text.Length >= 2 && char.IsUpper(text[0]) && text[1] is '.' or ')' && (text.Length == 2 || text[2] == ' '))
        {
            ordinal = text[0] - 'A' + 1;
            return LabelKind.Letter;
        }
        return LabelKind.None;
    }

    /// <summary>The lines of the text above the line (log 2 of one more): a title block's are few.</summary>
    public float LinesBefore(int i) => MathF.Log2(1 + nonBlankBefore[i] - nonBlankBefore[start]);

    /// <summary>The lines of running prose above the line (log 2 of one more): none above a title block, however short the text.</summary>
    public float ProseBefore(int i) => MathF.Log2(1 + proseBefore[i]);

    /// <summary>Whether the line stands alone between blank lines or rules.</summary>
    public bool StandsAlone(int i) => kinds[i] == LineKind.Text && runEnd[i] - runStart[i] == 1;

    /// <summary>The line opens a run of two lines between blank lines or rules.</summary>
    public bool IsPairInItsRun(int i) => kinds[i] == LineKind.Text && runStart[i] == i && runEnd[i] == i + 2;

    /// <summary>The ordinal a bare label gives ("II" of "CHAPTER II", "4" of "(4)"), or null when it names none in figures.</summary>
    public string? BareLabelOrdinal(string text)
    {
        if (!IsBareLabel(text) || Label(text.AsSpan().Trim(), out var ordinal) == LabelKind.None || ordinal <= 0) return null;
        var last = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Trim('(', ')', '[', ']', '.', ':');
        return last.Length > 0 && (last.All(char.IsAsciiDigit) || Markers.RomanValue(last.ToUpperInvariant()) > 0 || (last.Length == 1 && char.IsLetter(last[0]))) ? last : null;
    }

    /// <summary>
    /// A line that is only a label: "CHAPTER II", "Part Third.", "IV", "12.". Two words are a
    /// division's word and its number; after a bare enumerator a word is a title ("3. Analysis").
    /// </summary>
    public bool IsBareLabel(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var kind = Label(trimmed, out _);
        if (kind == LabelKind.None) return false;
        var words = 0;
        foreach (var part in trimmed.Split(' '))
            if (trimmed[part].Length > 0) words++;
        return (words == 1 || words == 2 && kind == LabelKind.Division) && trimmed.Length <= 20;
    }

    private static int LabelOrdinal(ReadOnlySpan<char> inner)
    {
        if (int.TryParse(inner, out var n)) return n is > 0 and < 1000 ? n : 0;
        if (inner.Length == 1 && char.IsLetter(inner[0])) return char.ToLowerInvariant(inner[0]) - 'a' + 1;
        return Markers.RomanValue(inner.ToString().ToUpperInvariant());
    }

    /// <summary>
    /// Whether a personal pronoun stands in the line. A lone "I" is a pronoun only with a word after
    /// it and no division word before it ("I think", "What I Believe"): the numeral of
    /// "I. THE BEGINNING", "CHAPTER I", "PART I: X" or "Part I The Y" is not.
    /// </summary>
    private bool HasPronoun(ReadOnlySpan<char> text)
    {
        var afterDivision = false;
        for (var k = 0; k < text.Length;)
        {
            if (!char.IsLetter(text[k])) { k++; continue; }
            var start = k;
            while (k < text.Length && char.IsLetter(text[k])) k++;
            var word = text[start..k];
            var numeral = word is "I" or "i" && (afterDivision || !(k + 1 < text.Length && text[k] == ' ' && char.IsLetter(text[k + 1])));
            if (!numeral && lexicon.Has("pronoun", word)) return true;
            afterDivision = lexicon.Has("division", word);
        }
        return false;
    }

    private bool FirstWordIn(string group, ReadOnlySpan<char> text)
    {
        var word = FirstWord(text).TrimEnd(".:,");
        return word.Length > 0 && lexicon.Has(group, word);
    }

    internal static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var k = 0;
        while (k < text.Length && !char.IsWhiteSpace(text[k])) k++;
        return text[..k];
    }

    // Ten bits a count: a line of more than 1,023 words is counted as 1,023 (the features cap words at 40).
    private static int Pack((int Words, int Capitalised, int Significant, bool LastIsFunction) shape) =>
        Math.Min(shape.Words, 1023) | Math.Min(shape.Capitalised, 1023) << 10 | Math.Min(shape.Significant, 1023) << 20 | (shape.LastIsFunction ? 1 << 30 : 0);

    private static (int Words, int Capitalised, int Significant, bool LastIsFunction) Unpack(int packed) =>
        (packed & 1023, packed >> 10 & 1023, packed >> 20 & 1023, (packed & 1 << 30) != 0);

    /// <summary>Words, how many of the words that are not function words start with a capital or digit, and whether the last word is a function word.</summary>
    private (int Words, int Capitalised, int Significant, bool LastIsFunction) WordShape(ReadOnlySpan<char> text)
    {
        int words = 0, capitalised = 0, significant = 0;
        var lastIsFunction = false;
        for (var k = 0; k < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[k])) { k++; continue; }
            var s = k;
            while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '\'' or '\u2019')) k++;
            var word = text[s..k];
            words++;
            lastIsFunction = lexicon.Has("function", word);
            if (lastIsFunction) continue;
            significant++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) capitalised++;
        }
        return (words, capitalised, significant, lastIsFunction && words > 1);
    }

    private static char FirstLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return c;
        return '\0';
    }

    /// <summary>Sentence ends inside the line (". A", "? T"): prose has them, a title seldom.</summary>
    internal static int SentenceBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var k = 1; k + 2 < text.Length; k++)
            if (text[k] is '.' or '?' or '!' && text[k + 1] == ' ' && char.IsUpper(text[k + 2]) && char.IsLower(text[k - 1])) count++;
        return count;
    }

    /// <summary>
    /// "Q: …", "MR. SMITH: …", "Witness: …": a short label of words, a colon, then the line goes
    /// on: a transcript's speaker or a record's field, where a heading's colon ("PART II: THE
    /// LAW") comes after a division word or a longer title. The model weighs it with the rest.
    /// </summary>
    private static bool SpeakerLabelled(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon is < 1 or > 24 || colon + 2 >= text.Length || text[colon + 1] != ' ') return false;
        var words = 1;
        foreach (var c in text[..colon])
        {
            if (c == ' ') words++;
            else if (!char.IsLetter(c) && c is not '.' and not '\'' and not '\u2019' and not '-') return false;
        }
        return words <= 3;
    }

    /// <summary>
    /// "CHAPTER II ...... 12", "The Law 34": words, then a page number at the end: a contents
    /// entry, where a heading's own number follows a division word ("CHAPTER 12"). (The
    /// preformatted model's page-number feature wants a wider gap: a table's last column is a number too.)
    /// </summary>
    private bool ContentsEntryShaped(ReadOnlySpan<char> text)
    {
        var k = text.Length;
        while (k > 0 && char.IsAsciiDigit(text[k - 1])) k--;
        var digits = text.Length - k;
        if (digits is 0 or > 3 || k == 0 || text[k - 1] is not (' ' or '.')) return false;
        var before = text[..k].TrimEnd(" .");
        var s = before.Length;
        while (s > 0 && char.IsLetter(before[s - 1])) s--;
        var lastWord = before[s..];
        return before.Length >= 3 && !(lastWord.Length > 0 && lexicon.Has("division", lastWord));
    }

    /// <summary>"B R E A K A W A Y": four or more letters each followed by one space.</summary>
    private static bool LetterSpaced(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var k = 0; k + 1 < text.Length; k++)
        {
            if (char.IsLetter(text[k]) && text[k + 1] == ' ' && (k == 0 || text[k - 1] == ' ')) { run++; k++; }
            else if (text[k] != ' ') run = 0;
            if (run >= 4) return true;
        }
        return false;
    }

    /// <summary>A short line naming a month or a year: a date line.</summary>
    private bool DateShaped(ReadOnlySpan<char> text)
    {
        if (text.Length > 50) return false;
        var month = false;
        var year = false;
        for (var k = 0; k < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[k])) { k++; continue; }
            var s = k;
            while (k < text.Length && char.IsLetterOrDigit(text[k])) k++;
            var word = text[s..k];
            if (char.IsLetter(word[0]) && lexicon.Has("month", word)) month = true;
            else if (word.Length == 4 && int.TryParse(word, out var y) && y is >= 1500 and <= 2099) year = true;
        }
        return month || (year && text.Length <= 20);
    }

    internal static (float Digits, float Symbols) Shares(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return (0, 0);
        int digits = 0, symbols = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c)) digits++;
            else if (!char.IsLetter(c) && !char.IsWhiteSpace(c)) symbols++;
        }
        return ((float)digits / text.Length, (float)symbols / text.Length);
    }

    /// <summary>Letters and digits in lower case, the label left off: what a contents entry and its heading share.</summary>
    private static string Normalised(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) buffer[n++] = char.ToLowerInvariant(c);
            else if (c == ' ' && n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' ';
        return new string(buffer[..n].Trim());
    }

    /// <summary>
    /// A line of only "=", "-", "_", "*", "~", "#" (spaces between allowed), at least three long: one
    /// of them repeated, or several in a pattern ("-=-=-=-", "- * * * -"), as boards' editors drew rules.
    /// </summary>
    internal static bool IsRule(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < 3) return false;
        // A box's top or bottom drawn with corners ("+-----+"): a rule between its corners.
        if (trimmed is ['+', .., '+'] && trimmed[1..^1].IndexOfAnyExcept('-', '=') < 0) return true;
        foreach (var ch in trimmed)
            if (ch is not ('=' or '-' or '_' or '*' or '~' or '#' or ' ')) return false;
        return true;
    }
}
