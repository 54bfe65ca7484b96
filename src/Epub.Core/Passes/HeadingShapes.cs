using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Headings of a plain text without a contents list, found by shape and kept only when their
/// family is consistent across the document: "CHAPTER 3" / "PART ONE" label lines (joined with a
/// title on the next line), short lines in capitals, centred lines, and standalone title-like
/// lines. A family counts when at least two of its lines stand alone before text; lines in a
/// contents list, bylines, dates, bracketed notes and lone numerals are never headings.
/// </summary>
internal static partial class HeadingShapes
{
    private const int MaxWords = 15;
    private const int MaxLength = 100;

    private enum Family { Label, Outline, Decimal, Underlined, Bylined, OverParagraph, Capitals, Centred, Title }

    public static List<(int Index, string? Label)> Find(List<Block> blocks)
    {
        var excluded = ContentsRegion(blocks);
        var paragraphs = blocks.OfType<Paragraph>().ToList();
        // Where most lines are in capitals, capitals mark nothing.
        var capitalsMean = paragraphs.Count(p => Markers.IsCapitals(p.PlainText)) * 4 < paragraphs.Count;

        JoinBrokenCapitals(blocks, excluded, capitalsMean);
        excluded = ContentsRegion(blocks);
        var families = new Family?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (excluded.Contains(i)) continue;
            if (Standalone(blocks, i, out var p)) families[i] = Classify(p, p.PlainText.Trim(), capitalsMean, RunAlone(blocks, i), EndsRun(blocks, i));
            // An outline heading typed right under the paragraph before it, blank line after.
            else if (blocks[i] is Paragraph item && EndsRun(blocks, i) && IsOutlineHeading(item)) families[i] = Family.Outline;
        }
        for (var i = 0; i + 2 < blocks.Count; i++)
            if (!excluded.Contains(i) && IsBylinedTitle(blocks, i)) families[i] = Family.Bylined;
        MarkDecimalSections(blocks, excluded, families);
        MarkRomanSequence(blocks, excluded, families);
        DropOutlineLists(blocks, families);
        // One outline-shaped line is no outline: it is what its other shape says ("III. General Principles", a title).
        if (families.Count(f => f == Family.Outline) < 2)
            for (var i = 0; i < blocks.Count; i++)
                if (families[i] == Family.Outline)
                    families[i] = Standalone(blocks, i, out var p) ? Classify(p, p.PlainText.Trim(), capitalsMean, RunAlone(blocks, i), endsRun: false, outline: false) : null;
        var candidates = new List<(int Index, Family Family)>();
        for (var i = 0; i < blocks.Count - 1; i++)
            if (families[i] is Family family && FollowedByText(blocks, i, family, families[i + 1])) candidates.Add((i, family));

