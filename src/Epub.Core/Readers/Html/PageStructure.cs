using System.Text.RegularExpressions;
using Epub.Model;
using Epub.Passes;
using Epub.Readers.PlainText.Recognition;
using HtmlAgilityPack;

namespace Epub.Readers.Html;

/// <summary>
/// What a page's markup says about its structure beyond h1–h6, read by shape and consistency,
/// never by a site's names: Project Gutenberg's wrapper, the title matter at the head (title,
/// author, the larger work), paragraphs the page uses as headings (a class or a centring that
/// only short lines have, again and again), printed page numbers and the site's navigation.
/// </summary>
internal static partial class PageStructure
{
    private const int MaxHeadingWords = 16;
    private const int MaxHeadingLength = 140;

    /// <summary>A printed edition's page number: an element classed so ("pagenum", "page-number") or whose whole text is "[Pg 12]".</summary>
    public static bool IsPageNumber(HtmlNode element)
    {
        if (element.Name is not ("span" or "a" or "div" or "p" or "small")) return false;
        var cls = element.GetAttributeValue("class", "");
        if (PageNumberClass().IsMatch(cls)) return true;
        return element.Name is "span" or "a" && element.InnerLength < 40 && PageNumberText().IsMatch(CharacterReferences.Decode(element.InnerText).Trim());
    }

    /// <summary>The printed page's number an element marks ("[Pg xii]" → "xii"), or null when it says none.</summary>
    public static string? PageLabel(HtmlNode element)
    {
        var m = PageNumberText().Match(CharacterReferences.Decode(element.InnerText).Trim());
        return m.Success ? m.Groups["label"].Value : null;
    }

    /// <summary>A block of nothing but links to other pages, worded as a website's navigation.</summary>
    public static bool IsNavigation(HtmlNode element)
    {
        // Navigation is short: a longer block is ruled out before its subtree is read whole (it is
        // asked of every element, so on a deeply nested page reading each subtree was quadratic).
        // (Character references count as written here, so the bound is generous.)
        if (!HasShortText(element, 4 * NavigationTextLimit)) return false;
        var links = LinksToOtherPages(element);
        if (links.Count == 0) return false;
        var text = HtmlReader.Clean(element.InnerText);
        var linked = links.Sum(a => HtmlReader.Clean(a.InnerText).Length);
        // Separators between the links ("Previous | Contents | Next") are no words of the block's own.
        // Links that all lead up the site, to its front pages ("Writer Archive | Library"), are its navigation whatever they say.
        return text.Length > 0 && text.Length <= NavigationTextLimit && (linked >= text.Length - 3 || IsLinkRow(element))
               && (ArchiveDebrisPass.IsWordedLikeNavigation(text) || links.All(a => LeadsHome(a.GetAttributeValue("href", ""))));
    }

    private const int NavigationTextLimit = 200;

    /// <summary>The element's links that lead off the page (not to an anchor of its own).</summary>
    private static List<HtmlNode> LinksToOtherPages(HtmlNode element) =>
        element.Descendants("a").Where(a => a.GetAttributeValue("href", "") is { Length: > 0 } href && href[0] != '#').ToList();

