using System.Text;
using Epub.Model;

namespace Epub.Readers.PlainText;

/// <summary>
/// Reads an archived plain text into a flat document: one <see cref="Paragraph"/> for each
/// paragraph of the source, with its line number and the run of lines it came from. Finding
/// headings, notes and the title block is left to the passes.
/// </summary>
public sealed partial class PlainTextReader : IReader
{
    public string Name => "plain-text";

    /// <summary>Plain text is what every other reader declines: it reads anything.</summary>
    public bool CanRead(string head) => true;

    public Document Read(SourceText source, Diagnostics diagnostics) => Read(source.TakeLines(diagnostics), diagnostics);

    public Document Read(SourceText source, Diagnostics diagnostics, ConvertOptions options) => Read(source.TakeLines(diagnostics), diagnostics, options.LinePins, options.PreformattedPins);

    /// <summary>A text already clean (a page's preformatted text).</summary>
    public Document Read(string text, Diagnostics diagnostics) => Read(SourceText.SplitLines(text), diagnostics);

    /// <summary>
    /// What is certain before any line is labelled: the archive's wrappers (Project Gutenberg's,
    /// mail headers), the board's debris, a distributor's cover and page furniture leave the
    /// text (their lines become blank, so line numbers stay), and form feeds have done their work.
    /// </summary>
    internal static (int BodyStart, int BodyEnd) Prepare(List<string> lines, Document document, Diagnostics diagnostics) => Prepare(lines, document, diagnostics, out _, out _, out _);

