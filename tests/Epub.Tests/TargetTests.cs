using Epub.Cli;
using Epub.Targets;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// <c>--target</c>: the Kobo and Kindle builds as transforms of the standard book's tree, which
/// they leave unchanged; EPUBCheck on both; the command line's names for each target's book.
/// The builds themselves: <see cref="KoboTargetTests"/>, <see cref="KindleTargetTests"/>.
/// </summary>
public sealed class TargetTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => InProcessCli.Run(args);

    [Fact]
    public void A_tree_written_for_kindle_and_then_for_epub_gives_the_standard_books_bytes()
    {
        var options = new ConvertOptions();
        var document = Pipeline.Default.Read(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt", options, new Diagnostics("bundled"));
        using var kindle = new MemoryStream();
        Pipeline.Write(document, options, BookTarget.Kindle, kindle);
        using var standard = new MemoryStream();
        Pipeline.Write(document, options, BookTarget.Epub, standard);
        Assert.NotEqual(kindle.ToArray(), standard.ToArray());
        Assert.Equal(BuiltBook.Bundled.Bytes, standard.ToArray());
    }

    [Fact]
    public void A_tree_made_a_kepub_refuses_to_be_written_for_another_target()
    {
        var options = new ConvertOptions();
        var document = Pipeline.Default.Read(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt", options, new Diagnostics("bundled"));
        Pipeline.Write(document, options, BookTarget.Kobo, Stream.Null);
        Assert.Throws<InvalidOperationException>(() => Pipeline.Write(document, options, BookTarget.Epub, Stream.Null));
    }

    [Fact]
    public void The_kobo_and_kindle_builds_pass_epubcheck()
    {
        EpubCheck.AssertValid(BuiltBook.BundledKobo.Path);
        EpubCheck.AssertValid(BuiltBook.BundledKindle.Path);
    }

    [Fact]
    public void Several_targets_give_one_book_each_named_by_target()
    {
        var folder = Temp.Folder("epub-targets-");
        var (code, stdout, stderr) = Run("convert", Repository.BundledInput, "--target", "epub,kobo", "--target", "kindle", "-o", folder);
        Assert.True(code == 0, stderr);
        // Named by the bundled review's title, each with its target's extension.
        Assert.Equal(["a-review-of-this-i-cannot-forget.epub", "a-review-of-this-i-cannot-forget.kepub.epub", "a-review-of-this-i-cannot-forget.kindle.epub"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("a-review-of-this-i-cannot-forget.kepub.epub", stdout, StringComparison.Ordinal);
        // The standard book is the one convert makes without --target.
        Assert.Equal(BuiltBook.Bundled.Bytes, File.ReadAllBytes(Path.Combine(folder, "a-review-of-this-i-cannot-forget.epub")));
        // The cover drawn once, the same image in every book.
        var covers = Directory.GetFiles(folder).Select(book =>
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(book);
            using var stream = zip.GetEntry("EPUB/images/cover.png")!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy.ToArray()));
        }).Distinct();
        Assert.Single(covers);
    }

    [Fact]
    public void With_several_targets_o_book_epub_names_each_after_it()
    {
        var folder = Temp.Folder("epub-targets-");
        var (code, stdout, stderr) = Run("convert", Repository.BundledInput, "--target", "kobo,kindle", "-o", Path.Combine(folder, "larina.epub"));
        Assert.True(code == 0, stderr);
        Assert.Equal(["larina.kepub.epub", "larina.kindle.epub"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var single = Temp.Folder("epub-targets-");
        Assert.Equal(0, Run("convert", Repository.BundledInput, "--target", "kobo", "-o", Path.Combine(single, "mine.epub")).Code);
        Assert.Equal(["mine.epub"], Directory.GetFiles(single).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_target_is_a_usage_error()
    {
        var (code, _, stderr) = Run("convert", Repository.BundledInput, "--target", "epub,nook", "-o", Temp.Folder("epub-targets-"));
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("--target 'nook' is not a target", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_makes_a_kepub_too()
    {
        var folder = Temp.Folder("epub-targets-");
        var (code, stdout, stderr) = Run("join", Repository.BundledInput, Repository.BundledInput, "--target", "epub,kobo", "-o", Path.Combine(folder, "both.epub"));
        Assert.True(code == 0, stderr);
        Assert.Equal(["both.epub", "both.kepub.epub"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("both.kepub.epub", stdout, StringComparison.Ordinal);
        EpubCheck.AssertValid(Path.Combine(folder, "both.kepub.epub"));
    }
}
