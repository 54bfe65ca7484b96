using System.Globalization;
using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Recognises the notes a text gives by hand and ties each reference to its note, scope by scope:
/// <list type="bullet">
/// <item>lists of notes ("1. …", "[1] …", "(1) …"), at the end of the text or after each part
/// whose notes restart at 1: each list is the scope of the text between it and the list before,
/// and the references there ("(12)" or "[12]", whichever style the scope uses) are its citations;</item>
/// <item>footnotes set right after the paragraph that cites them (Project Gutenberg's
/// "[Footnote 1: …]", or "[1] …" opening the next paragraph);</item>
/// <item>references a reader marked without knowing their note (HTML's bare &lt;sup&gt;1&lt;/sup&gt;),
/// against an ordered list or a list of numbered paragraphs at the end.</item>
/// </list>
/// References the reader already tied to their note (links between reference and note) are left as
/// they are. Ids and backlinks are <see cref="NoteLinkPass"/>'s work, once sections are known.
/// </summary>
public static partial class NotesPass
{
    public static void Run(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var scopes = document.Notes.Count > 0 ? document.Notes[^1].Scope.Index + 1 : 0;
        scopes = LinkFootnotesAfterParagraphs(document, scopes);
        scopes = LinkSymbolFootnotes(document, scopes);
        JoinLabelsStandingAlone(blocks);
        var lists = FindLists(blocks);
        var partNotes = FindPartNotes(lists, blocks);
        // Forward: each list's scope is the text since the last list that was notes (a numbered
        // list that is not notes is part of the text, not a scope's end). The lists that are notes
        // leave the text together at the end, so that indices hold and no block moves twice.
        var notesLists = new List<NoteList>();
        var citedSinceScope = new CitedLabels(blocks);
        var scopeStart = 0;
        var afterCandidate = 0; // where the text after the last list that could be notes starts
        // Each list's next one that could be notes, found backwards once.
        var nextCandidate = new NoteList?[lists.Count];
        for (var k = lists.Count - 2; k >= 0; k--)
            nextCandidate[k] = CouldBeNotes(lists[k + 1], blocks) ? lists[k + 1] : nextCandidate[k + 1];
        var index = scopes;
        for (var k = 0; k < lists.Count; k++)
        {
            // Notes gathered at the end a list for each part are read together, each list with its own part.
            if (k == partNotes?.First && LinkPartNotes(document, partNotes, scopeStart, ref index, notesLists, diagnostics)) break;
            var list = lists[k];
            var trailing = list.End == blocks.Count;
            var announced = trailing || list.Heading >= 0 || list.AfterRule;
            if (!CouldBeNotes(list, blocks)) continue;
            // Its part: the text since the last list that could have closed one (each read once, however many lists are no notes).
            var partStart = Math.Max(scopeStart, afterCandidate);
            afterCandidate = list.End;
            // A numbered list that its text hardly points to is a list, not notes. The labels cited
            // since the scope's start, gathered once, bound what the styles can find: most lists
            // that are no notes go without another reading of the text.
            var labels = list.Items.Select(item => item.Label).ToHashSet();
            citedSinceScope.ReadTo(list.Start);
            var mostCited = citedSinceScope.MostFound(labels);
            if (HardlyCited(mostCited, labels.Count)) continue;
            // What each style found since the scope's start bounds what it can find in the part or the scope: a style that cannot win is not read.
            var bound = (int style) => citedSinceScope.Found(style, labels);
            if (!announced && !ClosesItsPart(list, Model.Blocks.CitingParagraphs(blocks.GetRange(partStart, list.Start - partStart)).ToList(), labels, blocks, nextCandidate[k], bound)) continue;
            var paragraphs = Model.Blocks.CitingParagraphs(blocks.GetRange(scopeStart, list.Start - scopeStart)).ToList();
            var style = ChooseReferenceStyle(paragraphs, labels, out var cited, bound);
            if (HardlyCited(cited, labels.Count)) continue;

            var notes = MakeNotes(list, blocks, new NoteScope(index++), diagnostics);
            var sequence = 0;
            // Made once per scope, not per paragraph or per match.
            var byLabel = notes.ToDictionary(n => n.Label);
            var noteLabels = notes.Select(n => n.Label).ToList();
            foreach (var paragraph in paragraphs) LinkReferences(paragraph, style, byLabel, noteLabels, diagnostics, ref sequence);
            notesLists.Add(list);
            scopeStart = list.End;
            citedSinceScope.Restart(list.End);
            document.Notes.AddRange(notes);
        }
        // The lists that became notes leave the text, with their headings: one compaction.
        var kept = 0;
        var nextList = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            // ">=": a list's "Notes" heading may be the last line of the list before ("3. Notes"), already gone with it.
            if (nextList < notesLists.Count && b >= (notesLists[nextList].Heading >= 0 ? notesLists[nextList].Heading : notesLists[nextList].Start))
            {
                b = notesLists[nextList++].End - 1;
                continue;
            }
            blocks[kept++] = blocks[b];
        }
        blocks.RemoveRange(kept, blocks.Count - kept);

