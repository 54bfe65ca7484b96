using System.Globalization;
using Epub.Model;

namespace Epub.Writers;

/// <summary>A content document of the book, in reading order.</summary>
public sealed record ContentDocument(string FileName, string Id, string Label, byte[] Content, string? Landmark = null, bool InToc = true)
{
    /// <summary>The printed edition's page breaks in the document, in order.</summary>
    public IReadOnlyList<(string Id, string Label)> Pages { get; init; } = [];

    /// <summary>Where it sits in the contents: 1 at the top, 2 for a chapter listed under its part.</summary>
    public int Level { get; init; } = 1;
}

/// <summary>
/// Writes the book's content documents from the tree: title page, opening text, one document per
/// section, the notes, the colophon. Semantics follow Standard Ebooks (epub:type on body and
/// section, DPUB-ARIA roles where one matches).
/// </summary>
/// <param name="cover">The book's cover image, given a page of its own before the title page; null for none.</param>
internal sealed class ContentWriter(Document document, string generator, WriterOptions options, CoverImage? cover = null)
{
    private readonly BookLayout _layout = new(document, options);
    private readonly string _language = document.Metadata.Language;

    /// <summary>A content document of the book, in its language, its body wrapped as the target wants (<see cref="Document.BodyWrappers"/>).</summary>
    private XhtmlDocument Open(string title, string bodyType, BookLayout? layout = null) =>
        new(title, _language, bodyType, layout, bodyWrappers: document.BodyWrappers);

    /// <summary>The book was joined from several documents: its colophon lists each source, its notes are headed by their part.</summary>
    private readonly bool _joined = document.Provenance.Sources.Count > 0;
    private string BookTitle => document.Metadata.Title ?? "Untitled";

    /// <summary>
    /// The content documents in reading order, each made when it is asked for (so that a book's
    /// chapters need not all be in memory at once). The contents page, second in reading order,
    /// is not among them: it lists the others, so <see cref="Contents"/> writes it once they are known.
    /// </summary>
    public IEnumerable<ContentDocument> Write()
    {
        if (cover is not null) yield return CoverPage(cover);
        yield return TitlePage();
        if (document.Blocks.Count > 0) yield return Opening();
        for (var i = 0; i < document.Sections.Count; i++) yield return Chapter(document.Sections[i], i + 1);
        if (_layout.EndnotesDocumentNeeded) yield return Endnotes();
        yield return _joined ? JoinedColophon() : Colophon();
    }

    /// <summary>The contents page, put in its place (right after the title page) among the documents <see cref="Write"/> made.</summary>
    public static ContentDocument Contents(Metadata metadata, List<ContentDocument> documents)
    {
        var at = documents.FindIndex(d => d.FileName == TitlePageFile) + 1;
        documents.Insert(at, ContentsPlaceholder);
        return documents[at] = ContentsPlaceholder with { Content = PackageWriter.Nav(metadata, documents) };
    }

    private const string TitlePageFile = "titlepage.xhtml";

    /// <summary>
    /// The cover: the image alone, first in reading order (as Standard Ebooks and calibre place it),
    /// described for those who cannot see it. Not in the contents; the "cover" landmark points to it.
    /// </summary>
    private ContentDocument CoverPage(CoverImage image)
    {
        var metadata = document.Metadata;
        using var x = Open("Cover", "cover");
        x.StartElement("section", id: "cover", cssClass: "cover");
        x.Writer.WriteStartElement("img");
        x.Writer.WriteAttributeString("src", image.FileName);
        x.Writer.WriteAttributeString("alt", metadata.Author is string author ? $"Cover: {BookTitle} by {author}" : $"Cover: {BookTitle}");
        x.Writer.WriteAttributeString("role", "doc-cover");
        x.Writer.WriteEndElement();
        x.EndElement();
        return new(BookLayout.CoverFile, "cover", "Cover", x.Finish(), Landmark: "cover", InToc: false);
    }

