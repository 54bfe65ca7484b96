using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Epub.Model;

namespace Epub.Writers;

/// <summary>Writes the navigation document, the NCX and the package document (OPF).</summary>
internal static partial class PackageWriter
{
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string NcxNamespace = "http://www.daisy.org/z3986/2005/ncx/";
    public const string NavFile = "toc.xhtml";
    public const string NcxFile = "toc.ncx";
    public const string StylesheetFile = "css/book.css";
    public const string CoverImageId = "cover-image";

    /// <summary>The table of contents and the landmarks (one epub:type per link, as EPUBCheck wants).</summary>
    public static byte[] Nav(Metadata metadata, IReadOnlyList<ContentDocument> documents)
    {
        using var x = new XhtmlDocument("Table of Contents", metadata.Language, "frontmatter");
        x.StartElement("nav", id: "toc", epubType: "toc", role: "doc-toc");
        x.Element("h2", "Table of Contents", epubType: "title");
        x.StartElement("ol");
        // A part's chapters are listed in an ol inside the part's li; a flat book's items are each closed at once.
        var toc = documents.Where(d => d.InToc).ToList();
        var depth = 0;
        for (var i = 0; i < toc.Count; i++)
        {
            // Never deeper than one below the item before, so every nested list has its parent item.
            var level = Math.Clamp(toc[i].Level, 1, depth + 1);
            if (level > depth && depth > 0) x.StartElement("ol");
            else if (depth > 0)
            {
                x.EndElement(); // the li before
                for (; depth > level; depth--)
                {
                    x.EndElement(); // its ol
                    x.EndElement(); // its parent li
                }
            }
            depth = level;
            x.StartElement("li");
            x.StartElement("a");
            x.Writer.WriteAttributeString("href", toc[i].FileName);
            x.Writer.WriteString(toc[i].Label);
            x.EndElement();
        }
        for (; depth > 0; depth--)
        {
            x.EndElement(); // li
            if (depth > 1) x.EndElement(); // the ol it closes
        }
        x.EndElement();
        x.EndElement();
        x.StartElement("nav", id: "landmarks", epubType: "landmarks");
        x.Writer.WriteAttributeString("hidden", "hidden");
        x.Element("h2", "Landmarks", epubType: "title");
        x.StartElement("ol");
        foreach (var d in documents.Where(d => d.Landmark == "cover")) Link(x, d.FileName, "Cover", "cover");
        foreach (var d in documents.Where(d => d.Landmark == "bodymatter")) Link(x, d.FileName, "Start of the text", "bodymatter");
        Link(x, NavFile, "Table of Contents", "toc");
        foreach (var d in documents.Where(d => d.Landmark == "endnotes")) Link(x, d.FileName, d.Label, "endnotes");
        x.EndElement();
        x.EndElement();
        if (documents.Any(d => d.Pages.Count > 0))
        {
            // The printed edition's pages, so that a reader can go to "page 12" and cite it.
            x.StartElement("nav", id: "page-list", epubType: "page-list");
            x.Writer.WriteAttributeString("hidden", "hidden");
            x.Element("h2", "Pages", epubType: "title");
            x.StartElement("ol");
            foreach (var d in documents)
                foreach (var (id, label) in d.Pages) Link(x, $"{d.FileName}#{id}", label, null);
            x.EndElement();
            x.EndElement();
        }
        return x.Finish();
    }

    private static void Link(XhtmlDocument x, string href, string label, string? epubType)
    {
        x.StartElement("li");
        x.StartElement("a", epubType: epubType);
        x.Writer.WriteAttributeString("href", href);
        x.Writer.WriteString(label);
        x.EndElement();
        x.EndElement();
    }

