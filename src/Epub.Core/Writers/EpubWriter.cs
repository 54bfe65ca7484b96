using System.IO.Compression;
using System.Text;
using Epub.Model;

namespace Epub.Writers;

/// <summary>The files of a finished book, by path inside the container, before they are zipped.</summary>
public sealed class Book
{
    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
}

/// <summary>Turns a document tree into an EPUB 3 container.</summary>
public static class EpubWriter
{
    private const string Root = "EPUB/";

    public static Book Build(Document document, string generator, WriterOptions? options = null)
    {
        var documents = new ContentWriter(document, generator, options ?? new WriterOptions()).WriteAll();
        var metadata = document.Metadata;
        var book = new Book();
        foreach (var d in documents) book.Files[Root + d.FileName] = d.Content;
        book.Files[Root + PackageWriter.NcxFile] = PackageWriter.Ncx(metadata, documents);
        book.Files[Root + PackageWriter.StylesheetFile] = Stylesheet.Bytes;
        foreach (var resource in document.Resources) book.Files[Root + resource.FileName] = resource.Content;
        book.Files[Root + "content.opf"] = PackageWriter.Opf(metadata, documents, Source(document), AccessibilitySummary(document), document.Resources);
        book.Files["META-INF/container.xml"] = PackageWriter.Container();
        return book;
    }

    /// <summary>
    /// Zips the book as OCF requires: <c>mimetype</c> first and stored, then the container
    /// document, then the rest in ordinal path order, every entry with the same timestamp, so the
    /// same tree always gives the same bytes. The stream must be seekable (sizes are written back
    /// into the local headers instead of data descriptors).
    /// </summary>
    public static void Write(Book book, Stream output, DateTimeOffset timestamp)
    {
        var stamp = ZipTime(timestamp);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, stamp);
        Add(zip, "META-INF/container.xml", book.Files["META-INF/container.xml"], CompressionLevel.Optimal, stamp);
        foreach (var (path, content) in book.Files)
            if (path != "META-INF/container.xml") Add(zip, path, content, CompressionLevel.Optimal, stamp);
    }

    /// <summary>ZIP's DOS times run from 1980 to 2107.</summary>
    public static readonly DateTimeOffset FirstZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero), LastZipTime = new(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);

    /// <summary>The zip entries' time: the book's modified time, clamped to what ZIP can store (the OPF keeps the real one).</summary>
    public static DateTimeOffset ZipTime(DateTimeOffset modified) =>
        modified < FirstZipTime ? FirstZipTime : modified > LastZipTime ? LastZipTime : modified;

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static string Source(Document document)
    {
        var provenance = document.Provenance;
        return provenance.Archive is string archive
            ? $"An archive of {archive}: {provenance.SourceName}"
            : provenance.SourceName;
    }

    private static string AccessibilitySummary(Document document)
    {
        var summary = new StringBuilder("A text-only book with no images, sound or video. ");
        summary.Append(document.Sections.Count > 0
            ? $"Its {document.Sections.Count} sections are marked as headings and listed in the table of contents, in reading order. "
            : "It is in reading order. ");
        if (document.Notes.Count > 0)
            summary.Append($"Its {document.Notes.Count} notes are linked from their references in the text and link back to them.");
        return summary.ToString().TrimEnd();
    }
}

/// <summary>The book's stylesheet from <c>styles/book.css</c>, embedded in the library.</summary>
internal static class Stylesheet
{
    public static byte[] Bytes { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(Stylesheet).Assembly.GetManifestResourceStream("Epub.styles.book.css")
            ?? throw new InvalidOperationException("the stylesheet is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
