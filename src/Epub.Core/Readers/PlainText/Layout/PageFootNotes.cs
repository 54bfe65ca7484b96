using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// Notes at the foot of each printed page, as a typewritten report sets them: a short rule under
/// the page's last line of text, the notes cited on that page ("[12] …", "12. …"), wrapped with a
/// hanging indent, then the page's end. The numbering runs on from page to page (or starts again
/// in each part). In a book these notes are one list, read after the text that cites them; left
/// where they stand, each page's notes cut a paragraph in two and the next page's text reads as
/// the last note's continuation.
/// <para>A layout, not a guess, when it repeats: at least <see cref="MinFeet"/> page feet, each
/// ended by a page's end (a form feed, or the page's number under the notes), each citing page
/// pointing to most of its own notes. A rule over notes in the middle of a page, or once in a text, is left to the
/// notes pass as a list of notes after a rule.</para>
/// </summary>
internal static partial class PageFootNotes
{
    /// <summary>One note of a page's foot: the line it starts on and its text, label first, its lines joined.</summary>
    public sealed record FootNote(int Line, string Text);

    /// <summary>A page's foot, lines [<paramref name="Start"/>, <paramref name="End"/>) from its rule to its last note line, and its notes.</summary>
    public sealed record Foot(int Start, int End, List<FootNote> Notes)
    {
        /// <summary>The first foot of a numbering (the text's first, or one whose numbering starts again).</summary>
        public bool OpensNumbering { get; set; }
    }

    /// <summary>The most lines a foot runs to: a typed page holds about sixty-six lines, its foot fewer.</summary>
    private const int MaxFootLines = 66;

    /// <summary>A convention seen on one page only is no convention: a single rule over notes may be a part's end.</summary>
    private const int MinFeet = 2;

    /// <summary>
    /// The page feet of the body, in order; empty when the text does not set its notes this way.
    /// <paramref name="pageEnds"/> marks the lines that end a printed page (a form feed's line).
    /// </summary>
    public static List<Foot> Find(List<string> lines, int start, int end, IReadOnlySet<int> pageEnds)
    {
        var feet = new List<Foot>();
        if (FencedFeet(lines, start, end) is { Count: > 0 } fenced) return fenced;
        if (HardWrap.TypicalWidth(lines, start, end) is not int width) return feet;
        var pageStart = start; // where the text that the next foot's notes are cited in begins
        var citations = new Citations(lines, start);
        var sortedEnds = pageEnds.Order().ToArray();
        for (var i = start; i < end; i++)
        {
            // A footnote rule is short: a rule across the text's width divides parts. A typist
            // may set the notes with no rule, a blank line under the page's text: then only the
            // page's end right under them makes them its foot.
            var ruled = Recognition.LineSheet.IsRule(lines[i]) && lines[i].AsSpan().Trim().Length * 2 <= width;
            var unruled = !ruled && i > start && string.IsNullOrWhiteSpace(lines[i]) && !pageEnds.Contains(i) && !string.IsNullOrWhiteSpace(lines[i - 1])
                          && i + 1 < end && NoteStart(lines[i + 1], null) is not null;
            if (!ruled && !unruled) continue;
            if (ReadFoot(lines, i, end, pageEnds, ruled, out var read) is not { } foot)
            {
                // What a rule's notes ran over is read once: a rule among them opens no foot of its own.
                i = Math.Max(i, read - 1);
                continue;
            }
            citations.ReadTo(i);
            if (!citations.CiteMost(foot.Notes, pageStart)) continue;
            // With no rule to set them off, the numbered lines at a page's foot may as well be the
            // page's own list running on ("3. …" above, "4. …" at the foot): they are notes only
            // where the page cites every one and no item of theirs stands above.
            // Cited on the page itself, that is: since the page's top, the last page end above.
            if (!ruled)
            {
                var top = Array.BinarySearch(sortedEnds, i) is var at && at < 0 ? ~at : at;
                var pageTop = Math.Max(pageStart, top > 0 ? sortedEnds[top - 1] : start);
                if (!citations.CiteAll(foot.Notes, pageTop) || ContinuesListAbove(lines, Math.Max(pageTop, i - MaxFootLines), i, foot.Notes[0])) continue;
            }
            feet.Add(foot);
            pageStart = foot.End;
            i = foot.End - 1;
        }
        if (feet.Count < MinFeet) return [];
        for (var k = 0; k < feet.Count; k++)
            feet[k].OpensNumbering = k == 0 || Rank(feet[k].Notes[0].Text) <= Rank(feet[k - 1].Notes[^1].Text);
        return feet;
    }

