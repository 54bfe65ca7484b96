using System.IO.Compression;
using System.Xml.Linq;
using Epub.Targets;
using Epub.Writers;

namespace Epub.Tests.Tools;

/// <summary>A book built by the converter, written to disk and opened again as a reading system would.</summary>
public sealed class BuiltBook
{
    public required string Path { get; init; }
    public required byte[] Bytes { get; init; }
    public required Model.Document Document { get; init; }
    public required Diagnostics Diagnostics { get; init; }

    /// <summary>The entries of the zip, in zip order.</summary>
    public IReadOnlyList<(string Name, byte[] Content)> Entries()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).ToList();
    }

    public string Text(string name) => System.Text.Encoding.UTF8.GetString(Entries().Single(e => e.Name == name).Content);

    public XDocument Xml(string name) => XDocument.Parse(Text(name), LoadOptions.PreserveWhitespace);

    /// <summary>The documents of the text and its notes: the opening, the chapters, the notes document.</summary>
    public IEnumerable<string> TextDocuments() =>
        Entries().Select(e => e.Name).Where(n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^EPUB/(opening|chapter-\d+|endnotes)\.xhtml$"));

    /// <summary>An element's <c>epub:type</c>, or null.</summary>
    public static string? EpubType(XElement element) => (string?)element.Attribute((XNamespace)"http://www.idpf.org/2007/ops" + "type");

    private static readonly Lazy<BuiltBook> BundledBook = new(() => Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt"));

    /// <summary>The bundled review, built once for all the tests that read it.</summary>
    public static BuiltBook Bundled => BundledBook.Value;

    private static readonly Lazy<BuiltBook> BundledKepub = new(() => Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt", target: BookTarget.Kobo));
    private static readonly Lazy<BuiltBook> BundledKindleBook = new(() => Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt", target: BookTarget.Kindle));

    /// <summary>The bundled review's Kobo build (a kepub), built once.</summary>
    public static BuiltBook BundledKobo => BundledKepub.Value;

    /// <summary>The bundled review's Kindle build, built once.</summary>
    public static BuiltBook BundledKindle => BundledKindleBook.Value;

    public static BuiltBook Build(byte[] input, string sourceName, ConvertOptions? options = null, string? folder = null, BookTarget target = BookTarget.Epub)
    {
        options ??= new ConvertOptions();
        var diagnostics = new Diagnostics(sourceName);
        var document = Pipeline.Default.Read(input, sourceName, options, diagnostics);
        folder ??= Temp.Folder("epub-test-");
        var path = System.IO.Path.Combine(folder, System.IO.Path.ChangeExtension(sourceName, BookTargets.Extension(target)));
        AtomicFile.Write(path, s => Pipeline.Write(document, options, target, s));
        return new BuiltBook { Path = path, Bytes = File.ReadAllBytes(path), Document = document, Diagnostics = diagnostics };
    }
}

public static class Repository
{
    /// <summary>The repository's root: the folder with Epub.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string BundledInput => System.IO.Path.Combine(Root, "src", "Epub.Cli", "samples", "000_ef3b7d9f5c3841a5.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Epub.sln"))) return dir.FullName;
        throw new InvalidOperationException("Epub.sln not found above " + AppContext.BaseDirectory);
    }
}
