using System.Globalization;
using Epub.Model;

namespace Epub.Writers;

/// <summary>A content document of the book, in reading order.</summary>
public sealed record ContentDocument(string FileName, string Id, string Label, byte[] Content, string? Landmark = null, bool InToc = true);

/// <summary>
/// Writes the book's content documents from the tree: title page, opening text, one document per
/// section, the notes, the colophon. Semantics follow Standard Ebooks (epub:type on body and
/// section, DPUB-ARIA roles where one matches).
/// </summary>
internal sealed class ContentWriter(Document document, string generator)
{
    private readonly NoteLinks _notes = new();
    private readonly string _language = document.Metadata.Language;
    private string BookTitle => document.Metadata.Title ?? "Untitled";

    public List<ContentDocument> WriteAll()
    {
        var documents = new List<ContentDocument> { TitlePage(), ContentsPlaceholder };
        if (document.Blocks.Count > 0) documents.Add(Opening());
        for (var i = 0; i < document.Sections.Count; i++) documents.Add(Chapter(document.Sections[i], i + 1));
        if (document.Notes.Count > 0) documents.Add(Endnotes());
        documents.Add(Colophon());
        // The contents page lists the other documents, so it is written once they are all known.
        documents[1] = ContentsPlaceholder with { Content = PackageWriter.Nav(document.Metadata, documents) };
        return documents;
    }

    private ContentDocument TitlePage()
    {
        var metadata = document.Metadata;
        using var x = new XhtmlDocument("titlepage.xhtml", "Title Page", _language, "frontmatter", _notes);
        x.StartElement("section", id: "titlepage", epubType: "titlepage");
        if (metadata.ReviewedWork?.Author is string workAuthor) x.Element("p", workAuthor, cssClass: "work-author");
        x.StartElement("h1", epubType: "fulltitle");
        x.Element("span", BookTitle, epubType: "title");
        if (metadata.Subtitle is string subtitle)
        {
            x.Writer.WriteString(" ");
            x.StartElement("span", epubType: "subtitle", role: "doc-subtitle"); // Ace: the ARIA role matching epub:type
            x.Writer.WriteString(subtitle);
            x.EndElement();
        }
        x.EndElement();
        if (metadata.ReviewedWork?.Imprint is string imprint) x.Element("p", imprint, cssClass: "imprint");
        if (metadata.Author is string author)
        {
            x.StartElement("p", cssClass: "byline");
            var byline = metadata.Byline ?? author;
            var at = byline.LastIndexOf(author, StringComparison.Ordinal);
            if (at > 0) x.Writer.WriteString(byline[..at]);
            x.Element("b", author, epubType: "z3998:author z3998:personal-name");
            x.EndElement();
        }
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
        return new("titlepage.xhtml", "titlepage", "Title Page", x.Finish());
    }

    /// <summary>
    /// The navigation document, also in the spine as a contents page after the title page: the
    /// "toc" landmark points to it, and EPUBCheck (RSC-011) rejects links to documents outside the spine.
    /// </summary>
    private static readonly ContentDocument ContentsPlaceholder = new(PackageWriter.NavFile, "nav", "Table of Contents", [], InToc: false);

    /// <summary>The text before the first heading: part of the body, in reading order, without a heading of its own.</summary>
    private ContentDocument Opening()
    {
        using var x = new XhtmlDocument("opening.xhtml", BookTitle, _language, "bodymatter", _notes);
        x.StartElement("section", id: "opening");
        WriteBlocks(x, document.Blocks);
        x.EndElement();
        return new("opening.xhtml", "opening", "Opening", x.Finish(), Landmark: "bodymatter", InToc: false);
    }

