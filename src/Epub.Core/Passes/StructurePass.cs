using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Finds the section headings and splits the text into sections. Where the source has its own
/// table of contents, its entries are matched, in order, to heading-shaped lines of the body by
/// word overlap (the wording of the two often differs: "What was the party's line?" heads a section
/// called "The party's line"); the contents list itself is then removed. Without one, the headings
/// the source marked (HTML's h2–h6) are taken, or else standalone short lines that read as titles.
/// </summary>
public static partial class StructurePass
{
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 15;

    /// <summary>The least word overlap at which a contents entry and a line are the same heading.</summary>
    private const double MatchThreshold = 0.5;

    /// <summary>
    /// The headings the person names (<c>--headings REGEX</c>): the paragraphs whose text the
    /// expression matches are the headings, and no others; no contents list is matched.
    /// </summary>
    public static void MarkHeadings(Document document, Regex headings)
    {
        document.HeadingsGiven = true;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is not Paragraph p) continue;
            bool matches;
            try { matches = headings.IsMatch(p.PlainText.Trim()); }
            catch (RegexMatchTimeoutException) { throw new InputException("--headings takes too long on this line; simplify the expression", p.Line); }
            if (matches) document.Blocks[i] = new Paragraph(p.Inlines, p.Line, p.Group) { HeadingLevel = 2, HeadingEvidence = "--headings" };
        }
    }

    public static void Run(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        if (document.HeadingsGiven)
        {
            Split(document, Enumerable.Range(0, blocks.Count).Where(i => blocks[i] is Paragraph { HeadingLevel: 2 }).Select(i => (i, (string?)null)).ToList());
            return;
        }
        var contents = FindContents(blocks);
        List<(int Index, string? Label)> headings;
        List<int> unmatched = [];
        var matched = contents is null ? [] : MatchContents(blocks, contents, out unmatched);
        // A numbered run that names few of the text's headings (a list of figures, an outline of
        // points) is no table of contents: the labelled headings stand.
        if (contents is not null && matched.Count > 0 && matched.Count * 2 >= contents.Entries.Count)
        {
            foreach (var e in unmatched)
                diagnostics.Warn(DiagnosticCode.ContentsEntryUnmatched, contents.Entries[e].Line, $"the contents entry \"{contents.Entries[e].Label}. {contents.Entries[e].Text}\" matches no heading in the text");
            blocks.RemoveRange(contents.Start, contents.Entries.Count);
            // The list's own heading goes with it: the book's contents replace both.
            var removed = contents.Entries.Count;
            if (contents.Start > 0 && blocks[contents.Start - 1] is Paragraph over && Markers.ContentsHeading().IsMatch(TitleZone.Clean(over.PlainText)))
            {
                blocks.RemoveAt(contents.Start - 1);
                removed++;
            }
            headings = matched.Select(h => (h.Index - removed, h.Label)).ToList();
            foreach (var (index, _) in headings) ((Paragraph)blocks[index]).HeadingEvidence = "an entry of the text's contents";
        }
        else headings = FindMarkedHeadings(blocks) ?? (document.HeadingsMarkedUp ? [] : LabelledHeadings(blocks)); // a numbered list that names no heading is not a table of contents

        Split(document, headings);
    }

    private static void Split(Document document, List<(int Index, string? Label)> headings)
    {
        var blocks = document.Blocks;
        if (headings.Count == 0) return;
        // One pass forward: each heading's following blocks go to its section; what precedes the
        // first heading stays as the opening text.
        for (var h = 0; h < headings.Count; h++)
        {
            var (index, label) = headings[h];
            var heading = (Paragraph)blocks[index];
            var plain = heading.PlainText;
            var (ownLabel, title) = heading.HeadingOrdinal is string ordinal ? (ordinal, plain.Trim()) : SplitLabel(plain.Trim());
            // The heading keeps its inlines (emphasis, a note reference), less its own number.
            var inlines = ownLabel is null || heading.HeadingOrdinal is not null ? heading.Inlines : Inline.DropPrefix(heading.Inlines, plain.Length - plain.TrimStart().Length + plain.Trim().Length - title.Length);
            // A typed heading's wide gaps ("(02)    TITLE") are one space in a heading set in type.
            foreach (var text in inlines.OfType<Text>()) text.Value = WideGap().Replace(text.Value, " ");
            var section = new Section(inlines, heading.Line) { Label = label ?? ownLabel, Evidence = heading.HeadingEvidence };
            var end = h + 1 < headings.Count ? headings[h + 1].Index : blocks.Count;
            section.Blocks.AddRange(blocks.GetRange(index + 1, end - index - 1));
            document.Sections.Add(section);
        }
        blocks.RemoveRange(headings[0].Index, blocks.Count - headings[0].Index);
    }

    private sealed record Contents(int Start, List<(string Label, string Text, int Line)> Entries);

    /// <summary>
    /// The first run of two or more lines, kept apart from the text by blank lines, each numbered
    /// in sequence ("I.", "II.", … or "1.", "2.", …) and each short enough to be a title.
    /// </summary>
    private static Contents? FindContents(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph first) continue;
            var entries = new List<(string, string, int)>();
            var j = i;
            // The entries are one run of lines: one paragraph group, or lines one under the other
            // (the labeller may take an entry for a heading, which stands as a paragraph of its own).
            bool InRun(Paragraph p) => p.Group == first.Group || p.Line == ((Paragraph)blocks[j - 1]).Line + 1;
            while (j < blocks.Count && blocks[j] is Paragraph p && (j == i || InRun(p))
                   && Markers.EnumeratedLine().Match(p.PlainText.Trim()) is { Success: true } m
                   && p.PlainText.Length <= MaxHeadingLength
                   && Markers.Ordinal(m.Groups["label"].Value) == entries.Count + 1)
            {
                entries.Add((m.Groups["label"].Value, m.Groups["text"].Value, p.Line));
                j++;
            }
            var wholeRun = j == blocks.Count || blocks[j] is not Paragraph next || !InRun(next);
            if (entries.Count >= 2 && wholeRun && (i == 0 || blocks[i - 1] is not Paragraph before || (before.Group != first.Group && before.Line + 1 != first.Line)))
                return new Contents(i, entries);
        }
        return null;
    }

    /// <summary>
    /// Aligns the contents entries with the heading-shaped lines after the contents, keeping their
    /// order and maximising the total word overlap (a weighted longest common subsequence), so a
    /// stray match early in the text cannot pull every later entry out of place.
    /// </summary>
    private static List<(int Index, string? Label)> MatchContents(List<Block> blocks, Contents contents, out List<int> unmatched)
    {
        var candidates = new List<int>();
        for (var i = contents.Start + contents.Entries.Count; i < blocks.Count; i++)
            if (IsHeadingShaped(blocks, i)) candidates.Add(i);

        var entries = contents.Entries;
        var entryWords = entries.Select(e => Words.Significant(e.Text)).ToList();
        var candidateWords = candidates.Select(c => Words.Significant(SplitLabel(((Paragraph)blocks[c]).PlainText).Title)).ToList();
        var score = new double[entries.Count + 1, candidates.Count + 1];
        for (var e = 1; e <= entries.Count; e++)
            for (var c = 1; c <= candidates.Count; c++)
            {
                var similarity = Words.Overlap(entryWords[e - 1], candidateWords[c - 1]);
                var diagonal = similarity >= MatchThreshold ? score[e - 1, c - 1] + similarity : double.NegativeInfinity;
                score[e, c] = Math.Max(diagonal, Math.Max(score[e - 1, c], score[e, c - 1]));
            }

        var matched = new List<(int Index, string? Label)>();
        unmatched = [];
        if (score[entries.Count, candidates.Count] <= 0) return matched;
        for (int e = entries.Count, c = candidates.Count; e > 0;)
        {
            if (c > 0 && score[e, c] == score[e, c - 1]) c--;
            else if (c > 0 && score[e, c] != score[e - 1, c]) { matched.Add((candidates[c - 1], entries[e - 1].Label)); e--; c--; }
            else { unmatched.Add(e - 1); e--; }
        }
        matched.Reverse();
        unmatched.Sort();
        return matched;
    }

    /// <summary>
    /// Headings the source marked (HTML's h2–h6 and paragraphs the page uses as headings; the
    /// title matter at the head has already left): the shallowest level used more than once is
    /// the chapter level, and any shallower heading after the first chapter starts a chapter too
    /// (a closing bibliography under an h2); where no level is used twice, the shallowest heading
    /// is the chapter's. Deeper headings stay inside their chapter as its sub-headings, ranked
    /// level by level. Null when none are marked.
    /// </summary>
    private static List<(int Index, string? Label)>? FindMarkedHeadings(List<Block> blocks)
    {
        var marked = blocks.OfType<Paragraph>().Where(p => p.HeadingLevel >= 1).ToList();
        if (marked.Count == 0) return null;
        var levels = marked.GroupBy(p => p.HeadingLevel).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        // A page of one chapter marks one heading: it is that chapter's, not a paragraph.
        var level = levels.Count > 0 ? levels.Min() : marked.Min(p => p.HeadingLevel);
        var headings = new List<(int, string?)>();
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i] is Paragraph { HeadingLevel: > 0 } p && p.HeadingLevel <= level)
            {
                p.HeadingEvidence ??= "marked as a heading";
                headings.Add((i, null));
            }
        // Sub-headings ranked within their own chapter, so that each steps one level under the one
        // above it (h2, h3, h4) whatever levels the page skipped (Ace: heading-order).
        for (var h = -1; h < headings.Count; h++)
        {
            var from = h < 0 ? 0 : headings[h].Item1 + 1;
            var to = h + 1 < headings.Count ? headings[h + 1].Item1 : blocks.Count;
            var subheadings = blocks.Skip(from).Take(to - from).OfType<Paragraph>().Where(p => p.HeadingLevel > level).ToList();
            var ranks = subheadings.Select(p => p.HeadingLevel).Distinct().Order().ToList();
            foreach (var p in subheadings) p.Subheading = ranks.IndexOf(p.HeadingLevel) + 1;
        }
        return headings;
    }

    /// <summary>The paragraphs of a plain text whose first line the line labeller took for a heading.</summary>
    private static List<(int Index, string? Label)> LabelledHeadings(List<Block> blocks)
    {
        var headings = new List<(int, string?)>();
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i] is Paragraph { LineLabel: Readers.PlainText.Recognition.LineLabeller.Heading }) headings.Add((i, null));
        return headings;
    }

    /// <summary>A line on its own between blank lines, short, not ending as a sentence or clause does.</summary>
    private static bool IsHeadingShaped(List<Block> blocks, int i)
    {
        if (blocks[i] is not Paragraph p) return false;
        var text = p.PlainText.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength || Words.Count(text) > MaxHeadingWords) return false;
        if (text[^1] is '.' or ',' or ';' or ':' or '-') return false;
        var first = text.TrimStart('"', '\'', '\u201C', '\u2018');
        if (first.Length == 0 || (!char.IsUpper(first[0]) && !char.IsDigit(first[0]))) return false;
        var alone = (i == 0 || blocks[i - 1] is not Paragraph before || before.Group != p.Group)
                    && (i == blocks.Count - 1 || blocks[i + 1] is not Paragraph after || after.Group != p.Group);
        return alone && p.Inlines.All(inline => inline is Text or NoteReference);
    }

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    /// <summary>"IV. The real issues" → ("IV", "The real issues").</summary>
    private static (string? Label, string Title) SplitLabel(string heading)
    {
        var m = Markers.EnumeratedLine().Match(heading);
        return m.Success && Markers.Ordinal(m.Groups["label"].Value) > 0 ? (m.Groups["label"].Value, m.Groups["text"].Value) : (null, heading);
    }
}

