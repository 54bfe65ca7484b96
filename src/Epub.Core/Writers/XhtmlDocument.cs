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
    private readonly NoteLinks _notes;
    private readonly string _fileName;

    public XmlWriter Writer { get; }

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
    public XhtmlDocument(string fileName, string title, string language, string? bodyType, NoteLinks notes, string stylesheetHref = "css/book.css")
    {
        _fileName = fileName;
        _notes = notes;
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
                case Emphasis emphasis:
                    Writer.WriteStartElement("i");
                    WriteInlines(emphasis.Inlines);
                    Writer.WriteEndElement();
                    break;
                case NoteReference reference:
                    WriteNoteReference(reference.Number);
                    break;
            }
        }
    }

    /// <summary>
    /// A note reference as KOReader, Thorium, Apple Books and Calibre's viewer recognise it for a
    /// popup: a plain link whose <c>epub:type</c> is exactly "noteref" (Calibre compares the whole
    /// attribute), with the matching ARIA role. Superscript comes from CSS, not from <c>sup</c>.
    /// </summary>
    private void WriteNoteReference(int number)
    {
        Writer.WriteStartElement("a");
        Writer.WriteAttributeString("href", $"{NoteLinks.EndnotesFile}#note-{number}");
        Writer.WriteAttributeString("id", _notes.Cite(number, _fileName));
        Writer.WriteAttributeString("epub", "type", OpsNamespace, "noteref");
        Writer.WriteAttributeString("role", "doc-noteref");
        Writer.WriteString(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

/// <summary>
/// Where each note is cited, recorded while the chapters are written (they come before the
/// notes in reading order), so that each note's backlink returns to its first citation.
/// </summary>
internal sealed class NoteLinks
{
    public const string EndnotesFile = "endnotes.xhtml";

    private readonly Dictionary<int, (string File, string Id)> _first = [];
    private readonly Dictionary<int, int> _count = [];

    /// <summary>Records a citation of note <paramref name="number"/> and returns the id for it: unique even when a note is cited twice.</summary>
    public string Cite(int number, string file)
    {
        var count = _count[number] = _count.GetValueOrDefault(number) + 1;
        var id = count == 1 ? $"noteref-{number}" : $"noteref-{number}-{count}";
        _first.TryAdd(number, (file, id));
        return id;
    }

    public (string File, string Id)? FirstCitation(int number) => _first.TryGetValue(number, out var c) ? c : null;
}