    /// <summary>
    /// A legal database's printout sets each screen's notes between two fences, "- - -Footnotes-
    /// - -" and "- - -End Footnotes- - -", each note opening with its label ("n12 …"): a format,
    /// not a guess, so one fenced foot is enough. Its notes are the feet of a numbering that runs
    /// through the text. Empty where the text has no such fences (or one is never closed).
    /// </summary>
    private static List<Foot> FencedFeet(List<string> lines, int start, int end)
    {
        var feet = new List<Foot>();
        for (var i = start; i < end; i++)
        {
            if (lines[i].Length > MaxFenceLength || FootnotesFence().Match(lines[i]) is not { Success: true } open || open.Groups["end"].Success) continue;
            var close = -1;
            for (var k = i + 1; k < end && k - i <= MaxFencedLines && close < 0; k++)
                if (lines[k].Length <= MaxFenceLength && FootnotesFence().Match(lines[k]) is { Success: true } fence)
                {
                    if (!fence.Groups["end"].Success) break;
                    close = k;
                }
            if (close < 0 || ReadFenced(lines, i, close) is not { } notes) continue;
            feet.Add(new Foot(i, close + 1, notes) { OpensNumbering = feet.Count == 0 });
            i = close;
        }
        return feet;
    }

    /// <summary>The longest line read as a fence: a rule of dashes across a screen with a word in it.</summary>
    private const int MaxFenceLength = 120;

    /// <summary>The most lines between two fences: a screen's notes run long, but no further than this.</summary>
    private const int MaxFencedLines = 1000;

    /// <summary>The notes between the fences at <paramref name="open"/> and <paramref name="close"/>, each from its label to the next; null when a line before the first note opens none.</summary>
    private static List<FootNote>? ReadFenced(List<string> lines, int open, int close)
    {
        var notes = new List<FootNote>();
        var text = new StringBuilder();
        var noteLine = -1;
        int? previousRank = null;
        for (var k = open + 1; k < close; k++)
        {
            var line = lines[k].Trim();
            if (line.Length == 0) continue;
            if (Markers.NoteLine().Match(line) is { Success: true } m && m.Groups["n"].Success && Rank(m) is int rank && (previousRank is null || rank > previousRank))
            {
                if (text.Length > 0) notes.Add(new FootNote(noteLine, text.ToString()));
                text.Clear().Append(line);
                noteLine = k;
                previousRank = rank;
            }
            else if (noteLine < 0) return null;
            else
            {
                if (!PlainTextReader.BrokenAtHyphen(text, line)) text.Append(' ');
                text.Append(line);
            }
        }
        if (text.Length > 0) notes.Add(new FootNote(noteLine, text.ToString()));
        return notes.Count > 0 ? notes : null;
    }