        LinkMarkedReferences(document, index);
    }

    // ---- Lists of notes -------------------------------------------------------------------------

    /// <summary>
    /// Whether a list may be notes at all: one that ends the text, stands under a "Notes" heading or
    /// after a rule; in the middle of the text with nothing to announce it, only one that starts at
    /// 1 and runs on for a few notes (whether it closes its part is decided from its citations):
    /// numbered points of an argument, with "(1) … (2) …" enumerations before them, look like notes too.
    /// </summary>
    private static bool CouldBeNotes(NoteList list, List<Block> blocks) =>
        list.End == blocks.Count || list.Heading >= 0 || list.AfterRule
        || (list.Items.Count >= MinUnannouncedNotes && list.Items[0].Label == "1");

    private sealed record Item(string Label, int Index, string Text);

    /// <summary>A run of note paragraphs [Start, End), with the "Notes" heading before it (or -1).</summary>
    private sealed record NoteList(int Start, int End, int Heading, List<Item> Items)
    {
        /// <summary>Set off from the text by a rule instead of a heading.</summary>
        public bool AfterRule { get; init; }
    }

    /// <summary>
    /// Where the note lines are: how many stand before each block, and the last one. Counted once,
    /// so that asking whether the note lines from a block on reach the end costs nothing per block
    /// (a rescan to the end per numbered line was quadratic in a long text).
    /// </summary>
    private sealed class NoteLines
    {
        private readonly int[] before;
        private readonly int last = -1;

        public NoteLines(List<Block> blocks)
        {
            before = new int[blocks.Count + 1];
            for (var j = 0; j < blocks.Count; j++)
            {
                var note = NoteLineAt(blocks, j) is not null;
                before[j + 1] = before[j] + (note ? 1 : 0);
                if (note) last = j;
            }
        }

        /// <summary>Whether the note lines from <paramref name="i"/> on (with paragraphs between them) reach the end of the text.</summary>
        public bool RunToEnd(int i)
        {
            var lastNote = Math.Max(i, last);
            return before.Length - 1 - lastNote <= MaxNoteParagraphs && (before[lastNote + 1] - before[i]) * 2 >= lastNote - i + 1;
        }
    }

    /// <summary>
    /// Every run of paragraphs that starts with note 1 and goes on with note-numbered paragraphs
    /// (a paragraph without a number between two of them continues the note before).
    /// </summary>
    private static List<NoteList> FindLists(List<Block> blocks)
    {
        var lists = new List<NoteList>();
        var noteLines = new NoteLines(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            // "1 The note" (one space, or a tab the reader made one) opens a list only under a
            // "Notes" heading or a rule (a typist's footnotes): elsewhere a number and a word may
            // well open a sentence ("3 men came").
            // A numbered "2. Notes" heads a list; it is none of its notes.
            if (blocks[i] is not Paragraph { Underlined: false, HeadingLevel: 0 } candidate || IsNotesHeading(candidate)) continue;
            var text = candidate.PlainText; // made anew at each call: once a paragraph
            var first = Markers.NoteLine().Match(text);
            var noteLine = first.Success;
            if (!noteLine && !(first = BareNumbered().Match(text)).Success) continue;
            var heading = UnderNotesHeading(blocks, i) ? i - 1 : -1;
            var afterRule = candidate.AfterRule;
            if (!noteLine && heading < 0 && !afterRule) continue;
            // A list starts at note 1, or, under a "Notes" heading or a rule, where the book's
            // running numbering has got to; so may a list that ends the text (checked by the caller).
            if (!IsFirstLabel(Markers.NoteLabel(first)) && heading < 0 && !afterRule && !noteLines.RunToEnd(i)) continue;
            // A heading the labeller found ("2. Method") opens a section, not a list starting past 1 (as it ends one).
            if (!IsFirstLabel(Markers.NoteLabel(first)) && IsHeading(candidate)) continue;
            var items = new List<Item> { new(Markers.NoteLabel(first), i, first.Groups["text"].Value) };
            var end = i + 1;
            while (end < blocks.Count)
            {
                // A numbered heading ("3. Analysis" after note 8) opens the next section, not a note of
                // the list; a line the labeller took for a heading that numbers the very next note is that note.
                if (IsHeading(blocks[end]) && !(NoteLineAt(blocks, end) is { } numbered && RankAfter(items, Markers.NoteLabel(numbered)) == RankOfLast(items) + 1)) break;
                if ((NoteLineAt(blocks, end) ?? NextNumberOnly(blocks, end, items[^1].Label)) is { } m)
                {
                    if (IsFirstLabel(Markers.NoteLabel(m), items[^1].Label) && items.Count > 1) break; // numbering restarts: the next scope's list
                    items.Add(new(Markers.NoteLabel(m), end, m.Groups["text"].Value));
                    end++;
                }
                else if (blocks[end] is Paragraph rest && !IsHeading(rest) && SentenceGoesOn(blocks[end - 1], rest))
                {
                    // The note's sentence goes on in the same run of lines ("… signed on" / "14
                    // September, …"): a short line broke the paragraph, not the note.
                    end++;
                }
                else
                {
                    // Further paragraphs of the note before: up to the next note of the list, or, after
                    // the last note, to the end of the text (never a navigation line, nor a long run).
                    // A paragraph that cites a note is the text's own: the section after the list
                    // has begun, and the paragraphs before it are that section's too.
                    var next = end;
                    var groups = 0;
                    // Under a "Notes" heading a long note may run on further, up to the next number.
                    var reach = heading >= 0 ? MaxNoteParagraphsUnderHeading : MaxNoteParagraphs;
                    // A table set as it stands goes on with its note too ("the yield is as follows:").
                    while (next < blocks.Count && groups <= reach && NoteLineAt(blocks, next) is null
                           && (blocks[next] is Preformatted || blocks[next] is Paragraph p && !ArchiveDebrisPass.IsNavigationLink(p.PlainText) && p.HeadingLevel == 0 && !p.Underlined
                           && !IsNotesHeading(p) && !Model.Inlines.References(p.Inlines).Any()))
                    {
                        // Lines of one run (a quotation set line by line) count as one paragraph.
                        if (next == end || !OneRun(blocks[next - 1], blocks[next])) groups++;
                        next++;
                    }
                    // A later note (one may have lost its number), not another list; and not one set off by
                    // a rule of its own and cited by the paragraphs between: that is the foot of the
                    // next page, and those paragraphs are the page's text, not more of this note (a
                    // note's second paragraph cites no note after it).
                    var continues = next < blocks.Count && NoteLineAt(blocks, next) is { } after
                                    && (groups <= MaxNoteParagraphs ? RankAfter(items, Markers.NoteLabel(after)) > RankOfLast(items)
                                        : groups <= reach && RankAfter(items, Markers.NoteLabel(after)) == RankOfLast(items) + 1)
                                    && !(blocks[next] is Paragraph { AfterRule: true } && CitedBetween(blocks, end, next, Markers.NoteLabel(after)));
                    if (continues || next == blocks.Count && groups <= MaxNoteParagraphs && EndsLastNote(blocks, items, end, next)) end = next;
                    else break;
                }
            }
            lists.Add(new NoteList(i, end, heading, items) { AfterRule = afterRule });
            i = end - 1;
        }
        return lists;
    }

    /// <summary>
    /// Whether the paragraphs [<paramref name="from"/>, <paramref name="to"/>) after a list's last
    /// note, up to the end of the text, are more of that note. Not when one is a heading, follows
    /// a rule or is a copyright notice (what closes a text after its notes: a word about the
    /// author, the rights, where to write), nor when every note before the last was one
    /// paragraph: the list's own form says its notes do not run on, and the paragraphs after it
    /// are the text's closing matter (left in place they end the text; taken, they read as the
    /// last note's).
    /// </summary>
    private static bool EndsLastNote(List<Block> blocks, List<Item> items, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (blocks[k] is Paragraph p && (IsHeading(p) || p.AfterRule || Markers.CopyrightNotice().IsMatch(p.PlainText.Trim()))) return false;
        if (items.Count < 2) return true;
        for (var k = 1; k < items.Count; k++)
            for (var j = items[k - 1].Index + 1; j < items[k].Index; j++)
                if (!OneRun(blocks[j - 1], blocks[j])) return true; // a note before ran on: so may the last
        return false;
    }

    /// <summary>Whether a paragraph of blocks [<paramref name="from"/>, <paramref name="to"/>) cites the note <paramref name="label"/> in one of the shapes a reference takes.</summary>
    private static bool CitedBetween(List<Block> blocks, int from, int to, string label)
    {
        for (var k = from; k < to; k++)
            if (blocks[k] is Paragraph p && Readers.PlainText.Layout.PageFootNotes.Cites(p.PlainText, label)) return true;
        return false;
    }

    /// <summary>The most paragraphs a note of a list runs on for; more is text after the list.</summary>
    private const int MaxNoteParagraphs = 6;

    /// <summary>
    /// Under a "Notes" heading, the most a note runs on for when the very next number follows it:
    /// a long note (a letter quoted whole, a table) is still one note of the list there.
    /// </summary>
    private const int MaxNoteParagraphsUnderHeading = 24;

    /// <summary>"6 These words …": a bare number and one space opens the next note when it is exactly the next number.</summary>
    private static Match? NextNumberOnly(List<Block> blocks, int i, string previous) =>
        NumberedAt(blocks, i) is { } m && Number(m.Groups["n"].Value) == Number(previous) + 1 ? m : null;

    /// <summary>A heading the person named (--headings), the page marked or the labeller took.</summary>
    private static bool IsHeading(Block block) => block is Paragraph { HeadingLevel: > 0 } or Paragraph { LineLabel: Readers.PlainText.Recognition.LineLabeller.Heading };

    private static bool UnderNotesHeading(List<Block> blocks, int i) => i > 0 && blocks[i - 1] is Paragraph h && IsNotesHeading(h);

    /// <summary>
    /// Under a "Notes" heading, notes whose number stands on a line of its own over their text
    /// ("1" or "NOTE 1" alone, the note under it), as texts set from typescripts and print do: each
    /// number is joined to the paragraph under it, so the list reads as any other ("1. The note").
    /// Only a run of at least two in sequence right under the heading: a number alone elsewhere is
    /// a page's or a section's.
    /// </summary>
    private static void JoinLabelsStandingAlone(List<Block> blocks)
    {
        // One pass, compacting as it goes (blocks[..kept] stay): a removal per note would be quadratic.
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[kept++] = blocks[i];
            if (blocks[i] is not Paragraph heading || !IsNotesHeading(heading)) continue;
            // The numbers standing alone in sequence, each over a paragraph of text.
            var numbers = new List<string>();
            for (var k = i + 1; k + 1 < blocks.Count; k += 2)
            {
                if (blocks[k] is not Paragraph label || LabelStandingAlone().Match(label.PlainText.Trim()) is not { Success: true } match) break;
                var number = match.Groups["n"].Value;
                if (numbers.Count > 0 && Number(number) != Number(numbers[^1]) + 1) break;
                if (blocks[k + 1] is not Paragraph text || LabelStandingAlone().IsMatch(text.PlainText.Trim())) break;
                numbers.Add(number);
            }
            if (numbers.Count < 2) continue;
            for (var k = 0; k < numbers.Count; k++)
            {
                var label = (Paragraph)blocks[i + 1 + 2 * k];
                var text = (Paragraph)blocks[i + 2 + 2 * k];
                blocks[kept++] = new Paragraph([new Text(numbers[k] + ". "), .. text.Inlines], label.Line, label.Group) { Run = label.Run, Indent = text.Indent };
            }
            i += 2 * numbers.Count;
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
    }

    /// <summary>"1", "[1]", "1.", "Note 1", "FOOTNOTE 1:": a note's number alone on its line.</summary>
    [GeneratedRegex(@"^(?:(?:foot|end)?note\s+)?[\[(]?(?<n>\d{1,3})[.:)\]]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelStandingAlone();

    /// <summary>
    /// "Notes", "References", "Sources": the heading of a list of notes. Not when a division's
    /// label stands over it ("CHAPTER IV" / "SOURCES"): that is a chapter of the text, and the
    /// numbered outline that opens a chapter is its points, not the notes of the chapter before.
    /// </summary>
    private static bool IsNotesHeading(Paragraph heading) => !heading.UnderDivisionLabel && NotesHeading().IsMatch(heading.PlainText);

    private static Match? NumberedAt(List<Block> blocks, int i) =>
        blocks[i] is Paragraph { Underlined: false, HeadingLevel: 0 } p && BareNumbered().Match(p.PlainText) is { Success: true } m ? m : null;

    /// <summary>A note's first line; never a line the writer marked as a heading ("(01) column: WHAT'S UP?" boxed between rules).</summary>
    private static Match? NoteLineAt(List<Block> blocks, int i) =>
        blocks[i] is Paragraph { Underlined: false, HeadingLevel: 0 } p && Markers.NoteLine().Match(p.PlainText) is { Success: true } m ? m : null;

    /// <summary>The list's notes. A number given twice starts no second note (ids must stay unique): its text stays with the note before.</summary>
    private static List<Note> MakeNotes(NoteList list, List<Block> blocks, NoteScope scope, Diagnostics diagnostics)
    {
        var notes = new List<Note>();
        var numbers = new HashSet<string>();
        var next = 0;
        var itemGroup = int.MinValue; // the run of lines the last note opened
        for (var i = list.Start; i < list.End; i++)
        {
            // A note holds paragraphs: a table inside one is flowed into a paragraph of it, as it was before tables were set apart.
            var paragraph = blocks[i] as Paragraph ?? Flowed((Preformatted)blocks[i]);
            var item = next < list.Items.Count && list.Items[next].Index == i ? list.Items[next++] : null;
            if (item is not null && numbers.Add(item.Label))
            {
                if (notes.Count > 0 && Number(item.Label) != notes[^1].Number + 1)
                    diagnostics.Warn(DiagnosticCode.NoteOutOfOrder, paragraph.Line, $"note {item.Label} follows note {notes[^1].Label}");
                var note = new Note(item.Label, scope, paragraph.Line);
                note.Paragraphs.Add(new Paragraph(Inline.DropPrefix(paragraph.Inlines, paragraph.PlainText.Length - item.Text.Length), paragraph.Line, paragraph.Group));
                itemGroup = paragraph.Group;
                notes.Add(note);
                continue;
            }
            if (item is not null)
                diagnostics.Warn(DiagnosticCode.NoteNumberedTwice, paragraph.Line, $"note {item.Label} is numbered twice; its text is kept with note {notes[^1].Label}");
            // A sentence a short line broke ("… worth the" / "living."), in the run of lines the note
            // opens, is one paragraph of the note; a later run (a verse quoted in it) stays as it is set.
            else if (notes[^1].Paragraphs[^1] is var last && paragraph.Group == itemGroup && SentenceGoesOn(blocks[i - 1], paragraph)
                     && paragraph.PlainText is [var opening, ..] && (char.IsLower(opening) || char.IsDigit(opening)))
            {
                last.Inlines.Add(new Text(" "));
                last.Inlines.AddRange(paragraph.Inlines);
                continue;
            }
            notes[^1].Paragraphs.Add(paragraph);
        }
        return notes;
    }

    /// <summary>Whether <paramref name="paragraph"/> goes on with the sentence <paramref name="before"/> left open, in the same run of lines (a short line broke them apart).</summary>
    private static bool SentenceGoesOn(Block before, Paragraph paragraph) =>
        OneRun(before, paragraph) && !Readers.PlainText.PlainTextReader.EndsSentence(((Paragraph)before).PlainText);

    /// <summary>Two paragraphs of one run of lines (a table set as it stands is a run of its own).</summary>
    private static bool OneRun(Block before, Block block) => before is Paragraph { Group: var a } && block is Paragraph { Group: var b } && a == b;

    private static Paragraph Flowed(Preformatted block) =>
        new(string.Join(' ', block.Lines.Where(l => l.Length > 0).Select(l => l.Trim())), block.Line, -block.Line);

    /// <summary>
    /// Where a numbering starts: note 1, note A of a text that letters its notes ("[A]", "[B]", …,
    /// Project Gutenberg's convention; "[a]", "[b]", … too), or note i of one that numbers them in
    /// roman ("[i]", "[ii]", …); after an "h" (<paramref name="previous"/>), an "i" is the next letter.
    /// </summary>
    private static bool IsFirstLabel(string label, string? previous = null) => Markers.LabelRank(label, previous) == 1 && label is "1" or "A" or "a" or "i" or "I";

    /// <summary>The rank of a list's last note, read after the note before it (a roman "v" after "iv").</summary>
    private static int? RankOfLast(List<Item> items) => Markers.LabelRank(items[^1].Label, items.Count > 1 ? items[^2].Label : null);

    /// <summary>The rank of a label coming after the list's last note.</summary>
    private static int? RankAfter(List<Item> items, string label) => Markers.LabelRank(label, items[^1].Label);

    private static int? Number(string label) => int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// How a text marks its references: "[12]", "(12)", "{12}", "&lt;12&gt;", "*12" or "(*12)", "12/", or digits glued to the
    /// word or stop before them ("contract2"; "''s1s0" where a superscript was flattened). Glued
    /// digits are taken only in the notes' own order (1, then 2, …): a year or an amount out of
    /// sequence stays text.
    /// </summary>
    /// <remarks>
    /// <paramref name="Telling"/>, when given, is a shape only this style has: the style is chosen
    /// only where the text shows it once (a flattened superscript "s5" after a word is also "cities"
    /// and a glued digit, but ".''s1" or "s1s0" is none of those).
    /// </remarks>
    private sealed record ReferenceStyle(Regex Pattern, bool InSequence, Regex? Telling = null)
    {
        public static string Label(Match m) => m.Groups["n"].Success ? Markers.NoteLabel(m) : m.Groups["s"].Value.Replace("s", "");

        /// <summary>Every label a match cites: one, or each number of a group ("[3,4]", "[5-7]", "(8, 9)").</summary>
        public static IEnumerable<string> Labels(Match m)
        {
            if (m.Groups["n"].Captures.Count <= 1) { yield return Label(m); yield break; }
            foreach (Capture number in m.Groups["n"].Captures) yield return Markers.Digits(number.Value);
        }

        public static bool IsGroup(Match m) => m.Groups["n"].Captures.Count > 1;

        /// <summary>
        /// Whether a group's ranges run forward over a few notes ("4-6"): "(1990-95)" is a span
        /// of years and "[3-150]" of pages, no notes cited.
        /// </summary>
        public static bool IsCitingGroup(Match m)
        {
            var numbers = m.Groups["n"].Captures;
            for (var k = 1; k < numbers.Count; k++)
            {
                var end = numbers[k - 1].Index + numbers[k - 1].Length;
                if (m.Value[end - m.Index] is not ('-' or '\u2013')) continue;
                if (Number(Markers.Digits(numbers[k - 1].Value)) is not int from || Number(Markers.Digits(numbers[k].Value)) is not int to || to <= from || to - from > MaxRangeNotes) return false;
            }
            return true;
        }
    }

    private static readonly ReferenceStyle[] Styles =
    [
        new(BracketReference(), false),
        new(ParenthesisReference(), false),
        new(BraceReference(), false),
        new(AngleReference(), false),
        new(StarReference(), false),
        new(CaretReference(), false),
        // Told by any superscript digit: the pattern opens on a look behind, so the engine tries it at every character.
        new(SuperscriptReference(), false, SuperscriptDigit()),
        new(NamedReference(), false),
        new(SupTagReference(), false),
        new(SlashReference(), false),
        // Before glued digits, which find the same labels in "word.''s1" but leave the "s".
        new(FlattenedSuperscriptReference(), true, FlattenedSuperscriptShown()),
        new(GluedReference(), true),
        new(LegalDatabaseReference(), true),
        // Last and as weak as glued digits: "#1" is also "number one" ("witness #1", "the #1 issue").
        new(HashReference(), true),
        // A superscript flattened to a number of its own between two sentences ("the press. 1 Its
        // argument"): the weakest of all, a number after a stop is as often a count or a chapter's.
        new(SpacedAfterSentenceReference(), true),
    ];

    /// <summary>
    /// Where <paramref name="label"/> stands among the labels still expected: the next one, or one
    /// or two further on (a reference the text lost, or that the pattern cannot see); null when
    /// it is out of sequence.
    /// </summary>
    private static int? NextInSequence(List<string> labels, int next, string label)
    {
        for (var k = next; k < Math.Min(labels.Count, next + 3); k++)
            if (labels[k] == label) return k;
        return null;
    }

    /// <summary>
    /// Where the labels still expected go on after a group ("word.4-6", "word.1,2"), read where
    /// references are taken only in sequence: past its last number when its first is the next
    /// label (or one or two further on); null when the group is out of sequence.
    /// </summary>
    private static int? GroupInSequence(List<string> labels, int next, Match group)
    {
        var cited = ReferenceStyle.Labels(group).ToList();
        if (NextInSequence(labels, next, cited[0]) is not int first) return null;
        var last = labels.IndexOf(cited[^1], first);
        return last > first ? last + 1 : first + 1;
    }

    /// <summary>
    /// The style that finds the most of the notes' labels in the text, and how many it finds
    /// (references a reader marked count too). <paramref name="bound"/>, when given, is at least
    /// what each style (by its place in <see cref="Styles"/>) can find: a style bounded by the best
    /// count so far cannot win and is not read.
    /// </summary>
    private static ReferenceStyle ChooseReferenceStyle(List<Paragraph> paragraphs, HashSet<string> labels, out int distinctFound, Func<int, int>? bound = null)
    {
        var best = Styles[0];
        distinctFound = -1;
        for (var s = 0; s < Styles.Length; s++)
        {
            var style = Styles[s];
            if (bound is not null && bound(s) <= distinctFound) continue;
            if (style.Telling is { } telling && !paragraphs.Any(p => Texts(p.Inlines).Any(t => telling.IsMatch(t.Value)))) continue;
            var count = CitationOrder(paragraphs, style, labels).Count;
            // Glued digits are the weakest evidence: taken only where nothing marks references better.
            if (count > distinctFound && (!style.InSequence || count > 2 * Math.Max(0, distinctFound))) { best = style; distinctFound = count; }
        }
        return best;
    }

    /// <summary>
    /// Whether a list standing in the text with nothing to announce it (no "Notes" heading, no
    /// rule; it starts at 1 and runs on for a few notes) ends a part's notes, as in a posting of
    /// several essays each with its notes after it: its part (the text since the last list that
    /// could have been notes) cites nearly all of them, through several paragraphs and first in
    /// their own order (points of an argument are set out in one place, not cited in order
    /// before), and the text after it numbers its references from 1 again: the part after it
    /// starts over. A list the text after it goes on numbering past is an argument's points.
    /// </summary>
    private static bool ClosesItsPart(NoteList list, List<Paragraph> part, HashSet<string> labels, List<Block> blocks, NoteList? nextList, Func<int, int> bound)
    {
        var style = ChooseReferenceStyle(part, labels, out _, bound);
        var order = CitationOrder(part, style, labels, out var citingParagraphs);
        if (order.Count * 4 < labels.Count * 3) return false;
        // Notes are cited through the part; "(1) … (2) … (3)" set out in one paragraph or two enumerate.
        if (citingParagraphs < Math.Max(2, labels.Count / 3)) return false;
        var rising = 0;
        for (var i = 1; i < order.Count; i++)
            if (Number(order[i]) > Number(order[i - 1])) rising++;
        if (rising * 5 < (order.Count - 1) * 4) return false;
        if (nextList is null) return true;
        // The text between this list and the next: its first reference to the next list's notes starts over, or it goes on numbering past.
        var between = Model.Blocks.CitingParagraphs(blocks.GetRange(list.End, nextList.Start - list.End)).ToList();
        var nextLabels = nextList.Items.Select(item => item.Label).ToHashSet();
        var nextStyle = ChooseReferenceStyle(between, nextLabels, out _);
        // Nothing cited there is no evidence either way, and an outline's "(1) … (5)" beside its next "(1) … (4)" cites nothing: a restart is required.
        return CitationOrder(between, nextStyle, nextLabels) is [var first, ..] && IsFirstLabel(first);
    }

    /// <summary>
    /// The labels the text since a scope's start cites, in each reference style (a label of any
    /// number, whatever its place in a sequence) and as references a reader marked, gathered as the
    /// lists go by: each paragraph is read once. What a style can find among a list's labels is at
    /// most what these sets hold.
    /// </summary>
    private sealed class CitedLabels(List<Block> blocks)
    {
        private readonly HashSet<string>[] byStyle = [.. Styles.Select(_ => new HashSet<string>())];
        private readonly HashSet<string> marked = [];
        private int readTo;

        public void Restart(int start)
        {
            foreach (var set in byStyle) set.Clear();
            marked.Clear();
            readTo = start;
        }

        public void ReadTo(int end)
        {
            if (end <= readTo) return;
            foreach (var paragraph in Model.Blocks.CitingParagraphs(blocks.GetRange(readTo, end - readTo)))
            {
                foreach (var reference in Model.Inlines.References(paragraph.Inlines))
                    if (reference.Note is null) marked.Add(reference.Label);
                foreach (var text in Texts(paragraph.Inlines))
                    for (var s = 0; s < Styles.Length; s++)
                        foreach (Match m in Styles[s].Pattern.Matches(text.Value)) byStyle[s].UnionWith(ReferenceStyle.Labels(m));
            }
            readTo = end;
        }

        /// <summary>The most of <paramref name="labels"/> one style finds, marked references counted in each.</summary>
        public int MostFound(HashSet<string> labels) => Enumerable.Range(0, byStyle.Length).Max(style => Found(style, labels));

        /// <summary>How many of <paramref name="labels"/> the style (by its place in <see cref="Styles"/>) finds, marked references counted.</summary>
        public int Found(int style, HashSet<string> labels) => labels.Count(label => byStyle[style].Contains(label) || marked.Contains(label));
    }

    /// <summary>A list whose text cites none of its notes, or fewer than half: a list, not notes.</summary>
    private static bool HardlyCited(int cited, int notes) => cited == 0 || cited < (notes + 1) / 2;

    /// <summary>The fewest notes a list without a heading or rule needs before its order can tell notes from points.</summary>
    private const int MinUnannouncedNotes = 3;

    /// <summary>The labels the paragraphs cite, each once, in the order of their first citation.</summary>
    private static List<string> CitationOrder(List<Paragraph> paragraphs, ReferenceStyle style, HashSet<string> labels) =>
        CitationOrder(paragraphs, style, labels, out _);

    /// <summary>
    /// The labels the paragraphs cite, each once, in the order of their first citation, and how
    /// many paragraphs hold a first citation. Numbers that enumerate ("(1) the first … (2) the
    /// second") cite nothing.
    /// </summary>
    private static List<string> CitationOrder(List<Paragraph> paragraphs, ReferenceStyle style, HashSet<string> labels, out int citingParagraphs)
    {
        citingParagraphs = 0;
        var order = new List<string>();
        var seen = new HashSet<string>();
        var ordered = style.InSequence ? labels.OrderBy(l => Number(l) ?? int.MaxValue).ToList() : null;
        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            var before = order.Count;
            foreach (var reference in Model.Inlines.References(paragraph.Inlines))
                if (reference.Note is null && labels.Contains(reference.Label) && seen.Add(reference.Label)) order.Add(reference.Label);
            var opening = paragraph.Inlines is [Text, ..];
            foreach (var text in Texts(paragraph.Inlines))
            {
                foreach (Match m in style.Pattern.Matches(text.Value))
                {
                    // A paragraph that opens with "(3)" is enumerating, not citing (as LinkReferences reads it).
                    if (opening && m.Index == 0) continue;
                    if (ReferenceStyle.IsGroup(m))
                    {
                        if (!ReferenceStyle.IsCitingGroup(m)) continue;
                        if (ordered is not null)
                        {
                            if (GroupInSequence(ordered, next, m) is not int after) continue;
                            next = after;
                        }
                        foreach (var cited in ReferenceStyle.Labels(m))
                            if (labels.Contains(cited) && seen.Add(cited)) order.Add(cited);
                        continue;
                    }
                    var label = ReferenceStyle.Label(m);
                    if (ordered is not null)
                    {
                        if (NextInSequence(ordered, next, label) is not int at) continue;
                        next = at + 1;
                    }
                    else if (IsEnumeration(text.Value, m.Index, m.Length)) continue;
                    if (labels.Contains(label) && seen.Add(label)) order.Add(label);
                }
                opening = false;
            }
            if (order.Count > before) citingParagraphs++;
        }
        return order;
    }

    /// <summary>The runs of text among the inlines, inside emphasis too.</summary>
    private static IEnumerable<Text> Texts(List<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is Text text) yield return text;
            else if (inline is Emphasis emphasis)
                foreach (var inner in Texts(emphasis.Inlines)) yield return inner;
        }
    }

    /// <summary>Turns the scope's references in one paragraph (inside emphasis too) into links to its notes.</summary>
    private static void LinkReferences(Paragraph paragraph, ReferenceStyle style, Dictionary<string, Note> byLabel, List<string> labels, Diagnostics diagnostics, ref int next)
    {
        var expected = next;
        LinkIn(paragraph.Inlines, atStart: true);
        next = expected;

        void LinkIn(List<Inline> inlines, bool atStart)
        {
            for (var i = 0; i < inlines.Count; i++)
            {
                if (inlines[i] is Emphasis emphasis) { LinkIn(emphasis.Inlines, atStart && i == 0); continue; }
                if (inlines[i] is NoteReference { Note: null } marked)
                {
                    marked.Note = byLabel.GetValueOrDefault(marked.Label);
                    continue;
                }
                if (inlines[i] is not Text text) continue;
                var pieces = new List<Inline>();
                var last = 0;
                foreach (Match match in style.Pattern.Matches(text.Value))
                {
                    if (ReferenceStyle.IsGroup(match))
                    {
                        if (match.Index == 0 && i == 0 && atStart) continue;
                        if (!ReferenceStyle.IsCitingGroup(match) || !ReferenceStyle.Labels(match).Any(byLabel.ContainsKey)) continue;
                        if (style.InSequence)
                        {
                            if (GroupInSequence(labels, expected, match) is not int after) continue;
                            expected = after;
                        }
                        var before = match.Index > last && char.IsWhiteSpace(text.Value[match.Index - 1]) ? match.Index - 1 : match.Index;
                        if (before > last) pieces.Add(new Text(text.Value[last..before]));
                        LinkGroup(match, byLabel, pieces);
                        last = match.Index + match.Length;
                        continue;
                    }
                    var label = ReferenceStyle.Label(match);
                    if (style.InSequence)
                    {
                        if (NextInSequence(labels, expected, label) is not int at) continue;
                        expected = at + 1;
                    }
                    if (!byLabel.TryGetValue(label, out var note))
                    {
                        if (Number(label) <= 2 * labels.Count && match.Index > 0)
                            diagnostics.Warn(DiagnosticCode.ReferenceWithoutNote, paragraph.Line, $"\"{match.Value}\" looks like a reference to note {label}, which does not exist");
                        continue;
                    }
                    if (match.Index == 0 && i == 0 && atStart) continue; // a paragraph that opens with "(3)" is enumerating, not citing
                    if (!style.InSequence && IsEnumeration(text.Value, match.Index, match.Length)) continue;
                    // The reference sits against the word or stop it follows: one space before it goes.
                    var cut = match.Index > last && char.IsWhiteSpace(text.Value[match.Index - 1]) && !paragraph.KeepsSpacing ? match.Index - 1 : match.Index;
                    // In a group "[17][,][18]" the bracketed comma only kept the numbers apart: the links are.
                    if (cut > last) pieces.Add(new Text(text.Value.AsSpan(last, cut - last) is "[,]" && pieces is [.., NoteReference] ? "," : text.Value[last..cut]));
                    pieces.Add(new NoteReference(label, note));
                    var shown = label.Length;
                    // "[12, p. 40]": the page cited stays, after the link, as "(p. 40)".
                    if (match.Groups["at"] is { Success: true } locator)
                    {
                        var page = $" ({locator.ValueSpan.TrimStart(", ")})";
                        pieces.Add(new Text(page));
                        shown += page.Length;
                    }
                    last = match.Index + match.Length;
                    // In a table or a boxed text, the width the reference no longer shows becomes space before the next column.
                    if (paragraph.KeepsSpacing && (last == text.Value.Length || text.Value[last] is ' ' or '\n'))
                        pieces.Add(new Text(new string(' ', Math.Max(0, match.Length - shown))));
                }
                if (pieces.Count == 0) continue;
                if (last < text.Value.Length) pieces.Add(new Text(text.Value[last..]));
                inlines.RemoveAt(i);
                inlines.InsertRange(i, pieces);
                i += pieces.Count - 1;
            }
        }
    }

    /// <summary>
    /// "[3,4]" or "[5-7]": each number links to its note, the separators between them stay, the
    /// brackets go (as a single reference's do). A number the scope has no note for stays text.
    /// </summary>
    private static void LinkGroup(Match group, Dictionary<string, Note> byLabel, List<Inline> pieces)
    {
        var numbers = group.Groups["n"].Captures;
        NoteReference? previous = null;
        for (var k = 0; k < numbers.Count; k++)
        {
            var label = Markers.Digits(numbers[k].Value);
            if (k > 0)
            {
                var separatorStart = numbers[k - 1].Index + numbers[k - 1].Length;
                var separator = group.Value.AsSpan(separatorStart - group.Index, numbers[k].Index - separatorStart).Trim();
                pieces.Add(new Text(separator is "-" ? "\u2013" : separator.ToString()));
                // "[2-4]" cites note 3 too: the range's first link stands for it.
                if (separator is "-" or "\u2013" && previous is not null && Number(previous.Label) is int from && Number(label) is int to && to - from <= MaxRangeNotes)
                    for (var n = from + 1; n < to; n++)
                        if (byLabel.TryGetValue(n.ToString(CultureInfo.InvariantCulture), out var spanned)) previous.Spans.Add(spanned);
            }
            previous = byLabel.TryGetValue(label, out var note) ? new NoteReference(label, note) : null;
            pieces.Add(previous ?? (Inline)new Text(label));
        }
    }

    /// <summary>The widest range whose inner notes count as cited: "[3-150]" is more likely a page range than thirty notes.</summary>
    private const int MaxRangeNotes = 20;

    /// <summary>
    /// Numbers in brackets that are no references: after a colon or semicolon ("are: (1) the
    /// first"), or standing before the words they number ("and (4) a building"), they enumerate;
    /// right after a number or a closing parenthesis ("881(6)", "(a)(6)") they are a statute's
    /// or a list's subdivision.
    /// </summary>
    private static bool IsEnumeration(string text, int index, int length)
    {
        // "are: (1) the first" enumerates; "believed;(4)" glued to the stop cites.
        var before = text.AsSpan(0, index);
        if (before.Length > 1 && char.IsWhiteSpace(before[^1]) && before.TrimEnd()[^1] is ':' or ';') return true;
        if (text[index] != '(') return false; // brackets are the reference's own mark: "Bradley [3] points"
        if (index > 0 && (char.IsDigit(text[index - 1]) || text[index - 1] == ')')) return true;
        if (NumbersDivision(text.AsSpan(0, index))) return true;
        // "(3) a building" beside "(2) …" or "(4) …" in the same text: a run of numbered items.
        var after = index + length;
        if (!(index > 0 && char.IsWhiteSpace(text[index - 1]) && after + 1 < text.Length && text[after] == ' ' && char.IsLower(text[after + 1])))
            return false;
        // The pattern's \d takes every script's digits, int.Parse only ASCII ones: another script's number enumerates nothing here.
        if (!int.TryParse(text.AsSpan(index + 1, length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        return text.Contains($"({n - 1}) ", StringComparison.Ordinal) || text.Contains($"({n + 1}) ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the text before a "(2)" names the division it subdivides by its Roman number:
    /// "Article III (1)", "Article Vbis(1)", "Section IV (2)". ("Malcolm X (3)" may well cite.)
    /// </summary>
    private static bool NumbersDivision(ReadOnlySpan<char> before) =>
        DivisionNumber().IsMatch(before[Math.Max(0, before.Length - MaxDivisionLength)..]); // only the words right before: no rescan of the paragraph per number

    private const int MaxDivisionLength = 40;

    [GeneratedRegex(@"\b(?:Article|Art\.|Section|Sec\.|Part|Chapter|Title|Clause|Amendment|Paragraph|Protocol|Annex)\s+(?-i:(?=[IVXLC])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:bis|ter|quater)?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DivisionNumber();

    // ---- Footnotes right after the paragraph that cites them ------------------------------------

    /// <summary>How many blocks after its citing paragraph a footnote may stand (other footnotes of the same paragraph between).</summary>
    private const int FootnoteReach = 6;

    /// <summary>
    /// "[Footnote 1: …]" (Project Gutenberg's plain-text convention, which may run over several
    /// paragraphs until its closing bracket), or "[1] …" opening a paragraph, right after the
    /// paragraph that cites "[1]": the note of that citation. A label seen again starts a new scope.
    /// </summary>
    private static int LinkFootnotesAfterParagraphs(Document document, int scopes)
    {
        var blocks = document.Blocks;
        var scope = new NoteScope(scopes);
        var used = false;
        var labelsInScope = new HashSet<string>();
        var lastCiting = -1; // blocks[..kept] do not move, so an index there stays the paragraph's
        // The blocks are compacted as they are read: blocks[..kept] are those that stay, so the
        // footnotes taken out leave in one pass (removing each where it stood was quadratic).
        var kept = Math.Min(1, blocks.Count);
        // Under a "Notes" heading, up to the next heading, the notes are a list's (FindLists takes
        // them), however its notes are spaced: a note after another's second paragraph is no
        // footnote of the paragraph that cites it.
        var underNotesHeading = blocks.Count > 0 && blocks[0] is Paragraph firstHeading && IsNotesHeading(firstHeading);
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph heading && IsHeading(heading)) underNotesHeading = IsNotesHeading(heading);
            else if (blocks[i] is Paragraph named && IsNotesHeading(named)) underNotesHeading = true;
            if (blocks[i] is not Paragraph paragraph) { blocks[kept++] = blocks[i]; continue; }
            var text = paragraph.PlainText;
            var tagged = TaggedFootnote().Match(text);
            var longRun = tagged.Success && tagged.Value.Contains("]=", StringComparison.Ordinal); // fenced notes run long
            var bare = tagged.Success ? null : BareFootnote().Match(text);
            if (!tagged.Success && bare is not { Success: true } && !underNotesHeading && NumberedFootnote(blocks, i, kept, text) is { } numbered) bare = numbered;
            if (!tagged.Success && bare is not { Success: true }) { blocks[kept++] = paragraph; continue; }
            var run = tagged.Success ? 0 : BareRunLength(blocks, i);
            if (!tagged.Success && (run >= 3 || paragraph.AfterRule && run >= 2 || underNotesHeading))
            {
                // A list of notes, not footnotes after their paragraph: FindLists takes it. So are
                // two or more notes set off by a rule: their citations may be anywhere in the part
                // above (a note cited twice), not only in the paragraph just before. A single note
                // under a rule is the footnote of the paragraph over the rule, as typescripts set it.
                for (var k = i; k < i + run; k++) blocks[kept++] = blocks[k];
                i += run - 1;
                continue;
            }
            var match = tagged.Success ? tagged : bare!;
            var label = match.Groups["label"].Value;

            // The citing paragraph: the nearest one before, past other footnotes, that holds "[label]";
            // never one above a heading, which is another section's.
            var citing = -1;
            for (var j = kept - 1; j >= Math.Max(0, kept - FootnoteReach) && citing < 0 && !IsHeading(blocks[j]); j--)
                if (blocks[j] is Paragraph before && !IsFootnoteStart(before.PlainText)
                    && (match.Groups["paren"].Success ? CitesAtSentenceEnd(before, label) : CitesInBrackets(before, label))) citing = j;
            if (citing < 0 && !tagged.Success) { blocks[kept++] = paragraph; continue; }

            // A tagged footnote runs on until its closing bracket.
            var end = i;
            if (tagged.Success && !ClosesBracket(text))
                while (end + 1 < blocks.Count && end - i < (longRun ? 200 : 20) && blocks[end + 1] is Paragraph more && !ClosesBracket(more.PlainText)) end++;
            // The closing line, when it is a paragraph (a quotation or a list after an unclosed note is not the note's).
            if (tagged.Success && !ClosesBracket(text) && end + 1 < blocks.Count && blocks[end + 1] is Paragraph) end++;

            if (!labelsInScope.Add(label))
            {
                scope = new NoteScope(scope.Index + 1);
                labelsInScope.Clear();
                labelsInScope.Add(label);
            }
            var note = new Note(label, scope, paragraph.Line);
            var body = match.Groups["text"].Value;
            for (var k = i; k <= end; k++)
            {
                var part = (Paragraph)blocks[k];
                var inlines = k == i ? Inline.DropPrefix(part.Inlines, text.Length - body.Length) : part.Inlines;
                if (tagged.Success && k == end) inlines = TrimClosingBracket(inlines);
                if (Inline.PlainText(inlines).Trim().Length == 0) continue; // a closing fence on its own line
                // Lines of one run (a short footnote broken over two lines) are one paragraph.
                // (A note whose first line holds only its label has no paragraph yet to go on.)
                if (k > i && note.Paragraphs.Count > 0 && note.Paragraphs[^1].Group == part.Group)
                {
                    note.Paragraphs[^1].Inlines.Add(new Text(" "));
                    note.Paragraphs[^1].Inlines.AddRange(inlines);
                }
                else note.Paragraphs.Add(new Paragraph(new List<Inline>(inlines), part.Line, part.Group));
            }
            var marker = match.Groups["paren"].Success ? $"({label})" : $"[{label}]";
            if (citing >= 0) LinkFirstBracketReference((Paragraph)blocks[citing], note, marker);
            // A note set off by a rule stands at the foot of its part: a citation of it higher in
            // the part (the note cited twice) is its too, up to the part's heading; a citation
            // already linked is another note's and stays.
            // The walk stops at the last footnote's citing paragraph too: page after page of
            // footnotes with no heading between would otherwise each walk back to the text's start.
            if (citing >= 0 && bare is { Success: true } && paragraph.AfterRule && !match.Groups["paren"].Success)
                for (var j = citing; j > lastCiting && !IsHeading(blocks[j]); j--)
                    if (blocks[j] is Paragraph above && !IsFootnoteStart(above.PlainText))
                        while (LinkFirstBracketReference(above, note, marker)) { }
            document.Notes.Add(note);
            used = true;
            if (citing >= 0) lastCiting = citing;
            i = end;
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
        return used ? scope.Index + 1 : scopes;
    }

    /// <summary>
    /// "… as the report claims.*" / "*The report was withdrawn a year later.": a paragraph that
    /// opens with an asterisk (or two, three) or a dagger is the note of the nearest paragraph
    /// before it that holds that mark once, glued to a word or a stop, and has not had its note
    /// yet: right after it, or at the foot of the page or the next. Marks that open two paragraphs in a row are bullets,
    /// and a paragraph with asterisks no mark accounts for is emphasis, not a citation.
    /// One pass: the last paragraph citing each mark is remembered as the text goes by.
    /// </summary>
    private static int LinkSymbolFootnotes(Document document, int scopes)
    {
        var blocks = document.Blocks;
        var citing = new Dictionary<string, Paragraph>();
        var scope = new NoteScope(scopes);
        var used = false;
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph paragraph && SymbolFootnote().Match(paragraph.PlainText) is { Success: true } note
                && !OpensWithSymbol(blocks, i - 1, note.Groups["label"].Value) && !OpensWithSymbol(blocks, i + 1, note.Groups["label"].Value)
                && citing.Remove(note.Groups["label"].Value, out var cited) && paragraph.Line - cited.Line <= SymbolNoteReach)
            {
                var label = note.Groups["label"].Value;
                var made = new Note(label, scope, paragraph.Line);
                made.Paragraphs.Add(new Paragraph(Inline.DropPrefix(paragraph.Inlines, paragraph.PlainText.Length - note.Groups["text"].Value.Length), paragraph.Line, paragraph.Group));
                LinkSymbolReference(cited, made, label);
                document.Notes.Add(made);
                used = true;
                continue;
            }
            blocks[kept++] = blocks[i];
            if (blocks[i] is Paragraph text)
                foreach (var mark in SymbolCitations(text.PlainText)) citing[mark] = text;
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
        return used ? scope.Index + 1 : scopes;
    }

    /// <summary>How many lines after its citation a symbol note may stand: the foot of that page or of the next (a printed page holds about 66 lines).</summary>
    private const int SymbolNoteReach = 2 * 66;

    private static bool OpensWithSymbol(List<Block> blocks, int i, string mark) =>
        i >= 0 && i < blocks.Count && blocks[i] is Paragraph p && SymbolFootnote().Match(p.PlainText) is { Success: true } m && m.Groups["label"].Value == mark;

    /// <summary>
    /// The marks a paragraph cites with ("*", "**", "†"), each glued to what it annotates: "*" for
    /// the first note of a page, "**" or "†" for the second. A mark given twice, or any asterisk no
    /// mark accounts for makes the reading unsure: none. Words set between asterisks for emphasis
    /// ("I was *nearly* late") are the writer's emphasis, not marks, and leave the reading sure.
    /// </summary>
    private static List<string> SymbolCitations(string text)
    {
        var marks = new List<string>();
        var asterisks = 0;
        var emphasis = Emphasis(text);
        foreach (var emphasised in emphasis)
            if (emphasised.Groups["m"].Value == "*") asterisks += 2;
        foreach (var match in SymbolReferences(text, emphasis))
        {
            var mark = SymbolMark(match);
            if (marks.Contains(mark)) return [];
            marks.Add(mark);
            if (mark[0] == '*') asterisks += mark.Length;
        }
        return marks.Count == 0 || asterisks == text.Count(c => c == '*') ? marks : [];
    }

    /// <summary>
    /// "word*", "stop.**", "said.”†", "word*.": a mark glued after a word, stop or closing quote, before a space, a stop or the end;
    /// or the mark in brackets, glued or after a space ("word [*]", "word[†]"), as typists set it apart from the words.
    /// A typewriter with no dagger set "+" and "++" for "†" and "‡", glued after a word or a stop,
    /// never after a figure ("5+ years").
    /// </summary>
    [GeneratedRegex(@"(?:(?<=[\p{L}\p{N}.,;:!?'""\u2019\u201D)])(?:\*{1,3}|[\u2020\u2021]| ?\[(?:\*{1,3}|[\u2020\u2021])\])|(?<=[\p{L}.,;:!?'""\u2019\u201D)])\+{1,2})(?=[\s.,;:!?)'""\u2019\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolReference();

    /// <summary>The words a text sets in asterisks or underscores for emphasis; none read where it has no asterisk.</summary>
    private static IReadOnlyList<Match> Emphasis(string text) => text.Contains('*') ? InlineMarkupPass.EmphasisIn(text) : [];

    /// <summary>The symbol references of a text, but for an emphasis's closing asterisk ("*nearly*").</summary>
    private static IEnumerable<Match> SymbolReferences(string text, IReadOnlyList<Match> emphasis)
    {
        for (var match = SymbolReference().Match(text); match.Success; match = match.NextMatch())
            if (!emphasis.Any(e => match.Index >= e.Index && match.Index < e.Index + e.Length))
                yield return match;
    }

    /// <summary>The mark a symbol reference cites with, without the brackets and the space some set it in ("[*]" cites "*").</summary>
    private static string SymbolMark(Match match) => match.ValueSpan.TrimStart(' ').Trim("[]").ToString();

    /// <summary>Turns the citation of <paramref name="mark"/> in the paragraph into a reference to its note: the whole mark, not the first asterisk of a longer one.</summary>
    private static void LinkSymbolReference(Paragraph paragraph, Note note, string mark)
    {
        Link(paragraph.Inlines);

        bool Link(List<Inline> inlines)
        {
            for (var i = 0; i < inlines.Count; i++)
            {
                if (inlines[i] is Emphasis emphasis && Link(emphasis.Inlines)) return true;
                if (inlines[i] is not Text text) continue;
                foreach (var match in SymbolReferences(text.Value, Emphasis(text.Value)))
                {
                    if (SymbolMark(match) != mark) continue;
                    ReplaceWithReference(inlines, i, match.Index, match.Index + match.Length, note);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>"*The note's text" or "** The note's text", "† The note", a typewriter's "+ The note" or "++ The note": a paragraph opening with the mark, then its text.</summary>
    [GeneratedRegex(@"^(?:(?<label>\*{1,3}|[\u2020\u2021])|\[(?<label>\*{1,3}|[\u2020\u2021])\]|(?<label>\+{1,2})(?=\s))(?![*+])\s*(?<text>[\p{Lu}_""\u201C(\[].*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SymbolFootnote();

    private static int BareRunLength(List<Block> blocks, int i)
    {
        var n = 0;
        while (i + n < blocks.Count && blocks[i + n] is Paragraph p && BareFootnote().IsMatch(p.PlainText)) n++;
        return n;
    }

    private static bool IsFootnoteStart(string text) => TaggedFootnote().IsMatch(text) || BareFootnote().IsMatch(text);

    private static bool ClosesBracket(string text) => ClosingMark().IsMatch(text);

    /// <summary>
    /// "…on its feet. (1)": a number in parentheses after a sentence's end cites; one before words
    /// enumerates. So does one glued to the word it annotates ("heard from(1) many"): an
    /// enumeration stands apart from the word before it.
    /// </summary>
    private static bool CitesAtSentenceEnd(Paragraph paragraph, string label) =>
        Texts(paragraph.Inlines).Any(t => Regex.IsMatch(t.Value, $@"[.!?""'\u201D\u2019]\s?\({label}\)(\s+[A-Z]|\s*$)|\p{{L}}\({label}\)(?![\p{{L}}\p{{N}}(])"));

    private static bool CitesInBrackets(Paragraph paragraph, string label) =>
        Texts(paragraph.Inlines).Any(t => t.Value.Contains($"[{label}]", StringComparison.Ordinal));

    private static List<Inline> TrimClosingBracket(List<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[^1] is Text last && ClosingMark().Match(last.Value) is { Success: true } close)
            return [.. inlines.Take(inlines.Count - 1), new Text(last.Value[..close.Index])];
        return inlines;
    }

    /// <summary>Characters [<paramref name="from"/>, <paramref name="to"/>) of the text inline at <paramref name="index"/> become the reference to <paramref name="note"/>, the text around it kept.</summary>
    private static void ReplaceWithReference(List<Inline> inlines, int index, int from, int to, Note note)
    {
        var text = ((Text)inlines[index]).Value;
        var pieces = new List<Inline>(3);
        if (from > 0) pieces.Add(new Text(text[..from]));
        pieces.Add(new NoteReference(note.Label, note));
        if (to < text.Length) pieces.Add(new Text(text[to..]));
        inlines.RemoveAt(index);
        inlines.InsertRange(index, pieces);
    }

    /// <summary>The first "[label]" in the paragraph not yet linked becomes the reference to the note; false when there is none.</summary>
    private static bool LinkFirstBracketReference(Paragraph paragraph, Note note, string marker)
    {
        return Link(paragraph.Inlines);

        bool Link(List<Inline> inlines)
        {
            for (var i = 0; i < inlines.Count; i++)
            {
                if (inlines[i] is Emphasis emphasis && Link(emphasis.Inlines)) return true;
                if (inlines[i] is not Text text) continue;
                var at = text.Value.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) continue;
                // The space before a bracketed mark goes with it: the reference sits against its word.
                var cut = at > 0 && char.IsWhiteSpace(text.Value[at - 1]) ? at - 1 : at;
                ReplaceWithReference(inlines, i, cut, at + marker.Length, note);
                return true;
            }
            return false;
        }
    }

    // ---- References a reader marked, notes it did not -------------------------------------------

    /// <summary>
    /// References a reader marked without a note (a bare &lt;sup&gt;1&lt;/sup&gt;) find their note in an
    /// ordered list at the end of the text; those that find none stay superscript text.
    /// </summary>
    private static void LinkMarkedReferences(Document document, int scopeIndex)
    {
        var unresolved = document.Paragraphs().SelectMany(p => Model.Inlines.References(p.Paragraph.Inlines)).Where(r => r.Note is null).ToList();
        if (unresolved.Count == 0) return;
        var blocks = document.Blocks;
        var at = blocks.FindLastIndex(b => b is ListBlock { Ordered: true });
        if (at >= 0 && blocks.Skip(at + 1).All(b => b is Paragraph p && ArchiveDebrisPass.IsNavigationLink(p.PlainText)) && blocks[at] is ListBlock list)
        {
            var labels = Enumerable.Range(list.Start, list.Items.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
            var cited = unresolved.Select(r => r.Label).Where(labels.Contains).Distinct().Count();
            if (cited * 2 >= labels.Count)
            {
                var scope = new NoteScope(scopeIndex);
                var notes = new Dictionary<string, Note>();
                for (var k = 0; k < list.Items.Count; k++)
                {
                    var note = new Note(labels[k], scope, list.Items[k].FirstOrDefault()?.Line ?? list.Line);
                    note.Paragraphs.AddRange(list.Items[k]);
                    notes[labels[k]] = note;
                    document.Notes.Add(note);
                }
                foreach (var reference in unresolved) reference.Note = notes.GetValueOrDefault(reference.Label);
                var from = at > 0 && blocks[at - 1] is Paragraph h && IsNotesHeading(h) ? at - 1 : at;
                blocks.RemoveAt(at);
                if (from < at) blocks.RemoveAt(from);
            }
        }
        Unmark(document);
    }

    /// <summary>A marked reference that found no note was a superscript, not a reference: it stays as such.</summary>
    private static void Unmark(Document document)
    {
        foreach (var (_, paragraph) in document.Paragraphs()) Replace(paragraph.Inlines);
        // Wherever else one stands: in a note (a list item that became one) or a heading.
        foreach (var note in document.Notes) foreach (var paragraph in note.Paragraphs) Replace(paragraph.Inlines);
        foreach (var section in document.Sections) Replace(section.Title);

        static void Replace(List<Inline> inlines)
        {
            for (var i = 0; i < inlines.Count; i++)
            {
                if (inlines[i] is Emphasis emphasis) Replace(emphasis.Inlines);
                else if (inlines[i] is NoteReference { Note: null } reference) inlines[i] = new Superscript(reference.Label);
            }
        }
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?<text>[A-Z\u201C""].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumbered();

    /// <summary>"(12)", a group "(12, 13)" or a range "(4-6)" (a range cites only where it runs forward over a few notes: "(1990-95)" is years), or a number with the page it cites ("(12, p. 40)": the locator stays as text), not followed by a word ("(2)x") or another parenthesis.</summary>
    [GeneratedRegex(@"\( ?(?<n>\d{1,4})(?:(?<at>,\s?pp?\.\s?\d{1,5}(?:\s?[\u2013-]\s?\d{1,5})?)|(?:\s?[,\u2013-]\s?(?<n>\d{1,4}))*) ?\)(?![\w(])", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisReference();

    /// <summary>
    /// "[12]", a group "[12,13]" or "[12-14]", "[B]" where notes are lettered, or "[iv]" where they are numbered in roman (as
    /// word processors number endnotes); never "[A]ll" (an editor's capital) nor "[3](a)"
    /// or "[3][a]" (a subdivision). In a group, "[17][,][18]", each number cites. A number may
    /// carry the page it cites ("[12, p. 40]", "[12, pp. 40-42]"): the locator, group "at", stays
    /// as text after the link.
    /// </summary>
    [GeneratedRegex(@"\[ ?(?:(?<n>\d{1,4})(?:(?<at>,\s?pp?\.\s?\d{1,5}(?:\s?[\u2013-]\s?\d{1,5})?)|(?:\s?[,;\u2013-]\s?(?<n>\d{1,4}))*)\.?|(?<n>[A-Za-z])|(?<n>[ivxlc]{2,7}|[IVXLC]{2,7})) ?\](?![\w(]|\[(?![,\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex BracketReference();

    /// <summary>"{12}", as some e-texts set their references where a reader would look for brackets.</summary>
    [GeneratedRegex(@"\{ ?(?<n>\d{1,4}) ?\}", RegexOptions.CultureInvariant)]
    private static partial Regex BraceReference();

    /// <summary>"&lt;12&gt;", not inside a tag or an address ("&lt;12&gt;" alone, never "&lt;12@host&gt;").</summary>
    [GeneratedRegex(@"<(?<n>\d{1,4})>", RegexOptions.CultureInvariant)]
    private static partial Regex AngleReference();

    /// <summary>"*12", "*12*", "(*12)" or "[*12]" after the words it annotates.</summary>
    [GeneratedRegex(@"(?:\(\*(?<n>\d{1,3})\)|\[\*(?<n>\d{1,3})\]|\*(?<n>\d{1,3})\*?)(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex StarReference();

    /// <summary>"^12" or "^[12]": a typist's caret where print raises the number (not "10^6", a power).</summary>
    [GeneratedRegex(@"(?<![\d^])\^\[?(?<n>\d{1,3})\]?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CaretReference();

    /// <summary>"word¹²": Unicode superscript digits after the words or stop they annotate.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{P}])(?<n>[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3})(?![\u00B9\u00B2\u00B3\u2070\u2074-\u2079])", RegexOptions.CultureInvariant)]
    private static partial Regex SuperscriptReference();

    [GeneratedRegex(@"[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]", RegexOptions.CultureInvariant)]
    private static partial Regex SuperscriptDigit();

    /// <summary>"[Note 12]", "[fn 12]", "[n12]", "(note 12)", "(see note 12)", "(footnote 12)", "[Ref. 12]", "[#12]": the reference names or marks what it points to.</summary>
    [GeneratedRegex(@"[\[(](?:see\s)?(?:\#|(?:(?:(?:foot|end)\s?)?(?:note|fn|n)|ref(?:erence)?)\.?\s?)(?<n>\d{1,3})[\])]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedReference();

    /// <summary>"word#12", "word.#12": a number sign glued where print raises the number (the notes open "#12 …"); never "#12a", nor "witness #1" after a space.</summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""\u2019\u201D)\]])\#(?<n>\d{1,3})(?![\w#])", RegexOptions.CultureInvariant)]
    private static partial Regex HashReference();

    /// <summary>"word&lt;sup&gt;12&lt;/sup&gt;": a superscript's HTML tags kept as text, in a plain text saved from a web page.</summary>
    [GeneratedRegex(@"<sup>\s?(?<n>\d{1,3})\s?</sup>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupTagReference();

    /// <summary>
    /// "word.12/" or "word 12/": the number and slash by which government reports and briefs mark
    /// a footnote (their notes open "12/ …"), or "word./12/" between two slashes, as the Federal
    /// Register prints them (notes "/12/ …"); never a fraction or a date ("1/2", "3/4/91").
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{P}]|[\p{L}\p{P}] )(?:/(?=\d{1,3}/))?(?<n>\d{1,3})/(?=[\s,.;:)""\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashReference();

    /// <summary>
    /// Digits glued to a word, a stop or a closing quote ("contract2", "ludicrous.4"), not
    /// part of a number: never the decimals of an amount ("$2.5", "1,5"), the second number of a
    /// verse, a time or a ratio ("John 3:16", "10:30", "2:1"), nor the first word of a
    /// quotation (a straight quote after a space opens one: "2 VA LAW" is a title's number).
    /// A year is no amount: after its comma or stop a reference may stand ("in 1884,1"). Several
    /// notes cited at one spot are a group, listed or a range ("by 1841.1,2", "buttermilk.4-6").
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""\u2019\u201D)\]])(?<!(?:^|\s)['""])(?<!\d:)(?<!(?<!\b(?:1[5-9]|20)\d)\d[.,])(?<n>\d{1,3})(?:[,\u2013-](?<n>\d{1,3}))*(?=[\s,.;:!?)""'\u2019\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedReference();

    /// <summary>
    /// "published in Stuttgart. 1 Its argument", "the rule itself. 3": a number standing alone
    /// after a sentence's stop and one space, before the next sentence's capital or the
    /// paragraph's end, where a superscript lost its height. The sentence ends on a word of
    /// three letters or more in small letters, so that "Vol. 2 No. 3" and "pp. 12" are no references.
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}.])\p{Ll}{3,}[.!?][""\u201D')]? )(?<n>\d{1,3})(?=[ ]\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedAfterSentenceReference();

    /// <summary>"Section 1983 n1 gives", "custom. n2": a legal database's printout labels each reference "n" and its number, after a space.</summary>
    [GeneratedRegex(@"(?<=\s)n(?<n>\d{1,3})(?=[\s,.;:)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LegalDatabaseReference();

    /// <summary>
    /// "word.''s1s0", "Names5": a superscript flattened with an "s" before each of its digits. A
    /// convention of its own, not a glued digit: in a text that glues plain digits, "cities1" is
    /// "cities" and note 1.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""\u2019\u201D)\]}])(?<s>(?:s\d){1,3})(?=[\s,.;:!?)""'\u2019\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedSuperscriptReference();

    /// <summary>A flattened superscript no other reading explains: after a stop, quote or brace (".''s1"), or of two digits ("s1s0").</summary>
    [GeneratedRegex(@"(?:(?<=[.,;:!?'""\u2019\u201D)\]}])s\d|(?<=\p{L})s\ds\d)(?:s\d)*(?=[\s,.;:!?)""'\u2019\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedSuperscriptShown();

    /// <summary>"[Footnote 1: …", "[Footnote A: …", "[Footnote **: …", "[Note 3: …"; or a fenced note, "[732]===== …" closed by "=====[732]".</summary>
    [GeneratedRegex(@"^(?:\[(?:Foot)?[Nn]ote\s+(?<label>\d{1,3}|[A-Z]|\*{1,3}|[\u2020\u2021\u00A7])\s*[:.]|\[(?<label>\d{1,4})\]={3,})\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TaggedFootnote();

    /// <summary>The end of a tagged note: its closing bracket, or a closing fence "=====[732]".</summary>
    [GeneratedRegex(@"\s*(?:={3,}\[\d{1,4}\]|\])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingMark();

    /// <summary>"[1] …", "[A] …" or "(1) …" opening a paragraph.</summary>
    [GeneratedRegex(@"^(?:\[(?<label>\d{1,3}|[A-Z])\]|(?<paren>\()(?<label>\d{1,2})\))\s+(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BareFootnote();

    /// <summary>
    /// "1. The note" (<paramref name="text"/>, block <paramref name="i"/>) read as the footnote of the
    /// paragraph just above it (blocks[<paramref name="kept"/> - 1]) when that paragraph cites "[1]";
    /// never a list's first item, which has its second after it. Null otherwise.
    /// </summary>
    private static Match? NumberedFootnote(List<Block> blocks, int i, int kept, string text) =>
        NumberedFootnote().Match(text) is { Success: true } numbered
        && kept > 0 && blocks[kept - 1] is Paragraph above && CitesInBrackets(above, numbered.Groups["label"].Value)
        && !(i + 1 < blocks.Count && blocks[i + 1] is Paragraph next && Markers.NoteLine().IsMatch(next.PlainText))
            ? numbered : null;

    /// <summary>"1. The note": a numbered paragraph, read as a footnote only where the paragraph above cites "[1]".</summary>
    [GeneratedRegex(@"^(?<label>\d{1,3})\.\s+(?<text>\p{Lu}.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NumberedFootnote();

    [GeneratedRegex(@"^\s*(\d{1,2}\.|[IVX]{1,4}\.)?\s*(end[\s-]*)?(notes?|foot-?notes?|references|sources)\s*[:.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();
}