    private ContentDocument TitlePage()
    {
        var metadata = document.Metadata;
        using var x = Open("Title Page", "frontmatter");
        x.StartElement("section", id: "titlepage", epubType: "titlepage");
        var work = metadata.ReviewedWork;
        if (metadata.Collection is string collection) x.Element("p", collection, cssClass: "collection");
        x.StartElement("h1", epubType: "fulltitle");
        if (work is not null && BookTitle == Passes.TitleBlockPass.ReviewTitlePrefix + work.Title)
        {
            // "A Review of This I Cannot Forget": the reviewed book's title in italics, as titles of books are set.
            x.StartElement("span", epubType: "title");
            x.Writer.WriteString(Passes.TitleBlockPass.ReviewTitlePrefix);
            x.Element("i", work.Title);
            x.EndElement();
        }
        else x.Element("span", BookTitle, epubType: "title");
        if (metadata.Subtitle is string subtitle)
        {
            x.Writer.WriteString(" ");
            x.StartElement("span", epubType: "subtitle", role: "doc-subtitle"); // Ace: the ARIA role matching epub:type
            x.Writer.WriteString(subtitle);
            x.EndElement();
        }
        x.EndElement();
        if (work is not null)
        {
            // The reviewed book, cited: its full title in italics, its author, its imprint.
            x.StartElement("p", cssClass: "reviewed-work");
            x.Element("i", work.Subtitle is null ? work.Title : $"{work.Title}: {work.Subtitle}");
            if (work.Author is not null) x.Writer.WriteString($", by {work.Author}");
            x.EndElement();
            if (work.Imprint is string imprint) x.Element("p", imprint, cssClass: "imprint");
        }
        if (metadata.Author is string author)
        {
            x.StartElement("p", cssClass: "byline");
            var byline = metadata.Byline ?? author;
            var at = byline.LastIndexOf(author, StringComparison.Ordinal);
            if (at > 0) x.Writer.WriteString(byline[..at]);
            x.Element("b", author, epubType: "z3998:author z3998:personal-name");
            // What the byline adds after the name ("…, March 1994", "…, translated by OTHER") stays on the title page; its stops alone do not.
            if (at >= 0 && byline[(at + author.Length)..] is var addition && addition.Any(char.IsLetterOrDigit)) x.Writer.WriteString(addition);
            x.EndElement();
        }
        foreach (var credit in metadata.Credits) x.Element("p", credit.Line, cssClass: "credit");
        if (metadata.DateText is string dateText)
        {
            x.StartElement("p", cssClass: "date");
            x.StartElement("time");
            x.Writer.WriteAttributeString("datetime", metadata.Date);
            x.Writer.WriteString(dateText);
            x.EndElement();
            x.EndElement();
        }
        x.EndElement();
        return new(TitlePageFile, "titlepage", "Title Page", x.Finish());
    }

    /// <summary>
    /// The navigation document, also in the spine as a contents page after the title page: the
    /// "toc" landmark points to it, and EPUBCheck (RSC-011) rejects links to documents outside the spine.
    /// </summary>
    private static readonly ContentDocument ContentsPlaceholder = new(PackageWriter.NavFile, "nav", "Table of Contents", [], InToc: false);

    /// <summary>The text before the first heading: part of the body, in reading order, without a heading of its own.</summary>
    private ContentDocument Opening()
    {
        using var x = Open(BookTitle, "bodymatter", _layout);
        x.StartElement("section", id: "opening");
        WriteBlocks(x, document.Blocks);
        ChapterNotes(x, BookLayout.OpeningFile, "opening");
        x.EndElement();
        return new(BookLayout.OpeningFile, "opening", "Opening", x.Finish(), Landmark: "bodymatter", InToc: false) { Pages = x.Pages };
    }

    /// <summary>
    /// One section: a chapter (h2), or in a book of parts, a part (h1, its opening text under it)
    /// or a part's chapter (h2), so that headings step down one level at a time through the book.
    /// </summary>
    private ContentDocument Chapter(Section section, int number)
    {
        var fileName = _layout.FileOf(section);
        var id = Path.GetFileNameWithoutExtension(fileName);
        var isPart = _layout.HasParts && section.Level == 1;
        var rank = _layout.HasParts ? Math.Min(section.Level, 5) : 2;
        var title = Inline.PlainText(section.Title);
        var label = section.Label is null ? title : $"{section.Label}. {title}";
        using var x = Open(label, "bodymatter", _layout);
        x.StartElement("section", id: id, epubType: isPart ? "part" : "chapter", role: isPart ? "doc-part" : "doc-chapter");
        x.StartElement($"h{rank}");
        if (section.Label is string ordinal)
        {
            // The ordinal on a line of its own; screen readers say "I" as the numeral it is (z3998:roman).
            x.Element("span", ordinal, epubType: Markers.RomanValue(ordinal) > 0 ? "z3998:roman" : null, cssClass: "ordinal");
            x.Writer.WriteString(" ");
        }
        x.Element("span", section.Title, cssClass: "title");
        if (section.Subtitle is string subtitle)
        {
            x.Writer.WriteString(" ");
            x.StartElement("span", epubType: "subtitle", role: "doc-subtitle", cssClass: "subtitle");
            x.Writer.WriteString(subtitle);
            x.EndElement();
        }
        x.EndElement();
        if (section.Author is string author)
        {
            x.StartElement("p", cssClass: "byline");
            x.Writer.WriteString("by ");
            x.Element("b", author, epubType: "z3998:author z3998:personal-name");
            x.EndElement();
        }
        WriteBlocks(x, section.Blocks, rank);
        ChapterNotes(x, fileName, id);
        x.EndElement();
        return new(fileName, id, label, x.Finish(), Landmark: document.Blocks.Count == 0 && number == 1 ? "bodymatter" : null)
        {
            Pages = x.Pages,
            Level = _layout.HasParts ? section.Level : 1,
        };
    }

