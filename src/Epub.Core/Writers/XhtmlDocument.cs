using System.Text;
using System.Xml;
using Epub.Model;

namespace Epub.Writers;

/// <summary>
/// Writes one XHTML content document with <see cref="XmlWriter"/>, so every document is
/// well-formed by construction, and holds what all of them share: the head, the language on
/// <c>html</c>, the stylesheet link, and inline markup.
/// </summary>
internal sealed class XhtmlDocument : IDisposable
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private readonly MemoryStream _buffer = new();
    private readonly BookLayout? _layout;

    /// <summary>Where the book's notes and references are; null for documents without notes.</summary>
    public BookLayout? Layout => _layout;

    public XmlWriter Writer { get; }

    /// <summary>The printed edition's page breaks written so far, for the navigation's page-list.</summary>
    public List<(string Id, string Label)> Pages { get; } = [];

    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>
    /// Starts <c>html</c>, <c>head</c> and <c>body</c>. Every document carries the XML declaration
    /// (Send-to-Kindle reads a file without it as Latin-1), <c>lang</c> and <c>xml:lang</c>, and
    /// a non-empty title (Ace requires both).
    /// </summary>
    /// <param name="bodyWrappers">Ids of divs that wrap the body's content, outermost first (<see cref="Document.BodyWrappers"/>); Finish closes them.</param>
    public XhtmlDocument(string title, string language, string? bodyType, BookLayout? layout = null, string stylesheetHref = "css/book.css", IReadOnlyList<string>? bodyWrappers = null)
    {
        _layout = layout;
        Writer = XmlWriter.Create(_buffer, Settings);
        Writer.WriteStartDocument();
        Writer.WriteStartElement("html", XhtmlNamespace);
        Writer.WriteAttributeString("xmlns", "epub", null, OpsNamespace);
        // EPUBCheck 4.2.6 wants the z3998 vocabulary (used for numerals and names) declared, reserved or not.
        Writer.WriteAttributeString("epub", "prefix", OpsNamespace, "z3998: http://www.daisy.org/z3998/2012/vocab/structure/#");
        Writer.WriteAttributeString("lang", language);
        Writer.WriteAttributeString("xml", "lang", null, language);
        Writer.WriteStartElement("head");
        Writer.WriteElementString("title", title);
        Writer.WriteStartElement("link");
        Writer.WriteAttributeString("rel", "stylesheet");
        Writer.WriteAttributeString("type", "text/css");
        Writer.WriteAttributeString("href", stylesheetHref);
        Writer.WriteEndElement();
        Writer.WriteEndElement();
        Writer.WriteStartElement("body");
        if (bodyType is not null) Writer.WriteAttributeString("epub", "type", OpsNamespace, bodyType);
        foreach (var id in bodyWrappers ?? []) StartElement("div", id);
    }

    public void StartElement(string name, string? id = null, string? epubType = null, string? role = null, string? cssClass = null)
    {
        Writer.WriteStartElement(name);
        if (id is not null) Writer.WriteAttributeString("id", id);
        if (cssClass is not null) Writer.WriteAttributeString("class", cssClass);
        if (epubType is not null) Writer.WriteAttributeString("epub", "type", OpsNamespace, epubType);
        if (role is not null) Writer.WriteAttributeString("role", role);
    }

    public void EndElement() => Writer.WriteEndElement();

    public void Element(string name, IEnumerable<Inline> inlines, string? epubType = null, string? cssClass = null)
    {
        StartElement(name, epubType: epubType, cssClass: cssClass);
        WriteInlines(inlines);
        EndElement();
    }

    public void Element(string name, string text, string? epubType = null, string? cssClass = null)
    {
        StartElement(name, epubType: epubType, cssClass: cssClass);
        Writer.WriteString(text);
        EndElement();
    }

    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    Writer.WriteString(text.Value);
                    break;
                case Span span:
                    // Marks the content as mixed before the first span, so the writer's indentation
                    // never puts white space between spans, or between a sentence and its note reference.
                    Writer.WriteString("");
                    Writer.WriteStartElement("span");
                    Writer.WriteAttributeString("class", span.CssClass);
                    Writer.WriteAttributeString("id", span.Id);
                    Writer.WriteString(span.Value);
                    Writer.WriteEndElement();
                    break;
                case Emphasis emphasis:
                    Writer.WriteStartElement("i");
                    WriteInlines(emphasis.Inlines);
                    Writer.WriteEndElement();
                    break;
                case NoteReference reference:
                    WriteNoteReference(reference);
                    break;
                case Superscript superscript:
                    Writer.WriteElementString("sup", superscript.Value);
                    break;
                case PageBreak page:
                    Writer.WriteStartElement("span");
                    Writer.WriteAttributeString("id", page.Id);
                    Writer.WriteAttributeString("epub", "type", OpsNamespace, "pagebreak");
                    Writer.WriteAttributeString("role", "doc-pagebreak");
                    Writer.WriteAttributeString("aria-label", page.Label);
                    Writer.WriteEndElement();
                    Pages.Add((page.Id, page.Label));
                    break;
            }
        }
    }

    /// <summary>
    /// A note reference as KOReader, Thorium, Apple Books and Calibre's viewer recognise it for a
    /// popup: a plain link whose <c>epub:type</c> is exactly "noteref" (Calibre compares the whole
    /// attribute), with the matching ARIA role. Superscript comes from CSS, not from <c>sup</c>.
    /// </summary>
    private void WriteNoteReference(NoteReference reference)
    {
        var note = reference.Note ?? throw new InvalidOperationException($"note reference {reference.Label} was not resolved");
        Writer.WriteStartElement("a");
        Writer.WriteAttributeString("href", $"{(_layout ?? throw new InvalidOperationException("a note reference outside the book's text")).FileOf(note)}#{note.Id}");
        Writer.WriteAttributeString("id", reference.Id);
        Writer.WriteAttributeString("epub", "type", OpsNamespace, "noteref");
        Writer.WriteAttributeString("role", "doc-noteref");
        Writer.WriteString(reference.Label);
        Writer.WriteEndElement();
    }

    public byte[] Finish()
    {
        Writer.WriteEndDocument();
        Writer.Flush();
        _buffer.WriteByte((byte)'\n');
        return _buffer.ToArray();
    }

    public void Dispose()
    {
        Writer.Dispose();
        _buffer.Dispose();
    }
}