        // Lines that say the same thing again and again ("CLOSE THIS FILE OPEN FILE …") are a
        // program's or a board's instructions, not the text's headings; labels alone may repeat.
        var repeated = candidates.Where(c => c.Family != Family.Label)
            .GroupBy(c => Opening(((Paragraph)blocks[c.Index]).PlainText)).Where(g => g.Count() >= 3).SelectMany(g => g).ToHashSet();
        candidates.RemoveAll(repeated.Contains);
        var counts = candidates.GroupBy(c => c.Family).ToDictionary(g => g.Key, g => g.Count());
        // Families from the most deliberate mark to the weakest: labels, outlines, underlines, titles
        // set over an indented paragraph and capitals are the writer's; a centred line may be a
        // caption or a verse, a short standalone line anything. A weaker family is taken only where
        // no stronger one is consistent. A title with its author's line is a heading whatever else
        // the text does: it neither needs a stronger family nor keeps a weaker one (the centred
        // titles without bylines) out.
        var strongest = counts.Where(c => c.Value >= 2 && c.Key != Family.Bylined).Select(c => c.Key).DefaultIfEmpty(Family.Title).Min();
        var weakestTaken = strongest <= Family.Capitals ? Family.Capitals : strongest;
        var accepted = candidates.Where(c => counts[c.Family] >= 2 && (c.Family <= weakestTaken || c.Family == Family.Bylined)).ToList();
        // A single line underlined by the writer (the rule as long as the line) is a heading too, in a text with others.
        if (accepted.Count > 0)
            accepted.AddRange(candidates.Where(c => c.Family == Family.Underlined && counts[c.Family] == 1
                && blocks[c.Index] is Paragraph { UnderlineLength: var rule } p && Math.Abs(rule - p.PlainText.Trim().Length) <= Math.Max(3, rule / 4)));
        // Front matter before the first chapter label ("PREFACE", "INTRODUCTION" over prose): one
        // line in capitals there is a heading too, though it has no family of its own.
        // Titles in mixed case under a stronger family ("Definition of Naval Forces" under "PART I
        // GENERAL"): alone between blank lines, each over a long paragraph of prose.
        if (accepted.Count > 0 && strongest < Family.Title && counts.GetValueOrDefault(Family.Title) >= 2)
            accepted.AddRange(candidates.Where(c => c.Family == Family.Title && RunAlone(blocks, c.Index)
                && blocks[c.Index] is Paragraph line && line.Inlines.All(inline => inline is Text or Emphasis) && PlainWords(line.PlainText.Trim())
                && blocks[c.Index + 1] is Paragraph prose && prose.PlainText.Length >= 200));
        var labels = accepted.Where(c => c.Family == Family.Label).Select(c => c.Index).ToList();
        if (labels.Count > 0)
            accepted.AddRange(candidates.Where(c => c.Family is Family.Capitals or Family.Title && c.Index < labels[0] && !accepted.Contains(c)
                && Markers.IsCapitals(((Paragraph)blocks[c.Index]).PlainText) && blocks[c.Index + 1] is Paragraph prose && prose.PlainText.Length >= 150));
        accepted.Sort((a, b) => a.Index.CompareTo(b.Index));