    /// <summary>The blocks of a section whose heading is <c>h</c><paramref name="headingRank"/>: its sub-headings rank below it.</summary>
    private static void WriteBlocks(XhtmlDocument x, IEnumerable<Block> blocks, int headingRank = 2)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph { Subheading: > 0 } heading:
                    // Sub-headings step down one level at a time under the section's own heading (Ace: heading order).
                    x.Element($"h{Math.Min(6, headingRank + heading.Subheading)}", heading.Inlines);
                    break;
                case Paragraph p:
                    x.Element("p", p.Inlines);
                    break;
                case BlockQuote quote:
                    x.StartElement("blockquote");
                    foreach (var p in quote.Paragraphs) x.Element("p", p.Inlines);
                    x.EndElement();
                    break;
                case ListBlock list:
                    x.StartElement(list.Ordered ? "ol" : "ul");
                    if (list.Ordered && list.Start != 1) x.Writer.WriteAttributeString("start", list.Start.ToString(CultureInfo.InvariantCulture));
                    foreach (var item in list.Items)
                    {
                        x.StartElement("li");
                        foreach (var p in item) x.Element("p", p.Inlines);
                        x.EndElement();
                    }
                    x.EndElement();
                    break;
                case Image { Resource: { } resource } image:
                    x.StartElement("figure", cssClass: "image");
                    x.Writer.WriteStartElement("img");
                    x.Writer.WriteAttributeString("src", resource.FileName);
                    x.Writer.WriteAttributeString("alt", image.Alt);
                    x.Writer.WriteEndElement();
                    x.EndElement();
                    break;
                case Image missing:
                    // The file could not be packaged: its text alternative, marked as standing in for it.
                    if (missing.Alt.Length > 0) x.Element("p", $"[Image: {missing.Alt}]", cssClass: "image-missing");
                    break;
                case Preformatted pre:
                    x.Element("pre", pre.Content.Inlines);
                    break;
                case Table table:
                    x.StartElement("table");
                    x.StartElement("tbody");
                    foreach (var row in table.Rows)
                    {
                        x.StartElement("tr");
                        // An empty header cell heads nothing (Ace: empty-table-header): a plain cell.
                        foreach (var cell in row) x.Element(cell.Header && cell.Content.PlainText.Trim().Length > 0 ? "th" : "td", cell.Content.Inlines);
                        x.EndElement();
                    }
                    x.EndElement();
                    x.EndElement();
                    break;
                case Epigraph epigraph:
                    // Ace flags an epub:type without its ARIA role, hence both.
                    x.StartElement("blockquote", epubType: "epigraph", role: "doc-epigraph");
                    foreach (var p in epigraph.Paragraphs) x.Element("p", p.Inlines);
                    x.Element("cite", epigraph.Citation);
                    x.EndElement();
                    break;
            }
        }
    }

    /// <summary>
    /// The notes document: every note not placed at the end of a chapter. "footnote" beside
    /// "endnote" because Apple Books pops up only notes with the footnote semantic and Kindle gains
    /// popups from it; no role on the items, since doc-endnote is deprecated in DPUB-ARIA 1.1 and
    /// EPUBCheck flags it. Where numbering restarts per part, each part's notes are headed by it.
    /// </summary>
    private ContentDocument Endnotes()
    {
        using var x = Open("Notes", "backmatter", _layout);
        x.StartElement("section", id: "endnotes", epubType: "endnotes footnotes", role: "doc-endnotes");
        x.Element("h2", "Notes", epubType: "title");
        var notes = _layout.NotesIn(document, BookLayout.EndnotesFile).ToList();
        var groups = notes.GroupBy(n => n.Scope).ToList();
        // A joined book heads even one group: the reader should see which part the notes are of.
        if (groups.Count == 1 && !_joined) NoteList(x, notes);
        else
            foreach (var group in groups)
            {
                x.StartElement("section", id: $"endnotes-{group.Key.Index + 1}");
                x.Element("h3", group.Key.Title ?? "Notes");
                NoteList(x, group.ToList());
                x.EndElement();
            }
        x.EndElement();
        return new(BookLayout.EndnotesFile, "endnotes", "Notes", x.Finish(), Landmark: "endnotes");
    }

    /// <summary>With notes at the end of each chapter: the chapter's notes, after its text.</summary>
    private void ChapterNotes(XhtmlDocument x, string file, string sectionId)
    {
        var notes = _layout.NotesIn(document, file).ToList();
        if (notes.Count == 0) return;
        x.StartElement("section", id: sectionId + "-notes", epubType: "endnotes footnotes", role: "doc-endnotes");
        x.Element("h3", "Notes", epubType: "title");
        NoteList(x, notes);
        x.EndElement();
    }

    /// <summary>
    /// Notes as an ordered list, each numbered by its label, and each with a backlink to every
    /// citation, at the end of its last paragraph: "↩" alone for one citation, "↩ a", "b", "c" for
    /// several, as Wikipedia and Standard Ebooks do. Labels that are not numbers ("A", "*") are
    /// written out, and the list's own numbers hidden. Where the target sets each note out as an
    /// element of its own (<see cref="NoteMarkup"/>), its label is written in its text, and its
    /// backlinks may open it instead, the first as its number.
    /// </summary>
    private static void NoteList(XhtmlDocument x, List<Note> notes)
    {
        var markup = x.Layout!.NoteMarkup;
        var numbered = markup.InList && notes.All(n => n.Number is not null);
        if (markup.InList) x.StartElement("ol", cssClass: numbered ? null : "labelled");
        foreach (var note in notes)
        {
            x.StartElement(markup.NoteElement, id: note.Id, epubType: "endnote footnote", role: markup.NoteRole);
            if (numbered && note.Number is int number) x.Writer.WriteAttributeString("value", number.ToString(CultureInfo.InvariantCulture));
            var paragraphs = note.Paragraphs.Count > 0 ? note.Paragraphs : [new Paragraph("", note.Line, 0)];
            for (var i = 0; i < paragraphs.Count; i++)
            {
                x.StartElement("p");
                if (i == 0 && markup.BacklinkFirst) Backlinks(x, note, markup);
                else if (i == 0 && !numbered)
                {
                    x.Element("span", WrittenLabel(note, markup), cssClass: "label");
                    x.Writer.WriteString(" ");
                }
                x.WriteInlines(paragraphs[i].Inlines);
                if (i == paragraphs.Count - 1 && !markup.BacklinkFirst) Backlinks(x, note, markup);
                x.EndElement();
            }
            x.EndElement();
        }
        if (markup.InList) x.EndElement();
    }

    /// <summary>The label as the note's text shows it: "A", "*"; a number outside a list as "12.", as a list would number it.</summary>
    private static string WrittenLabel(Note note, NoteMarkup markup) => !markup.InList && note.Number is not null ? note.Label + "." : note.Label;

    /// <summary>
    /// The links back to each citation: after the text, one space before each ("↩", or "↩ a",
    /// "b", "c"); or opening the note, the first as its label ("12.", then "b", "c"), each
    /// followed by a space.
    /// </summary>
    private static void Backlinks(XhtmlDocument x, Note note, NoteMarkup markup)
    {
        for (var c = 0; c < note.Citations.Count; c++)
        {
            var reference = note.Citations[c];
            if (!markup.BacklinkFirst) x.Writer.WriteString(" ");
            x.StartElement("a", epubType: "backlink", role: "doc-backlink");
            x.Writer.WriteAttributeString("href", $"{x.Layout!.FileOf(reference)}#{reference.Id}");
            x.Writer.WriteAttributeString("aria-label", note.Citations.Count == 1
                ? $"Back to the text of note {note.Label}"
                : $"Back to citation {c + 1} of note {note.Label}");
            var letter = ((char)('a' + Math.Min(c, 25))).ToString();
            x.Writer.WriteString(markup.BacklinkFirst ? (c == 0 ? WrittenLabel(note, markup) : letter)
                : note.Citations.Count == 1 ? markup.BacklinkMark : c == 0 ? markup.BacklinkMark + " a" : letter);
            x.EndElement();
            if (markup.BacklinkFirst) x.Writer.WriteString(" ");
        }
        // A note nobody cites has no backlink to open it: its label stands in for it.
        if (markup.BacklinkFirst && note.Citations.Count == 0)
        {
            x.Element("span", WrittenLabel(note, markup), cssClass: "label");
            x.Writer.WriteString(" ");
        }
    }

    /// <summary>What this edition restored, said only of what it found.</summary>
    private string Restored(string from = "the source")
    {
        var parts = new List<string>();
        if (document.Sections.Count > 0) parts.Add("headings");
        if (document.Notes.Count > 0) parts.Add("notes");
        parts.Add("typography");
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return $"Its {list} {(parts.Count == 1 ? "was" : "were")} restored from {from};";
    }

    /// <summary>Where the text came from and how this edition was made: the archive's notice lives here, not in the text.</summary>
    private ContentDocument Colophon()
    {
        var provenance = document.Provenance;
        using var x = Open("Colophon", "backmatter");
        x.StartElement("section", id: "colophon", epubType: "colophon", role: "doc-colophon");
        x.Element("h2", "Colophon", epubType: "title");
        if (provenance.ArchiveNotices.Count > 0)
        {
            x.Element("p", provenance.Archive is string archive
                ? $"This text was kept in an archive of {archive}, which introduces it with this notice:"
                : "This text was kept in an archive, which introduces it with this notice:");
            x.StartElement("blockquote");
            foreach (var notice in provenance.ArchiveNotices) x.Element("p", notice);
            x.EndElement();
        }
        if (provenance.SourceNotes.Count > 0)
        {
            x.Element("p", "The archived page says of the text\u2019s source:");
            x.StartElement("blockquote");
            foreach (var note in provenance.SourceNotes) x.Element("p", note);
            x.EndElement();
        }
        x.Element("p", $"This edition was made by {generator} from the archived file {provenance.SourceName} " +
                       $"({provenance.SourceEncoding.ToUpperInvariant()}, SHA-256 {provenance.SourceSha256}). " +
                       $"{Restored()} its words were not changed.");
        if (provenance.Wrappers.Count > 0)
            x.Element("p", "Left out as the archive\u2019s wrapping, not the author\u2019s text: " +
                           string.Join("; ", provenance.Wrappers.Select(w => WrapperNote(w))) + ".");
        if (document.Metadata.Rights is string rights) x.Element("p", $"The text\u2019s own notice of its rights: {rights}");
        if (provenance.Dropped.Count > 0)
            x.Element("p", "Left out as leftovers of the website: " + string.Join(", ", provenance.Dropped.Select(d => $"\u201C{d.Text}\u201D")) + ".");
        x.EndElement();
        return new("colophon.xhtml", "colophon", "Colophon", x.Finish());
    }

    /// <summary>
    /// The colophon of a book joined from several documents: every source with its file, encoding
    /// and hash, and what was left out of it. What several sources share (the archive's notice,
    /// the website's leftovers every page repeats) is said once, naming the files it came from,
    /// so that a book of forty pages does not list the same link forty times.
    /// </summary>
    private ContentDocument JoinedColophon()
    {
        var sources = document.Provenance.Sources;
        // The book's top-level sections are its parts, one per source, in the same order.
        var parts = document.Sections.Where(s => s.Level == 1).Select(s => Inline.PlainText(s.Title)).ToList();
        using var x = Open("Colophon", "backmatter");
        x.StartElement("section", id: "colophon", epubType: "colophon", role: "doc-colophon");
        x.Element("h2", "Colophon", epubType: "title");

        foreach (var ((archive, notices), from) in Shared(sources, s => s.ArchiveNotices.Count == 0 ? [] : [(s.Archive, s.ArchiveNotices)], NoticesComparer.Instance))
        {
            var kept = from.Count == sources.Count ? "These texts were" : from.Count == 1 ? $"{sources[from[0]].SourceName} was" : $"{Names(sources, from)} were";
            x.Element("p", $"{kept} kept in an archive{(archive is null ? "" : " of " + archive)}, which introduces {(from.Count == 1 ? "it" : "each")} with this notice:");
            x.StartElement("blockquote");
            foreach (var notice in notices) x.Element("p", notice);
            x.EndElement();
        }

        x.Element("p", $"This edition was made by {generator} from {sources.Count} archived files, each a part of the book. " +
                       $"{Restored("the sources")} their words were not changed.");
        var wrappers = Shared(sources, s => s.Wrappers.Select(w => WrapperNote(w)), StringComparer.Ordinal);
        var dropped = Shared(sources, s => s.Dropped.Select(d => $"\u201C{d.Text}\u201D"), StringComparer.Ordinal);
        x.StartElement("ol", cssClass: "sources");
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            x.StartElement("li");
            var part = parts.Count == sources.Count ? parts[i] + ": " : "";
            x.Element("p", $"{part}the archived file {source.SourceName} ({source.SourceEncoding.ToUpperInvariant()}, SHA-256 {source.SourceSha256}).");
            if (source.SourceNotes.Count > 0)
                x.Element("p", "The page says of the text\u2019s source: " + string.Join(" ", source.SourceNotes));
            var ownWrappers = wrappers.Where(w => w.Sources is [var only] && only == i).Select(w => w.Entry).ToList();
            if (ownWrappers.Count > 0)
                x.Element("p", "Left out as the archive\u2019s wrapping, not the author\u2019s text: " + string.Join("; ", ownWrappers) + ".");
            var ownDropped = dropped.Where(d => d.Sources is [var only] && only == i).Select(d => d.Entry).ToList();
            if (ownDropped.Count > 0)
                x.Element("p", "Left out as leftovers of the website: " + string.Join(", ", ownDropped) + ".");
            x.EndElement();
        }
        x.EndElement();

        // What several files share, once, grouped by the files it came from.
        foreach (var group in wrappers.Where(w => w.Sources.Count > 1).GroupBy(w => Names(sources, w.Sources)))
            x.Element("p", $"Left out of {group.Key} as the archive\u2019s wrapping, not the author\u2019s text: " + string.Join("; ", group.Select(w => w.Entry)) + ".");
        foreach (var group in dropped.Where(d => d.Sources.Count > 1).GroupBy(d => Names(sources, d.Sources)))
            x.Element("p", $"Left out of {group.Key} as leftovers of the website: " + string.Join(", ", group.Select(d => d.Entry)) + ".");
        x.EndElement();
        return new("colophon.xhtml", "colophon", "Colophon", x.Finish());
    }

    /// <summary>Each distinct entry of the sources, in order of first appearance, with the sources (indexes) that have it.</summary>
    private static List<(T Entry, List<int> Sources)> Shared<T>(List<Provenance> sources, Func<Provenance, IEnumerable<T>> entries, IEqualityComparer<T> comparer)
        where T : notnull
    {
        var result = new List<(T Entry, List<int> Sources)>();
        var index = new Dictionary<T, int>(comparer);
        for (var i = 0; i < sources.Count; i++)
            foreach (var entry in entries(sources[i]))
            {
                if (!index.TryGetValue(entry, out var at)) { index[entry] = at = result.Count; result.Add((entry, [])); }
                if (result[at].Sources is not [.., var last] || last != i) result[at].Sources.Add(i);
            }
        return result;
    }

    /// <summary>"every file", or the files' names: "a.txt", "a.txt and b.txt", "a.txt, b.txt and c.txt".</summary>
    private static string Names(List<Provenance> sources, List<int> which)
    {
        if (which.Count == sources.Count) return "every file";
        var names = which.Select(i => sources[i].SourceName).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>Archive notices compared by the archive and their words, so that sources introduced alike share one.</summary>
    private sealed class NoticesComparer : IEqualityComparer<(string? Archive, List<string> Notices)>
    {
        public static readonly NoticesComparer Instance = new();

        public bool Equals((string? Archive, List<string> Notices) a, (string? Archive, List<string> Notices) b) =>
            a.Archive == b.Archive && a.Notices.SequenceEqual(b.Notices, StringComparer.Ordinal);

        public int GetHashCode((string? Archive, List<string> Notices) value)
        {
            var hash = new HashCode();
            hash.Add(value.Archive, StringComparer.Ordinal);
            foreach (var notice in value.Notices) hash.Add(notice, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }

    /// <summary>"message headers (6 lines from line 830)", "a signature (line 12)".</summary>
    private static string WrapperNote((int Line, string What, int Lines) wrapper) =>
        wrapper.Lines == 1 ? $"{wrapper.What} (line {wrapper.Line})" : $"{wrapper.What} ({wrapper.Lines} lines from line {wrapper.Line})";
}