/// <summary>Word-level comparison of short titles.</summary>
internal static partial class Words
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "is", "was", "are", "were", "be", "what", "which", "who", "how", "why", "its", "it", "this", "that",
        "we", "our", "us", "i", "my", "you", "your", "he", "she", "they", "their", "his", "her",
    ];

    public static int Count(string text) => WordPattern().Count(text);

    /// <summary>Lower-cased words without apostrophes, function words left out unless nothing else remains.</summary>
    public static HashSet<string> Significant(string text)
    {
        var all = WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace("'", "").Replace("\u2019", "")).ToList();
        var significant = all.Where(w => !StopWords.Contains(w)).ToHashSet();
        return significant.Count > 0 ? significant : all.ToHashSet();
    }

    /// <summary>
    /// Set in title case: most words other than function words begin with a capital ("The
    /// Implausibility That the Two Principal DOJ Investigative Agencies …"), as a sentence's do not.
    /// </summary>
    public static bool IsTitleCase(string text)
    {
        int words = 0, capitalised = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            if (StopWords.Contains(m.Value.ToLowerInvariant())) continue;
            words++;
            if (char.IsUpper(m.Value[0]) || char.IsDigit(m.Value[0])) capitalised++;
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /// <summary>Shared words over the words of the shorter title: 1 when one title's words are all in the other.</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(word => b.Contains(word) || b.Any(other => SameStem(word, other)));
        // A tie-breaker: of two lines that both contain the entry's words, the closer in length wins.
        return (double)shared / Math.Min(a.Count, b.Count) - 0.01 * Math.Abs(a.Count - b.Count) / Math.Max(a.Count, b.Count);
    }

    /// <summary>"begin" and "beginning", "ending" and "endings": one word a prefix of the other, neither too short to mean anything.</summary>
    private static bool SameStem(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