        var headings = new List<(int Index, string? Label)>();
        var joined = new HashSet<int>();
        foreach (var (index, family) in accepted)
        {
            if (joined.Contains(index)) continue;
            var label = family == Family.Label ? LabelLine().Match(((Paragraph)blocks[index]).PlainText.Trim()) : null;
            // "CHAPTER I" alone, its title on the next line: one heading.
            if (label is { Success: true } && label.Groups["title"].Value.Trim().Length == 0
                && index + 1 < blocks.Count && families[index + 1] is Family.Capitals or Family.Centred or Family.Title
                && Standalone(blocks, index + 1, out var title))
            {
                Join((Paragraph)blocks[index], title);
                joined.Add(index + 1);
            }
            ((Paragraph)blocks[index]).HeadingEvidence = Describe(family);
            headings.Add((index, null));
        }
        // Joined title lines leave the text, from the end so that indices hold.
        foreach (var index in joined.OrderDescending()) blocks.RemoveAt(index);
        for (var h = 0; h < headings.Count; h++)
            headings[h] = (headings[h].Index - joined.Count(j => j < headings[h].Index), headings[h].Label);
        return headings.Count >= 2 ? headings : [];
    }

    /// <summary>Words only: no figures (a date), no quotation, no "Re:" or other label (and, checked apart, no note's reference).</summary>
    private static bool PlainWords(string text) =>
        !text.Any(char.IsDigit) && !text.Contains(':') && text[0] is not ('"' or '\u201C' or '\'' or '\u2018');

    /// <summary>What <c>inspect</c> says of a heading's family.</summary>
    private static string Describe(Family family) => family switch
    {
        Family.Label => "a chapter or part label",
        Family.Outline => "an outline's numbered heading",
        Family.Decimal => "a decimal section number",
        Family.Underlined => "underlined or boxed by rules",
        Family.Bylined => "a title over its author's line",
        Family.OverParagraph => "a title over an indented paragraph",
        Family.Capitals => "a line in capitals",
        Family.Centred => "a centred line",
        _ => "a standalone title-like line",
    };

    /// <param name="aloneInRun">Alone between blank lines in the source, not only set apart by the layout.</param>
    /// <param name="endsRun">A blank line follows it in the source.</param>
    /// <param name="outline">Whether outline headings are looked for.</param>
    private static Family? Classify(Paragraph p, string text, bool capitalsMean, bool aloneInRun, bool endsRun, bool outline = true)
    {
        if (outline && (aloneInRun || endsRun) && IsOutlineHeading(p)) return Family.Outline;
        if (text.Length == 0 || text.Length > MaxLength || Words.Count(text) > MaxWords) return null;
        if (Dates.Parse(text) is not null) return null;
        // A single word over a long rule, with none above it ("Len" / "=====…"): a sender's name
        // signing off over a separator, not an underline.
        if (p.Underlined && !p.AfterRule && Words.Count(text) == 1 && p.UnderlineLength > 3 * text.Length + 10) return null;
        // Underlined or boxed between rules by the writer: a heading even in parentheses ("(01) column: WHAT'S UP?").
        if (p.Underlined && !LabelLine().IsMatch(text) && !Markers.Byline().IsMatch(text)) return text[^1] == ':' ? null : Family.Underlined; // "Illustration 1:" introduces what follows
        if (NeverHeading().IsMatch(text)) return null;
        if (LabelLine().IsMatch(text)) return Family.Label;
        if (p.HeadsIndentedParagraph && IsTitleLike(text)) return Family.OverParagraph;
        if (!p.Inlines.All(inline => inline is Text or NoteReference or Emphasis)) return null;
        var first = text.TrimStart('"', '\'', '\u201C', '\u2018');
        if (first.Length == 0 || (!char.IsUpper(first[0]) && !char.IsDigit(first[0]))) return null;
        // A line in capitals inside a run of lines (a table row, a shouted sentence, a signature)
        // is no heading unless it is centred; a heading in capitals stands between blank lines.
        if (capitalsMean && Markers.IsCapitals(text) && !EndsClause(text) && (p.Centred || aloneInRun)) return Family.Capitals;
        if (p.Centred && IsTitleLike(text)) return Family.Centred;
        if (IsTitleLike(text) && Words.Count(text) <= 10 && text[^1] is not ('.' or '?' or '!')) return Family.Title;
        return null;
    }

    /// <summary>
    /// A heading is followed by text, not by another line of its own family (a list of short
    /// lines, a verse, a table); a label may be followed by its title, a title line by a longer paragraph.
    /// </summary>
    private static bool FollowedByText(List<Block> blocks, int i, Family family, Family? next)
    {
        if (family is Family.Label or Family.Underlined or Family.Outline or Family.OverParagraph or Family.Bylined or Family.Decimal) return true;
        if (next == family) return false;
        var text = ((Paragraph)blocks[i]).PlainText.Trim();
        // A preface signed by name or place and dated ("J.S.M. WARD.", "BRIGHTON." over "January,
        // 1913"): its close, not a heading.
        if (InitialsAndSurname().IsMatch(text) || (blocks[i + 1] is Paragraph dated && Dates.Parse(dated.PlainText.Trim().Trim('_', '*').TrimEnd('.')) is not null))
            return false;
        if (family is not Family.Title) return true;
        return blocks[i + 1] is Paragraph after && after.PlainText.Length >= 2 * text.Length && next is null;
    }

    /// <summary>
    /// A heading in capitals broken over two lines ("THE TEACHINGS OF JESUS CHRIST NOT" /
    /// "ORIGINAL."): the first line does not end a sentence and the next goes on in capitals,
    /// both set apart alike. One line again.
    /// </summary>
    private static void JoinBrokenCapitals(List<Block> blocks, HashSet<int> excluded, bool capitalsMean)
    {
        if (!capitalsMean) return;
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            if (excluded.Contains(i) || excluded.Contains(i + 1)) continue;
            if (!Standalone(blocks, i, out var first) || !Standalone(blocks, i + 1, out var second)) continue;
            var a = first.PlainText.Trim();
            var b = second.PlainText.Trim();
            if (!Markers.IsCapitals(a) || !Markers.IsCapitals(b) || first.Centred != second.Centred || a.Length + b.Length > MaxLength) continue;
            if (a[^1] is '.' or '?' or '!' or ':' || LabelLine().IsMatch(a) || LabelLine().IsMatch(b) || NeverHeading().IsMatch(b)) continue;
            Join(first, second);
            blocks.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// A legal or report outline: "I.   TITLE", "A.   Title", "1.   Title", "(a)  Title", the label
    /// set off by a wide space, not a sentence (one ending with a full stop is a heading only in
    /// title case); such headings may run over several lines.
    /// </summary>
    private static bool IsOutlineHeading(Paragraph p) =>
        p.PlainText.Trim() is var text && OutlineHeading().Match(text) is { Success: true } outline && Words.Count(text) <= 60
        && (outline.Groups["gap"].Length >= 2 || p.Hanging)
        && outline.Groups["title"].Value.TrimEnd() is [char first, .., char last] title && char.IsUpper(first)
        && last is not (',' or ';') && (last != '.' || Words.IsTitleCase(title));

    /// <summary>
    /// Sections numbered as a decimal outline ("1. The Argument", "1.1. Classes of Citizenship",
    /// "3.3. Rights of …"): standalone title lines under such numbers are headings when the text
    /// numbers at least one level below the first (a plain "1. … 2. …" may be any list) — a
    /// section directly followed by its first sub-section included; items in sequence with
    /// nothing between them stay a list.
    /// </summary>
    private static void MarkDecimalSections(List<Block> blocks, HashSet<int> excluded, Family?[] families)
    {
        var sections = new List<(int Index, string Label)>();
        for (var i = 0; i < blocks.Count; i++)
            if (!excluded.Contains(i) && Standalone(blocks, i, out var p) && DecimalHeading().Match(p.PlainText.Trim()) is { Success: true } m
                && m.Groups["title"].Value.TrimEnd() is var title && Words.Count(title) <= MaxWords && title[^1] is not ('.' or ',' or ';' or ':'))
                sections.Add((i, m.Groups["label"].Value.TrimEnd('.')));
        if (sections.Count < 3 || !sections.Any(s => s.Label.Contains('.'))) return;
        for (var k = 0; k < sections.Count; k++)
        {
            var (index, label) = sections[k];
            var inList = (k > 0 && sections[k - 1].Index == index - 1 && Follows(sections[k - 1].Label, label))
                         || (k + 1 < sections.Count && sections[k + 1].Index == index + 1 && Follows(label, sections[k + 1].Label));
            families[index] = inList ? null : Family.Decimal;
        }
    }

    /// <summary>
    /// "I.  The information age is here." … "II.  Export controls are outdated …" … "III.  People
    /// want their privacy very badly.": standalone lines under roman numerals that run I, II, III
    /// in order through the text, with text between them, are its parts even when worded as sentences.
    /// </summary>
    private static void MarkRomanSequence(List<Block> blocks, HashSet<int> excluded, Family?[] families)
    {
        var parts = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (excluded.Contains(i) || !Standalone(blocks, i, out var p) || OutlineHeading().Match(p.PlainText.Trim()) is not { Success: true } m) continue;
            var label = m.Groups["label"].Value;
            if (label.Any(c => c is not ('I' or 'V' or 'X' or 'L' or 'C')) || label is "L" or "C" || Words.Count(m.Groups["title"].Value) > 25) continue; // "C." is item C
            if (Markers.Ordinal(label) != parts.Count + 1) return; // out of order: not the text's parts
            if (parts.Count > 0 && parts[^1] == i - 1) return; // one right after the other: a list
            parts.Add(i);
        }
        if (parts.Count < 3) return;
        foreach (var i in parts) families[i] = Family.Outline;
    }

    /// <summary>"1.2" after "1.1": the next item on the same level.</summary>
    private static bool Follows(string previous, string next)
    {
        var a = previous.Split('.');
        var b = next.Split('.');
        return a.Length == b.Length && a[..^1].SequenceEqual(b[..^1]) && int.Parse(b[^1]) == int.Parse(a[^1]) + 1;
    }

    /// <summary>
    /// Items in sequence one right after the other ("1. To create …" / "2. To create …", or a list
    /// of the sections to come) with no text between them are a list, not headings; an outline's
    /// headings have their text between them, or step down a level ("B. …" then "1. …").
    /// </summary>
    private static void DropOutlineLists(List<Block> blocks, Family?[] families)
    {
        var drop = new List<int>();
        for (var i = 0; i + 1 < blocks.Count; i++)
            if (blocks[i] is Paragraph a && blocks[i + 1] is Paragraph b && OutlineLabel(a.PlainText.Trim()) is var (kind, n) && OutlineLabel(b.PlainText.Trim()) == (kind, n + 1))
            {
                drop.Add(i);
                drop.Add(i + 1);
            }
        foreach (var i in drop)
            if (families[i] == Family.Outline) families[i] = null;
    }

    /// <summary>An outline label's kind ('R' roman, 'A' capital letter, 'a' small letter, '1' number) and place in its sequence; null for no label.</summary>
    private static (char Kind, int Ordinal)? OutlineLabel(string text)
    {
        var m = OutlineHeading().Match(text);
        if (!m.Success) return null;
        var label = m.Groups["label"].Value;
        if (char.IsDigit(label[0])) return ('1', int.Parse(label));
        if (char.IsLower(label[0])) return ('a', label[0] - 'a' + 1);
        return label.Length > 1 ? ('R', Markers.Ordinal(label)) : ('A', label[0] - 'A' + 1);
    }

    /// <summary>
    /// An article's title with its author's line right under it ("Flush the Family!" / "by Carlos
    /// Eagle Smythe", or a centred title over a centred name) on the next line, the title first in
    /// its run of lines, text after: how magazines and collections head each piece.
    /// </summary>
    private static bool IsBylinedTitle(List<Block> blocks, int i)
    {
        if (blocks[i] is not Paragraph title || blocks[i + 1] is not Paragraph byline || blocks[i + 2] is not Paragraph) return false;
        if (byline.SourceRun != title.SourceRun) return false; // the author's line is the next line, not the next paragraph
        if (i > 0 && blocks[i - 1] is Paragraph before && before.SourceRun == title.SourceRun && !title.AfterRule) return false;
        var text = title.PlainText.Trim();
        var by = byline.PlainText.Trim();
        if (!IsTitleLike(text) || text[^1] == '.' || !char.IsUpper(text.TrimStart('"', '\'', '\u201C', '\u2018').FirstOrDefault()) || Markers.Byline().IsMatch(text)) return false;
        return Markers.Byline().IsMatch(by) || (title.Centred && byline.Centred && TitleZone.IsNameLine(by));
    }

    /// <summary>A blank line follows it in the source.</summary>
    private static bool EndsRun(List<Block> blocks, int i) =>
        i == blocks.Count - 1 || blocks[i + 1] is not Paragraph after || after.SourceRun != ((Paragraph)blocks[i]).SourceRun;

    /// <summary>Alone between blank lines in the source (not only set apart from its neighbours by the layout).</summary>
    private static bool RunAlone(List<Block> blocks, int i)
    {
        var p = (Paragraph)blocks[i];
        return (i == 0 || blocks[i - 1] is not Paragraph before || before.SourceRun != p.SourceRun)
               && (i == blocks.Count - 1 || blocks[i + 1] is not Paragraph after || after.SourceRun != p.SourceRun);
    }

    /// <summary>The first three words, for telling repeated lines apart.</summary>
    private static string Opening(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)).ToUpperInvariant();

    private static bool Standalone(List<Block> blocks, int i, out Paragraph paragraph)
    {
        paragraph = null!;
        if (blocks[i] is not Paragraph p) return false;
        paragraph = p;
        return (i == 0 || blocks[i - 1] is not Paragraph before || before.Group != p.Group)
               && (i == blocks.Count - 1 || blocks[i + 1] is not Paragraph after || after.Group != p.Group);
    }

    private static bool IsTitleLike(string text) =>
        text.Length is > 0 and <= MaxLength && Words.Count(text) <= MaxWords && !EndsClause(text)
        && !NeverHeading().IsMatch(text) && !EndsWithFunctionWord().IsMatch(text);

    /// <summary>"… the national library of": a line of a sentence that goes on, whatever its layout.</summary>
    [GeneratedRegex(@"\s(?:a|an|the|of|to|in|and|or|for|by|with|as|at|on)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithFunctionWord();

    /// <summary>"J.S.M. WARD.": initials and a surname, as a preface is signed.</summary>
    [GeneratedRegex(@"^(?:[A-Z]\.\s?){1,3}\s*[A-Z][A-Za-z'\u2019-]+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsAndSurname();

    /// <summary>Ends as a clause does (a comma, a semicolon, a colon, a hyphen): the line goes on.</summary>
    private static bool EndsClause(string text) => text[^1] is ',' or ';' or ':' or '-';

    private static void Join(Paragraph label, Paragraph title)
    {
        label.Inlines.Add(new Text(" "));
        label.Inlines.AddRange(title.Inlines);
    }

    /// <summary>A "CONTENTS" line and the short lines after it: the text's own contents, never headings.</summary>
    private static HashSet<int> ContentsRegion(List<Block> blocks)
    {
        var region = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph p || !ContentsHeading().IsMatch(p.PlainText.Trim())) continue;
            region.Add(i);
            for (var j = i + 1; j < blocks.Count && j - i < 120 && blocks[j] is Paragraph entry && entry.PlainText.Length <= 2 * MaxLength; j++)
            {
                // The contents end where the text begins: a label line without page number after
                // entries with them, or a line the contents already named.
                if (j > i + 2 && !PageNumbered().IsMatch(entry.PlainText) && region.Any(r => r > i && SameWords(blocks[r], entry))) break;
                region.Add(j);
            }
        }
        return region;
    }

    private static bool SameWords(Block a, Block b) =>
        a is Paragraph pa && b is Paragraph pb && Words.Overlap(Words.Significant(PageNumbered().Replace(pa.PlainText, "")), Words.Significant(pb.PlainText)) >= 0.99;

    // "I.   TITLE", "A.   Title", "(a)  Title", "III. TITLE" (a long numeral may keep one space
    // when the lines after it hang under the title), "(02)    TITLE" (a zine's numbered items; a
    // number in parentheses before words in mixed case is a clause of a list, "(2) Area 'B'", not a heading).
    [GeneratedRegex(@"^(?:(?<label>[IVXLC]{1,6}|[A-Z]|\d{1,2})\.(?<gap>\s{2,})(?<title>\S.*)|(?<label>[IVXLC]{3,6})\.(?<gap>\s)(?<title>\S.*)|\((?<label>[a-z])\)(?<gap>\s{2,})(?<title>[A-Z].*)|\((?<label>\d{1,3})\)(?<gap>\s{2,})(?<title>[^a-z]*[A-Z][^a-z]*))$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OutlineHeading();

    /// <summary>"1.1. Classes of Citizenship", "3. Analysis", "2.10 Results".</summary>
    [GeneratedRegex(@"^(?<label>\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?<title>[A-Z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalHeading();

    /// <summary>"CHAPTER I", "Chapter 3. The Title", "PART ONE", "BOOK II:", "SECTION 4", "LECTURE V".</summary>
    [GeneratedRegex(@"^(?:CHAPTER|Chapter|PART|Part|BOOK|Book|SECTION|Section|LECTURE|Lecture)\s+(?<n>[IVXLC]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b[.:]?(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    /// <summary>Bylines, bracketed or parenthesised lines, lone numerals and page numbers, contents entries with page numbers.</summary>
    [GeneratedRegex(@"^(by\s|\[|\(|[IVXLC]+\.?$|\d+\.?$|page\s+\d)|\S\s{2,}\d{1,4}$|\.{3,}\s*\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverHeading();

    [GeneratedRegex(@"^(TABLE OF )?CONTENTS?\s*[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"\s\d{1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumbered();
}
