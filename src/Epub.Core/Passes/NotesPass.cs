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
        var lists = FindLists(blocks);
        // Forward: each list's scope is the text since the last list that was notes (a numbered
        // list that is not notes is part of the text, not a scope's end). Indices shift as lists go.
        var scopeStart = 0;
        var removed = 0;
        var index = scopes;
        foreach (var found in lists)
        {
            var list = found with { Start = found.Start - removed, End = found.End - removed, Heading = found.Heading < 0 ? -1 : found.Heading - removed };
            var trailing = list.End == blocks.Count;
            var labels = list.Items.Select(item => item.Label).ToHashSet();
            var paragraphs = Model.Blocks.Paragraphs(blocks.GetRange(scopeStart, list.Start - scopeStart)).ToList();
            var style = ChooseReferenceStyle(paragraphs, labels, out var cited);
            // A numbered list that its text hardly points to is a list, not notes. One in the middle of
            // the text is notes only under a "Notes" heading: numbered points of an argument, with
            // "(1) … (2) …" enumerations before them, look just like notes without one.
            if (!trailing && list.Heading < 0 && !list.AfterRule) continue;
            if (cited == 0 || cited < (labels.Count + 1) / 2) continue;
            if (list.Items[0].Label != "1" && !trailing && list.Heading < 0 && !list.AfterRule) continue;

            var notes = MakeNotes(list, blocks, new NoteScope(index++), diagnostics, removed);
            var sequence = 0;
            foreach (var paragraph in paragraphs) LinkReferences(paragraph, style, notes, diagnostics, ref sequence);
            var removeFrom = list.Heading >= 0 ? list.Heading : list.Start;
            blocks.RemoveRange(removeFrom, list.End - removeFrom);
            removed += list.End - removeFrom;
            scopeStart = removeFrom;
            document.Notes.AddRange(notes);
        }

        LinkMarkedReferences(document, index);
    }

    // ---- Lists of notes -------------------------------------------------------------------------

    private sealed record Item(string Label, int Index, string Text);

    /// <summary>A run of note paragraphs [Start, End), with the "Notes" heading before it (or -1).</summary>
    private sealed record NoteList(int Start, int End, int Heading, List<Item> Items)
    {
        /// <summary>Set off from the text by a rule instead of a heading.</summary>
        public bool AfterRule { get; init; }
    }

    /// <summary>Whether the note lines from <paramref name="i"/> on (with paragraphs between them) reach the end of the text.</summary>
    private static bool RunsToEnd(List<Block> blocks, int i)
    {
        var lastNote = i;
        for (var j = i; j < blocks.Count; j++)
            if (NoteLineAt(blocks, j) is not null) lastNote = j;
        return blocks.Count - lastNote <= MaxNoteParagraphs && Enumerable.Range(i, lastNote - i + 1).Count(j => NoteLineAt(blocks, j) is not null) * 2 >= lastNote - i + 1;
    }

    /// <summary>
    /// Every run of paragraphs that starts with note 1 and goes on with note-numbered paragraphs
    /// (a paragraph without a number between two of them continues the note before).
    /// </summary>
    private static List<NoteList> FindLists(List<Block> blocks)
    {
        var lists = new List<NoteList>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (NoteLineAt(blocks, i) is not { } first) continue;
            var heading = i > 0 && blocks[i - 1] is Paragraph h && NotesHeading().IsMatch(h.PlainText) ? i - 1 : -1;
            var afterRule = ((Paragraph)blocks[i]).AfterRule;
            // A list starts at note 1, or, under a "Notes" heading or a rule, where the book's
            // running numbering has got to; so may a list that ends the text (checked by the caller).
            if (first.Groups["n"].Value != "1" && heading < 0 && !afterRule && !RunsToEnd(blocks, i)) continue;
            var items = new List<Item> { new(first.Groups["n"].Value, i, first.Groups["text"].Value) };
            var end = i + 1;
            while (end < blocks.Count)
            {
                if ((NoteLineAt(blocks, end) ?? NextNumberOnly(blocks, end, items[^1].Label)) is { } m)
                {
                    if (m.Groups["n"].Value == "1" && items.Count > 1) break; // numbering restarts: the next scope's list
                    items.Add(new(m.Groups["n"].Value, end, m.Groups["text"].Value));
                    end++;
                }
                else
                {
                    // Further paragraphs of the note before: up to the next note of the list, or, after
                    // the last note, to the end of the text (never a navigation line, nor a long run).
                    var next = end;
                    var groups = 0;
                    while (next < blocks.Count && groups <= MaxNoteParagraphs && NoteLineAt(blocks, next) is null
                           && blocks[next] is Paragraph p && !ArchiveDebrisPass.IsNavigationLink(p.PlainText) && p.HeadingLevel == 0 && !p.Underlined
                           && !NotesHeading().IsMatch(p.PlainText))
                    {
                        // Lines of one run (a quotation set line by line) count as one paragraph.
                        if (next == end || p.Group != ((Paragraph)blocks[next - 1]).Group) groups++;
                        next++;
                    }
                    var continues = next < blocks.Count && groups <= MaxNoteParagraphs && NoteLineAt(blocks, next) is { } after
                                    && Number(after.Groups["n"].Value) > Number(items[^1].Label); // a later note (one may have lost its number), not another list
                    if (continues || next == blocks.Count) end = next;
                    else break;
                }
            }
            lists.Add(new NoteList(i, end, heading, items) { AfterRule = afterRule });
            i = end - 1;
        }
        return lists;
    }

    /// <summary>The most paragraphs a note of a list runs on for; more is text after the list.</summary>
    private const int MaxNoteParagraphs = 6;

    /// <summary>"6 These words …": a bare number and one space opens the next note when it is exactly the next number.</summary>
    private static Match? NextNumberOnly(List<Block> blocks, int i, string previous) =>
        blocks[i] is Paragraph p && BareNumbered().Match(p.PlainText) is { Success: true } m && Number(m.Groups["n"].Value) == Number(previous) + 1 ? m : null;

    /// <summary>A note's first line; never a line the writer marked as a heading ("(01) column: WHAT'S UP?" boxed between rules).</summary>
    private static Match? NoteLineAt(List<Block> blocks, int i) =>
        blocks[i] is Paragraph { Underlined: false, HeadingLevel: 0 } p && Markers.NoteLine().Match(p.PlainText) is { Success: true } m ? m : null;

    /// <summary>The list's notes. A number given twice starts no second note (ids must stay unique): its text stays with the note before.</summary>
    private static List<Note> MakeNotes(NoteList list, List<Block> blocks, NoteScope scope, Diagnostics diagnostics, int shift)
    {
        var notes = new List<Note>();
        var numbers = new HashSet<string>();
        var next = 0;
        for (var i = list.Start; i < list.End; i++)
        {
            var paragraph = (Paragraph)blocks[i];
            var item = next < list.Items.Count && list.Items[next].Index - shift == i ? list.Items[next++] : null;
            if (item is not null && numbers.Add(item.Label))
            {
                if (notes.Count > 0 && Number(item.Label) != notes[^1].Number + 1)
                    diagnostics.Warn(DiagnosticCode.NoteOutOfOrder, paragraph.Line, $"note {item.Label} follows note {notes[^1].Label}");
                var note = new Note(item.Label, scope, paragraph.Line);
                note.Paragraphs.Add(new Paragraph(Inline.DropPrefix(paragraph.Inlines, paragraph.PlainText.Length - item.Text.Length), paragraph.Line, paragraph.Group));
                notes.Add(note);
                continue;
            }
            if (item is not null)
                diagnostics.Warn(DiagnosticCode.NoteNumberedTwice, paragraph.Line, $"note {item.Label} is numbered twice; its text is kept with note {notes[^1].Label}");
            notes[^1].Paragraphs.Add(paragraph);
        }
        return notes;
    }

    private static int? Number(string label) => int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// How a text marks its references: "[12]", "(12)", "*12" or "(*12)", or digits glued to the
    /// word or stop before them ("contract2", "''s1s0" where a superscript was flattened). Glued
    /// digits are taken only in the notes' own order (1, then 2, …): a year or an amount out of
    /// sequence stays text.
    /// </summary>
    private sealed record ReferenceStyle(Regex Pattern, bool InSequence)
    {
        public static string Label(Match m) => m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["s"].Value.Replace("s", "");
    }

    private static readonly ReferenceStyle[] Styles =
    [
        new(BracketReference(), false),
        new(ParenthesisReference(), false),
        new(StarReference(), false),
        new(GluedReference(), true),
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

    /// <summary>The style that finds the most of the notes' labels in the text, and how many it finds (references a reader marked count too).</summary>
    private static ReferenceStyle ChooseReferenceStyle(List<Paragraph> paragraphs, HashSet<string> labels, out int distinctFound)
    {
        var marked = new HashSet<string>();
        foreach (var paragraph in paragraphs)
            foreach (var reference in Model.Inlines.References(paragraph.Inlines))
                if (reference.Note is null && labels.Contains(reference.Label)) marked.Add(reference.Label);
        var ordered = labels.OrderBy(l => Number(l) ?? int.MaxValue).ToList();
        HashSet<string> Found(ReferenceStyle style)
        {
            var found = new HashSet<string>(marked);
            var next = 0;
            foreach (var paragraph in paragraphs)
                foreach (var text in Texts(paragraph.Inlines))
                    foreach (Match m in style.Pattern.Matches(text.Value))
                    {
                        var label = ReferenceStyle.Label(m);
                        if (!style.InSequence) { if (labels.Contains(label)) found.Add(label); }
                        else if (NextInSequence(ordered, next, label) is int at) { found.Add(label); next = at + 1; }
                    }
            return found;
        }
        var best = Styles[0];
        distinctFound = -1;
        foreach (var style in Styles)
        {
            var count = Found(style).Count;
            // Glued digits are the weakest evidence: taken only where nothing marks references better.
            if (count > distinctFound && (!style.InSequence || count > 2 * Math.Max(0, distinctFound))) { best = style; distinctFound = count; }
        }
        return best;
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
    private static void LinkReferences(Paragraph paragraph, ReferenceStyle style, List<Note> notes, Diagnostics diagnostics, ref int next)
    {
        var byLabel = notes.ToDictionary(n => n.Label);
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
                    var label = ReferenceStyle.Label(match);
                    if (style.InSequence)
                    {
                        if (NextInSequence(notes.Select(n => n.Label).ToList(), expected, label) is not int at) continue;
                        expected = at + 1;
                    }
                    if (!byLabel.TryGetValue(label, out var note))
                    {
                        if (Number(label) <= 2 * notes.Count && match.Index > 0)
                            diagnostics.Warn(DiagnosticCode.ReferenceWithoutNote, paragraph.Line, $"\"{match.Value}\" looks like a reference to note {label}, which does not exist");
                        continue;
                    }
                    if (match.Index == 0 && i == 0 && atStart) continue; // a paragraph that opens with "(3)" is enumerating, not citing
                    if (!style.InSequence && IsEnumeration(text.Value, match.Index, match.Length)) continue;
                    // The reference sits against the word or stop it follows: one space before it goes.
                    var cut = match.Index > last && char.IsWhiteSpace(text.Value[match.Index - 1]) ? match.Index - 1 : match.Index;
                    if (cut > last) pieces.Add(new Text(text.Value[last..cut]));
                    pieces.Add(new NoteReference(label, note));
                    last = match.Index + match.Length;
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
        // "(3) a building" beside "(2) …" or "(4) …" in the same text: a run of numbered items.
        var after = index + length;
        if (!(index > 0 && char.IsWhiteSpace(text[index - 1]) && after + 1 < text.Length && text[after] == ' ' && char.IsLower(text[after + 1])))
            return false;
        // The pattern's \d takes every script's digits, int.Parse only ASCII ones: another script's number enumerates nothing here.
        if (!int.TryParse(text.AsSpan(index + 1, length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        return text.Contains($"({n - 1}) ", StringComparison.Ordinal) || text.Contains($"({n + 1}) ", StringComparison.Ordinal);
    }

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
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph paragraph) continue;
            var text = paragraph.PlainText;
            var tagged = TaggedFootnote().Match(text);
            var longRun = tagged.Success && tagged.Value.Contains("]=", StringComparison.Ordinal); // fenced notes run long
            var bare = tagged.Success ? null : BareFootnote().Match(text);
            if (!tagged.Success && bare is not { Success: true }) continue;
            if (!tagged.Success && (BareRunLength(blocks, i) >= 3 || blocks[i - 1] is Paragraph h && NotesHeading().IsMatch(h.PlainText)))
            {
                i += BareRunLength(blocks, i) - 1; // a list of notes, not footnotes after their paragraph: FindLists takes it
                continue;
            }
            var match = tagged.Success ? tagged : bare!;
            var label = match.Groups["label"].Value;

            // The citing paragraph: the nearest one before, past other footnotes, that holds "[label]".
            var citing = -1;
            for (var j = i - 1; j >= Math.Max(0, i - FootnoteReach) && citing < 0; j--)
                if (blocks[j] is Paragraph before && !IsFootnoteStart(before.PlainText)
                    && (match.Groups["paren"].Success ? CitesAtSentenceEnd(before, label) : CitesInBrackets(before, label))) citing = j;
            if (citing < 0 && !tagged.Success) continue;

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
            if (citing >= 0) LinkFirstBracketReference((Paragraph)blocks[citing], note, match.Groups["paren"].Success ? $"({label})" : $"[{label}]");
            document.Notes.Add(note);
            used = true;
            blocks.RemoveRange(i, end - i + 1);
            i--;
        }
        return used ? scope.Index + 1 : scopes;
    }

    private static int BareRunLength(List<Block> blocks, int i)
    {
        var n = 0;
        while (i + n < blocks.Count && blocks[i + n] is Paragraph p && BareFootnote().IsMatch(p.PlainText)) n++;
        return n;
    }

    private static bool IsFootnoteStart(string text) => TaggedFootnote().IsMatch(text) || BareFootnote().IsMatch(text);

    private static bool ClosesBracket(string text) => ClosingMark().IsMatch(text);

    /// <summary>"…on its feet. (1)": a number in parentheses after a sentence's end cites; one before words enumerates.</summary>
    private static bool CitesAtSentenceEnd(Paragraph paragraph, string label) =>
        Texts(paragraph.Inlines).Any(t => Regex.IsMatch(t.Value, $@"[.!?""'\u201D\u2019]\s?\({label}\)(\s+[A-Z]|\s*$)"));

    private static bool CitesInBrackets(Paragraph paragraph, string label) =>
        Texts(paragraph.Inlines).Any(t => t.Value.Contains($"[{label}]", StringComparison.Ordinal));

    private static List<Inline> TrimClosingBracket(List<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[^1] is Text last && ClosingMark().Match(last.Value) is { Success: true } close)
            return [.. inlines.Take(inlines.Count - 1), new Text(last.Value[..close.Index])];
        return inlines;
    }

    /// <summary>The first "[label]" in the paragraph not yet linked becomes the reference to the note.</summary>
    private static void LinkFirstBracketReference(Paragraph paragraph, Note note, string marker)
    {
        Link(paragraph.Inlines);

        bool Link(List<Inline> inlines)
        {
            for (var i = 0; i < inlines.Count; i++)
            {
                if (inlines[i] is Emphasis emphasis && Link(emphasis.Inlines)) return true;
                if (inlines[i] is not Text text) continue;
                var at = text.Value.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) continue;
                var cut = at > 0 && char.IsWhiteSpace(text.Value[at - 1]) ? at - 1 : at;
                var pieces = new List<Inline>();
                if (cut > 0) pieces.Add(new Text(text.Value[..cut]));
                pieces.Add(new NoteReference(note.Label, note));
                if (at + marker.Length < text.Value.Length) pieces.Add(new Text(text.Value[(at + marker.Length)..]));
                inlines.RemoveAt(i);
                inlines.InsertRange(i, pieces);
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
                var from = at > 0 && blocks[at - 1] is Paragraph h && NotesHeading().IsMatch(h.PlainText) ? at - 1 : at;
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

    /// <summary>"(12)", not followed by a word ("(2)x") or another parenthesis.</summary>
    [GeneratedRegex(@"\((?<n>\d{1,4})\)(?![\w(])", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisReference();

    [GeneratedRegex(@"\[(?<n>\d{1,4})\](?![\w(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketReference();

    /// <summary>"*12" or "(*12)" after the words it annotates.</summary>
    [GeneratedRegex(@"\(?\*(?<n>\d{1,3})\)?(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex StarReference();

    /// <summary>Digits glued to a word, a stop or a closing quote ("contract2", "ludicrous.4", "''s1s0"), not part of a number.</summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""\u2019\u201D)\]])(?:(?<n>\d{1,3})|(?<s>(?:s\d){1,3}))(?=[\s,.;:!?)""'\u2019\u201D]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedReference();

    /// <summary>"[Footnote 1: …", "[Footnote A: …", "[Note 3: …".</summary>
    /// <summary>"[Footnote 1: …", "[Footnote A: …", "[Note 3: …"; or a fenced note, "[732]===== …" closed by "=====[732]".</summary>
    [GeneratedRegex(@"^(?:\[(?:Foot)?[Nn]ote\s+(?<label>\d{1,3}|[A-Z]|[*\u2020\u2021\u00A7])\s*[:.]|\[(?<label>\d{1,4})\]={3,})\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TaggedFootnote();

    /// <summary>The end of a tagged note: its closing bracket, or a closing fence "=====[732]".</summary>
    [GeneratedRegex(@"\s*(?:={3,}\[\d{1,4}\]|\])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingMark();

    /// <summary>"[1] …", "[A] …" or "(1) …" opening a paragraph.</summary>
    [GeneratedRegex(@"^(?:\[(?<label>\d{1,3}|[A-Z])\]|(?<paren>\()(?<label>\d{1,2})\))\s+(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BareFootnote();

    [GeneratedRegex(@"^\s*(\d{1,2}\.|[IVX]{1,4}\.)?\s*(end[\s-]*)?(notes?|foot-?notes?|references|sources)\s*[:.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();
}