    /// <inheritdoc cref="Prepare(List{string}, Document, Diagnostics)"/>
    /// <param name="pageFeet">The notes set at the feet of printed pages, taken out of the text (their lines are blank): the reader gives them back as lists of notes.</param>
    /// <param name="messageSubjects">The lines where a digest's messages or a FAQ's sections begin, each now its subject alone: certain headings.</param>
    /// <param name="quoted">How deep a mail or news reader quoted each line ("&gt; ", "&gt;&gt; "; 0 for the writer's own), the marks taken off: the text's quotations.</param>
    internal static (int BodyStart, int BodyEnd) Prepare(List<string> lines, Document document, Diagnostics diagnostics, out List<Layout.PageFootNotes.Foot> pageFeet, out List<int> messageSubjects, out byte[] quoted)
    {
        messageSubjects = [];
        var (bodyStart, bodyEnd) = Layout.Wrappers.Find(lines, document, diagnostics);
        if (Layout.SignedText.Unwrap(lines, bodyStart, bodyEnd) is { Count: > 0 } armour)
        {
            document.Provenance.Wrappers.Add((armour[0] + 1, "a PGP signature\u2019s armour", armour.Count));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, armour[0] + 1, $"left out a PGP signature\u2019s armour ({Lines(armour.Count)})");
            foreach (var line in armour) lines[line] = "";
        }
        // Before the debris is looked for: a forwarded message's quoted headers and signature are debris like any other.
        quoted = Layout.QuotedReplies.Find(lines, bodyStart, bodyEnd, out var unquoted);
        if (unquoted > 0)
        {
            document.Provenance.Wrappers.Add((bodyStart + 1, "the quote marks of a forwarded text", unquoted));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, bodyStart + 1, $"left out the quote marks (\">\") of a forwarded text ({Lines(unquoted)})");
        }
        // A message's attachments and its MIME parts' headers, first: the debris finder reads text.
        var attachments = Layout.Attachments.Find(lines, bodyStart, bodyEnd);
        foreach (var (line, _) in attachments) lines[line] = "";
        var debris = Layout.Debris.Find(lines, bodyStart, bodyEnd, out var signedBy, quoted);
        debris.InsertRange(0, attachments);
        document.Metadata.Hints.SignedBy = signedBy;
        foreach (var part in debris.GroupBy(d => d.What))
        {
            var first = part.First().Line;
            document.Provenance.Wrappers.Add((first + 1, part.Key, part.Count()));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, first + 1, $"left out {part.Key} ({Lines(part.Count())})");
        }
        var digestParts = Layout.Debris.DigestSubjects(lines, bodyStart, bodyEnd, debris);
        var sections = Layout.Debris.SectionSubjects(lines, bodyStart, bodyEnd, debris);
        foreach (var (line, _) in debris) lines[line] = "";
        // A digest's message begins under its subject, where its header stood; a FAQ's section under its "Subject:" line's.
        foreach (var (line, subject) in digestParts.Concat(sections))
        {
            lines[line] = subject;
            messageSubjects.Add(line);
        }
        if (digestParts.Count > 0 && Layout.Debris.DigestTopics(lines, bodyStart, bodyEnd) is { Count: > 0 } topics)
        {
            document.Provenance.Wrappers.Add((topics[0] + 1, "the digest\u2019s list of topics", topics.Count));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, topics[0] + 1, $"left out the digest\u2019s list of topics ({Lines(topics.Count)})");
            foreach (var line in topics) lines[line] = "";
        }
        if (Layout.Debris.LeadingFilePath(lines, bodyStart, bodyEnd) is var (pathLine, rest))
        {
            lines[pathLine] = rest;
            document.Provenance.Wrappers.Add((pathLine + 1, "the board\u2019s path to the file", 1));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, pathLine + 1, "left out the board\u2019s path to the file before the title");
        }
        var furniture = Layout.PageFurniture.Find(lines, bodyStart, bodyEnd);
        var pageBreaks = Enumerable.Range(bodyStart, bodyEnd - bodyStart).Where(i => lines[i].Contains('\f')).ToList();
        if (furniture.Count > 0 && Layout.Debris.DistributorCover(lines, bodyStart, bodyEnd, furniture) is int coverEnd)
        {
            var cover = Enumerable.Range(bodyStart, coverEnd - bodyStart + 1).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
            // The cover's slogan said again at the end, among the distributor's closing lines.
            var said = cover.Select(i => lines[i].Trim()).Where(t => t.Length >= 20).ToHashSet(StringComparer.Ordinal);
            cover.AddRange(Enumerable.Range(Math.Max(coverEnd + 1, bodyEnd - 15), Math.Min(15, bodyEnd - coverEnd - 1)).Where(i => said.Contains(lines[i].Trim())));
            document.Provenance.Wrappers.Add((cover[0] + 1, "a distributor\u2019s cover", cover.Count));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, cover[0] + 1, $"left out a distributor\u2019s cover ({cover.Count} lines)");
            foreach (var i in cover) lines[i] = "";
        }
        if (furniture.Count > 0)
        {
            foreach (var i in furniture) lines[i] = "";
            document.Provenance.Wrappers.Add((furniture.Min() + 1, "running heads, footers and page numbers", furniture.Count));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, furniture.Min() + 1, $"left out {furniture.Count} lines of page furniture (running heads, footers, page numbers)");
        }
        // A page ends at a form feed, and where its number or footer stood (gone by now, as debris or furniture).
        var pageEnds = pageBreaks.Concat(furniture).Concat(debris.Where(d => d.What == "page numbers").Select(d => d.Line)).ToHashSet();
        pageFeet = Layout.PageFootNotes.Find(lines, bodyStart, bodyEnd, pageEnds);
        if (pageFeet.Count > 0)
        {
            foreach (var foot in pageFeet)
                for (var i = foot.Start; i < foot.End; i++) lines[i] = "";
            // A sentence the foot cut in two is joined as one a page break cut.
            pageBreaks = pageBreaks.Concat(pageFeet.Select(foot => foot.Start)).Order().ToList();
            var notes = pageFeet.Sum(foot => foot.Notes.Count);
            diagnostics.Info(DiagnosticCode.PageFootNotesGathered, pageFeet[0].Start + 1, $"gathered {notes} notes from the feet of {pageFeet.Count} pages into the list{(pageFeet.Count(f => f.OpensNumbering) > 1 ? "s of their parts" : " of the text")}");
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Contains('\f')) lines[i] = lines[i].Replace('\f', ' '); // page breaks have done their work
            if (IsSpacer(lines[i])) lines[i] = "";
        }
        JoinAcrossPageBreaks(lines, bodyStart, bodyEnd, pageBreaks);
        return (bodyStart, bodyEnd);
    }

    /// <summary>
    /// A sentence that a page break cut in two is one paragraph: where the last line before the
    /// break ends mid-sentence (a letter, a comma, a hyphen) and the first after it goes on in lower
    /// case, the continuation's lines move up to just after the line before the break, and the
    /// blank lines where the page's foot and head stood go after them. Only the moved lines change
    /// their numbers, by the height of the gap.
    /// </summary>
    private static void JoinAcrossPageBreaks(List<string> lines, int start, int end, List<int> pageBreaks)
    {
        foreach (var pageBreak in pageBreaks)
        {
            var before = pageBreak - 1;
            while (before >= start && string.IsNullOrWhiteSpace(lines[before])) before--;
            var after = pageBreak;
            while (after < end && string.IsNullOrWhiteSpace(lines[after])) after++;
            if (before < start || after >= end || after - before < 2) continue;
            var last = lines[before].TrimEnd();
            var next = lines[after].TrimStart();
            if (!(char.IsLetter(last[^1]) || last[^1] is ',' or ';' or '-') || !char.IsLower(next[0])) continue;
            var runEnd = after;
            while (runEnd < end && !string.IsNullOrWhiteSpace(lines[runEnd])) runEnd++;
            // Each line moves up by the gap's height, in order, its old place left blank (or
            // filled again by a line further down the run): the gap ends up below the run.
            for (var k = after; k < runEnd; k++)
            {
                lines[before + 1 + k - after] = lines[k];
                lines[k] = "";
            }
        }
    }

    /// <summary>
    /// "." or "-" alone on a line: a blank line as some boards' editors and mailers made writers
    /// type it (they dropped empty lines). No words, only the break between paragraphs. "--" is
    /// a signature's separator, three or more such marks a rule, and "*" alone may mark a scene
    /// break: they stay.
    /// </summary>
    private static bool IsSpacer(string line) => line.AsSpan().Trim() is [var mark] && mark is '.' or '-' or '_' or '~';

    private static string Lines(int count) => count == 1 ? "1 line" : $"{count} lines";

    /// <summary>The line sheet of a prepared text: the page's profile and every line's record.</summary>
    internal static Recognition.LineSheet Sheet(List<string> lines, int bodyStart, int bodyEnd, out int? wrapWidth, out Layout.LineLayout layout)
    {
        wrapWidth = HardWrap.DetectWidth(lines.GetRange(bodyStart, bodyEnd - bodyStart));
        layout = new Layout.LineLayout(lines, bodyStart, bodyEnd);
        return new Recognition.LineSheet(lines, bodyStart, bodyEnd, layout, wrapWidth is not null);
    }

    private static Document Read(List<string> lines, Diagnostics diagnostics, IReadOnlyDictionary<int, bool>? pins = null, IReadOnlySet<int>? preformattedPins = null)
    {
        var document = new Document();
        var (bodyStart, bodyEnd) = Prepare(lines, document, diagnostics, out var pageFeet, out var messageSubjects, out var quoted);
        // A digest's subjects are its parts' headings as certainly as a person's pins; a person's own pin still wins.
        if (messageSubjects.Count > 0)
        {
            var certain = messageSubjects.ToDictionary(line => line + 1, _ => true);
            foreach (var (line, heading) in pins ?? new Dictionary<int, bool>()) certain[line] = heading;
            pins = certain;
        }
        var footLists = new Queue<FootList>(FootLists(pageFeet));
        var sheet = Sheet(lines, bodyStart, bodyEnd, out var wrapWidth, out var layout);
        var labels = Recognition.LineLabeller.Label(sheet, pins);
        // Tables, columns of figures and drawings are set as they stand: no line of them is a
        // heading, and nothing joins them into paragraphs.
        var preformatted = Recognition.PreformattedLines.Find(sheet, layout, wrapWidth is not null, () => Recognition.LineLabeller.PreformattedModel, pins, preformattedPins);
        // A double-spaced text is closed up into its paragraphs once its lines are labelled: the
        // labeller was fitted on texts as they stand, and reads a double-spaced one's headings
        // from it as it stands (closed up first, its short lines left alone between blanks read
        // as headings). Heading lines stay where they are and nothing joins them, so every other
        // line that does not move keeps its number and its label; the page is measured again.
        if (Layout.LineSpacing.CloseUp(lines, bodyStart, bodyEnd, i => labels.IsHeading(i) || preformatted[i]) is > 0 and var joined)
        {
            diagnostics.Info(DiagnosticCode.DoubleSpacingClosedUp, bodyStart + 1, $"the text is double-spaced: {Lines(joined)} joined the line above them into paragraphs");
            sheet = Sheet(lines, bodyStart, bodyEnd, out wrapWidth, out layout);
        }
        var headings = new Headings(sheet, labels, preformatted, quoted);
        for (var i = bodyStart; i < bodyEnd; i++)
            if (headings.IsHeading(i)) document.HeadingLines.Add(i + 1);
        var hints = document.Metadata.Hints;
        hints.AuthorCandidates = Recognition.AuthorCandidates.Find(sheet, hints.Author, hints.SignedBy);
        // A digest's subjects name its messages, never a person.
        var subjectLines = messageSubjects.ToHashSet();
        hints.AuthorCandidates.RemoveAll(candidate => subjectLines.Contains(candidate.Line));
        hints.TitleCandidates = Recognition.TitleCandidates.Find(sheet, labels.Probability, hints.Title);
        var items = new ItemStarts(lines, bodyStart, bodyEnd);
        var group = 0;
        var start = bodyStart;
        var afterRule = false; // the last line before this run of lines is a rule
        for (var i = bodyStart; i <= bodyEnd; i++)
        {
            // A run of lines ends at a blank line, and where preformatted lines begin or end (a
            // preformatted run goes on over the blank lines inside it).
            // A quotation's lines are a run of their own too, wherever it starts and ends, and so is a quotation inside it.
            if (i < bodyEnd && (preformatted[start] ? preformatted[i] : !string.IsNullOrWhiteSpace(lines[i]) && !preformatted[i]) && quoted[i] == quoted[start]) continue;
            while (i > start && footLists.Count > 0 && footLists.Peek().After <= start) AddFootList(document.Blocks, footLists.Dequeue(), ref group);
            if (i > start && preformatted[start])
            {
                for (var k = start; k < i; k++)
                    if (!string.IsNullOrWhiteSpace(lines[k])) document.PreformattedLines.Add(k + 1);
                document.Blocks.Add(SetAsItStands(lines, start, i));
                group++;
                afterRule = IsRule(lines[i - 1]);
                for (var k = start; k < i; k++) lines[k] = "";
            }
            else if (i > start)
            {
                var first = document.Blocks.Count;
                AddGroup(document.Blocks, lines, start, i, ref group, wrapWidth, layout, headings, items);
                // What a rule introduces (a part, a list of notes) starts after it.
                for (var b = first; b < document.Blocks.Count; b++)
                    if (document.Blocks[b] is Paragraph paragraph)
                    {
                        paragraph.AfterRule = paragraph.Line - 1 == start ? afterRule : IsRule(lines[paragraph.Line - 2]);
                        paragraph.Quoted = quoted[start] > 0;
                    }
                afterRule = IsRule(lines[i - 1]);
                // The run's lines are in its paragraphs now: let them go, so that memory holds
                // the text about once, not as lines and paragraphs at the same time.
                for (var k = start; k < i; k++) lines[k] = "";
            }
            // A line that ended the run by starting or leaving preformatted lines opens the next.
            start = i < bodyEnd && !string.IsNullOrWhiteSpace(lines[i]) ? i : i + 1;
        }
        while (footLists.Count > 0) AddFootList(document.Blocks, footLists.Dequeue(), ref group);
        headings.JoinLabelsToTitles(document.Blocks);
        return document;
    }

    /// <summary>The notes of one numbering's page feet, and the line after which they stand as one list.</summary>
    private sealed record FootList(int After, List<Layout.PageFootNotes.FootNote> Notes);

    /// <summary>
    /// The page feet as lists: one per numbering, after its last foot (where a part whose
    /// numbering starts again begins), the last one at the end of the text. The notes pass then
    /// reads each as the list of notes that closes the text citing it, as if set after a rule.
    /// </summary>
    private static IEnumerable<FootList> FootLists(List<Layout.PageFootNotes.Foot> feet)
    {
        for (var k = 0; k < feet.Count;)
        {
            var notes = new List<Layout.PageFootNotes.FootNote>(feet[k].Notes);
            var last = k++;
            for (; k < feet.Count && !feet[k].OpensNumbering; last = k++) notes.AddRange(feet[k].Notes);
            yield return new FootList(k == feet.Count ? int.MaxValue : feet[last].End, notes);
        }
    }

    private static void AddFootList(List<Block> blocks, FootList list, ref int group)
    {
        for (var n = 0; n < list.Notes.Count; n++)
            blocks.Add(new Paragraph(list.Notes[n].Text, list.Notes[n].Line + 1, ++group) { AfterRule = n == 0 });
        group++;
    }

    /// <summary>
    /// Preformatted lines as a block of their own, set as they stand: their common indent taken
    /// off, trailing spaces too, blank lines inside kept (a table spaced out by them).
    /// </summary>
    private static Preformatted SetAsItStands(List<string> lines, int start, int end)
    {
        var indent = int.MaxValue;
        for (var k = start; k < end; k++)
            if (!string.IsNullOrWhiteSpace(lines[k])) indent = Math.Min(indent, Layout.LineLayout.LeadingSpaces(lines[k]));
        // Every line that is not blank opens with at least the common indent.
        var kept = new List<string>(end - start);
        for (var k = start; k < end; k++)
        {
            var line = lines[k].TrimEnd();
            kept.Add(line.Length == 0 ? "" : line[indent..]);
        }
        return new Preformatted(kept, start + 1);
    }

    /// <summary>
    /// One run of non-blank lines. Rules (a line of only "=", "-", "_", "*", "~" or "#") are
    /// decoration, not text: a rule under a single line underlines it as a heading ("=" for the
    /// upper level, others for the lower), otherwise it separates what is above from what is below.
    /// </summary>
    private static void AddGroup(List<Block> blocks, List<string> lines, int start, int end, ref int group, int? wrapWidth, Layout.LineLayout layout, Headings headings, ItemStarts items)
    {
        var run = group;
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            // "===== The Second Part =====": a title set inside a rule (the text's own convention, kept by the debris finder).
            if (i < end && Layout.Debris.RuleTitle(lines[i]) is string ruled)
            {
                if (i > segmentStart) AddParagraphs(blocks, lines, segmentStart, i, ref group, wrapWidth, layout, run, headings, items);
                blocks.Add(headings.Mark(new Paragraph(ruled, i + 1, ++group) { Underlined = true }, i));
                group++;
                segmentStart = i + 1;
                continue;
            }
            if (i < end && !IsRule(lines[i])) continue;
            // A line between rules may be boxed: "|   Parts List   |".
            var title = i - segmentStart == 1 ? lines[segmentStart].Trim().Trim('|').Trim() : null;
            if (i < end && title is { Length: > 0 } && title.Length <= MaxUnderlinedLength && lines[i].Trim().Length * 2 >= title.Length && !IsRule(title)
                && !lines[i].Trim().Contains("  ", StringComparison.Ordinal) && (char.IsUpper(title[0]) || char.IsDigit(title[0]) || title[0] is '"' or '\'' or '('))
            {
                blocks.Add(headings.Mark(new Paragraph(title, segmentStart + 1, ++group) { Underlined = true }, segmentStart));
                group++;
            }
            else if (i > segmentStart) AddParagraphs(blocks, lines, segmentStart, i, ref group, wrapWidth, layout, run, headings, items);
            segmentStart = i + 1;
        }
    }

    private const int MaxUnderlinedLength = 100;

    /// <summary>The column a hanging indent aligns to: where the text starts after an outline label ("I.   ", "A.  ", "12.  ", "(a)  "); null for other lines.</summary>
    private static int? HangingColumn(string line)
    {
        var m = OutlineLabel().Match(line);
        return m.Success ? m.Length : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens an item beside the one <paramref name="item"/> opens
    /// (the same bullet at the same indent: "* Seize all …" / "* Commandeer all …"), or the first
    /// item after a colon, however full the line above ran.
    /// </summary>
    private static bool OpensSiblingItem(System.Text.RegularExpressions.Match first, string item, string previous, string line)
    {
        var next = OutlineLabel().Match(line);
        if (!next.Groups["bullet"].Success) return false;
        var mark = next.Groups["bullet"].Value[0];
        // "* A line *" closed by its mark too is a box's side, not an item.
        if (line.TrimEnd()[^1] == mark) return false;
        // "… are:" / "- THE FIRST …": a bullet after a colon opens the list.
        if (previous.TrimEnd() is [.., ':']) return true;
        return first.Groups["bullet"].Success && first.Groups["bullet"].Value[0] == mark
               && Layout.LineLayout.LeadingSpaces(line) == Layout.LineLayout.LeadingSpaces(item);
    }

    // "III. TITLE" may keep one space: its label fills the column the text hangs at. A bullet
    // ("-", "*", "+", "•") is followed by a space or more and a word; "o" by two spaces or more.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:[IVXLC]{1,6}\.|[A-Z]\.|\d{1,2}\.|\([a-z0-9]{1,3}\))\s{2,}(?=\S)|[IVXLC]{3,6}\.\s(?=\S)|(?<bullet>[-*+\u2022])\s+(?=[\p{L}\p{N}""'(\[\u201C\u2018])|(?<bullet>o)\s{2,}(?=\S))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OutlineLabel();

    /// <summary>A line that ran to near the width without ending its sentence: the next line goes on with it.</summary>
    private static bool WrapsOn(string line, Layout.LineLayout layout)
    {
        var text = line.TrimEnd();
        return text.Length >= layout.Width * 0.6 && text.Length > 0 && (char.IsLetter(text[^1]) || text[^1] is ',' or '-' or ';');
    }

    /// <summary>
    /// A line the layout sets apart (centred, or in capitals where they mean something), unless it
    /// runs on into the next: a paragraph's first line, set in by the paragraph's indent, can leave
    /// about as much room on its right as on its left, and then it only looks centred; when it
    /// fills most of the width without ending its sentence and the next line goes on in lower
    /// case, it is the first line of its paragraph.
    /// </summary>
    private static bool SetApart(List<string> lines, int i, int end, Layout.LineLayout layout) =>
        layout.SetApart(lines[i]) && !(i + 1 < end && WrapsOn(lines[i], layout) && lines[i + 1].TrimStart() is [char first, ..] && char.IsLower(first));

    internal static bool EndsSentence(string line) => line.TrimEnd() is [.., '.' or '?' or '!' or ':' or ';' or '"' or '\u201D' or ')' or ']'];

    internal static bool BrokenAtHyphen(StringBuilder current, string next) =>
        current.Length >= 3 && current[^1] == '-' && char.IsLetter(current[^2]) && next.Length > 0 && char.IsLower(next[0]);

    private static bool IsRule(string line) => Recognition.LineSheet.IsRule(line);

    /// <summary>
    /// "The State of Emergency" / "       In time of war a president's …": a short title at the
    /// margin its paragraph keeps, first in its run of lines, right above a paragraph that starts with a first-line
    /// indent and goes on at the margin. The title is a paragraph of its own.
    /// </summary>
    private static bool HeadsIndentedParagraph(List<string> lines, int start, int end, Layout.LineLayout layout)
    {
        if (end - start < 3) return false;
        var title = lines[start].Trim();
        var margin = Layout.LineLayout.LeadingSpaces(lines[start]);
        var indent = Layout.LineLayout.LeadingSpaces(lines[start + 1]) - margin;
        // Prose fills its lines; a verse indented line by line does not, and is set in from the margin.
        return indent is >= 2 and <= 12 && Layout.LineLayout.LeadingSpaces(lines[start + 2]) == margin && margin <= layout.Margin + 4
               && title.Length > 0 && title.Length <= layout.Width * 0.6 && char.IsUpper(title[0])
               && title[^1] is not ('.' or ',' or ';' or ':' or '-')
               && lines[start + 1].TrimEnd().Length >= layout.Width * 0.75 && lines[start + 2].TrimEnd().Length >= layout.Width * 0.75;
    }

    /// <summary>
    /// Lines without rules: each line a paragraph, unless the text is hard-wrapped; then a line
    /// continues the paragraph before unless it starts an item, starts with the first-line indent
    /// of a text whose paragraphs are indented, or is set apart (centred, or in capitals where
    /// capitals mean something): a line set apart is a paragraph, and a group, of its own.
    /// </summary>
    /// <summary>The longest a number alone can be ("[1234]", "(123)"): the paragraph so far is built of trimmed lines joined by one space.</summary>
    private const int BareNumberLength = 6;

    private static void AddParagraphs(List<Block> blocks, List<string> lines, int start, int end, ref int group, int? wrapWidth, Layout.LineLayout layout, int run, Headings headings, ItemStarts items)
    {
        var paragraphStart = start;
        var current = new StringBuilder(lines[start].Trim()); // appended to, never rebuilt: no quadratic copying
        var leastIndent = Layout.LineLayout.LeadingSpaces(lines[start]); // over the paragraph's lines: is every one set in?
        var headsIndented = HeadsIndentedParagraph(lines, start, end, layout);
        var opening = OutlineLabel().Match(lines[start]); // the paragraph's first line's label, read once a paragraph
        var currentApart = SetApart(lines, start, end, layout) || headsIndented || headings.IsHeading(start);
        for (var i = start + 1; i <= end; i++)
        {
            var next = i < end ? lines[i].Trim() : null;
            // The last line of a wrapped sentence may be short and in capitals: it is not set apart.
            var nextApart = next is not null && SetApart(lines, i, end, layout) && !WrapsOn(lines[i - 1], layout);
            var indented = next is not null && layout.IndentedParagraphs && Layout.LineLayout.LeadingSpaces(lines[i]) - layout.Margin >= 2
                           && Layout.LineLayout.LeadingSpaces(lines[i - 1]) < Layout.LineLayout.LeadingSpaces(lines[i]);
            // A number alone on its line ("2.") is an item whose text starts on the next line.
            // (Only a short paragraph can be one: copying the paragraph so far at every line was quadratic in a long one.)
            var bareNumber = next is not null && current.Length <= BareNumberLength && Markers.BareNumber().IsMatch(current.ToString());
            // "I.   DOJ WRONGFULLY OBTAINED …" / "     TO WHICH IT WAS …": a hanging indent goes on with the item.
            // The item's further lines hang at its text's column; a bulleted item's may hang deeper
            // ("-       No government …" / "            entity) or …"), each at the first one's indent.
            // (An entry's description set deeper under it, "(01)    TITLE" / "            what it is", stays its own line.)
            // A bulleted item's line goes on with its sentence (the line above left it open, or this
            // one goes on in lower case), and never opens an item or a note of its own.
            var hanging = next is not null && opening.Success && Layout.LineLayout.LeadingSpaces(lines[i]) is var hang
                          && (opening.Groups["bullet"].Success
                              ? hang >= opening.Length && HangingColumn(lines[i]) is null && !items.Opens(i) && !Markers.NoteLine().IsMatch(next)
                                && (!EndsSentence(lines[i - 1]) || char.IsLower(next[0]))
                              : hang == opening.Length)
                          && (i - 1 == paragraphStart || Layout.LineLayout.LeadingSpaces(lines[i - 1]) == hang);
            // "(c)  Charles Hayes" after a sentence's end: an outline item starts, whatever the width.
            // A dash only before a capital after a full stop: "- NAME" after a quotation's close is
            // its attribution, "- which …" a dash going on with the sentence.
            var outlineStarts = next is not null && OutlineLabel().Match(lines[i]) is { Success: true } label
                                && (label.Groups["bullet"].Success
                                    // "o", "*", "+", "•" open an item after any line ("… as follows:", "… one buyer;"),
                                    // unless the line closes on its mark too: "* a line of a box *".
                                    ? label.Groups["bullet"].Value is var bullet && bullet != "-"
                                        ? lines[i].TrimEnd()[^1] != bullet[0]
                                        : lines[i - 1].TrimEnd() is [.., '.' or ')'] && char.IsUpper(lines[i][label.Length])
                                    : lines[i - 1].TrimEnd() is [.., '.' or ')' or '"' or '\u201D']);
            // A labelled heading is a paragraph of its own; one broken over two lines stays one.
            var headingLine = next is not null && headings.IsHeading(i);
            if (headingLine && headings.IsHeading(i - 1))
            {
                current.Append(' ').Append(next);
                continue;
            }
            var siblingItem = next is not null && OpensSiblingItem(opening, lines[paragraphStart], lines[i - 1], lines[i]);
            if (next is not null && !headingLine && !siblingItem && !headings.IsHeading(i - 1) && (bareNumber || hanging || (!currentApart && !nextApart && !indented && !outlineStarts && wrapWidth is int width && HardWrap.Continues(lines[i - 1], items.Opens(i), width))))
            {
                // "law-" / "abiding": a word broken at its hyphen joins without a space (the hyphen
                // stays: whether the writer's word had one, only a dictionary could say).
                if (!BrokenAtHyphen(current, next)) current.Append(' ');
                current.Append(next);
                leastIndent = Math.Min(leastIndent, Layout.LineLayout.LeadingSpaces(lines[i]));
                continue;
            }
            var centred = layout.IsCentred(lines[paragraphStart]);
            // Wrapped prose whose every line stands in from the margin (a first-line indent alone is
            // not enough), the whole of its run of lines: the rest of an item whose first line
            // hangs at the margin, or of a paragraph an item broke into, is no quotation.
            var setIn = paragraphStart == start && next is null && i - paragraphStart >= 2 && !centred && !currentApart && leastIndent - layout.Margin >= 2;
            if (currentApart)
            {
                blocks.Add(headings.Mark(new Paragraph(current.ToString(), paragraphStart + 1, ++group) { Centred = centred, Run = run, Indent = Layout.LineLayout.LeadingSpaces(lines[paragraphStart]) }, paragraphStart));
                group++; // the lines after it are a run of their own
            }
            else blocks.Add(new Paragraph(current.ToString(), paragraphStart + 1, group) { Centred = centred, Run = run, Indent = Layout.LineLayout.LeadingSpaces(lines[paragraphStart]), SetIn = setIn });
            if (next is null) break;
            current.Clear().Append(next);
            leastIndent = Layout.LineLayout.LeadingSpaces(lines[i]);
            currentApart = nextApart || headingLine || headings.IsHeading(i - 1);
            paragraphStart = i;
            opening = OutlineLabel().Match(lines[i]);
        }
        group++;
    }

    /// <summary>
    /// The lines the labeller took for headings. A heading line is a paragraph of its own, marked
    /// with its label, probability and reasons (worked out only for the lines that are headings).
    /// </summary>
    private sealed class Headings
    {
        private readonly Recognition.LineSheet sheet;
        private readonly Recognition.HeadingLabels labels;
        private readonly bool[] preformatted;
        private readonly byte[] quoted;

        public Headings(Recognition.LineSheet sheet, Recognition.HeadingLabels labels, bool[] preformatted, byte[] quoted)
        {
            (this.sheet, this.labels, this.preformatted, this.quoted) = (sheet, labels, preformatted, quoted);
            overNothing = HeadingsOverNothing(sheet, labels);
            ReadLinesThatNameNoSection();
        }

        /// <summary>
        /// Whether the labeller took the line for a heading. A byline right under a heading
        /// ("by Ann Writer") is the section's writer whatever the labeller says: a heading's
        /// family lifts the line under it, and a name after "by" never names a section. Nor does a
        /// formula (<see cref="Recognition.LineSheet.IsFormula"/>: a letter's salutation or close,
        /// a byline, a lead-in, a source credit), nor a line with no text under it before the
        /// text ends ("THE END", "FINIS"): a heading heads a section, and there is none. Nor does a
        /// line quoted from another message: its headings are that message's. A person's
        /// pinned heading stays one.
        /// </summary>
        public bool IsHeading(int line) => labels.IsHeading(line) && !preformatted[line] && quoted[line] == 0
            && !(line > 0 && labels.IsHeading(line - 1) && Markers.Byline().IsMatch(sheet.Text(line).Trim()))
            && !formulas.Contains(line) && !overNothing.Contains(line);

        // Read once, while the lines are as the labeller read them (assembling paragraphs consumes them).
        private readonly HashSet<int> formulas = [];

        /// <summary>How far under its section's heading a writer's name may stand (a note or a subtitle between).</summary>
        private const int BylineReach = 6;

        /// <summary>
        /// Lines the labeller lifted that name no section: formulas, contents entries pointing to their
        /// pages, and a writer's name under a section's title ("STATE OBSTRUCTIONS" / "MARY SUMNER
        /// BOYD", "Flush the Family!" / "by Carlos Smythe"), as an anthology or a newsletter credits
        /// each piece: the title's byline, though its family (short lines set apart) lifts it. A bare
        /// label over a name ("CHAPTER I" / "JOHN BROWN") is the name's own chapter number, and the
        /// name its title.
        /// </summary>
        private void ReadLinesThatNameNoSection()
        {
            for (var i = 0; i < sheet.Count; i++)
            {
                if (!labels.IsHeading(i) || labels.IsPinned(i)) continue;
                // A name ending a heading broken over lines ("… Claims About" / "Earl Brian") is the heading's.
                if (sheet.IsFormula(i) || sheet.IsContentsEntryWithLeader(i)
                    || sheet.IsWritersName(i) && !labels.ReadWithItsRun(i) && (HeadingOver(i) is int title && !sheet.IsBareLabel(sheet.Text(title)) || SignsTheSectionAbove(i))
                    || AnnouncesTheNextPart(i))
                    formulas.Add(i);
            }
        }

        /// <summary>
        /// A writer's name alone after a section's last paragraph, with the next section's heading
        /// (or nothing) after it: the name signs the piece above, as a newsletter's or an
        /// anthology's pieces close ("… at peace when we align ourselves." / "Ann B. Writer" /
        /// rule / "PREFACE"). It heads nothing: no text of its own follows it.
        /// </summary>
        private bool SignsTheSectionAbove(int line)
        {
            var above = line - 1;
            while (above >= 0 && !sheet.IsText(above) && !sheet.IsRuleLine(above)) above--;
            // The paragraph above is prose: one of its lines runs to the measure (its last may be short).
            if (above < 0 || !sheet.IsText(above) || !Enumerable.Range(sheet.Run(above).Start, above - sheet.Run(above).Start + 1).Any(sheet.IsProse)) return false;
            return sheet.NextText(line) is not int below || labels.IsHeading(below);
        }

        /// <summary>
        /// A heading over "To be continued": the title of a part still to come, announced at the
        /// end of this one ("PART II: DIGITAL CASH" / "[To Be Continued]"). It heads nothing here.
        /// </summary>
        private bool AnnouncesTheNextPart(int line) => sheet.NextText(line) is int below && Markers.ToBeContinued().IsMatch(sheet.Text(below));

        /// <summary>The heading a writer's name stands under: the nearest above within reach, with only short lines between (a note, a subtitle); null where prose comes first.</summary>
        private int? HeadingOver(int line)
        {
            for (var above = line - 1; above >= 0 && line - above <= BylineReach; above--)
            {
                if (!sheet.IsText(above)) continue;
                if (labels.IsHeading(above)) return above;
                if (sheet.IsProse(above)) return null;
            }
            return null;
        }

        private readonly HashSet<int> overNothing;

        /// <summary>The lines labelled headings after the text's last line of any other kind.</summary>
        private static HashSet<int> HeadingsOverNothing(Recognition.LineSheet sheet, Recognition.HeadingLabels labels)
        {
            var found = new HashSet<int>();
            for (var i = sheet.Count - 1; i >= 0; i--)
            {
                if (!sheet.IsText(i)) continue;
                if (!labels.IsHeading(i) || labels.IsPinned(i)) break;
                found.Add(i);
            }
            return found;
        }

        /// <summary>
        /// "CHAPTER II" / "THE TITLE", "IV" / "A Title": a label alone on its line with a title a line
        /// or two below it is one heading, the label its ordinal. The title labelled a heading is
        /// enough when the label stands alone on its line: a label is never a paragraph of its own.
        /// </summary>
        public void JoinLabelsToTitles(List<Block> blocks)
        {
            var kept = 0; // compacted in place: one pass, whatever the number of joins
            for (var b = 0; b < blocks.Count; b++)
            {
                // A label that opens the text is the title block's to read (a chapter kept as a file of its own).
                if (b > 0 && blocks[b] is Paragraph label && b + 1 < blocks.Count && blocks[b + 1] is Paragraph title && title.Line - label.Line is > 0 and <= 3
                    && sheet.IsBareLabel(label.PlainText) && !sheet.IsBareLabel(title.PlainText)
                    && (label.LineLabel, title.LineLabel) switch
                    {
                        (Recognition.LineLabeller.Heading, Recognition.LineLabeller.Heading) => true,
                        (_, Recognition.LineLabeller.Heading) => sheet.StandsAlone(label.Line - 1),
                        // A labelled label over an unlabelled line stays as it is: the line under it
                        // may be the section's first words, and the labeller has said it is. Not
                        // where the two lines are a run of their own and the second is short of the
                        // measure, no clause's end: "PART ONE" / "Early Days" over a blank line.
                        (Recognition.LineLabeller.Heading, _) => title.Line == label.Line + 1 && sheet.IsPairInItsRun(label.Line - 1)
                            && !sheet.IsProse(title.Line - 1) && title.PlainText.TrimEnd() is not [.., ',' or ';' or ':' or '-'],
                        _ => false,
                    })
                {
                    var heading = title.LineLabel == Recognition.LineLabeller.Heading ? title : label;
                    if (sheet.BareLabelOrdinal(label.PlainText) is string ordinal)
                    {
                        title.HeadingOrdinal = ordinal;
                        title.UnderDivisionLabel = sheet.Label(label.PlainText.AsSpan().Trim(), out _) == Recognition.LineSheet.LabelKind.Division;
                        (title.LineLabel, title.LabelProbability, title.HeadingEvidence) = (heading.LineLabel, heading.LabelProbability, heading.HeadingEvidence);
                        blocks[kept++] = title;
                    }
                    else
                    {
                        // "CHAPTER THE FIRST" / "A TITLE": a label in words stays in the heading's text.
                        label.Inlines.Add(new Text(" "));
                        label.Inlines.AddRange(title.Inlines);
                        (label.LineLabel, label.LabelProbability, label.HeadingEvidence) = (heading.LineLabel, heading.LabelProbability, heading.HeadingEvidence);
                        blocks[kept++] = label;
                    }
                    b++;
                    continue;
                }
                blocks[kept++] = blocks[b];
            }
            blocks.RemoveRange(kept, blocks.Count - kept);
        }

        public Paragraph Mark(Paragraph paragraph, int line)
        {
            if (!IsHeading(line)) return paragraph;
            paragraph.LineLabel = Recognition.LineLabeller.Heading;
            paragraph.LabelProbability = labels.Probability(line);
            paragraph.HeadingEvidence = $"labelled a heading, p = {labels.Probability(line).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ({labels.Reasons(line)})";
            return paragraph;
        }
    }
}