    /// <summary>
    /// A quotation's element used for layout: it holds headings (h1–h6), as a page whose whole body
    /// sits in a <c>&lt;blockquote&gt;</c> for its margins does. A quotation sets off words within
    /// a text; one that holds the text's sections is the page's frame, read as its content.
    /// </summary>
    public static bool IsLayoutWrapper(HtmlNode element) =>
        element.Descendants().Any(d => d.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6");

    /// <summary>A block the page marks as its navigation: a &lt;nav&gt; element, or any element with role="navigation".</summary>
    public static bool IsDeclaredNavigation(HtmlNode element) =>
        element.Name == "nav" || element.GetAttributeValue("role", "").Equals("navigation", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A heading's role as its class names it, in the words any site would use: "title",
    /// "subtitle", "author" (a stacked title block: the author's h2 or h4, the work's h3, its
    /// subtitle's h4, where the levels alone say nothing of which is which).
    /// </summary>
    public static string? HeadingRole(HtmlNode heading)
    {
        foreach (var name in heading.GetAttributeValue("class", "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (name.ToLowerInvariant() is "title" or "subtitle" or "author") return name.ToLowerInvariant();
        return null;
    }

    /// <summary>
    /// A short block whose every word is a link to another page, whatever the links say ("Writer
    /// Archive | The Work", "Download PDF | Download ePub", a cell of a navigation table, a heading
    /// "By Date | By Title"): only separators stand between the links.
    /// </summary>
    public static bool IsLinkRow(HtmlNode element)
    {
        if (!HasShortText(element, 4 * NavigationTextLimit)) return false;
        var links = LinksToOtherPages(element);
        if (links.Count == 0) return false;
        var text = HtmlReader.Clean(element.InnerText);
        if (text.Length == 0 || text.Length > NavigationTextLimit) return false;
        // What is not link text is separators and spaces ("|", "·", "-", "[ ]"): no word outside a link.
        // A way back up the page ("Top of page") is one of the row's links too.
        foreach (var node in element.Descendants().OfType<HtmlTextNode>())
        {
            var inLink = false;
            for (var up = node.ParentNode; up is not null && up != element.ParentNode && !inLink; up = up.ParentNode)
                inLink = links.Contains(up) || up.Name == "a" && IsInPageNavigation(up);
            if (!inLink && CharacterReferences.Decode(node.Text).Any(char.IsLetterOrDigit)) return false;
        }
        return true;
    }

    /// <summary>
    /// A bar of links to the site's other pages with a few words of its own: its footer's rights
    /// notice ("© 2003 The Daily. All rights reserved. Privacy Policy | Terms | Contact Us"), a
    /// label before the links ("More on this story: …", "Text size: A A") or a pager ("Page 1 of
    /// 2 Next page »"). The words say what the links are; the links are the site's, not the text's.
    /// </summary>
    public static bool IsLabelledLinkBar(HtmlNode element)
    {
        if (!HasShortText(element, 4 * NavigationTextLimit)) return false;
        var links = LinksToOtherPages(element);
        if (links.Count == 0) return false;
        var outside = new System.Text.StringBuilder();
        foreach (var node in element.Descendants().OfType<HtmlTextNode>())
            if (!node.Ancestors().Any(links.Contains)) outside.Append(CharacterReferences.Decode(node.Text)).Append(' ');
        var words = HtmlReader.Clean(outside.ToString());
        // A page's number and a size's letter ("Pages: 1 2", "A A") are no words.
        var label = HtmlReader.Clean(PagerMarks().Replace(words, " "));
        // A pager may have one link (the next page); a label or a notice stands over a bar of them.
        return Pager().IsMatch(label) || links.Count >= 2 && (SiteRightsNotice().IsMatch(words) || LinkBarLabel().IsMatch(label));
    }

    /// <summary>Whether the element's text has at most <paramref name="limit"/> characters besides white space, read in document order only as far as needed (an explicit stack: the parser's own walk costs the depth per node).</summary>
    private static bool HasShortText(HtmlNode element, int limit)
    {
        var count = 0;
        var pending = new Stack<HtmlNode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                foreach (var c in ((HtmlTextNode)node).Text)
                    if (!char.IsWhiteSpace(c) && ++count > limit) return false;
                continue;
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        }
        return true;
    }

    /// <summary>A link to an anchor of the page itself, worded as a way back ("ToC", "Top", "Top of the page", "Back to contents", "^ Top").</summary>
    public static bool IsInPageNavigation(HtmlNode link) =>
        link.GetAttributeValue("href", "").StartsWith('#') && InPageNavigationText().IsMatch(CharacterReferences.Decode(link.InnerText).Trim());

    /// <summary>A paragraph classed as a quotation ("quote", "quot2", "blockquote", "blkquot").</summary>
    public static bool IsQuotationClass(HtmlNode element) => QuotationClass().IsMatch(element.GetAttributeValue("class", ""));

    /// <summary>
    /// A table of data rather than of layout: two rows or more, and cells that hold only text
    /// (a page laid out in a table has paragraphs, headings and lists in its cells).
    /// </summary>
    public static bool IsDataTable(HtmlNode table)
    {
        var rows = table.Descendants("tr").ToList();
        if (rows.Count < 2) return false;
        return !table.Descendants().Any(d => d.Name is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "blockquote" or "pre" or "table" or "dl" or "center" or "hr")
               && rows.All(r => r.ParentNode == table || r.ParentNode?.ParentNode == table);
    }

    /// <summary>The kind of paragraph the markup makes of a block: "centred", "right" (set flush right), or its element and class ("p.sub"); null when plain.</summary>
    public static string? StyleOf(HtmlNode element)
    {
        if (element.Name == "center" || element.GetAttributeValue("align", "").Equals("center", StringComparison.OrdinalIgnoreCase)
            || CentredStyle().IsMatch(element.GetAttributeValue("style", "")))
            return "centred";
        if (element.GetAttributeValue("align", "").Equals("right", StringComparison.OrdinalIgnoreCase) || RightStyle().IsMatch(element.GetAttributeValue("style", ""))
            || element.GetAttributeValue("class", "").Split(' ').Any(c => c.Equals("right", StringComparison.OrdinalIgnoreCase)))
            return RightAligned;
        var cls = element.GetAttributeValue("class", "").Trim();
        return cls.Length > 0 ? $"{element.Name}.{cls}" : null;
    }

    /// <summary>
    /// The kind of a paragraph wholly in bold: its markup's kind marked bold (the mark alone for a
    /// plain &lt;p&gt;), so that the bold ones of a kind are weighed apart from its plain text too
    /// (a page whose every paragraph has one class sets its headings in bold). A line set flush
    /// right stays that (a signature in bold is still a signature).
    /// </summary>
    public static string? WithBold(string? style, bool whollyBold) =>
        !whollyBold || style == RightAligned ? style : style + Bold;

    /// <summary>The mark of a kind in bold, after the markup's kind; a plain paragraph in bold has it alone.</summary>
    private const string Bold = " +bold";

    /// <summary>The markup's kind of a paragraph, bold or not; null for a plain paragraph in bold.</summary>
    private static string? MarkupKind(string style) =>
        !style.EndsWith(Bold, StringComparison.Ordinal) ? style : style.Length > Bold.Length ? style[..^Bold.Length] : null;

    public static void Read(Document document, string? pageTitle, IReadOnlySet<string> homeLinks, Diagnostics diagnostics)
    {
        RemoveGutenbergWrapper(document, diagnostics);
        ReadSourceNotes(document, diagnostics);
        RemoveChrome(document, diagnostics);
        MarkHeadingParagraphs(document.Blocks);
        document.HeadingsMarkedUp = document.Blocks.OfType<Paragraph>().Any(p => p.HeadingLevel > 0);
        ReadTitleMatter(document, pageTitle, homeLinks);
        ReadBylines(document.Blocks);
    }

    /// <summary>"FOOTNOTES:", "Notes", "Footnotes to First Section": the heading over a page's notes.</summary>
    public static bool IsNotesHeading(string text) => NotesHeading().IsMatch(text.Trim());

    /// <summary>
    /// A chapter's byline set as headings ("by" over the name, or "by Name"): one plain line under
    /// the heading, not two chapters. A heading between the chapter's and its byline is the
    /// chapter's subtitle: a plain line too.
    /// </summary>
    private static void ReadBylines(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph { HeadingLevel: > 0 } by) continue;
            var text = by.PlainText.Trim();
            int end;
            if (text.Equals("by", StringComparison.OrdinalIgnoreCase) && i + 1 < blocks.Count && blocks[i + 1] is Paragraph { HeadingLevel: > 0 } name)
            {
                blocks[i] = new Paragraph([new Text("by "), .. name.Inlines], by.Line, by.Group);
                blocks.RemoveAt(i + 1);
                end = i;
            }
            else if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && text.Length < 120)
            {
                by.HeadingLevel = 0;
                end = i;
            }
            else continue;
            for (var j = i - 1; j > 0 && blocks[j] is Paragraph { HeadingLevel: > 0 } subtitle && blocks[j - 1] is Paragraph { HeadingLevel: > 0 } above && above.HeadingLevel < subtitle.HeadingLevel; j--)
                subtitle.HeadingLevel = 0;
        }
    }

