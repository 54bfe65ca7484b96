using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml.Linq;
using Epub.Cli;
using Epub.Tests.Tools;
using Epub.Writers;
using SkiaSharp;

namespace Epub.Tests;

/// <summary>The generated cover, the one given with --cover, and --no-cover.</summary>
public sealed class CoverTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private static (int Code, string Out, string Err) Run(params string[] args) => InProcessCli.Run(args);

    private static byte[] CoverOf(BuiltBook book) => book.Entries().Single(e => e.Name == "EPUB/images/cover.png").Content;

    [Fact]
    public void The_bundled_book_has_a_1600_by_2560_png_cover_that_is_not_blank()
    {
        var png = CoverOf(BuiltBook.Bundled);
        Assert.Equal(CoverRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(CoverRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((1600, 2560), (bitmap.Width, bitmap.Height));
        // Text on a plain ground: its luminance varies well above what a blank page's would (0).
        var variance = Pixels.LuminanceVariance(bitmap);
        Assert.True(variance > 100, $"the cover looks blank: luminance variance {variance:F1}");
    }

    [Fact]
    public void The_png_has_only_the_chunks_png_requires()
    {
        var png = CoverOf(BuiltBook.Bundled);
        var chunks = new List<string>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            chunks.Add(System.Text.Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }
        Assert.Equal(["IHDR", "PLTE", "IDAT", "IEND"], chunks);
    }

    [Fact]
    public void Two_runs_give_the_same_cover_bytes()
    {
        var again = BuiltBook.Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt");
        Assert.Equal(CoverOf(BuiltBook.Bundled), CoverOf(again));
        Assert.Equal(CoverRenderer.Render("A Title", "Its Subtitle", "An Author", "1994"), CoverRenderer.Render("A Title", "Its Subtitle", "An Author", "1994"));
    }

    [Fact]
    public void The_cover_is_the_packages_cover_image_and_the_first_page_of_the_spine()
    {
        var book = BuiltBook.Bundled;
        var opf = book.Xml("EPUB/content.opf");
        var image = opf.Descendants(Opf + "item").Single(i => (string?)i.Attribute("properties") == "cover-image");
        Assert.Equal(("images/cover.png", "image/png"), ((string)image.Attribute("href")!, (string)image.Attribute("media-type")!));
        // EPUB 2 readers find it by the meta.
        Assert.Equal((string)image.Attribute("id")!, (string)opf.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("name") == "cover").Attribute("content")!);
        var first = (string)opf.Descendants(Opf + "itemref").First().Attribute("idref")!;
        Assert.Equal("cover.xhtml", (string)opf.Descendants(Opf + "item").Single(i => (string)i.Attribute("id")! == first).Attribute("href")!);

        var page = book.Xml("EPUB/cover.xhtml");
        Assert.Equal("cover", (string)page.Descendants(Html + "body").Single().Attribute(Ops + "type")!);
        var img = page.Descendants(Html + "img").Single();
        Assert.Equal("images/cover.png", (string)img.Attribute("src")!);
        Assert.Equal("Cover: A Review of This I Cannot Forget by MC5", (string)img.Attribute("alt")!);

        var landmark = book.Xml("EPUB/toc.xhtml").Descendants(Html + "a").Single(a => (string?)a.Attribute(Ops + "type") == "cover");
        Assert.Equal("cover.xhtml", (string)landmark.Attribute("href")!);
    }

    [Fact]
    public void A_very_long_title_still_fits_inside_the_page()
    {
        var title = string.Join(" ", Enumerable.Repeat("The Extraordinarily Long-Winded and Circumlocutory Title of a Pamphlet", 40))
                    + " Antidisestablishmentarianismantidisestablishmentarianismantidisestablishmentarianism";
        var png = CoverRenderer.Render(title, "And a Subtitle Quite as Long as Any Subtitle Has Ever Been, Going On and On", "Somebody With a Very Long Name Indeed", "1994", out var bounds);
        Assert.True(png.Length > 0);
        Assert.True(bounds.Left >= 0 && bounds.Top >= 0 && bounds.Right <= CoverRenderer.Width && bounds.Bottom <= CoverRenderer.Height, $"text drawn outside the page: {bounds}");
        // And one unbreakable word wider than the page at any size.
        CoverRenderer.Render(new string('M', 300), null, null, null, out bounds);
        Assert.True(bounds.Left >= 0 && bounds.Right <= CoverRenderer.Width, $"text drawn outside the page: {bounds}");
    }

    [Fact]
    public void Latin_with_diacritics_quotes_and_dashes_renders_in_the_serif_or_its_fallback()
    {
        // Every character the corpus's titles use has a glyph in one of the two embedded fonts (no tofu).
        const string title = "Ærøskøbing’s “Déjà-vu” — Ōtsuka, Schöne Straße, ſ § ¼ Ā Ē Ī Ū ☞ ℵ";
        Assert.Empty(CoverRenderer.MissingGlyphs(title));
        Assert.NotEmpty(CoverRenderer.Render(title, null, "Zoë Brontë", null));
    }

    [Fact]
    public void No_cover_gives_a_book_without_one()
    {
        var book = BuiltBook.Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt",
            new ConvertOptions { Writer = new WriterOptions { Cover = false } });
        Assert.DoesNotContain(book.Entries(), e => e.Name.Contains("cover", StringComparison.Ordinal));
        Assert.DoesNotContain("cover", book.Text("EPUB/content.opf"), StringComparison.Ordinal);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Cover_and_no_cover_on_the_command_line()
    {
        var folder = Temp.Folder("epub-cover-");
        var input = Repository.BundledInput;

        // --cover IMAGE: that image, byte for byte.
        var given = Path.Combine(folder, "given.png");
        File.WriteAllBytes(given, CoverRenderer.Render("Someone Else's Design", null, null, null));
        var withGiven = Path.Combine(folder, "given.epub");
        var (code, _, err) = Run("convert", input, "-o", withGiven, "--cover", given);
        Assert.True(code == ExitCode.Success, err);
        using (var zip = ZipFile.OpenRead(withGiven))
        {
            using var stream = zip.GetEntry("EPUB/images/cover.png")!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(given), copy.ToArray());
        }
        EpubCheck.AssertValid(withGiven);

        // A JPEG by its signature, whatever its name.
        var jpeg = Path.Combine(folder, "photo.img");
        using (var bitmap = new SKBitmap(160, 256))
        {
            bitmap.Erase(SKColors.SteelBlue);
            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
            File.WriteAllBytes(jpeg, data.ToArray());
        }
        var withJpeg = Path.Combine(folder, "jpeg.epub");
        (code, _, err) = Run("--cover", jpeg, "-o", withJpeg); // the root command: the bundled review
        Assert.True(code == ExitCode.Success, err);
        using (var zip = ZipFile.OpenRead(withJpeg)) Assert.NotNull(zip.GetEntry("EPUB/images/cover.jpg"));
        EpubCheck.AssertValid(withJpeg);

        // --no-cover: none.
        var without = Path.Combine(folder, "none.epub");
        (code, _, err) = Run("convert", input, "-o", without, "--no-cover");
        Assert.True(code == ExitCode.Success, err);
        using (var zip = ZipFile.OpenRead(without)) Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("cover", StringComparison.Ordinal));

        // Not an image, a missing file, and both options at once: usage errors, nothing written.
        var text = Path.Combine(folder, "cover.png");
        File.WriteAllText(text, "not a picture");
        (code, _, err) = Run("convert", input, "-o", Path.Combine(folder, "bad.epub"), "--cover", text);
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("not a PNG or JPEG", err);
        (code, _, err) = Run("convert", input, "-o", Path.Combine(folder, "bad.epub"), "--cover", Path.Combine(folder, "missing.png"));
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("cannot be read", err);
        (code, _, err) = Run("convert", input, "-o", Path.Combine(folder, "bad.epub"), "--cover", given, "--no-cover");
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("contradict", err);
        Assert.False(File.Exists(Path.Combine(folder, "bad.epub")));
    }
}
