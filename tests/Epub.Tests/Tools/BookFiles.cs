using System.IO.Compression;
using System.Xml.Linq;
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

    private static readonly Lazy<BuiltBook> BundledBook = new(() => Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt"));

    /// <summary>The bundled review, built once for all the tests that read it.</summary>
    public static BuiltBook Bundled => BundledBook.Value;

    public static BuiltBook Build(byte[] input, string sourceName, ConvertOptions? options = null, string? folder = null)
    {
        options ??= new ConvertOptions();
        var diagnostics = new Diagnostics(sourceName);
        var document = Pipeline.Default.Read(input, sourceName, options, diagnostics);
        var book = Pipeline.Build(document, options);
        folder ??= Temp.Folder("epub-test-");
        var path = System.IO.Path.Combine(folder, System.IO.Path.ChangeExtension(sourceName, ".epub"));
        AtomicFile.Write(path, s => EpubWriter.Write(book, s, options.Modified));
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
