using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Reads the title block at the head of the text (the short lines before the first blank line)
/// into the metadata: title and subtitle, "by" line, date, and for a review the reviewed work's
/// author, title and imprint.
/// </summary>
public static partial class TitleBlockPass
{
    private const int MaxLines = 8;
    private const int MaxLineLength = 150;

    /// <summary>How a review's title names the book it reviews.</summary>
    public const string ReviewTitlePrefix = "A Review of ";

    public static void Run(Document document)
    {
        // An epigraph over the title ("A quotation." / "-- Its Author" / "THE TITLE") is read
        // apart: neither its words are the title nor its author the text's.
        if (HeadEpigraph(document.Blocks) is var (lines, epigraph))
        {
            // Its lines run from its first to the title's line (HeadEpigraph made sure a paragraph follows).
            var (from, to) = (epigraph.Paragraphs[0].Line, ((Paragraph)document.Blocks[lines]).Line - 1);
            document.Blocks.RemoveRange(0, lines);
            var hints = document.Metadata.Hints;
            hints.AuthorCandidates?.RemoveAll(candidate => candidate.Line >= from && candidate.Line <= to);
            hints.TitleCandidates?.RemoveAll(candidate => candidate.Line + 1 >= from && candidate.Line + 1 <= to);
            ReadTitleBlock(document);
            document.Blocks.Insert(0, epigraph);
        }
        else ReadTitleBlock(document);
        // "THE TITLE;" / "or, The Other Title": the stop that ties a title to its alternative
        // line, now the subtitle, ends neither.
        if (document.Metadata is { Title: { } title, Subtitle: not null } metadata && (title.EndsWith(';') || title.EndsWith(',')))
            metadata.Title = title[..^1].TrimEnd();
        ReadIssue(document);
        ReadSignOff(document);
        ReadPosterNote(document);
        ReadCredits(document);
        ReadClosingRights(document);
        ReadOpeningRights(document);
    }

    /// <summary>The longest closing notice read as the text's rights: a few lines, not a paragraph of the text.</summary>
    private const int LongestClosingNotice = 600;

    /// <summary>
    /// A notice closing the text that says what a reader may do with it ("This article may be
    /// freely distributed provided…", "Permission is granted to reprint…", often with its copyright
    /// and where it was printed): the text's rights, which a book prints on its copyright page, not
    /// after its last paragraph. They go to the rights (dc:rights and the colophon), words intact.
    /// </summary>
    private static void ReadClosingRights(Document document)
    {
        var blocks = document.Blocks;
        // The notice, and the short lines after it that finish it (an address to write to).
        for (var k = blocks.Count - 1; k >= Math.Max(0, blocks.Count - ClosingNoticeBlocks); k--)
        {
            if (blocks[k] is not Paragraph paragraph || paragraph.PlainText.Trim() is not { Length: > 0 and <= LongestClosingNotice } text) return;
            if (!PermissionNotice().IsMatch(text))
            {
                if (text.Length > MaxLineLength) return;
                continue;
            }
            AddRights(document.Metadata, string.Join(' ', blocks.Skip(k).Cast<Paragraph>().Select(p => p.PlainText)));
            blocks.RemoveRange(k, blocks.Count - k);
            return;
        }
    }

    /// <summary>
    /// The same notice opening the text, over its title or its first paragraph: a paragraph of its
    /// own that is all notice (a few lines, not a paragraph of prose that mentions copying), the
    /// text's rights as a closing one is.
    /// </summary>
    private static void ReadOpeningRights(Document document)
    {
        var blocks = document.Blocks;
        if (blocks.Count < 2 || blocks[0] is not Paragraph first) return;
        // The notice's lines: the paragraphs of the first run of lines, where the reader kept them apart.
        var count = 1;
        while (count < blocks.Count - 1 && first.Run >= 0 && blocks[count] is Paragraph next && next.Run == first.Run) count++;
        var text = string.Join(' ', blocks.Take(count).Cast<Paragraph>().Select(p => p.PlainText.Trim()));
        // Above the title it must say that it speaks of the file ("This article may be …",
        // "Permission is granted to copy this text"): a first paragraph may tell of copying too.
        if (text.Length > LongestOpeningNotice || !PermissionNotice().IsMatch(text) || !NamesTheFile().IsMatch(text)) return;
        AddRights(document.Metadata, text);
        blocks.RemoveRange(0, count);
    }

    /// <summary>The longest opening notice read as the text's rights: four or five lines, where a text's own first paragraph runs longer.</summary>
    private const int LongestOpeningNotice = 400;

    /// <summary>How many blocks at the text's end a closing notice and the short lines finishing it may take.</summary>
    private const int ClosingNoticeBlocks = 3;