    /// <summary>
    /// The site's chrome around the page's text, by where it stands and what it is: link rows
    /// (<see cref="IsLinkRow"/>) and a breadcrumb ("SITE: Author: Work: Chapter 1") in the page's
    /// title matter, before its first prose; link rows and a maintenance line ("Last updated on:
    /// DATE") after its last prose. A few at each end: a page that is a list of links (an index) keeps
    /// them, and so does a page with nothing else. Each is reported and named in the colophon.
    /// </summary>
    private static void RemoveChrome(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        if (!Enumerable.Range(0, blocks.Count).Any(i => blocks[i] is Paragraph { LinksOnly: false } && OpensProse(blocks, i))) return;
        // The head: the title matter up to the page's first prose.
        var head = new List<int>();
        // An image there is a banner or the site's logo: the head goes on under it, and a logo that links home is the site's.
        for (var i = 0; i < blocks.Count && (blocks[i] is Image || blocks[i] is Paragraph && !OpensProse(blocks, i)); i++)
            if (blocks[i] is Image { LinksHome: true } || blocks[i] is Paragraph p && (p.LinksOnly || p.HeadingLevel == 0 && Breadcrumb().IsMatch(p.PlainText))) head.Add(i);
        // The tail: back from the end, over chrome only, to the last prose.
        var tail = new List<int>();
        for (var i = blocks.Count - 1; i > head.LastOrDefault(-1) && blocks[i] is Paragraph p && (p.LinksOnly || p.HeadingLevel == 0 && Maintenance().IsMatch(p.PlainText)); i--) tail.Add(i);
        var chrome = (head.Count <= MaxChromeBlocks ? head : []).Concat(tail.Count <= MaxChromeBlocks ? tail : []).Order().ToList();
        foreach (var i in chrome)
        {
            var (line, text) = blocks[i] is Image logo ? (logo.Line, $"[logo: {logo.Alt}]") : (((Paragraph)blocks[i]).Line, ((Paragraph)blocks[i]).PlainText);
            document.Provenance.Dropped.Add((line, text));
            diagnostics.Info(DiagnosticCode.WebsiteLeftoverDropped, line, $"dropped website leftover \"{text}\"");
        }
        for (var k = chrome.Count - 1; k >= 0; k--) blocks.RemoveAt(chrome[k]);
    }