    /// <summary>The EPUB 2 table of contents, which sideloaded Kobo and older readers use.</summary>
    public static byte[] Ncx(Metadata metadata, IReadOnlyList<ContentDocument> documents)
    {
        return Xml(w =>
        {
            w.WriteStartElement("ncx", NcxNamespace);
            w.WriteAttributeString("version", "2005-1");
            w.WriteAttributeString("xml", "lang", null, metadata.Language);
            w.WriteStartElement("head");
            var toc = documents.Where(d => d.InToc).ToList();
            var depth = toc.Count == 0 ? 1 : toc.Max(d => d.Level);
            foreach (var (name, content) in new[] { ("dtb:uid", metadata.Identifier), ("dtb:depth", depth.ToString(CultureInfo.InvariantCulture)), ("dtb:totalPageCount", "0"), ("dtb:maxPageNumber", "0") })
            {
                w.WriteStartElement("meta");
                w.WriteAttributeString("name", name);
                w.WriteAttributeString("content", content);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("docTitle");
            w.WriteElementString("text", metadata.Title ?? "Untitled");
            w.WriteEndElement();
            w.WriteStartElement("navMap");
            var order = 0;
            var open = 0;
            foreach (var d in toc)
            {
                order++;
                // A part's chapters are navPoints inside the part's navPoint.
                var level = Math.Clamp(d.Level, 1, open + 1);
                for (; open >= level; open--) w.WriteEndElement();
                open = level;
                w.WriteStartElement("navPoint");
                w.WriteAttributeString("id", $"navpoint-{order}");
                w.WriteAttributeString("playOrder", order.ToString(CultureInfo.InvariantCulture));
                w.WriteStartElement("navLabel");
                w.WriteElementString("text", d.Label);
                w.WriteEndElement();
                w.WriteStartElement("content");
                w.WriteAttributeString("src", d.FileName);
                w.WriteEndElement();
            }
            for (; open > 0; open--) w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    /// <param name="sources">What the book was made from, one dc:source each (a joined book has several).</param>
    /// <param name="cover">The cover image, if the book has one: marked as such for EPUB 3 and EPUB 2 readers alike.</param>
    public static byte[] Opf(Metadata metadata, IReadOnlyList<ContentDocument> documents, IReadOnlyList<string> sources, string accessibilitySummary, IReadOnlyList<Resource>? resources = null, CoverImage? cover = null)
    {
        return Xml(w =>
        {
            w.WriteStartElement("package", OpfNamespace);
            w.WriteAttributeString("version", "3.0");
            w.WriteAttributeString("unique-identifier", "uid");
            w.WriteAttributeString("xml", "lang", null, metadata.Language);
            w.WriteStartElement("metadata");
            w.WriteAttributeString("xmlns", "dc", null, DcNamespace);
            Dc(w, "identifier", metadata.Identifier, "uid");
            Dc(w, "title", metadata.Title ?? "Untitled", "title");
            Meta(w, "title-type", "main", "#title");
            if (metadata.Subtitle is string subtitle)
            {
                Dc(w, "title", subtitle, "subtitle");
                Meta(w, "title-type", "subtitle", "#subtitle");
                // The whole title as the source prints it, for catalogues and search (EPUB 3's "expanded" title type).
                Dc(w, "title", $"{metadata.Title}: {subtitle}", "expanded");
                Meta(w, "title-type", "expanded", "#expanded");
            }
            if (metadata.Author is string author)
            {
                // Each writer their own creator, as catalogues and reading systems list authors.
                var creators = CreditNames.Split(author);
                for (var k = 0; k < creators.Count; k++)
                {
                    var id = k == 0 ? "creator" : $"creator-{k + 1}";
                    Dc(w, "creator", creators[k], id);
                    Meta(w, "role", "aut", "#" + id, scheme: "marc:relators");
                    if (creators.Count > 1) Meta(w, "display-seq", (k + 1).ToString(CultureInfo.InvariantCulture), "#" + id);
                }
            }
            if (metadata.Collection is string collection)
            {
                w.WriteStartElement("meta");
                w.WriteAttributeString("property", "belongs-to-collection");
                w.WriteAttributeString("id", "collection");
                w.WriteString(collection);
                w.WriteEndElement();
                Meta(w, "collection-type", "set", "#collection");
            }
            // The title page's other credits: each name a contributor in its role (translator, editor…).
            var contributors = metadata.Credits.SelectMany(c => CreditNames.Split(c.Name).Select(name => (Name: name, c.Role))).Where(c => c.Name != metadata.Author).ToList();
            for (var k = 0; k < contributors.Count; k++)
            {
                var id = $"contributor-{k + 1}";
                Dc(w, "contributor", contributors[k].Name, id);
                Meta(w, "role", contributors[k].Role, "#" + id, scheme: "marc:relators");
            }
            if (metadata.Rights is string rights) Dc(w, "rights", rights);
            Dc(w, "language", metadata.Language);
            if (metadata.Date is string date) Dc(w, "date", date);
            foreach (var source in sources) Dc(w, "source", source);
            if (documents.Any(d => d.Pages.Count > 0))
            {
                // The page numbers are a printed edition's (Ace: epub-pagesource; EPUB 3's source-of).
                Dc(w, "source", $"The printed edition of {metadata.Title ?? "the text"}", "pagination-source");
                Meta(w, "source-of", "pagination", "#pagination-source");
            }
            if (metadata.ReviewedWork is { } reviewed)
                Dc(w, "subject", $"{reviewed.Title}{(reviewed.Subtitle is null ? "" : ": " + reviewed.Subtitle)}{(reviewed.Author is null ? "" : " (" + reviewed.Author + ")")}");
            if (metadata.ReviewedWork is { } work)
                Dc(w, "description", EndSentence($"A review of {(work.Author is null ? "" : work.Author + "\u2019s ")}{work.Title}{(work.Subtitle is null ? "" : ": " + work.Subtitle)}{(work.Imprint is null ? "" : " " + work.Imprint)}"));
            Meta(w, "dcterms:modified", metadata.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (cover is not null)
            {
                // EPUB 2's cover (Kindle's converter, Adobe RMSDK and older readers find the cover by it; EPUB 3 allows it).
                w.WriteStartElement("meta");
                w.WriteAttributeString("name", "cover");
                w.WriteAttributeString("content", CoverImageId);
                w.WriteEndElement();
            }
            // Accessibility metadata (EPUB Accessibility 1.1), checked by Ace; true of every book we make:
            // text only, navigable by headings and a table of contents, nothing that flashes.
            Meta(w, "schema:accessMode", "textual");
            if (resources is { Count: > 0 } || cover is not null) Meta(w, "schema:accessMode", "visual");
            Meta(w, "schema:accessModeSufficient", "textual");
            foreach (var feature in new[] { "structuralNavigation", "tableOfContents", "readingOrder" })
                Meta(w, "schema:accessibilityFeature", feature);
            if (documents.Any(d => d.Pages.Count > 0))
            {
                Meta(w, "schema:accessibilityFeature", "pageBreakMarkers");
                Meta(w, "schema:accessibilityFeature", "pageNavigation");
            }
            Meta(w, "schema:accessibilityHazard", "none");
            Meta(w, "schema:accessibilitySummary", accessibilitySummary);
            w.WriteEndElement();

            w.WriteStartElement("manifest");
            Item(w, "css", StylesheetFile, "text/css");
            Item(w, "ncx", NcxFile, "application/x-dtbncx+xml");
            foreach (var d in documents) Item(w, d.Id, d.FileName, "application/xhtml+xml", d.FileName == NavFile ? "nav" : null);
            if (cover is not null) Item(w, CoverImageId, cover.FileName, cover.MediaType, "cover-image");
            foreach (var (resource, n) in (resources ?? []).Select((r, n) => (r, n + 1))) Item(w, $"image-{n}", resource.FileName, resource.MediaType);
            w.WriteEndElement();

            w.WriteStartElement("spine");
            w.WriteAttributeString("toc", "ncx");
            foreach (var d in documents)
            {
                w.WriteStartElement("itemref");
                w.WriteAttributeString("idref", d.Id);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            // The EPUB 2 guide: Kindle's converter still reads it for "go to beginning" and the contents.
            w.WriteStartElement("guide");
            foreach (var d in documents.Where(d => d.Landmark == "cover")) Reference(w, "cover", "Cover", d.FileName);
            foreach (var d in documents.Where(d => d.Landmark == "bodymatter")) Reference(w, "text", "Start of the text", d.FileName);
            Reference(w, "toc", "Table of Contents", NavFile);
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static void Dc(XmlWriter w, string name, string value, string? id = null)
    {
        w.WriteStartElement("dc", name, DcNamespace);
        if (id is not null) w.WriteAttributeString("id", id);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Meta(XmlWriter w, string property, string value, string? refines = null, string? scheme = null)
    {
        w.WriteStartElement("meta");
        if (refines is not null) w.WriteAttributeString("refines", refines);
        w.WriteAttributeString("property", property);
        if (scheme is not null) w.WriteAttributeString("scheme", scheme);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Item(XmlWriter w, string id, string href, string mediaType, string? properties = null)
    {
        w.WriteStartElement("item");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("media-type", mediaType);
        if (properties is not null) w.WriteAttributeString("properties", properties);
        w.WriteEndElement();
    }

    private static void Reference(XmlWriter w, string type, string title, string href)
    {
        w.WriteStartElement("reference");
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("title", title);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    public static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, XhtmlDocument.Settings))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static byte[] Container() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n" +
        "  <rootfiles>\n" +
        "    <rootfile full-path=\"EPUB/content.opf\" media-type=\"application/oebps-package+xml\"/>\n" +
        "  </rootfiles>\n" +
        "</container>\n");
}