    /// <summary>
    /// A periodical's issue standing alone near its title ("Issue no. 3, volume no. 1") belongs to
    /// the title, as a catalogue sets it: after the subtitle, and out of the text.
    /// </summary>
    private static void ReadIssue(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Title is null) return;
        for (var i = 0; i < Math.Min(8, document.Blocks.Count - 1); i++)
            if (document.Blocks[i] is Paragraph p && IssueLine().IsMatch(p.PlainText.Trim()))
            {
                var issue = p.PlainText.Trim().TrimEnd('.');
                metadata.Subtitle = metadata.Subtitle is null ? issue : metadata.Subtitle + ", " + issue;
                document.Blocks.RemoveAt(i);
                return;
            }
    }

    /// <summary>
    /// Where the title block names no author, the text's other credits, strongest first: a source
    /// note at its head ("[From BOOK, (c) YEAR, PUBLISHER, by NAME and NAME, pp 1-9.]": the
    /// excerpt's authors, not its poster); a byline standing near the head ("By (_>NAME<_) | …");
    /// and, only where no sender or signature names anyone, an editor's or poster's own line
    /// ("NAME &lt;user@host&gt;", "Uploaded by NAME").
    /// </summary>
    private static void ReadCredits(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Author is not null) return;
        var head = document.Blocks.Take(6).OfType<Paragraph>().Select(p => p.PlainText.Trim().Trim('|').Trim()).ToList(); // "| By … |": a boxed line
        foreach (var text in head.Take(3))
            if (text.StartsWith('[') && text.EndsWith(']') && SourceNoteAuthors().Match(text) is { Success: true } source)
            {
                (metadata.Author, metadata.AuthorSource) = (source.Groups["names"].Value, "a source note at the head");
                return;
            }
        foreach (var text in head)
            if (Markers.Byline().Match(text) is { Success: true } by && CreditedName(by.Groups["name"].Value) is string name)
            {
                (metadata.Author, metadata.AuthorSource) = (name, "a byline near the head");
                return;
            }
        if (metadata.Hints.Author is not null || metadata.Hints.SignedBy is not null) return;
        foreach (var p in document.Blocks.Take(12).OfType<Paragraph>())
            if (NameWithAddress().Match(p.PlainText.Trim()) is { Success: true } signed)
            {
                (metadata.Author, metadata.AuthorSource) = (signed.Groups["name"].Value, "a name signed with its mail address");
                return;
            }
        // The structure pass has not run: every paragraph is still in Blocks, the last ones at its end.
        for (int i = document.Blocks.Count - 1, seen = 0; i >= 0 && seen < 40; i--, seen++)
            if (document.Blocks[i] is Paragraph p && PosterCredit().Match(p.PlainText.Trim()) is { Success: true } credit)
            {
                (metadata.Author, metadata.AuthorSource) = (credit.Groups["name"].Value, "a poster's credit");
                return;
            }
    }

    /// <summary>
    /// A poster's note over a text someone else wrote, among the first blocks: "[Posted for NAME,
    /// who has no net access.]", "It was written by NAME and is reposted here with her
    /// permission." The writer it names is the author, whatever the title block or the sender
    /// (the poster) said.
    /// </summary>
    private static void ReadPosterNote(Document document)
    {
        var lexicon = Readers.PlainText.Recognition.Lexicon.English;
        foreach (var paragraph in document.Blocks.Take(3).OfType<Paragraph>())
            // A person's name: a reader of names takes it, and none of its words is a small word
            // or an organisation's ("posted for the Valley Users Group" names no one).
            if (PostedForWriter().Match(paragraph.PlainText) is { Success: true } posted && Readers.PlainText.Recognition.Bylines.NameIn(posted.Groups["name"].Value) is { } name
                && !name.Split(' ').Any(word => lexicon.Has("function", word) || lexicon.Has("organisation", word)))
            {
                (document.Metadata.Author, document.Metadata.AuthorSource) = (name, PosterNoteSource);
                return;
            }
    }

    /// <summary>The name a byline gives, without its decoration ("(_>NAME<_)") and what follows it after a bar or a wide gap; null when no name is left.</summary>
    private static string? CreditedName(string text)
    {
        var cut = text.Split(['|', '\t'])[0];
        var gap = cut.IndexOf("   ", StringComparison.Ordinal);
        if (gap > 0) cut = cut[..gap];
        var name = cut.Trim().Trim('(', ')', '_', '<', '>', '*', '-', '=', '~', ' ', '.', ',');
        return TitleZone.IsNameLine(name) ? name : null;
    }

    /// <summary>Where an author read from a poster's note came from: the poster's word on whose text it is, as certain as a header's (the sender is only the poster).</summary>
    public const string PosterNoteSource = "a poster\u2019s note naming the writer";

    /// <summary>
    /// "Posted for NAME", "reposted on behalf of NAME", "written by NAME, …, and is reposted here":
    /// a poster's words on whose text they post (a name of two to four capitalised words).
    /// </summary>
    [GeneratedRegex(@"\b(?i:(?:re-?)?post(?:ed|ing)|forward(?:ed|ing)|upload(?:ed|ing))\s+(?:here\s+)?(?:for|on\s+behalf\s+of)\s+(?<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\b(?!\s+(?:BBS|Board|List|Group|Newsletter|Magazine))|\bwritten\s+by\s+(?<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\b[^.]{0,60}\b(?:re-?posted|posted|forwarded|uploaded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostedForWriter();

    /// <summary>"…, by NAME and NAME, pp 1-9.]": the names after "by", up to a comma, "pp" or the bracket.</summary>
    [GeneratedRegex(@"\bby\s+(?<names>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}(?:\s+(?:and|&)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})?)\s*(?:,|\]|\.\]|\s+pp?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceNoteAuthors();

    /// <summary>"NAME &lt;user@host&gt;": a name with its mail address, as a writer signs a cover note.</summary>
    [GeneratedRegex(@"^(?<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2})\s*<[^<>@\s]+@[^<>\s]+>(?:\s+\S+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAddress();

    /// <summary>"Uploaded by NAME": who put the text up, named alone on a line.</summary>
    [GeneratedRegex(@"^(?:Uploaded|Posted|Compiled|Typed in|Entered)\s+by:?\s+(?<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PosterCredit();

    /// <summary>
    /// A signature closing the text ("--James Zarbock"): the author's full name, where the text
    /// names no author and the sender's header gave none or only part of it ("James").
    /// </summary>
    private static void ReadSignOff(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Author is not null) return;
        var last = document.Blocks.LastOrDefault() as Paragraph; 
        if (last is null || SignOff().Match(last.PlainText.Trim()) is not { Success: true } m) return;
        // Under a quotation ("\"I cannot live without books.\"" / "-- Thomas Jefferson") the dash
        // names who said it, as an epigraph's source does, not who wrote the text.
        if (document.Blocks.Count >= 2 && document.Blocks[^2] is Paragraph above && Markers.IsQuotation(above.PlainText.Trim())) return;
        var name = m.Groups["name"].Value;
        var hint = metadata.Hints.Author;
        if (hint is null || (!hint.Contains(' ') && name.StartsWith(hint + " ", StringComparison.Ordinal))) (metadata.Author, metadata.AuthorSource) = (name, "a signature closing the text");
    }

    /// <summary>
    /// A copyright notice standing alone over the title ("Copyright (c) 1991 by …") is no title
    /// block: the block is read from the next run of lines, and the notice stays first in the text.
    /// </summary>
    private static void ReadTitleBlock(Document document)
    {
        var blocks = document.Blocks;
        var notices = 0;
        if (blocks.FirstOrDefault() is Paragraph first)
            while (notices < blocks.Count && blocks[notices] is Paragraph notice && notice.SourceRun == first.SourceRun
                   && Markers.CopyrightNotice().IsMatch(notice.PlainText.Trim()))
                notices++;
        // Only a notice alone in its run of lines: one the title's own lines follow is part of the block.
        if (notices == 0 || notices == blocks.Count || blocks[notices] is Paragraph { SourceRun: var run } && run == ((Paragraph)blocks[0]).SourceRun)
        {
            ReadTitleBlockLines(document);
            return;
        }
        var kept = blocks.GetRange(0, notices);
        blocks.RemoveRange(0, notices);
        ReadTitleBlockLines(document);
        blocks.InsertRange(0, kept);
    }

    /// <summary>
    /// One to four lines of a quotation ending a sentence, then its attribution after a dash ("--
    /// Mark Twain"), at the head of the text and over a line shaped as a title: how many lines,
    /// and the epigraph they make.
    /// </summary>
    private static (int Lines, Epigraph Epigraph)? HeadEpigraph(List<Block> blocks)
    {
        // The quotation and its attribution read as one paragraph.
        if (blocks is [Paragraph { HeadingLevel: 0 } whole, Paragraph next, ..] && whole.PlainText.Length <= MaxEpigraphLength
            && QuotationWithAttribution().Match(whole.PlainText.Trim()) is { Success: true } joined && joined.Groups["quote"].Value.Any(char.IsLower)
            && TitleZone.LooksLikeTitle(TitleZone.Clean(next.PlainText)))
            return (1, new Epigraph([new Paragraph([new Text(joined.Groups["quote"].Value)], whole.Line, whole.Group)], [new Text("\u2014" + joined.Groups["who"].Value)]));
        for (var k = 1; k <= Math.Min(MaxEpigraphLines, blocks.Count - 2); k++)
        {
            if (blocks[k - 1] is not Paragraph line || line.HeadingLevel > 0) return null;
            if (blocks[k] is not Paragraph attribution || EpigraphAttribution().Match(attribution.PlainText.Trim()) is not { Success: true } who) continue;
            var quote = blocks.Take(k).Cast<Paragraph>().ToList();
            if (quote[^1].PlainText.TrimEnd() is not [.., '.' or '!' or '?' or '"' or '\u201D'] || !quote.Any(p => p.PlainText.Any(char.IsLower))) return null;
            if (blocks[k + 1] is not Paragraph title || !TitleZone.LooksLikeTitle(TitleZone.Clean(title.PlainText))) return null;
            return (k + 1, new Epigraph(quote, [new Text("\u2014" + who.Groups["who"].Value)]));
        }
        return null;
    }

    private const int MaxEpigraphLines = 4;

    /// <summary>Four lines' worth of a quotation and its attribution.</summary>
    private const int MaxEpigraphLength = 320;

    [GeneratedRegex(@"^(?<quote>\S.*[.!?""\u201D])\s+(?:--?|\u2013|\u2014)\s*(?!by\b)(?<who>\p{Lu}[^\n]{0,60})$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex QuotationWithAttribution();

    /// <summary>"-- Mark Twain", "\u2014 Goethe, Faust": a dash, then a name that is no byline ("-- by NAME" credits the text).</summary>
    [GeneratedRegex(@"^(?:--?|\u2013|\u2014)\s*(?!by\b)(?<who>\p{Lu}[^\n]{0,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex EpigraphAttribution();

    /// <summary>A line at the head that is no title's first line: a byline, a date, a copyright notice, where the piece was printed, a credit or a rubric put first.</summary>
    private static bool IsHeadMatter(string line) =>
        Markers.Byline().IsMatch(line) || Dates.Parse(line) is not null || Markers.CopyrightNotice().IsMatch(line) || SourceCredit().IsMatch(line)
        || TitleZone.IsCreditLine(line) || TitleZone.IsRubric(TitleZone.Clean(line));

    /// <summary>A letter's salutation ("Dear friends,", "Hello All!") as the line sheet knows it.</summary>
    internal static bool IsSalutation(string line) => Readers.PlainText.Recognition.LineSheet.IsSalutation(line.AsSpan().Trim(), Readers.PlainText.Recognition.Lexicon.English);

    private static void ReadTitleBlockLines(Document document)
    {
        // A title the reader already has (an HTML page's <title>) is not replaced by the first
        // line unless that line says the same: otherwise the line is text and stays.
        var known = document.Metadata.Title;
        var lines = TitleBlockLines(document.Blocks);
        // Where the first lines are no title block (an archive's file line, a banner, a cover
        // note), the title is looked for further in.
        var firstLine = lines.FirstOrDefault(p => !IsHeadMatter(p.PlainText.Trim()));
        // A letter's salutation opening the text ("Dear friends,", "Hello All!") names nothing: a
        // wrapper's subject, or the file's name, will do.
        if (firstLine is not null && IsSalutation(firstLine.PlainText.Trim())) return;
        if (firstLine is null || !(TitleZone.LooksLikeTitle(firstLine.PlainText) || AnnouncesSubtitle(firstLine.PlainText.Trim())))
        {
            // A title found deep in a posting is one item's; the message's subject names the whole.
            if (TitleZone.Find(document.Blocks) is { } zone && (zone.Index <= 2 || document.Metadata.Hints.Title is null)
                && (known is null || SameTitle(known, zone.Title)))
            {
                UseZone(document, zone);
                return;
            }
            // An archive's line or a banner is no title: a wrapper's subject, or the file's name, will do.
            if (firstLine is null || TitleZone.IsJunk(firstLine.PlainText)) return;
        }
        if (lines.Count == 0) return;
        if (known is not null && !lines.Any(p => SameTitle(known, p.PlainText))) return;
        // A page's heading left standing after its title matter was read is a chapter, even where it repeats the title.
        if (document.HeadingsMarkedUp && lines is [{ HeadingLevel: > 0 }]) return;

        var metadata = document.Metadata;
        var others = new List<Paragraph>();
        var used = new HashSet<Paragraph>();
        Paragraph? imprint = null;
        var imprintIndex = -1;
        for (var l = 0; l < lines.Count; l++)
        {
            var paragraph = lines[l];
            var text = paragraph.PlainText.Trim();
            // "by" alone on its line, the name on the next (a centred title page).
            if (text.Equals("by", StringComparison.OrdinalIgnoreCase) && l + 1 < lines.Count && metadata.Author is null)
            {
                (metadata.Author, metadata.AuthorSource) = (TitleZone.Clean(lines[l + 1].PlainText).TrimEnd(',', '.'), "\"by\" over a name in the title block");
                used.Add(paragraph);
                used.Add(lines[++l]);
            }
            // A byline letter-spaced as its title is ("b y   A n n   W r i t e r") reads as one set solid.
            else if (Markers.Byline().Match(TitleZone.Clean(text)) is { Success: true } by) { if (metadata.Author is null) (metadata.Author, metadata.AuthorSource) = (TitleZone.WithoutTail(by.Groups["name"].Value), "a byline in the title block"); metadata.Byline ??= text; used.Add(paragraph); }
            else if (Dates.Parse(text) is string date) { metadata.Date ??= date; metadata.DateText ??= text; used.Add(paragraph); }
            // A name between the title's lines ("A SERIES TITLE" / "Ann Writer" / "THE PART'S TITLE");
            // under a title line ending on a colon, the line is the subtitle it announces ("A Title:" / "Hard Choices").
            else if (metadata.Author is null && others.Count > 0 && !others[^1].PlainText.TrimEnd().EndsWith(':') && TitleZone.IsNameLine(text)) { (metadata.Author, metadata.AuthorSource) = (TitleZone.Clean(text).TrimEnd(',', '.'), "a name between the title's lines"); used.Add(paragraph); }
            // Where the piece was first printed ("From the Spring 1993 issue of …", "(Reprinted from …)"):
            // the text's own credit, neither its title nor a book it reviews. It stays in the text.
            else if (SourceCredit().IsMatch(text)) { }
            // A credit for other work than the writing, or a notice, is no subtitle: the title page and the colophon keep it. A version line stays in the text.
            else if (others.Count > 0 && IsCreditOrNotice(text)) { if (KeepForTitlePage(metadata, text)) used.Add(paragraph); }
            // A citation line after the title ("(NY: W.W. Norton, 1993), 384 pp."): the text reviews that book.
            else if (imprint is null && others.Count > 0 && Imprint().IsMatch(text)) { imprint = paragraph; imprintIndex = others.Count; used.Add(paragraph); }
            else others.Add(paragraph);
        }

        if (imprint is not null)
        {
            // The line before the imprint is the reviewed book's title; the lines before it name its author.
            var (title, subtitle) = SplitTitle(others[imprintIndex - 1].PlainText.Trim());
            var author = imprintIndex >= 2 ? string.Join(", ", others.Take(imprintIndex - 1).Select(p => p.PlainText.Trim())) : null;
            metadata.ReviewedWork = new ReviewedWork(author, title, subtitle, imprint.PlainText.Trim());
            // The review is the reviewer's, not the reviewed book: its title names the book as its
            // subject ("A Review of …"), and the book's own title, subtitle and author go to the
            // title page's citation and the subject metadata, never to dc:title or dc:creator.
            metadata.Title ??= ReviewTitlePrefix + title;
            used.UnionWith(others.Take(imprintIndex));
        }
        else if (others.Count > 0)
        {
            // A title broken after a short lower-case word ("Testimony of … to" / "Subcommittee …"),
            // or by small words set alone ("… HYPERSPACE" / "in" / "Your Everyday Life", "THE" /
            // "RATIONALIST'S MANUAL."), goes on, past a blank line too.
            var start = document.Blocks.IndexOf(others[0]);
            var joined = TitleZone.Clean(others[0].PlainText);
            var k = start + 1;
            while (k < document.Blocks.Count && k - start <= 3 && document.Blocks[k] is Paragraph next && next.PlainText.Trim() is { Length: > 0 and <= MaxLineLength } nextText
                   && (BreaksOff(joined) || SmallWordAlone().IsMatch(nextText) || SmallWordAlone().IsMatch(joined.ToLowerInvariant()))
                   && !Markers.Byline().IsMatch(nextText) && !nextText.Equals("by", StringComparison.OrdinalIgnoreCase) && Dates.Parse(nextText) is null && (nextText[^1] != '.' || Markers.IsCapitals(nextText)))
            {
                joined += " " + TitleZone.Clean(nextText);
                used.Add(next);
                others.Remove(next);
                if (k >= lines.Count) lines.Add(next);
                k++;
            }
            if (k > start + 1)
            {
                used.Add(others[0]);
                others[0] = new Paragraph(joined, others[0].Line, others[0].Group);
            }
            var (title, subtitle) = SplitTitle(TitleZone.Displayed(others[0].PlainText));
            // "RIGHT WOOS LEFT:" over a longer line: a title ending in a colon announces its
            // subtitle, the paragraph right after the block, whatever its length.
            if (AnnouncesSubtitle(title) && subtitle is null && others.Count == 1 && document.Blocks.IndexOf(others[0]) == lines.Count - 1
                && lines.Count < document.Blocks.Count && document.Blocks[lines.Count] is Paragraph announced
                && announced.PlainText.Trim() is { Length: > 0 and <= MaxSubtitleLength } announcedText && !Markers.Byline().IsMatch(announcedText)
                && Dates.Parse(announcedText) is null && !announcedText.EndsWith('.'))
            {
                title = title.TrimEnd(':').TrimEnd();
                subtitle = TitleZone.Clean(announcedText);
                used.Add(announced);
                lines.Add(announced);
            }
            // A chapter kept as a file of its own opens with its label over its name ("CHAPTER IV" /
            // "THE NAME"): the label alone names nothing, so label and name are the title.
            else if (IsDivisionLabel(title) && subtitle is null && others.Count == 1 && document.Blocks.IndexOf(others[0]) == lines.Count - 1
                && lines.Count < document.Blocks.Count && document.Blocks[lines.Count] is Paragraph name
                && name.PlainText.Trim() is { Length: > 0 and <= MaxSubtitleLength } nameText && TitleZone.LooksLikeTitle(nameText))
            {
                title = $"{title.TrimEnd('.', ':')}: {TitleZone.Clean(nameText)}";
                used.Add(name);
                lines.Add(name);
            }
            metadata.Title ??= title;
            used.Add(others[0]);
            // A line opening on a small word in small letters ("at the 1994 Conference …") goes on from a line the title page does not show.
            if (subtitle is null && others.Count > 1 && !OpensOnSmallWord(others[1].PlainText))
            {
                subtitle = others[1].PlainText.Trim();
                used.Add(others[1]);
                // "A Title:" over its subtitle: the colon announced it; the title page sets them apart.
                if (metadata.Title == title) metadata.Title = title.TrimEnd(':').TrimEnd();
            }
            metadata.Subtitle ??= subtitle;
        }

        if (metadata.Title is string found) metadata.Title = TitleZone.Clean(found);
        // A byline set apart after the block ("by" alone over the name, or the name alone).
        var after = lines.Count - 1;
        // Lines between the title and the byline are its subtitle only on a title page that says "by", and only when they end no
        // sentence (a line in title case may end with a full stop: "PART II.—Rationalism: Its Philosophy and Ethics.").
        if (metadata.Author is null && TitleZone.AuthorAfter(document.Blocks, after) is (string byline, var authorIndex, var subtitleLines, var saidBy)
            && (subtitleLines is null || (saidBy && metadata.Subtitle is null && (!subtitleLines.EndsWith('.') || Words.IsTitleCase(subtitleLines)))))
        {
            // The lines between the title and its byline are its subtitle (a centred title page).
            metadata.Subtitle ??= subtitleLines;
            (metadata.Author, metadata.AuthorSource) = (byline, "a byline under the title");
            // A byline that adds to the name ("by NAME, March 1994"): the title page prints it whole.
            if (saidBy && TitleZone.Clean(((Paragraph)document.Blocks[authorIndex]).PlainText) is var bylineText && !bylineText.TrimEnd('.').EndsWith(byline, StringComparison.Ordinal))
                metadata.Byline ??= bylineText;
            for (var k = authorIndex; k > after; k--) used.Add((Paragraph)document.Blocks[k]);
            lines.AddRange(document.Blocks.Skip(lines.Count).Take(authorIndex - after).Cast<Paragraph>());
        }

        // "A SERIES TITLE" / "Ann Writer" / (blank) / "THE PART'S TITLE": on a title
        // page centred on its own axis, the next line centred on it and set as the title is (in
        // capitals or not) is its subtitle.
        if (metadata.Subtitle is null && metadata.Title is not null && metadata.Author is not null && lines.Count < document.Blocks.Count
            && lines.FirstOrDefault(used.Contains) is { } titleLine && document.Blocks[lines.Count] is Paragraph subtitleLine
            && titleLine.Indent >= 4 && subtitleLine.Indent >= 4 && Math.Abs(Centre(titleLine) - Centre(subtitleLine)) <= 2
            && TitleZone.LooksLikeTitle(subtitleLine.PlainText) && !TitleZone.IsNameLine(subtitleLine.PlainText)
            && Markers.IsCapitals(TitleZone.Clean(subtitleLine.PlainText)) == Markers.IsCapitals(TitleZone.Clean(titleLine.PlainText)))
        {
            var subtitleText = TitleZone.Clean(subtitleLine.PlainText);
            if (!IsCreditOrNotice(subtitleText)) metadata.Subtitle = subtitleText;
            if (metadata.Subtitle == subtitleText || KeepForTitlePage(metadata, subtitleText))
            {
                used.Add(subtitleLine);
                lines.Add(subtitleLine);
            }
        }

        // A credit or a notice set apart under the block ("Translated from the German by NAME" after
        // a blank line) is the title page's too, as it would be inside the block.
        while (metadata.Title is not null && lines.Count > 0 && lines.Count < document.Blocks.Count && document.Blocks[lines.Count] is Paragraph credit
               && credit.PlainText.Trim() is { Length: > 0 and <= MaxLineLength } creditText && KeepForTitlePage(metadata, creditText))
        {
            used.Add(credit);
            lines.Add(credit);
        }

        // Lines the block holds but the title page does not show stay in the text: no words are lost.
        document.Blocks.RemoveRange(0, lines.Count);
        document.Blocks.InsertRange(0, lines.Where(p => !used.Contains(p)));
    }

    /// <summary>"CHAPTER IV", "Part 2.": a division's word and its number, nothing else.</summary>
    private static bool IsDivisionLabel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !Readers.PlainText.Recognition.Lexicon.English.Has("division", words[0].TrimEnd('.'))) return false;
        var number = words[1].TrimEnd('.', ':');
        return int.TryParse(number, out _) || Markers.RomanValue(number.ToUpperInvariant()) > 0;
    }

    /// <summary>"RIGHT WOOS LEFT:": a title in capitals ending in a colon, its subtitle to follow (in mixed case, a line ending in a colon is a salutation or a lead-in).</summary>
    private static bool AnnouncesSubtitle(string text) => text.EndsWith(':') && Markers.IsCapitals(text) && TitleZone.LooksLikeTitle(text.TrimEnd(':'));

    /// <summary>The longest subtitle a title ending in a colon announces (two or three lines of a title page).</summary>
    private const int MaxSubtitleLength = 200;

    private static void UseZone(Document document, TitleZone.Found zone)
    {
        var metadata = document.Metadata;
        var (title, subtitle) = SplitTitle(zone.Title);
        subtitle ??= zone.Subtitle;
        // "Testimony of Philip Zimmermann to" / "Subcommittee for …": a title broken after a small word goes on.
        if (subtitle is not null && BreaksOff(title)) (title, subtitle) = (title + " " + subtitle, null);
        metadata.Title ??= title;
        metadata.Subtitle ??= subtitle;
        if (zone.Author is not null && metadata.Author is null) (metadata.Author, metadata.AuthorSource) = (zone.Author, "a byline under the title");
        // The title, its subtitle and byline leave the text for the title page; what stood before
        // them (a cover note, a banner) stays where it was.
        var end = Math.Max(zone.End, zone.AuthorIndex);
        // A title page that names the author between the title and its subtitle
        // ("A SERIES TITLE" / "Ann Writer" / "THE PART'S TITLE"): the line set as the title is.
        if (metadata.Subtitle is null && zone.AuthorIndex > zone.End && end + 1 < document.Blocks.Count
            && document.Blocks[end + 1] is Paragraph after && document.Blocks[zone.Index] is Paragraph titleLine
            && after.SourceRun == titleLine.SourceRun && TitleZone.LooksLikeTitle(after.PlainText)
            && Markers.IsCapitals(TitleZone.Clean(after.PlainText)) == Markers.IsCapitals(zone.Title))
        {
            var afterText = TitleZone.Clean(after.PlainText);
            if (!IsCreditOrNotice(afterText)) metadata.Subtitle = afterText;
            if (metadata.Subtitle == afterText || KeepForTitlePage(metadata, afterText)) end++;
        }
        document.Blocks.RemoveRange(zone.Index, end - zone.Index + 1);
    }

    /// <summary>The column a plain-text line is centred on.</summary>
    private static double Centre(Paragraph p) => p.Indent + p.PlainText.Trim().Length / 2.0;

    /// <summary>The leading lines of the first run of lines, when they are short and not prose or a list.</summary>
    private static List<Paragraph> TitleBlockLines(List<Block> blocks)
    {
        var lines = new List<Paragraph>();
        if (blocks.Count == 0 || blocks[0] is not Paragraph first) return lines;
        // The lines before the first blank line, even those the layout set apart (centred, in capitals).
        foreach (var block in blocks)
        {
            if (block is not Paragraph p || p.SourceRun != first.SourceRun) break;
            lines.Add(p);
        }
        var shortLines = lines.Count <= MaxLines && lines.All(p => p.PlainText.Length <= MaxLineLength);
        var isList = lines.Count > 1 && lines.All(p => Markers.StartsItem(p.PlainText));
        var isProse = (lines.Count == 1 && SentenceEnd().IsMatch(lines[0].PlainText) && lines[0].PlainText.Length > 80)
                      || RunsOnAsASentence(lines)
                      || (lines.Count >= 3 && lines.Average(p => p.PlainText.Length) > 70); // a paragraph set in capitals, hard-wrapped
        if (!shortLines || isList || isProse || blocks.Count <= lines.Count) return [];
        // A byline or a date standing alone right after (HTML puts each in its own <p>) belongs to the block too;
        // not a date the text's later dates alone follow: a diary's or a log's first entry's.
        while (lines.Count < MaxLines && blocks.Count > lines.Count + 1 && blocks[lines.Count] is Paragraph next
               && next.PlainText.Trim() is var text && (Markers.Byline().IsMatch(text) || Dates.Parse(text) is not null && !DatedEntriesFrom(blocks, lines.Count + 1)))
            lines.Add(next);
        return lines;
    }

    /// <summary>Whether a paragraph from <paramref name="index"/> on is a date alone: dates heading a text's entries.</summary>
    private static bool DatedEntriesFrom(List<Block> blocks, int index)
    {
        for (var k = index; k < blocks.Count; k++)
            if (blocks[k] is Paragraph { PlainText: var text } && text.Length <= MaxLineLength && Dates.Parse(text.Trim()) is not null) return true;
        return false;
    }

    /// <summary>A sentence broken over lines: a line that does not end a clause, and a next line that goes on in lower case.</summary>
    private static bool RunsOnAsASentence(List<Paragraph> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i].PlainText.TrimEnd();
            var next = lines[i + 1].PlainText.TrimStart();
            if (line.Length > 40 && next.Length > 0 && char.IsLower(next[0]) && line[^1] is not (':' or '-')) return true;
        }
        return false;
    }

    /// <summary>Two wordings of one title: the words of one run on inside the other's ("Site: Essay" and "Essay").</summary>
    internal static bool SameTitle(string a, string b)
    {
        static string Words(string s) => string.Join(' ', s.Split((char[])[' ', '\t', ':', ',', '.', '-', '\u2013', '\u2014', '|'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var (x, y) = (Words(a), Words(b));
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    internal static (string Title, string? Subtitle) SplitTitle(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? (line[..colon].Trim(), line[(colon + 2)..].Trim()) : (line, null);
    }

    [GeneratedRegex(@"^[a-z]{1,3}(?: [a-z]{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SmallWordAlone();

    /// <summary>A periodical's issue: "Issue no. 3, volume no. 1", "Vol. 2, No. 4", "Number 12".</summary>
    [GeneratedRegex(@"^(?:issue|volume|vol\.|number|no\.)\s*(?:no\.?\s*)?\d{1,4}(?:\s*,\s*(?:issue|volume|vol\.|number|no\.)\s*(?:no\.?\s*)?\d{1,4})?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex IssueLine();

    /// <summary>"--James Zarbock", "-- Ann B. Writer": a dash or two, then a name of two or three words.</summary>
    [GeneratedRegex(@"^-{1,2}\s*(?<name>[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'\u2019-]+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();


    /// <summary>What a line of the title block is besides its title, byline and subtitle.</summary>
    private enum TitleBlockNote { None, Credit, Rights, Version }

    /// <summary>
    /// A credit for other work than the writing ("Translated from the German by …", "Edited by …",
    /// "Given by …"), a copyright or permission notice, or a version line: the title page's
    /// neighbours, never its subtitle (the source's credit is another such line).
    /// </summary>
    private static TitleBlockNote NoteOf(string text) =>
        Readers.PlainText.Recognition.Bylines.IsCopyrightNotice(text) || PermissionNotice().IsMatch(text) ? TitleBlockNote.Rights
        : RoleCredit().IsMatch(text) ? TitleBlockNote.Credit
        : VersionLine().IsMatch(text) ? TitleBlockNote.Version
        : TitleBlockNote.None;

    private static bool IsCreditOrNotice(string text) => NoteOf(text) != TitleBlockNote.None;

    /// <summary>
    /// Whether a title's line breaks off mid-phrase: on a short word in small letters, or, in
    /// capitals, on an article, "of" or a conjunction ("… THE KEEPING OF").
    /// </summary>
    private static bool BreaksOff(string line)
    {
        if (Markers.EndsWithSmallWord().IsMatch(line)) return true;
        var last = line.TrimEnd();
        var space = last.LastIndexOf(' ');
        return space > 0 && Markers.IsCapitals(last) && Readers.PlainText.Recognition.Lexicon.English.Has("breaks-off", last.AsSpan(space + 1));
    }

    private static bool OpensOnSmallWord(string text) =>
        Readers.PlainText.Recognition.LineSheet.FirstWord(text.AsSpan().TrimStart()) is { Length: > 0 } word && char.IsLower(word[0])
        && Readers.PlainText.Recognition.Lexicon.English.Has("function", word);

    /// <summary>
    /// Keeps a credit or a notice of the title block where a book prints it: a copyright or
    /// permission notice in the rights (the colophon and dc:rights), a credit on the title page.
    /// A version line is neither: false, and it stays in the text.
    /// </summary>
    private static bool KeepForTitlePage(Metadata metadata, string text)
    {
        switch (NoteOf(text))
        {
            case TitleBlockNote.Rights: AddRights(metadata, text); return true;
            case TitleBlockNote.Credit: metadata.Credits.Add(Credited(OneSpaced(text))); return true;
            default: return false;
        }
    }

    /// <summary>A notice joins the rights, its line breaks and runs of spaces closed up.</summary>
    private static void AddRights(Metadata metadata, string notice)
    {
        notice = OneSpaced(notice);
        metadata.Rights = metadata.Rights is null ? notice : $"{metadata.Rights} {notice}";
    }

    private static string OneSpaced(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A credit line read: the name it gives ("Translated from the German by Margaret Lyle" → "Margaret Lyle") and the role's MARC relator code.</summary>
    private static Credit Credited(string credit)
    {
        var match = RoleCredit().Match(credit);
        var name = credit[(match.Index + match.Length - 1)..].Trim().TrimEnd('.', ',');
        var role = match.Groups["role"].Value.ToLowerInvariant() switch
        {
            "translated" => "trl",
            "edited" => "edt",
            "compiled" or "collected" or "selected" => "com",
            "illustrated" => "ill",
            "transcribed" => "trc",
            "annotated" => "ann",
            "introduced" => "aui",
            "adapted" => "adp",
            _ => "ctb",
        };
        return new Credit(credit, name, role);
    }

    /// <summary>"this article", "this file", "the text": a notice's words for the file it stands in.</summary>
    [GeneratedRegex(@"\b(?:this|the)\s+(?:article|file|text|document|essay|paper|report|material|publication|newsletter|issue|posting|message|story|work)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesTheFile();

    /// <summary>"May be freely distributed …", "Permission is granted to copy …": what a reader may do with the file ("permission is granted to build" is no such notice).</summary>
    [GeneratedRegex(@"\bmay\s+be\s+(?:freely\s+)?(?:copied|distributed|reproduced|reprinted|posted|uploaded|circulated)\b|\bpermission\s+(?:is\s+)?(?:hereby\s+)?granted\s+to\s+(?:[\w/]+,?\s+){0,3}?(?:copy|reprint|distribute|redistribute|reproduce|download|post|upload|circulate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PermissionNotice();

    /// <summary>"Written and compiled by …", "Translated from the German by …", "Given by …": a role's verb, then "by" and a name.</summary>
    [GeneratedRegex(@"^(?<role>written|compiled|edited|translated|transcribed|prepared|presented|given|delivered|maintained|revised|adapted|illustrated|researched|collected|selected|introduced|annotated)(?:\s+(?:and|&)\s+[a-z]+)?(?:\s+from\s+the\s+\w+)?,?\s+by\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleCredit();

    /// <summary>"Version 2.1 -- Revised 11/3/93", "Rev. 3", "Last updated 4 May 1994": which edition of a file this is.</summary>
    [GeneratedRegex(@"^(?:version\s+\d|v\d+\.\d|rev\.?\s+\d|(?:last\s+)?(?:revised|updated)\s+(?:on\s+)?\S*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionLine();

    /// <summary>"From the Spring 1993 issue of …", "(Reprinted with permission from …)", "Excerpted from …": where a piece was printed first.</summary>
    [GeneratedRegex(@"^[(\[]?\s*(?:(?:(?:re)?printed|excerpted|adapted|reproduced|condensed|republished|taken)\s+(?:[\w'\u2019,]+\s+){0,3}?from\s|from\s+(?:[\w'\u2019.,-]+\s+){0,5}?(?:issue|edition|number|volume|vol\.|no\.)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceCredit();

    /// <summary>A bibliographic citation: place and publisher with a year, or a page count.</summary>
    [GeneratedRegex(@"^\(.*\b(1[5-9]\d\d|20\d\d)\b.*\)|\b\d+\s*pp\.?$|^\(?[A-Z][\w. ]*:\s*[^,]+,\s*(1[5-9]\d\d|20\d\d)\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Imprint();

    [GeneratedRegex(@"[.!?]['""\u201D\u2019)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