    private ContentDocument Chapter(Section section, int number)
    {
        var fileName = $"chapter-{number}.xhtml";
        var title = Inline.PlainText(section.Title);
        var label = section.Label is null ? title : $"{section.Label}. {title}";
        using var x = new XhtmlDocument(fileName, label, _language, "bodymatter", _notes);
        x.StartElement("section", id: $"chapter-{number}", epubType: "chapter", role: "doc-chapter");
        x.StartElement("h2");
        if (section.Label is string ordinal)
        {
            // The ordinal on a line of its own; screen readers say "I" as the numeral it is (z3998:roman).
            x.Element("span", ordinal, epubType: Markers.RomanValue(ordinal) > 0 ? "z3998:roman" : null, cssClass: "ordinal");
            x.Writer.WriteString(" ");
        }
        x.Element("span", section.Title, cssClass: "title");
        x.EndElement();
        WriteBlocks(x, section.Blocks);
        x.EndElement();
        return new(fileName, $"chapter-{number}", label, x.Finish(), Landmark: document.Blocks.Count == 0 && number == 1 ? "bodymatter" : null);
    }

    private static void WriteBlocks(XhtmlDocument x, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    x.Element("p", p.Inlines);
                    break;
                case BlockQuote quote:
                    x.StartElement("blockquote");
                    foreach (var p in quote.Paragraphs) x.Element("p", p.Inlines);
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
    /// All notes in one list. "footnote" beside "endnote" because Apple Books pops up only notes
    /// with the footnote semantic and Kindle gains popups from it; no role on the items, since
    /// doc-endnote is deprecated in DPUB-ARIA 1.1 and EPUBCheck flags it.
    /// </summary>
    private ContentDocument Endnotes()
    {
        using var x = new XhtmlDocument(NoteLinks.EndnotesFile, "Notes", _language, "backmatter", _notes);
        x.StartElement("section", id: "endnotes", epubType: "endnotes footnotes", role: "doc-endnotes");
        x.Element("h2", "Notes", epubType: "title");
        x.StartElement("ol");
        foreach (var note in document.Notes)
        {
            x.StartElement("li", id: $"note-{note.Number}", epubType: "endnote footnote");
            x.Writer.WriteAttributeString("value", note.Number.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < note.Paragraphs.Count; i++)
            {
                x.StartElement("p");
                x.WriteInlines(note.Paragraphs[i].Inlines);
                if (i == note.Paragraphs.Count - 1 && _notes.FirstCitation(note.Number) is var (file, id))
                {
                    // U+FE0E after the arrow keeps iOS from drawing it as an emoji.
                    x.Writer.WriteString(" ");
                    x.StartElement("a", epubType: "backlink", role: "doc-backlink");
                    x.Writer.WriteAttributeString("href", $"{file}#{id}");
                    x.Writer.WriteAttributeString("aria-label", $"Back to the text of note {note.Number}");
                    x.Writer.WriteString("\u21A9\uFE0E");
                    x.EndElement();
                }
                x.EndElement();
            }
            x.EndElement();
        }
        x.EndElement();
        x.EndElement();
        return new(NoteLinks.EndnotesFile, "endnotes", "Notes", x.Finish(), Landmark: "endnotes");
    }

    /// <summary>Where the text came from and how this edition was made: the archive's notice lives here, not in the text.</summary>
    private ContentDocument Colophon()
    {
        var provenance = document.Provenance;
        using var x = new XhtmlDocument("colophon.xhtml", "Colophon", _language, "backmatter", _notes);
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
        x.Element("p", $"This edition was made by {generator} from the archived file {provenance.SourceName} " +
                       $"({provenance.SourceEncoding.ToUpperInvariant()}, SHA-256 {provenance.SourceSha256}). " +
                       "Its headings, notes and typography were restored from the plain text; its words were not changed.");
        if (provenance.Dropped.Count > 0)
            x.Element("p", "Left out as leftovers of the website: " + string.Join(", ", provenance.Dropped.Select(d => $"\u201C{d.Text}\u201D")) + ".");
        x.EndElement();
        return new("colophon.xhtml", "colophon", "Colophon", x.Finish());
    }
}