    /// <summary>
    /// The page's notes on its text's source, as an archive sets them over or under the text: a
    /// run of lines, each a field of a few words and a colon ("Written: April 1905;", "First
    /// Published: …", "Translated: NAME;", "Transcription/Markup: …", "Copyleft: …"), two fields or
    /// more that say where the text came from or who put it on line (the lexicon's words). They
    /// are the edition's provenance, not the author's text: quoted in the colophon, the date
    /// written and the translator read into the metadata.
    /// </summary>
    private static void ReadSourceNotes(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (SourceField(blocks[i]) is not { } first) continue;
            // The run: field lines, and the lines a long field wraps onto within their paragraph (no field of their own).
            var fields = new List<(string Label, string Value)?> { first };
            var end = i + 1;
            for (; end < blocks.Count && blocks[end] is Paragraph { HeadingLevel: 0 } next; end++)
            {
                var field = SourceField(next);
                if (field is null && (next.Group != ((Paragraph)blocks[end - 1]).Group || next.LinksOnly)) break;
                fields.Add(field);
            }
            if (fields.Count(f => f is not null) < MinSourceFields)
            {
                i = end - 1;
                continue;
            }
            var metadata = document.Metadata;
            for (var k = i; k < end; k++)
            {
                document.Provenance.SourceNotes.Add(Whitespace().Replace(((Paragraph)blocks[k]).PlainText, " ").Trim());
                if (fields[k - i] is not (var label, var value)) continue;
                value = value.TrimEnd(';', '.', ',');
                if (label is "written" or "delivered") metadata.Hints.Date ??= Dates.Parse(value);
                if (label is "translated" or "translation" or "translator" && IsPersonalNames(value) && !metadata.Credits.Any(c => c.Role == "trl"))
                    metadata.Credits.Add(new Credit($"Translated by {value}", value, "trl"));
            }
            diagnostics.Info(DiagnosticCode.WrapperRemoved, ((Paragraph)blocks[i]).Line, $"moved the page's notes on its source ({end - i} lines) to the colophon");
            blocks.RemoveRange(i, end - i);
            return;
        }
    }

    /// <summary>The fewest fields that make a run of lines the page's notes on its source: one may be a sentence that opens with a word and a colon.</summary>
    private const int MinSourceFields = 2;

    /// <summary>A line that is a field of the page's notes on its source: its label's last word, in lower case, and its value; null for any other block.</summary>
    private static (string Label, string Value)? SourceField(Block block)
    {
        if (block is not Paragraph { HeadingLevel: 0, LinksOnly: false } paragraph) return null;
        var m = FieldLine().Match(paragraph.PlainText.Trim());
        if (!m.Success) return null;
        var label = m.Groups["label"].Value.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        return Lexicon.English.Has("source-field", label) ? (label, m.Groups["value"].Value.Trim()) : null;
    }

    /// <summary>"Label: value": a label of one to four words (a slash may join two: "Transcription/Markup") before a colon.</summary>
    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}]*(?:[ /-]\p{L}+){0,3}):\s+(?<value>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FieldLine();

    /// <summary>The most blocks of chrome at either end of a page: more is the page's own list of links.</summary>
    private const int MaxChromeBlocks = 4;

    /// <summary>"© 2003 The Daily. All rights reserved. | |": a rights notice with its year, and the separators between the links after it.</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)[^|]{0,100}\b(?:1[89]|20)\d\d\b[^|]{0,100}[\s|·•\-–—\[\]]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteRightsNotice();

    /// <summary>Numbers, letters standing alone and separators: what a pager or a text-size switch shows between its links.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d+|\p{L})(?![\p{L}\d])|[|·•»«\-–—\[\]]", RegexOptions.CultureInvariant)]
    private static partial Regex PagerMarks();

    /// <summary>"More on this story:", "Text size:": one to four words labelling the links after them.</summary>
    [GeneratedRegex(@"^(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+:$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkBarLabel();

    /// <summary>"Page 1 of 2", "Pages:" with their numbers gone: a pager's words.</summary>
    [GeneratedRegex(@"^(?:page\s+of|pages?:)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pager();

    /// <summary>"SITE: Author: Work: Chapter 1", "Home > Archive > Work": three or more short parts of a path.</summary>
    [GeneratedRegex(@"^[^:>»\n]{1,40}(?:(?::|\s>|\s»)\s[^:>»\n]{1,60}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    /// <summary>"Last updated on: 20 November 2020", "Page last modified 3.4.2006": the site's upkeep, with its date.</summary>
    [GeneratedRegex(@"^(?:page\s+)?last\s+(?:updated|modified|revised|changed)\b.{0,40}\d.{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Maintenance();

    /// <summary>Project Gutenberg's header (its Title, Author and Release Date become metadata), credits, footer and licence; in paragraphs or in a &lt;pre&gt;.</summary>
    private static void RemoveGutenbergWrapper(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var start = blocks.FindIndex(b => Lines(b).Any(Gutenberg.IsStart));
        if (start < 0) return;
        foreach (var line in blocks.Take(start + 1).SelectMany(Lines).TakeWhile(l => !Gutenberg.IsStart(l))) Gutenberg.ReadField(line, document.Metadata);
        var end = blocks.FindIndex(start + 1, b => Lines(b).Any(Gutenberg.IsEnd));
        if (end >= 0) Remove(document, diagnostics, end, blocks.Count, "the Project Gutenberg footer and licence");
        // "Produced by …" right after the start: the edition's credits, not the author's words.
        var credits = start + 1;
        if (credits < blocks.Count && blocks[credits] is Paragraph first && Gutenberg.IsCredits(first.PlainText))
        {
            var last = credits;
            while (last + 1 < blocks.Count && blocks[last + 1] is Paragraph next && next.Group == first.Group) last++;
            Remove(document, diagnostics, credits, last + 1, "the e-text producers\u2019 credits");
        }
        Remove(document, diagnostics, 0, start + 1, "the Project Gutenberg header");
    }

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        Paragraph p => [p.PlainText],
        Preformatted pre => pre.Lines,
        _ => [],
    };

    private static void Remove(Document document, Diagnostics diagnostics, int from, int to, string what)
    {
        var line = document.Blocks[from] switch { Paragraph p => p.Line, Preformatted pre => pre.Line, _ => 0 };
        document.Provenance.Wrappers.Add((line, what, to - from));
        diagnostics.Info(DiagnosticCode.WrapperRemoved, line, $"left out {what} ({to - from} paragraphs)");
        document.Blocks.RemoveRange(from, to - from);
    }

    /// <summary>
    /// Paragraphs the page uses as headings: a kind (a class such as "p.sub", or centring) that
    /// two or more short, heading-shaped paragraphs share, and that nearly never holds prose. They
    /// rank below the page's own headings, or above them where they come first (parts whose
    /// sections are h2s).
    /// </summary>
    private static void MarkHeadingParagraphs(List<Block> blocks)
    {
        JoinLines(blocks);
        var styled = blocks.OfType<Paragraph>().Where(p => p.SourceStyle is not null && p.HeadingLevel == 0).ToList();
        // Each paragraph belongs to its markup's kind, and one wholly in bold to that kind in bold as well.
        var byStyle = styled.Where(p => MarkupKind(p.SourceStyle!) is not null).GroupBy(p => MarkupKind(p.SourceStyle!)!)
            .Concat(styled.Where(p => p.SourceStyle!.EndsWith(Bold, StringComparison.Ordinal)).GroupBy(p => p.SourceStyle!));
        var marked = new List<Paragraph>();
        var markedOnce = new HashSet<Paragraph>();
        // The line under an image is its caption, whatever its class.
        var captions = Enumerable.Range(1, Math.Max(0, blocks.Count - 1)).Where(i => blocks[i - 1] is Image).Select(i => blocks[i]).OfType<Paragraph>().ToHashSet();
        // The lines right under a heading of the page's own.
        var underHeadings = Enumerable.Range(1, Math.Max(0, blocks.Count - 1)).Where(i => blocks[i - 1] is Paragraph { HeadingLevel: > 0 }).Select(i => blocks[i]).OfType<Paragraph>().ToHashSet();
        // A line the same paragraph goes on after, in another kind ("<b>Saturday, June 14</b><br>Work day, …"): an entry's lead, not a heading.
        var leads = Enumerable.Range(0, Math.Max(0, blocks.Count - 1))
            .Where(i => blocks[i] is Paragraph line && blocks[i + 1] is Paragraph next && next.Group == line.Group && next.SourceStyle != line.SourceStyle)
            .Select(i => (Paragraph)blocks[i]).ToHashSet();
        foreach (var kind in byStyle)
        {
            if (kind.Key == RightAligned || MarkupKind(kind.Key) is string markup && NamesAnotherRole(markup)) continue;
            var headings = kind.Where(p => HeadingShaped(p) && !captions.Contains(p) && !leads.Contains(p)).ToList();
            if (headings.Count < 2) continue;
            // Lines set each right under a heading of the page are its argument or subtitle ("The Act of 1794—The opening."), not headings of their own.
            if (headings.All(underHeadings.Contains)) continue;
            // A kind whose lines say the same words again and again ("RUTH." … "RUTH.", "Curtain." … "Curtain.") names a play's
            // speakers and its directions: a section's name is said once.
            var repeated = kind.GroupBy(p => p.PlainText.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Sum(g => g.Count());
            if (repeated * 3 >= kind.Count()) continue;
            // A class for headings holds little else; centring is shared with verse and title pages, so only its short lines count.
            if (kind.Key != "centred" && headings.Count < kind.Count() * 0.8) continue;
            marked.AddRange(headings.Where(markedOnce.Add));
        }
        // Three or more such lines in a row are a title page or an imprint (publisher, address, designer), not headings.
        for (var i = 0; i < blocks.Count;)
        {
            var j = i;
            while (j < blocks.Count && blocks[j] is Paragraph { HeadingLevel: 0, SourceStyle: not null } p && p.SourceStyle == ((Paragraph)blocks[i]).SourceStyle) j++;
            if (j - i >= 3) for (var k = i; k < j; k++) marked.Remove((Paragraph)blocks[k]);
            i = Math.Max(j, i + 1);
        }
        if (marked.Count == 0) return;
        // The page's own heading levels in its body, past the title matter at its head.
        var body = Enumerable.Range(0, blocks.Count).FirstOrDefault(i => OpensProse(blocks, i));
        var pageLevels = blocks.Skip(body).OfType<Paragraph>().Where(p => p.HeadingLevel >= 2).Select(p => p.HeadingLevel).Distinct().ToList();
        var firstMarked = blocks.IndexOf(marked.MinBy(blocks.IndexOf)!);
        var firstPageHeading = blocks.FindIndex(b => b is Paragraph { HeadingLevel: >= 2 } p && pageLevels.Contains(p.HeadingLevel));
        int level;
        if (pageLevels.Count == 0) level = 2;
        else if (firstPageHeading > firstMarked) level = Math.Max(1, pageLevels.Min() - 1);
        else level = Math.Min(6, pageLevels.Max() + 1);
        foreach (var p in marked) p.HeadingLevel = level;
    }

    /// <summary>The lines of one styled paragraph (broken with &lt;br&gt;), when all are short: one heading-to-be over two lines.</summary>
    private static void JoinLines(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph { SourceStyle: not null, HeadingLevel: 0 } first) continue;
            var j = i + 1;
            while (j < blocks.Count && blocks[j] is Paragraph { HeadingLevel: 0 } next && next.Group == first.Group && next.SourceStyle == first.SourceStyle) j++;
            if (j - i is < 2 or > 4) continue;
            var lines = blocks.GetRange(i, j - i).Cast<Paragraph>().ToList();
            if (lines.Any(l => l.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)) continue;
            var inlines = new List<Inline>(lines[0].Inlines);
            foreach (var line in lines.Skip(1))
            {
                inlines.Add(new Text(" "));
                inlines.AddRange(line.Inlines);
            }
            blocks[i] = new Paragraph(inlines, first.Line, first.Group) { SourceStyle = first.SourceStyle };
            blocks.RemoveRange(i + 1, j - i - 1);
        }
    }

    private static bool HeadingShaped(Paragraph p)
    {
        var text = p.PlainText.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength) return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords + 4) return false;
        // A line ending in a comma runs on; one ending in a colon introduces what follows (a list, a quotation).
        if (text[^1] is ',' or ';' or ':') return false;
        // A credit ("Cover design by …", "Address by Dr. …"), an address ("2679 So. York St., Denver 10"), a note of the source ("… Italiana. Vol. XIV"): no headings.
        if (Credit().IsMatch(text) || Address().IsMatch(text) || SourceCitation().IsMatch(text)) return false;
        if (SentenceInside().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12) return false;
        // "(Applause.)", "(Cries of 'Shame!')": a paragraph wholly in brackets is a stage direction or an aside.
        if (text[0] == '(' && text.TrimEnd('.')[^1] == ')') return false;
        // A question's or an answer's label ("Q.", "A:") sets out a dialogue; a date alone heads an entry of a calendar or a diary.
        if (DialogueLabel().IsMatch(text) || Dates.Parse(text) is not null) return false;
        if (IsEndMark(text)) return false;
        var first = text.TrimStart('"', '\'', '\u201C', '\u2018', '(');
        return first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0]));
    }

    /// <summary>
    /// The page's head, before its first prose: its headings name the text, its author and the
    /// larger work it belongs to; what is neither stays as plain lines of the opening (a
    /// publisher, "Selected by …"), not as chapters. The last heading before the prose begins the
    /// first section unless it repeats the title.
    /// </summary>
    private static void ReadTitleMatter(Document document, string? pageTitle, IReadOnlySet<string> homeLinks)
    {
        var blocks = document.Blocks;
        // (A banner's image, a logo, stands in the head: no text of the page's begins there.)
        var prose = Enumerable.Range(0, blocks.Count).FirstOrDefault(i => blocks[i] is not (Paragraph or Image) || blocks[i] is Paragraph p && OpensProse(blocks, i) && !ArchiveDebrisPass.IsArchiveNotice(p.PlainText), blocks.Count);
        // The head ends where the first section begins: a heading of a level the text uses again,
        // whose prose follows it (past its subtitles and byline).
        var opensSection = Enumerable.Range(0, prose).FirstOrDefault(i => OpensSection(blocks, i, prose), -1);
        if (opensSection >= 0) prose = opensSection;
        var headings = Enumerable.Range(0, prose).Where(i => blocks[i] is Paragraph { HeadingLevel: > 0 }).ToList();
        // Where no heading of the page names it, its <title> does, without the site's name.
        var ownTitle = OwnTitle(pageTitle, homeLinks, blocks);
        if (headings.Count == 0)
        {
            document.Metadata.Title ??= ownTitle;
            return;
        }
        var metadata = document.Metadata;
        // The heading right before the prose opens the first section, unless the title is all the head has.
        var firstSection = opensSection < 0 && headings.Count > 1 && headings[^1] == LastHeadingBefore(blocks, prose) ? headings[^1] : -1;
        var titleSegments = pageTitle is null ? [] : pageTitle.Split([":", "|", "\u2013", "\u2014", " - "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // A heading the page names its title: by its class, or as its <title> (whole, or a part of it after the author's name).
        bool NamedTitle(int i) => ((Paragraph)blocks[i]).HeadingRole == "title"
                                  || pageTitle is not null && (SameWords(Heading(blocks, i), pageTitle) || titleSegments.Length > 1 && titleSegments.Skip(1).Any(part => SameWords(Heading(blocks, i), part)));
        // Under a title the page names, the heading before the prose whose level no section after
        // it uses, with no number or division word, is the title block's last line (a subtitle,
        // an occasion, a date), not the first of the sections: under a title its class names, or
        // one its <title> names two levels or more above it (one level under, "Sermons" over "The
        // First Sermon", it is the page's one chapter).
        var titleLine = -1;
        if (firstSection >= 0 && ((Paragraph)blocks[firstSection]).HeadingLevel is var lineLevel && !LevelUsedAfter(blocks, prose, lineLevel)
            && !NamesDivision(Heading(blocks, firstSection)) && !Markers.Byline().IsMatch(Heading(blocks, firstSection))
            && headings.Any(i => i < firstSection && (((Paragraph)blocks[i]).HeadingRole == "title" || NamedTitle(i) && lineLevel - ((Paragraph)blocks[i]).HeadingLevel >= 2)))
            (titleLine, firstSection) = (firstSection, -1);
        var candidates = headings.Where(i => i != firstSection && i != titleLine).ToList();
        var used = new HashSet<int>();

        // Headings whose class names their role say it first: the page's markup is surer than their order.
        foreach (var i in headings)
        {
            var text = Heading(blocks, i);
            switch (((Paragraph)blocks[i]).HeadingRole)
            {
                case "title" when metadata.Title is null: (metadata.Title, metadata.Subtitle) = TitleBlockPass.SplitTitle(text); break;
                case "subtitle" when metadata.Subtitle is null && metadata.Title is not null: metadata.Subtitle = text; break;
                case "author" when metadata.Author is null && LooksLikeName(text): metadata.Author = text; break;
                default: continue;
            }
            used.Add(i);
        }
        for (var k = 0; k < candidates.Count; k++)
        {
            var i = candidates[k];
            if (used.Contains(i)) continue;
            var text = Heading(blocks, i);
            // A numeral alone ("VI" over the chapter's name) numbers the heading under it: one heading, "VI. The Name".
            if (BareNumeral().Match(text) is { Success: true } numeral && headings.FirstOrDefault(j => j > i, -1) is var numbered and >= 0)
            {
                ((Paragraph)blocks[numbered]).Inlines.Insert(0, new Text(numeral.Groups["n"].Value + ". "));
                used.Add(i);
            }
            else if (Markers.Byline().Match(text) is { Success: true } heldBy && metadata.Author is null && LooksLikeName(BylineName(heldBy)))
            {
                // "By Ann Writer" set as a heading of the title block.
                metadata.Author = BylineName(heldBy);
                used.Add(i);
            }
            else if (text.Equals("by", StringComparison.OrdinalIgnoreCase) && k + 1 < candidates.Count)
            {
                metadata.Author ??= Heading(blocks, candidates[k + 1]).TrimEnd('.', ',');
                used.Add(i);
                used.Add(candidates[++k]);
            }
            else if (TrailingByline().Match(text) is { Success: true } by)
            {
                metadata.Author ??= by.Groups["name"].Value.TrimEnd('.', ',');
                metadata.Title ??= by.Groups["title"].Value.TrimEnd('.', ',');
                used.Add(i);
            }
            // The page's <title> names its author first ("Author: Book, Chapter", or by surname alone): a heading that is that name is the author.
            else if (titleSegments.Length > 1 && LooksLikeName(text) && (SameWords(text, titleSegments[0]) || SameWords(text.Split(' ')[^1], titleSegments[0])))
            {
                metadata.Author ??= text;
                used.Add(i);
            }
            // A stacked title block names its author in a heading of its own ("Ann Writer and John Other" over
            // the work's title): a person's name, or names joined, each opening with a given name, an initial or an
            // honorific. Only while another heading is left to be the title: an essay may be named after a person.
            else if (metadata.Author is null && IsPersonalNames(text) && headings.Any(j => j != i && !used.Contains(j)))
            {
                metadata.Author = text;
                used.Add(i);
            }
        }
        // A byline as a line of its own under the headings ("by MC12").
        for (var i = 0; i < prose; i++)
            if (blocks[i] is Paragraph { HeadingLevel: 0 } line && Markers.Byline().Match(line.PlainText.Trim()) is { Success: true } byline && metadata.Author is null)
            {
                metadata.Author = BylineName(byline);
                used.Add(i);
            }
        var remaining = candidates.Where(i => !used.Contains(i)).ToList();
        // The author's line taken, the one heading left before the prose is the title, not a first section.
        if (remaining.Count == 0 && firstSection >= 0 && used.Count > 0 && metadata.Title is null)
        {
            remaining.Add(firstSection);
            firstSection = -1;
        }
        if (metadata.Title is string known)
        {
            // A title already known (Project Gutenberg's header): the headings that say it are the title page's.
            foreach (var i in headings.Where(i => TitleBlockPass.SameTitle(Heading(blocks, i), known))) used.Add(i);
            if (firstSection >= 0 && used.Contains(firstSection)) firstSection = -1;
        }
        // A date alone ("1908", "(7 March 1905)") says when the text was written: no title, a line of its own.
        foreach (var i in remaining.Where(i => DateAlone(Heading(blocks, i)) is not null).ToList())
        {
            metadata.Hints.Date ??= DateAlone(Heading(blocks, i));
            remaining.Remove(i);
        }
        var titleIndex = -1;
        if (metadata.Title is null && remaining.Count > 0)
        {
            // The last named heading is the text itself; a page-level heading (h1) before it is the larger work it belongs to.
            titleIndex = remaining[^1];
            // Unless the page's <title> is, word for word, an earlier heading and not the last: the
            // page says that one is its title, and the heading under it is its subtitle.
            var named = NamedTitle(titleIndex) ? -1 : remaining.FirstOrDefault(NamedTitle, -1);
            if (named >= 0)
            {
                metadata.Subtitle ??= Heading(blocks, titleIndex);
                used.Add(titleIndex);
                titleIndex = named;
            }
            var (title, subtitle) = TitleBlockPass.SplitTitle(Heading(blocks, titleIndex));
            metadata.Title = title;
            metadata.Subtitle ??= subtitle;
            used.Add(titleIndex);
            var book = named >= 0 ? -1 : remaining.FirstOrDefault(i => i != titleIndex && ((Paragraph)blocks[i]).HeadingLevel < ((Paragraph)blocks[titleIndex]).HeadingLevel, -1);
            if (book >= 0)
            {
                metadata.Collection = Heading(blocks, book);
                used.Add(book);
            }
            if (firstSection >= 0 && SameWords(Heading(blocks, firstSection), title)) used.Add(firstSection);
        }
        if (titleLine >= 0)
        {
            // The title block's last line: a date says when (and stays as a line of the text), other words are the subtitle.
            var line = Heading(blocks, titleLine);
            if (DateAlone(line) is string date) metadata.Hints.Date ??= date;
            else if (metadata.Subtitle is null)
            {
                metadata.Subtitle = line;
                used.Add(titleLine);
            }
        }
        // Title-page lines that are not the title, author or collection read as plain lines, never as
        // chapters; but under a title block its classes named, a heading of a higher level than the
        // first section's is the chapter those sections divide (a chapter page of a larger work).
        var classedEnd = headings.Where(i => used.Contains(i) && ((Paragraph)blocks[i]).HeadingRole is not null).DefaultIfEmpty(-1).Max();
        var sectionLevel = firstSection >= 0 ? ((Paragraph)blocks[firstSection]).HeadingLevel : prose < blocks.Count && blocks[prose] is Paragraph { HeadingLevel: > 0 and var level } ? level : 0;
        bool ChapterUnderClassedTitle(int i) => classedEnd >= 0 && i > classedEnd && ((Paragraph)blocks[i]).HeadingLevel < sectionLevel;
        foreach (var i in headings.Where(i => i != firstSection && !used.Contains(i) && !ChapterUnderClassedTitle(i))) ((Paragraph)blocks[i]).HeadingLevel = 0;
        // A chapter page of a larger work, whose one heading is its numbered title ("III. The Name"), keeps it as its one chapter too.
        var onlyHeading = titleIndex >= 0 && firstSection < 0 && !blocks.Skip(prose).Any(b => b is Paragraph { HeadingLevel: > 0 })
                          && Markers.EnumeratedLine().Match(Heading(blocks, titleIndex)) is { Success: true } label && Markers.Ordinal(label.Groups["label"].Value) > 0 ? titleIndex : -1;
        for (var i = prose - 1; i >= 0; i--)
            if (used.Contains(i) && i != onlyHeading) blocks.RemoveAt(i);
        metadata.Title ??= ownTitle;
    }

    /// <summary>
    /// The page's own title in its &lt;title&gt;, without the site's name set before or after it
    /// ("SITE | TITLE", "SITE :: TITLE", "SITE » Blog Archive » TITLE", "TITLE - SITE"): of the
    /// parts between spaced separators, the one the page does not link home (a site links its name
    /// to its front page: the banner, the breadcrumb, the footer), and of those the one the page
    /// sets as a heading, else the longest. An editor's placeholder ("Untitled Document", "New
    /// Page 1") is no title, nor is a file's name (a text file wrapped in a page, "harland.txt"):
    /// the text's own title block names it. A colon stays: it sets a title's subtitle off as often as a site's name.
    /// </summary>
    internal static string? OwnTitle(string? pageTitle, IReadOnlySet<string> homeLinks, List<Block> blocks)
    {
        if (pageTitle is null || PlaceholderTitle().IsMatch(pageTitle)) return null;
        var parts = TitleSeparator().Split(pageTitle).Select(part => part.Trim()).Where(part => part.Any(char.IsLetterOrDigit)).ToList();
        if (parts.Count < 2) return pageTitle;
        var unlinked = parts.Where(part => !homeLinks.Contains(part)).ToList();
        if (unlinked.Count == 0) unlinked = parts;
        // A part the page sets as a heading is its own.
        var headings = blocks.OfType<Paragraph>().Where(p => p.HeadingLevel > 0).Select(p => p.PlainText.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return unlinked.FirstOrDefault(headings.Contains) ?? unlinked.MaxBy(part => part.Count(char.IsLetterOrDigit));
    }

    /// <summary>A link to a site's front page: its root, a folder, or an index, default or home page.</summary>
    internal static bool LeadsHome(string href) => href.Length is > 0 and <= MaxHomeLinkLength && HomeLink().IsMatch(href);

    /// <summary>The longest address read as a link home (a front page's is short).</summary>
    private const int MaxHomeLinkLength = 200;

    [GeneratedRegex(@"^(?:(?:https?:)?//[^/?#]+)?(?:/|(?:\.\.?/)+|(?:[^?#]*/)?(?:index|default|home|main)\.(?:s?html?|php|asp))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HomeLink();

    [GeneratedRegex(@"\s+(?:\||::|\u00BB|\u2014|\u2013|-{1,2})\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    // A file's own name ("harland.txt", "STRIKE.TXT"), set as the <title> of a text file wrapped in a page, names the file, not the work.
    [GeneratedRegex(@"^\s*(?:untitled(?:\s+document)?(?:-?\d+)?|new\s+page(?:\s+\d+)?|document\d*|no\s+title|home(?:\s*page)?|index|welcome|[\w-]+\.(?:txt|text|asc|doc|nfo|s?html?))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderTitle();

    private static bool OpensSection(List<Block> blocks, int i, int prose)
    {
        if (blocks[i] is not Paragraph { HeadingLevel: > 0 and var level } heading || heading.PlainText.Trim().Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        if (!blocks.Skip(prose).Any(b => b is Paragraph { HeadingLevel: var l } && l == level)) return false;
        for (var j = i + 1; j < blocks.Count; j++)
        {
            if (blocks[j] is not Paragraph p) return true;
            var text = p.PlainText.Trim();
            if (p.HeadingLevel > level || Markers.Byline().IsMatch(text)) continue;
            if (p.HeadingLevel > 0 && text.Equals("by", StringComparison.OrdinalIgnoreCase)) { j++; continue; }
            return OpensProse(blocks, j);
        }
        return false;
    }

    /// <summary>"THE END.", "Finis.": the words that close a text, with "the" at most besides.</summary>
    private static bool IsEndMark(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        // Set as a mark: in capitals or closed by a stop ("The End" in title case may be a chapter's name).
        return words.Count is 1 or 2 && Lexicon.English.Has("end-mark", words[^1]) && (words.Count == 1 || Lexicon.English.Has("function", words[0]))
               && (text.TrimEnd().EndsWith('.') || !text.Any(char.IsLower));
    }

    /// <summary>
    /// The name a byline gives, without the writer's post after it: "Anna Keller, Staff Writer",
    /// "Michael Doran | Staff Writer", "ANNA KELLER Labor Correspondent" (the name in capitals,
    /// the post not) all give the name alone.
    /// </summary>
    private static string BylineName(Match byline)
    {
        var name = byline.Groups["name"].Value;
        var cut = name.IndexOfAny([',', '|', '\u2014']);
        if (cut > 0) name = name[..cut];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.TakeWhile(w => w.Any(char.IsLetter) && !w.Any(char.IsLower)).Count();
        if (capitals >= 2 && capitals < words.Length) words = words[..capitals];
        return string.Join(' ', words).TrimEnd('.', ',', ' ');
    }

    /// <summary>The date a heading that is nothing but a date gives ("1908", "(7 March 1905)"), or null.</summary>
    private static string? DateAlone(string text) => Dates.Parse(text.Trim('(', ')', '[', ']'));

    /// <summary>Whether a heading of <paramref name="level"/> stands anywhere from <paramref name="prose"/> on.</summary>
    private static bool LevelUsedAfter(List<Block> blocks, int prose, int level) =>
        blocks.Skip(prose).Any(b => b is Paragraph { HeadingLevel: var l } && l == level);

    /// <summary>A heading that numbers or names a division ("III.", "Chapter 2", "Part One: …", "Preface"): a section's, whatever stands around it.</summary>
    private static bool NamesDivision(string text)
    {
        if (Markers.EnumeratedLine().IsMatch(text) || BareNumeral().IsMatch(text)) return true;
        var first = WordPattern().Match(text.ToLowerInvariant()).Value;
        return Lexicon.English.Has("division", first) || Lexicon.English.Has("matter", first);
    }

    private static int LastHeadingBefore(List<Block> blocks, int prose)
    {
        for (var i = prose - 1; i >= 0; i--)
            if (blocks[i] is Paragraph { HeadingLevel: > 0 }) return i;
        return -1;
    }

    private static string Heading(List<Block> blocks, int i) => Whitespace().Replace(((Paragraph)blocks[i]).PlainText, " ").Trim();

    /// <summary>
    /// A paragraph that starts the text: prose, or the first line of a stanza (lines a page breaks
    /// with &lt;br&gt; read as one run, each line alone being too short to be a sentence). The run is
    /// read only as far as a sentence needs, so asking of every line costs a few lines each.
    /// </summary>
    private static bool OpensProse(List<Block> blocks, int i)
    {
        if (blocks[i] is not Paragraph { HeadingLevel: 0 } first) return false;
        var text = first.PlainText;
        for (var j = i + 1; !IsProse(text) && j < blocks.Count && j - i < StanzaLines && blocks[j] is Paragraph { HeadingLevel: 0 } line && line.Group == first.Group && text.Length < ProseLength; j++)
            text += " " + line.PlainText;
        return IsProse(text);
    }

    /// <summary>Past this many characters, or lines, a run has had room for the twenty words that make prose (and asking of each of thousands of one-word lines stays cheap).</summary>
    private const int ProseLength = 200, StanzaLines = 8;

    /// <summary>A sentence or more of running text: long, or ending as a sentence does with mostly lower-case words (a title page's lines are capitalised).</summary>
    private static bool IsProse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 20) return true;
        if (words.Length < 6 || text.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')') is not { Length: > 0 } end || end[^1] is not ('.' or '!' or '?')) return false;
        return words.Count(w => char.IsLower(w[0])) >= words.Length * 0.4;
    }

    private static string Words(string text) => string.Join(' ', WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static bool SameWords(string a, string b) => Words(a) is { Length: > 0 } x && x == Words(b);


    /// <summary>One to three people's names, joined by commas, "and" or "&amp;", each opening as a person's name does.</summary>
    private static bool IsPersonalNames(string text)
    {
        var names = NameJoint().Split(text.TrimEnd('.', ','));
        return names.Length <= 3 && names.All(name => LooksLikeName(name) && OpensAsPerson(name.Split(' ')[0]));
    }

    private static bool OpensAsPerson(string word) =>
        Lexicon.English.Has("given", word) || Lexicon.English.Has("honorific", word.TrimEnd('.')) || Initials().IsMatch(word);

    [GeneratedRegex(@"\s*,\s*and\s+|\s+and\s+|\s*&\s*|\s*,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameJoint();

    /// <summary>"V.", "J.C.", "J.-P."</summary>
    [GeneratedRegex(@"^(\p{Lu}\.-?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "da" or "la");
    }

    [GeneratedRegex(@"\bpage-?num(ber)?s?\b|\bpagenum\b|\bpageno\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberClass();

    [GeneratedRegex(@"^\[?\s*(Pg|Page|p\.)\s*(?<label>[ivxlcdm\d]+)\s*\]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberText();

    [GeneratedRegex(@"(^|\s)(block)?(quote|quot\d*|blkquot|blockquotation)(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotationClass();

    [GeneratedRegex(@"text-align\s*:\s*center", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CentredStyle();

    [GeneratedRegex(@"text-align\s*:\s*right", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightStyle();

    /// <summary>
    /// The kind of a paragraph set flush right (align, style or a class named so): where a page
    /// sets its signatures, attributions and dates ("Name.", "London, June 24, 1872"), never its headings.
    /// </summary>
    private const string RightAligned = "right";

    /// <summary>"On Liberty. By John Stuart Mill."</summary>
    [GeneratedRegex(@"^(?<title>.+?[.,])\s+by\s+(?<name>[A-Z][^.]*(\.[^.]+)*\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingByline();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\W*(toc|top( of (the )?page)?|up|((back|go|return)( to)?|to)( the)? (top( of (the )?page)?|contents|table of contents|index)|(table of )?contents|index)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InPageNavigationText();

    [GeneratedRegex(@"\S\s+by\s+(Dr\.\s+|Mr\.\s+|Mrs\.\s+)?[A-Z][a-z]+\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    /// <summary>Where a text was taken from: "From the Encyclopedia Italiana. Vol. XIV".</summary>
    [GeneratedRegex(@"^From\s.*\b(Vol|No|pp?)\.\s*[\dIVXLC]", RegexOptions.CultureInvariant)]
    private static partial Regex SourceCitation();

    [GeneratedRegex(@"\d+[^,\d]+,[^,\d]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"\p{Ll}{2}\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^[QA][.:]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DialogueLabel();

    [GeneratedRegex(@"^(foot\s?notes?|end\s?notes?|notes?)\b[\w\s.]{0,30}:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>A heading that is a number alone: "VI", "VI.", "12".</summary>
    [GeneratedRegex(@"^(?<n>[IVXLC]{1,7}|\d{1,3})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumeral();

    /// <summary>
    /// A kind of paragraph whose class says what it is, and it is no heading: a figure's caption,
    /// a play's stage direction or speaker, a line of verse, an index entry, a letter's salutation,
    /// signature, address or date, a quotation's attribution, a piece's byline, a page's footer.
    /// However short and alike such paragraphs are, the page has named them.
    /// </summary>
    private static bool NamesAnotherRole(string style) => OtherRoleClass().IsMatch(style);

    [GeneratedRegex(@"\.(?:.*[\s_-])?(fig|figcaption|caption|illus|illustration|photo|image|img|plate|stage|stagedir|direction|entrance|exit|speaker|speech|verse|poem|stanza|line|index|idx|signature|sig|date|dateline|salutation|address|closing|valediction|attribution|attrib|source|citation|author|byline|credit|copyright|footer)s?(?:[\s_\d-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherRoleClass();
}
