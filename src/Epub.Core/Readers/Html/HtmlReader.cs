using System.Text.RegularExpressions;
using Epub.Model;
using HtmlAgilityPack;

namespace Epub.Readers.Html;

/// <summary>
/// Reads an archived HTML page into the document tree: one paragraph per block element (or per
/// line of a block broken with &lt;br&gt;), headings marked as such, emphasis kept, lists as lists,
/// scripts, styles and forms left out. Notes come from the page's own markup: a short link whose
/// target, later in the page, is a note (it links back, or starts with the link's number) becomes
/// a <see cref="NoteReference"/> tied to that <see cref="Note"/>; a bare superscript number
/// becomes a reference the notes pass ties to a list of notes.
/// </summary>
public sealed partial class HtmlReader : IReader
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "form", "select", "button", "iframe", "object", "head", "svg"];
    private static readonly HashSet<string> BlockElements = ["p", "div", "li", "dd", "dt", "blockquote", "pre", "td", "th", "center", "address", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "hr", "aside", "footer", "header", "nav"];

    /// <summary>The elements a note's target may sit in: its note is the nearest of them.</summary>
    private static readonly HashSet<string> NoteContainers = ["p", "div", "li", "dd", "td", "aside", "section", "blockquote"];

    public string Name => "html";

    /// <summary>Whether the text is an HTML page rather than plain text.</summary>
    public bool CanRead(string head) => LooksLikeHtml(head);

    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 1024)));

    public Document Read(SourceText source, Diagnostics diagnostics)
    {
        var text = source.TakeText(diagnostics);
        var html = new HtmlDocument { OptionFixNestedTags = true };
        html.LoadHtml(Nesting.Elide(text, out var elided));
        if (Nesting.Flatten(html.DocumentNode) > 0 || elided > 0)
            diagnostics.Warn(DiagnosticCode.NestingFlattened, 0, $"elements nested more than {Nesting.Limit} deep were unwrapped (their text stays; formatting that deep is lost)");
        var document = new Document();
        var pageTitle = html.DocumentNode.SelectSingleNode("//title")?.InnerText is string t && !string.IsNullOrWhiteSpace(t) ? Clean(t) : null;
        // <meta name="author">: the page's own word on its author, where the text names none.
        if (html.DocumentNode.SelectSingleNode("//meta[translate(@name,'AUTHOR','author')='author']")?.GetAttributeValue("content", "") is { Length: > 0 } metaAuthor)
            document.Metadata.Hints.Author = Clean(metaAuthor);

        var body = html.DocumentNode.SelectSingleNode("//body") ?? html.DocumentNode;
        var links = NoteLinks.Find(body);
        var builder = new Builder(document.Blocks, links, diagnostics, provenance: document.Provenance, pages: new PageBreaks());
        builder.Walk(body);
        builder.Flush();

        foreach (var (container, note) in links.Notes)
        {
            var blocks = new List<Block>();
            var noteBuilder = new Builder(blocks, links, diagnostics, inNote: container);
            noteBuilder.Walk(container);
            noteBuilder.Flush();
            note.Paragraphs.AddRange(Model.Blocks.Paragraphs(blocks));
            if (note.Paragraphs.Count > 0) StripLabel(note.Paragraphs[0], note.Label);
            TidyNote(note);
            document.Notes.Add(note);
        }
        ReadWrappedText(document, diagnostics);
        // What the page's links home say: a part of its <title> linked so is the site's name.
        var homeLinks = pageTitle is null ? [] : body.Descendants("a").Where(a => PageStructure.LeadsHome(a.GetAttributeValue("href", ""))).Select(a => Clean(a.InnerText)).Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        PageStructure.Read(document, pageTitle, homeLinks, diagnostics);
        return document;
    }

    /// <summary>
    /// An archived text file wrapped in a page: a &lt;pre&gt; of twenty lines or more holding
    /// nearly all the page's text is read as the plain text it is (its headings, notes,
    /// wrappers), not kept as one preformatted block.
    /// </summary>
    private static void ReadWrappedText(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var pre = blocks.OfType<Preformatted>().MaxBy(p => p.Lines.Sum(l => l.Length));
        if (pre is null || pre.Lines.Count < 20) return;
        var preLength = pre.Lines.Sum(l => l.Length);
        var total = Model.Blocks.Paragraphs(blocks).Sum(p => p.PlainText.Length) + blocks.OfType<Preformatted>().Sum(p => p.Lines.Sum(l => l.Length));
        if (preLength < total * 0.7) return;
        var text = new PlainText.PlainTextReader().Read(string.Join('\n', pre.Lines), diagnostics);
        var at = blocks.IndexOf(pre);
        blocks.RemoveAt(at);
        blocks.InsertRange(at, text.Blocks);
        document.Metadata.Title ??= text.Metadata.Title;
        document.Metadata.Author ??= text.Metadata.Author;
        document.Metadata.Hints.Title ??= text.Metadata.Hints.Title;
        document.Metadata.Hints.Author ??= text.Metadata.Hints.Author;
        document.Metadata.Hints.Date ??= text.Metadata.Hints.Date;
        document.Provenance.Wrappers.AddRange(text.Provenance.Wrappers);
    }

    /// <summary>The note's own number at the start of its text ("1.", "[1]", "(1)"): the list shows it already.</summary>
    private static void StripLabel(Paragraph paragraph, string label)
    {
        if (paragraph.Inlines.Count == 0 || paragraph.Inlines[0] is not Text first) return;
        var m = LeadingLabel().Match(first.Value);
        if (m.Success && m.Groups["label"].Value == label) first.Value = first.Value[m.Length..];
        if (first.Value.Length == 0) paragraph.Inlines.RemoveAt(0);
    }

    /// <summary>
    /// What a note's link back leaves once the link is gone: "1 (return)" leaves "()", a line of
    /// its own; and a note set in brackets by its edition ("[ The text. ]") loses them, since the
    /// book's note list sets it apart already.
    /// </summary>
    private static void TidyNote(Note note)
    {
        var paragraphs = note.Paragraphs;
        while (paragraphs.Count > 1 && paragraphs[0].PlainText.Trim('(', ')', '[', ']', ' ').Length == 0)
            paragraphs.RemoveAt(0);
        if (paragraphs.Count == 0) return;
        if (paragraphs[0].Inlines.FirstOrDefault() is Text opening && opening.Value.TrimStart().StartsWith('[')
            && paragraphs[^1].Inlines.LastOrDefault() is Text closing && closing.Value.TrimEnd().EndsWith(']')
            && (opening != closing || opening.Value.Trim().Length > 1)
            && paragraphs.Sum(p => p.PlainText.Count(c => c == '[')) == 1 && paragraphs.Sum(p => p.PlainText.Count(c => c == ']')) == 1)
        {
            opening.Value = opening.Value.TrimStart()[1..].TrimStart();
            closing.Value = closing.Value.TrimEnd()[..^1].TrimEnd();
        }
    }

    private static readonly char[] NumberBefore = "0123456789.[] ".ToCharArray();

    /// <summary>The words of a note's link back to its reference ("return", "[back]", "↩", "↑"), after the note's number too ("1 (return)").</summary>
    private static bool IsBackLinkWord(string innerText) =>
        CharacterReferences.Decode(innerText).Trim().TrimStart(NumberBefore).Trim('(', ')', '[', ']', ' ').ToLowerInvariant() is "return" or "back" or "\u21A9" or "\u21A9\uFE0E" or "\u2191" or "^" or "top" or "up";

    /// <summary>The page's note links: which links are references, and which elements hold their notes.</summary>
    private sealed class NoteLinks
    {
        public Dictionary<HtmlNode, Note> References { get; } = [];

        /// <summary>Each note's element, in page order, with its note.</summary>
        public List<(HtmlNode Container, Note Note)> Notes { get; } = [];

        public HashSet<HtmlNode> Containers { get; } = [];

        /// <summary>Links back from notes that stand outside their note's element: the writer makes its own.</summary>
        public HashSet<HtmlNode> Skipped { get; } = [];

        public static NoteLinks Find(HtmlNode body)
        {
            var result = new NoteLinks();
            var targets = new Dictionary<string, HtmlNode>(StringComparer.Ordinal);
            var links = new List<HtmlNode>();
            foreach (var node in body.Descendants())
            {
                if (node.NodeType != HtmlNodeType.Element) continue;
                foreach (var attribute in new[] { "id", "name" })
                    if (node.GetAttributeValue(attribute, null) is string id && id.Length > 0) targets.TryAdd(id, node);
                if (node.Name == "a" && node.GetAttributeValue("href", "") is var href && href.Length > 1 && href[0] == '#') links.Add(node);
            }

            // How many elements marker links point forward to lie within each element (counted up
            // each target's ancestors once): a block holding two of them holds two notes.
            var markerTargets = new HashSet<HtmlNode>();
            foreach (var link in links)
                if (MarkerLabel(link.InnerText) is not null && targets.TryGetValue(System.Net.WebUtility.UrlDecode(link.GetAttributeValue("href", "")[1..]), out var pointed) && pointed.StreamPosition > link.StreamPosition)
                    markerTargets.Add(pointed);
            var targetsWithin = new Dictionary<HtmlNode, int>();
            foreach (var pointed in markerTargets)
                for (var n = pointed; n is not null; n = n.ParentNode)
                    targetsWithin[n] = targetsWithin.GetValueOrDefault(n) + 1;

            var byContainer = new Dictionary<HtmlNode, Note>();
            var scope = new NoteScope(0);
            var labelsInScope = new HashSet<string>();
            foreach (var link in links)
            {
                if (MarkerLabel(link.InnerText) is not string label) continue;
                if (!targets.TryGetValue(System.Net.WebUtility.UrlDecode(link.GetAttributeValue("href", "")[1..]), out var target)) continue;
                if (target.StreamPosition <= link.StreamPosition) continue; // notes follow their references
                var container = NoteContainer(target, targetsWithin);
                List<HtmlNode> between = [];
                // Project Gutenberg also sets the anchor and its link back before the note, outside it:
                // <a name="Footnote_A_1"></a><a href="#FNanchor_A_1">[A]</a><div class="note">…</div>
                if (container is null || IsAncestor(container, link)) container = FollowingNote(target, between);
                // …or the anchor alone in a block of its own, the note in the block after it:
                // <p><a id="linknote-1"></a></p> <p class="foot">1 (<a href="#linknoteref-1">return</a>) [ … ]</p>
                else if (string.IsNullOrWhiteSpace(container.InnerText) && NextBlock(container) is { } next)
                {
                    between.Add(container);
                    container = next;
                }
                if (container is null || IsAncestor(container, link) || HasHeadingAncestor(container)) continue;
                if (!LinksBack(container.Descendants("a").Concat(between), link, targets) && !StartsWithLabel(container, label)) continue;
                result.Skipped.UnionWith(between);
                if (!byContainer.TryGetValue(container, out var note))
                {
                    // Numbering that starts again (per chapter of an edition) starts a new scope.
                    if (!labelsInScope.Add(label))
                    {
                        scope = new NoteScope(scope.Index + 1);
                        labelsInScope.Clear();
                        labelsInScope.Add(label);
                    }
                    note = new Note(label, scope, container.Line);
                    byContainer[container] = note;
                    result.Notes.Add((container, note));
                    result.Containers.Add(container);
                }
                result.References[link] = note;
            }
            result.Notes.Sort((a, b) => a.Container.StreamPosition.CompareTo(b.Container.StreamPosition));
            return result;
        }

        /// <summary>
        /// The note around a link target: the nearest block; a block inside a note-classed div is
        /// that div's (a note of several paragraphs), unless the div holds other notes' targets
        /// too (one footnote block for all of a page's notes, each its own paragraph).
        /// </summary>
        private static HtmlNode? NoteContainer(HtmlNode target, Dictionary<HtmlNode, int> targetsWithin)
        {
            var node = target;
            while (node is not null && !NoteContainers.Contains(node.Name)) node = node.ParentNode;
            if (node is null || node.Name == "body") return null;
            if (node.ParentNode is { } parent && parent.Name is "div" or "aside" && parent.GetAttributeValue("class", "").Contains("note", StringComparison.OrdinalIgnoreCase)
                && targetsWithin.GetValueOrDefault(parent) == targetsWithin.GetValueOrDefault(node))
                return parent;
            return node;
        }

        /// <summary>The next element after a block, past white space, when it is a block too.</summary>
        private static HtmlNode? NextBlock(HtmlNode block)
        {
            for (var node = block.NextSibling; node is not null; node = node.NextSibling)
            {
                if (node.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(node.InnerText)) continue;
                if (node.NodeType == HtmlNodeType.Comment) continue;
                return node.NodeType == HtmlNodeType.Element && NoteContainers.Contains(node.Name) ? node : null;
            }
            return null;
        }

        /// <summary>The note element right after a target anchor (past its link back), when its class says it is one.</summary>
        private static HtmlNode? FollowingNote(HtmlNode target, List<HtmlNode> between)
        {
            for (var node = target.NextSibling; node is not null; node = node.NextSibling)
            {
                if (node.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(node.InnerText)) continue;
                if (node.Name == "a") { between.Add(node); continue; }
                if (node.NodeType == HtmlNodeType.Element && node.GetAttributeValue("class", "").Contains("note", StringComparison.OrdinalIgnoreCase)) return node;
                break;
            }
            between.Clear();
            return null;
        }

        /// <summary>Two-way links: one of the note's links goes back to the reference, or to an anchor right before it.</summary>
        private static bool LinksBack(IEnumerable<HtmlNode> backLinks, HtmlNode link, Dictionary<string, HtmlNode> targets)
        {
            foreach (var back in backLinks)
            {
                var href = back.GetAttributeValue("href", "");
                if (href.Length < 2 || href[0] != '#' || !targets.TryGetValue(href[1..], out var anchor)) continue;
                if (anchor == link || IsAncestor(anchor, link)) return true;
                // Project Gutenberg: <a name="FNanchor_1_1"></a><a href="#Footnote_1_1">[1]</a>
                if (anchor.ParentNode == link.ParentNode && Math.Abs(anchor.StreamPosition - link.StreamPosition) < 200) return true;
                if (link.ParentNode is { } p && anchor.ParentNode == p.ParentNode && Math.Abs(anchor.StreamPosition - link.StreamPosition) < 200) return true;
            }
            return false;
        }

        private static bool StartsWithLabel(HtmlNode container, string label)
        {
            var text = CharacterReferences.Decode(container.InnerText).TrimStart();
            var m = LeadingLabel().Match(text);
            return m.Success && m.Groups["label"].Value == label;
        }

        private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
        {
            for (var n = node.ParentNode; n is not null; n = n.ParentNode)
                if (n == ancestor) return true;
            return false;
        }

        private static bool HasHeadingAncestor(HtmlNode node)
        {
            for (var n = node; n is not null; n = n.ParentNode)
                if (n.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return true;
            return false;
        }
    }

    /// <summary>The label of a note marker ("[12]", "12", "(3)", "3.", "*", "A"), or null when the text is no marker.</summary>
    private static string? MarkerLabel(string innerText)
    {
        var m = Marker().Match(CharacterReferences.Decode(innerText).Trim());
        return m.Success ? m.Groups["label"].Value : null;
    }

    /// <summary>Where a &lt;br&gt; inside emphasis ended a line: read only while the emphasis is built, never in a paragraph.</summary>
    private sealed class LineEnd : Inline
    {
        public static readonly LineEnd Mark = new();
    }

    private sealed class Builder(List<Block> blocks, NoteLinks links, Diagnostics diagnostics, HtmlNode? inNote = null, Provenance? provenance = null, PageBreaks? pages = null)
    {
        private readonly List<Inline> _inlines = [];
        private List<Inline> _target = null!;
        private int _line;
        private int _group;
        private int _headingLevel;
        private readonly List<PageBreak> _pendingPages = [];
        private string? _style;
        private bool _linksOnly;
        private string? _headingRole;
        // Whether the paragraph being built has words in bold and words outside it: one wholly in
        // bold is a kind of paragraph of its own (a page's headings set as <p><b>…</b></p>).
        private int _boldDepth;
        private bool _boldWords, _plainWords;
        // The innermost block element: a term, an item or a cell in bold is that, not a kind of paragraph.
        private string _block = "body";

        public void Walk(HtmlNode node)
        {
            _target ??= _inlines;
            foreach (var child in node.ChildNodes)
            {
                switch (child.NodeType)
                {
                    case HtmlNodeType.Text:
                        var text = CharacterReferences.Decode(child.InnerText, out var removed);
                        if (removed > 0) diagnostics.Warn(DiagnosticCode.ControlCharacters, child.Line, $"removed {removed} reference(s) to control characters, which are not text");
                        text = DoubleEncoding.Repair(text, out var repaired);
                        if (repaired > 0) diagnostics.Warn(DiagnosticCode.DoubleEncodingRepaired, child.Line, $"repaired {repaired} character(s) encoded twice as UTF-8 (\u201CÃ©\u201D for \u201Cé\u201D)");
                        AddText(text, child.Line);
                        break;
                    case HtmlNodeType.Element:
                        Element(child);
                        break;
                }
            }
        }

        private void Element(HtmlNode element)
        {
            var name = element.Name;
            if (Skipped.Contains(name)) return;
            if (inNote is null && links.Containers.Contains(element))
            {
                // A note: read apart, into the document's notes. The heading over the page's notes
                // ("FOOTNOTES:", "Notes") goes too: the book's notes get their own.
                Flush();
                if (blocks.Count > 0 && blocks[^1] is Paragraph last && PageStructure.IsNotesHeading(last.PlainText)) blocks.RemoveAt(blocks.Count - 1);
                return;
            }
            if (name == "img")
            {
                // An image is a block of its own (a figure), between the paragraphs around it.
                if (inNote is not null) return;
                Flush();
                var link = element.Ancestors("a").FirstOrDefault();
                blocks.Add(new Image(element.GetAttributeValue("src", ""), Clean(element.GetAttributeValue("alt", "")), element.Line)
                {
                    LinksHome = link is not null && PageStructure.LeadsHome(link.GetAttributeValue("href", "")),
                });
                _group++;
                return;
            }
            if (name == "br")
            {
                // In a heading a line break is a space ("THE<br/>FUGITIVE SLAVE LAW"); elsewhere it ends a line.
                // Inside emphasis the paragraph cannot end mid-run: the break is marked, and the
                // emphasis is split at it once read (italic verse, "<i>by NAME<br>DATE</i>").
                if (_headingLevel > 0) AddText(" ", element.Line);
                else if (_target != _inlines) _target.Add(LineEnd.Mark);
                else Flush(keepGroup: true);
                return;
            }
            // A printed edition's page numbers ("[Pg 12]") are not text, least of all mid-sentence or
            // in a heading: they become page breaks (in a heading: before the text that follows it).
            if (PageStructure.IsPageNumber(element))
            {
                if (inNote is null && pages is not null && PageStructure.PageLabel(element) is string page)
                {
                    var pageBreak = pages.Add(page);
                    if (_headingLevel > 0) _pendingPages.Add(pageBreak);
                    else Add(pageBreak, element.Line);
                }
                return;
            }
            // "ToC", "Back to top": links back to the page's own contents, which the book's navigation replaces.
            if (name == "a" && PageStructure.IsInPageNavigation(element)) return;
            if (links.Skipped.Contains(element)) return;
            if (name == "a" && links.References.TryGetValue(element, out var note))
            {
                if (inNote is null) Add(new NoteReference(note.Label, note), element.Line);
                return;
            }
            // Inside a note, its link back to the text is the writer's to make again.
            if (inNote is not null && name == "a" && element.GetAttributeValue("href", "").StartsWith('#') && (MarkerLabel(element.InnerText) is not null || IsBackLinkWord(element.InnerText))) return;
            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                Flush();
                _headingLevel = name[1] - '0';
                _headingRole = PageStructure.HeadingRole(element);
                var outerLinks = _linksOnly;
                _linksOnly = inNote is null && PageStructure.IsLinkRow(element); // "By Date | By Title" set as a heading
                Walk(element);
                Flush();
                (_headingRole, _linksOnly) = (null, outerLinks);
                return;
            }
            if (name is "b" or "strong")
            {
                _boldDepth++;
                Walk(element);
                _boldDepth--;
                return;
            }
            if (name is "i" or "em" or "cite" or "var")
            {
                var outer = _target;
                var inner = new List<Inline>();
                _target = inner;
                Walk(element);
                _target = outer;
                var runs = SplitAtLineEnds(inner);
                for (var r = 0; r < runs.Count; r++)
                {
                    // A line ended inside the emphasis ends the paragraph's line here too (or, inside
                    // another emphasis, is marked again for it to split at).
                    if (r > 0 && _target == _inlines) Flush(keepGroup: true);
                    else if (r > 0) _target.Add(LineEnd.Mark);
                    if (Inline.PlainText(runs[r]).Trim().Length > 0 || runs[r].Any(i => i is NoteReference)) Add(new Emphasis(runs[r]), element.Line);
                    else foreach (var i in runs[r]) Add(i, element.Line);
                }
                return;
            }
            if (name == "sup" && MarkerLabel(element.InnerText) is string label && !element.Descendants("a").Any())
            {
                // Opening its paragraph, the number is a note's own label ("<p><sup>1</sup> The source …</p>"), read as a note list's is.
                if (inNote is null && _target == _inlines && _inlines.Count == 0) AddText(label + " ", element.Line);
                // After a measure ("40 m<sup>2</sup>", "12 ft<sup>3</sup>") it is the power of its unit.
                else if (_target is [.., Text before] && UnitBefore().IsMatch(before.Value)) Add(new Superscript(label), element.Line);
                else Add(new NoteReference(label), element.Line);
                return;
            }
            if (name is "table" or "ol" or "ul" && inNote is null && TookPrintedContents(element)) return;
            if (name is "ol" or "ul")
            {
                List(element);
                return;
            }
            if ((name == "blockquote" || (name is "p" or "div" && PageStructure.IsQuotationClass(element))) && !PageStructure.IsLayoutWrapper(element))
            {
                Quotation(element);
                return;
            }
            if (name == "table" && PageStructure.IsDataTable(element))
            {
                Table(element);
                return;
            }
            var block = BlockElements.Contains(name);
            if (!block)
            {
                Walk(element);
                return;
            }
            // The website's own navigation ("Back to the … Table of Contents", "Next chapter"): a block
            // of nothing but links; or one the page itself declares so (<nav>, role="navigation").
            if (inNote is null && (PageStructure.IsDeclaredNavigation(element) || PageStructure.IsNavigation(element)))
            {
                // Its pieces apart ("Home Essays About", not "HomeEssaysAbout": items of a list touch in the markup).
                var text = Clean(string.Join(' ', element.Descendants().OfType<HtmlTextNode>().Select(t => t.Text)));
                provenance?.Dropped.Add((element.Line, text));
                diagnostics.Info(DiagnosticCode.WebsiteLeftoverDropped, element.Line, $"dropped website leftover \"{text}\"");
                return;
            }
            Flush();
            var (outerStyle, outerBlock) = (_style, _block);
            _style = PageStructure.StyleOf(element) ?? outerStyle;
            _block = name;
            var outerLinksOnly = _linksOnly;
            _linksOnly = inNote is null && (outerLinksOnly || PageStructure.IsLinkRow(element) || PageStructure.IsLabelledLinkBar(element));
            if (name == "pre")
            {
                Preformatted(element);
                (_style, _block, _linksOnly) = (outerStyle, outerBlock, outerLinksOnly);
                return;
            }
            Walk(element);
            Flush();
            (_style, _block, _linksOnly) = (outerStyle, outerBlock, outerLinksOnly);
        }

        /// <summary>
        /// Leaves out the page's own table of contents, which the book's contents replace: a table
        /// or list right under a "Contents" heading whose links all lead into the page (to its
        /// chapters or its printed pages). It goes with its heading, reported; false where the
        /// element is no such thing (the text before it is flushed either way, as a block's is).
        /// </summary>
        private bool TookPrintedContents(HtmlNode element)
        {
            Flush();
            if (blocks.Count == 0 || blocks[^1] is not Paragraph heading || !Markers.ContentsHeading().IsMatch(heading.PlainText.Trim())) return false;
            var targets = element.Descendants("a").Select(a => a.GetAttributeValue("href", "")).Where(href => href.Length > 0).ToList();
            if (targets.Count < 2 || !targets.All(href => href.StartsWith('#'))) return false;
            blocks.RemoveAt(blocks.Count - 1);
            provenance?.Wrappers.Add((heading.Line, "the page\u2019s own table of contents (the book\u2019s contents replace it)", 1 + element.Descendants("tr").Concat(element.Descendants("li")).Count()));
            diagnostics.Info(DiagnosticCode.WrapperRemoved, heading.Line, "left out the page's own table of contents: the book's contents replace it");
            return true;
        }

        /// <summary>A &lt;pre&gt;: its lines as they are (markup inside it read as its text).</summary>
        private void Preformatted(HtmlNode element)
        {
            // A form feed (a page break) is white space elsewhere in a page; here white space is kept, and XML cannot hold it: it ends the line.
            var text = CharacterReferences.Decode(element.InnerText, out var removed).Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n');
            if (removed > 0) diagnostics.Warn(DiagnosticCode.ControlCharacters, element.Line, $"removed {removed} reference(s) to control characters, which are not text");
            var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
            while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
            while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
            if (lines.Count > 0) blocks.Add(new Preformatted(lines, element.Line));
            _group++;
        }

        /// <summary>A block quotation: its paragraphs, read as any others (notes, emphasis), set apart.</summary>
        private void Quotation(HtmlNode element)
        {
            Flush();
            var inner = new List<Block>();
            var builder = new Builder(inner, links, diagnostics, inNote, provenance, pages);
            builder.Walk(element);
            builder.Flush();
            // What the quotation holds besides paragraphs (a list, a table) stays, after it.
            var paragraphs = inner.OfType<Paragraph>().ToList();
            if (paragraphs.Count > 0) blocks.Add(new BlockQuote(paragraphs));
            blocks.AddRange(inner.Where(b => b is not Paragraph));
            _group++;
        }

        /// <summary>A table of data: each cell's text as one paragraph.</summary>
        private void Table(HtmlNode element)
        {
            Flush();
            var rows = new List<List<TableCell>>();
            foreach (var row in element.Descendants("tr"))
            {
                var cells = new List<TableCell>();
                foreach (var cell in row.ChildNodes.Where(c => c.Name is "td" or "th"))
                {
                    var inner = new List<Block>();
                    var builder = new Builder(inner, links, diagnostics, inNote, provenance, pages);
                    builder.Walk(cell);
                    builder.Flush();
                    var inlines = new List<Inline>();
                    foreach (var p in Model.Blocks.Paragraphs(inner))
                    {
                        if (inlines.Count > 0) inlines.Add(new Text(" "));
                        inlines.AddRange(p.Inlines);
                    }
                    cells.Add(new TableCell(new Paragraph(inlines, cell.Line, _group), cell.Name == "th"));
                }
                if (cells.Count > 0) rows.Add(cells);
            }
            if (rows.Count > 0) blocks.Add(new Table(rows));
            _group++;
        }

        /// <summary>A list: each item's paragraphs (nested lists inside an item read as its further paragraphs).</summary>
        private void List(HtmlNode element)
        {
            Flush();
            var items = new List<List<Paragraph>>();
            foreach (var item in element.ChildNodes.Where(n => n.Name == "li"))
            {
                if (inNote is null && links.Containers.Contains(item)) continue;
                var itemBlocks = new List<Block>();
                var builder = new Builder(itemBlocks, links, diagnostics, inNote);
                builder.Walk(item);
                builder.Flush();
                var paragraphs = Model.Blocks.Paragraphs(itemBlocks).ToList();
                if (paragraphs.Count > 0) items.Add(paragraphs);
            }
            var start = element.Name == "ol" && int.TryParse(element.GetAttributeValue("start", "1"), out var s) ? s : 1;
            if (items.Count > 0) blocks.Add(new ListBlock(element.Name == "ol", items) { Start = start, Line = element.Line });
            _group++;
        }

        private void Add(Inline inline, int line)
        {
            if (_target == _inlines && _inlines.Count == 0) _line = line;
            _target.Add(inline);
        }

        private void AddText(string text, int line)
        {
            if (text.Length == 0) return;
            if (_target == _inlines && _inlines.Count == 0)
            {
                text = text.TrimStart();
                if (text.Length == 0) return;
                _line = line;
            }
            text = Whitespace().Replace(text, " ");
            if (_boldDepth > 0) _boldWords |= text.Any(char.IsLetterOrDigit);
            else _plainWords |= text.Any(char.IsLetterOrDigit);
            if (_target.Count > 0 && _target[^1] is Text last) last.Value += text;
            else _target.Add(new Text(text));
        }

        /// <summary>The emphasis's inlines cut at its line breaks, each run's white space at the cut trimmed (one run when it has none).</summary>
        private static List<List<Inline>> SplitAtLineEnds(List<Inline> inlines)
        {
            if (!inlines.Contains(LineEnd.Mark)) return [inlines];
            var runs = new List<List<Inline>> { new() };
            foreach (var inline in inlines)
                if (inline == LineEnd.Mark) runs.Add([]);
                else runs[^1].Add(inline);
            for (var r = 0; r < runs.Count; r++)
            {
                if (r > 0 && runs[r] is [Text first, ..]) first.Value = first.Value.TrimStart();
                if (r < runs.Count - 1 && runs[r] is [.., Text last]) last.Value = last.Value.TrimEnd();
                runs[r].RemoveAll(i => i is Text { Value.Length: 0 });
            }
            return runs;
        }

        /// <summary>Ends the paragraph being built; a &lt;br&gt; keeps the next line in the same group, as a line of a plain-text block.</summary>
        public void Flush(bool keepGroup = false)
        {
            TrimEnd();
            // A page break alone (a paragraph of nothing but "[Pg 12]") goes to the next paragraph of text.
            if (_inlines.Count > 0 && _inlines.All(i => i is PageBreak))
            {
                _pendingPages.AddRange(_inlines.Cast<PageBreak>());
                _inlines.Clear();
            }
            if (_inlines.Count > 0 && _headingLevel == 0 && _pendingPages.Count > 0)
            {
                _inlines.InsertRange(0, _pendingPages);
                _pendingPages.Clear();
            }
            if (_inlines.Count > 0)
            {
                blocks.Add(new Paragraph(new List<Inline>(_inlines), _line, _group) { HeadingLevel = _headingLevel, SourceStyle = _headingLevel > 0 ? null : PageStructure.WithBold(_style, _boldWords && !_plainWords && _block is "p" or "div" or "center" or "body"), LinksOnly = _linksOnly, HeadingRole = _headingLevel > 0 ? _headingRole : null });
                _inlines.Clear();
            }
            (_boldWords, _plainWords) = (false, false);
            _headingLevel = 0;
            if (!keepGroup) _group++;
        }

        private void TrimEnd()
        {
            while (_inlines.Count > 0 && _inlines[^1] is Text t && string.IsNullOrWhiteSpace(t.Value)) _inlines.RemoveAt(_inlines.Count - 1);
            if (_inlines.Count > 0 && _inlines[^1] is Text last) last.Value = last.Value.TrimEnd();
        }
    }

    /// <summary>The page breaks of one page, each with an id unique in the book.</summary>
    private sealed class PageBreaks
    {
        private readonly HashSet<string> _ids = [];

        public PageBreak Add(string label)
        {
            var id = "page-" + PageIdCharacters().Replace(label, "-");
            for (var n = 2; !_ids.Add(id); n++) id = $"page-{PageIdCharacters().Replace(label, "-")}-{n}";
            return new PageBreak(label, id);
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex PageIdCharacters();

    /// <summary>A page's text as one line: references decoded, white space runs made one space.</summary>
    internal static string Clean(string text) => Whitespace().Replace(CharacterReferences.Decode(text), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[\[(]?(?<label>\d{1,3}|[A-Za-z]|[*\u2020\u2021\u00A7])[\])]?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*[\[(]?(?<label>\d{1,3}|[A-Za-z*\u2020\u2021\u00A7])[\])]?[.:]?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    /// <summary>A number and a unit of length, at the end of the text so far: "40 m", "12 ft", "3 km" (its square or cube follows).</summary>
    [GeneratedRegex(@"\d\s?(?:[kcdm\u00B5]?m|ft|in|yd|mi)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitBefore();
}
