using System.IO.Compression;
using System.Text;
using Epub.Model;

namespace Epub.Writers;

/// <summary>
/// The files of a finished book by path inside the container, in the order they are zipped,
/// each made when it is reached: a chapter is written, zipped and let go before the next is
/// made, so a long book is never in memory twice (as a tree and as its files). Each enumeration makes them anew.
/// </summary>
public sealed class Book(IEnumerable<(string Path, byte[] Content)> files)
{
    public IEnumerable<(string Path, byte[] Content)> Files { get; } = files;
}

/// <summary>Turns a document tree into an EPUB 3 container.</summary>
public static class EpubWriter
{
    private const string Root = "EPUB/";

    public static Book Build(Document document, string generator, WriterOptions? options = null) =>
        new(Files(document, generator, options ?? new WriterOptions()));

    /// <summary>
    /// The container document first (after the mimetype), then the content documents in reading
    /// order, then what describes them: navigation, stylesheet, resources, package document.
    /// </summary>
    private static IEnumerable<(string Path, byte[] Content)> Files(Document document, string generator, WriterOptions options)
    {
        yield return ("META-INF/container.xml", PackageWriter.Container());
        var cover = !options.Cover ? null : options.CoverImage ?? CoverRenderer.Render(document.Metadata);
        var documents = new List<ContentDocument>();
        foreach (var d in new ContentWriter(document, generator, options, cover).Write())
        {
            yield return (Root + d.FileName, d.Content);
            documents.Add(d with { Content = [] }); // zipped: its name, labels and pages are all the rest needs
        }
        var metadata = document.Metadata;
        var contents = ContentWriter.Contents(metadata, documents);
        yield return (Root + contents.FileName, contents.Content);
        yield return (Root + PackageWriter.NcxFile, PackageWriter.Ncx(metadata, documents));
        yield return (Root + PackageWriter.StylesheetFile, Stylesheet.Bytes);
        if (cover is not null) yield return (Root + cover.FileName, cover.Content);
        foreach (var resource in document.Resources) yield return (Root + resource.FileName, resource.Content);
        yield return (Root + "content.opf", PackageWriter.Opf(metadata, documents, Sources(document), AccessibilitySummary(document, cover is not null), document.Resources, cover));
    }

    /// <summary>
    /// Zips the book as OCF requires: <c>mimetype</c> first and stored, then the book's files in
    /// their order, every entry with the same timestamp, so the same tree always gives the same
    /// bytes. The stream must be seekable (sizes are written back into the local headers instead
    /// of data descriptors).
    /// </summary>
    public static void Write(Book book, Stream output, DateTimeOffset timestamp)
    {
        var stamp = ZipTime(timestamp);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, stamp);
        foreach (var (path, content) in book.Files) Add(zip, path, content, Compressed(path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal, stamp);
    }

    /// <summary>Images that are compressed already: deflating them again costs time and saves nothing, so they are stored.</summary>
    private static bool Compressed(string path) =>
        path.EndsWith(".png", StringComparison.Ordinal) || path.EndsWith(".jpg", StringComparison.Ordinal)
        || path.EndsWith(".jpeg", StringComparison.Ordinal) || path.EndsWith(".gif", StringComparison.Ordinal);

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

    /// <summary>The archived file the book was made from, or each of them for a joined book.</summary>
    private static List<string> Sources(Document document) =>
        document.Provenance.Sources.Count > 0 ? document.Provenance.Sources.Select(Source).ToList() : [Source(document.Provenance)];

    private static string Source(Provenance provenance) =>
        provenance.Archive is string archive ? $"An archive of {archive}: {provenance.SourceName}" : provenance.SourceName;

    private static string AccessibilitySummary(Document document, bool hasCover)
    {
        var summary = new StringBuilder(hasCover
            ? "A text-only book with no sound or video; its one image, the cover, is described by its alternative text (the title and author, as on the title page). "
            : "A text-only book with no images, sound or video. ");
        var parts = document.Sections.Any(s => s.Level > 1) ? document.Sections.Count(s => s.Level == 1) : 0;
        summary.Append(parts > 0
            ? $"Its {parts} parts and their {document.Sections.Count - parts} chapters are marked as headings and listed in the table of contents, chapters under their parts, in reading order. "
            : document.Sections.Count > 0
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
        using var stream = EmbeddedData.Open("Epub.styles.book.css");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