    /// <summary>"- - - -Footnotes- - - -" or "- - - -End Footnotes- - - -": a fence of dashes (spaced or not) round the word.</summary>
    [GeneratedRegex(@"^\s*(?:-\s?){3,}\s*(?<end>End\s)?\s*Footnotes\s*(?:-\s?){3,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FootnotesFence();

    /// <summary>
    /// The notes under the rule at <paramref name="rule"/>: each opens with a label whose rank is
    /// above the one before; a note's further lines follow it directly, or after one blank line
    /// when they hang right of its label (a typist's double spacing). The foot must end its
    /// page: at a page end or the page's number, or at the end of the body.
    /// </summary>
    private static Foot? ReadFoot(List<string> lines, int rule, int end, IReadOnlySet<int> pageEnds, bool ruled, out int read)
    {
        var i = rule + 1;
        read = i;
        if (ruled && i < end && string.IsNullOrWhiteSpace(lines[i]) && !pageEnds.Contains(i)) i++;
        if (i >= end || NoteStart(lines[i], null) is null) return null;
        var notes = new List<FootNote>();
        var text = new StringBuilder();
        var noteLine = i;
        var hangingColumn = 0;
        int? previousRank = null;
        var last = i; // the foot's last line
        while (true)
        {
            if (NoteStart(lines[i], previousRank) is { } m && Rank(m) is int rank && (previousRank is null || rank > previousRank))
            {
                if (text.Length > 0) notes.Add(new FootNote(noteLine, text.ToString()));
                text.Clear().Append(lines[i].Trim());
                noteLine = i;
                // A hanging line stands right of the label's first character: typists hang "[9]" and "[10]" notes' lines at one column.
                hangingColumn = LineLayout.LeadingSpaces(lines[i]) + 1;
                previousRank = rank;
            }
            else if (previousRank is null) return null; // no label that reads as a number: not a numbered note
            else
            {
                var next = lines[i].Trim();
                // "Amer-" / "ican": a word broken at its hyphen joins without a space, as in paragraphs.
                if (!PlainTextReader.BrokenAtHyphen(text, next)) text.Append(' ');
                text.Append(next);
            }
            last = i;
            read = i + 1;
            if (pageEnds.Contains(i)) break;
            if (i - rule >= MaxFootLines) return null; // longer than a page: no page's foot (and each rule reads a bounded stretch)
            var after = i + 1;
            if (after < end && !string.IsNullOrWhiteSpace(lines[after]) && !IsPageNumber(lines[after]))
            {
                i = after;
                continue;
            }
            // After one blank line the note goes on only with a line that hangs right of its label, or with the next note.
            if (after + 1 < end && !pageEnds.Contains(after) && string.IsNullOrWhiteSpace(lines[after]) && !string.IsNullOrWhiteSpace(lines[after + 1]) && !IsPageNumber(lines[after + 1])
                && (LineLayout.LeadingSpaces(lines[after + 1]) >= hangingColumn || NoteStart(lines[after + 1], previousRank) is { } n && Rank(n) > previousRank))
            {
                i = after + 1;
                continue;
            }
            break;
        }
        if (EndOfPage(lines, last + 1, end, pageEnds, ruled) is not int footEnd) return null;
        notes.Add(new FootNote(noteLine, text.ToString()));
        return new Foot(rule, footEnd, notes);
    }

    /// <summary>
    /// Where the foot ends when its page ends after it: a page end (a form feed) or the page's
    /// number under the notes, with only blank lines between, or the body's end; after the number,
    /// so that it leaves with them. Null when anything else follows: blank lines alone do not end
    /// a page (a posting's articles each end with their notes after a rule, then a gap, and those
    /// are the notes of the article, not of a page). Notes set with no rule over them need a page's
    /// end proper: the body's end alone does not make the numbered lines closing a text a foot.
    /// </summary>
    private static int? EndOfPage(List<string> lines, int from, int end, IReadOnlySet<int> pageEnds, bool ruled)
    {
        for (var i = from; i < end; i++)
        {
            if (pageEnds.Contains(i)) return from;
            if (IsPageNumber(lines[i])) return i + 1;
            if (!string.IsNullOrWhiteSpace(lines[i])) return null;
        }
        return ruled ? from : null;
    }

    private static bool IsPageNumber(string line) => line.Length > 0 && PageFurniture.IsPageNumber(line.Trim());

    /// <summary>
    /// The references of the text read so far, in any of the shapes a reference takes ("[12]",
    /// "(12)", "{12}", "&lt;12&gt;", or digits set right after a word or its punctuation: "word.12",
    /// "word12"), each with the last line that cites it. Read once, forward, whatever the number of
    /// rules and notes that turn out not to be a page's foot.
    /// </summary>
    private sealed class Citations(List<string> lines, int start)
    {
        private readonly Dictionary<string, int> lastCited = new(StringComparer.Ordinal);
        private int read = start;

        public void ReadTo(int end)
        {
            for (; read < end; read++)
                foreach (Match m in Reference().Matches(lines[read])) lastCited[m.Groups["n"].Value] = read;
        }

        /// <summary>Whether the text since <paramref name="pageStart"/> cites half the notes or more, rounded up.</summary>
        public bool CiteMost(List<FootNote> notes, int pageStart) => Cited(notes, pageStart) * 2 >= notes.Count;

        /// <summary>Whether the text since <paramref name="pageStart"/> cites every note.</summary>
        public bool CiteAll(List<FootNote> notes, int pageStart) => Cited(notes, pageStart) == notes.Count;

        private int Cited(List<FootNote> notes, int pageStart) =>
            notes.Count(note => NoteStart(note.Text, null) is { } m && lastCited.TryGetValue(Markers.NoteLabel(m), out var line) && line >= pageStart);
    }

    /// <summary>Whether a line of [<paramref name="from"/>, <paramref name="to"/>) opens the item just before the foot's first note ("3. …" over a foot opening "4. …").</summary>
    private static bool ContinuesListAbove(List<string> lines, int from, int to, FootNote first)
    {
        if (Rank(first.Text) is not int rank) return false;
        for (var i = from; i < to; i++)
            if (NoteStart(lines[i], null) is { } m && Rank(m) == rank - 1) return true;
        return false;
    }

    /// <summary>Whether <paramref name="text"/> cites the note <paramref name="label"/> in any of the shapes a reference takes.</summary>
    public static bool Cites(string text, string label)
    {
        foreach (Match m in Reference().Matches(text))
            if (m.Groups["n"].Value == label) return true;
        return false;
    }

    /// <summary>
    /// A note's first line in a page's foot: any of the shapes a note opens with, or, as typists
    /// set them at a page's foot, a bare number and one space before a capital ("2 I kept…"),
    /// taken only as the foot's first note or the very next number after <paramref name="previousRank"/>
    /// (a line of a note may open with a year or a count).
    /// </summary>
    private static Match? NoteStart(string line, int? previousRank)
    {
        var trimmed = line.Trim();
        var m = Markers.NoteLine().Match(trimmed);
        if (m.Success && m.Groups["n"].Success) return m;
        m = Markers.BareNumberedNote().Match(trimmed);
        return m.Success && (previousRank is null || Rank(m) == previousRank + 1) ? m : null;
    }

    private static int? Rank(Match m) => Markers.LabelRank(Markers.NoteLabel(m));

    private static int? Rank(string noteText) => NoteStart(noteText, null) is { } m ? Rank(m) : null;

    [GeneratedRegex(@"\[(?<n>\d{1,4})\]|\((?<n>\d{1,4})\)|\{(?<n>\d{1,4})\}|<(?<n>\d{1,4})>|(?<=[\p{L}.,;:!?""'\u201D)])(?<n>\d{1,3})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
