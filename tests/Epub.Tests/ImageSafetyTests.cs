using System.Text;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// A page's images are files beside it that the converter opens: each must be a regular file
/// (a FIFO would block, a device never ends), really inside the page's folder (links resolved),
/// and an image by its bytes (an SVG only when it cannot act). Whatever is refused stands as its
/// text alternative with a warning saying why, and the book is still valid.
/// </summary>
public sealed class ImageSafetyTests
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private const string Prose = "The page's one paragraph is prose, long enough to be read as prose and not as a heading of any kind.";

    private static string Svg(string inside, string rootAttributes = "") =>
        $"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"{rootAttributes}>{inside}</svg>""";

    private static string Page(params string[] images) =>
        "<html><head><title>Pictures</title></head><body><h1>Pictures</h1>\n<p>" + Prose + "</p>\n" +
        string.Concat(images.Select((src, i) => $"<p><img src=\"{src}\" alt=\"Picture {i + 1}\"/></p>\n")) + "</body></html>\n";

    private static async Task MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Converts on another thread, so that a read that blocks fails the test instead of hanging the suite.</summary>
    private static BuiltBook BuildWithin(TimeSpan limit, byte[] page, ConvertOptions options)
    {
        var build = Task.Run(() => BuiltBook.Build(page, "page.html", options));
        Assert.True(build.Wait(limit), $"the conversion did not finish within {limit.TotalSeconds} s (an image read that blocks?)");
        return build.Result;
    }

    [Fact]
    public async Task Only_a_real_image_inside_the_page_folder_is_packaged_and_each_refusal_says_why()
    {
        if (!OperatingSystem.IsLinux()) return; // FIFOs and /dev/zero are what this is about
        var root = Temp.Folder("epub-image-safety-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "page")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "good.png"), Png);
        File.WriteAllText(Path.Combine(folder, "photo.png"), "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n");
        File.WriteAllText(Path.Combine(folder, "script.svg"), Svg("<script>alert(1)</script><rect width=\"5\" height=\"5\"/>"));
        File.WriteAllText(Path.Combine(folder, "onload.svg"), Svg("<rect width=\"5\" height=\"5\"/>", " onload=\"alert(1)\""));
        File.WriteAllText(Path.Combine(folder, "external.svg"), Svg("<image xlink:href=\"http://example.com/tracker.png\" width=\"5\" height=\"5\"/>"));
        File.WriteAllText(Path.Combine(folder, "foreign.svg"), Svg("<foreignObject width=\"5\" height=\"5\"><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>"));
        File.WriteAllBytes(Path.Combine(root, "secret.png"), Png);
        File.CreateSymbolicLink(Path.Combine(folder, "outside.png"), Path.Combine(root, "secret.png"));
        await MakeFifo(Path.Combine(folder, "pipe.png"));
        File.CreateSymbolicLink(Path.Combine(folder, "zero.png"), "/dev/zero");
        Directory.CreateDirectory(Path.Combine(folder, "folder.png"));

        var page = Encoding.UTF8.GetBytes(Page("good.png", "photo.png", "script.svg", "onload.svg", "external.svg", "foreign.svg", "outside.png", "pipe.png", "zero.png", "folder.png", "good.png"));
        var book = BuildWithin(TimeSpan.FromSeconds(30), page, new ConvertOptions { SourceFolder = folder });

        var resource = Assert.Single(book.Document.Resources); // the good one, once, though shown twice
        Assert.Equal(("images/image-1.png", "image/png"), (resource.FileName, resource.MediaType));
        Assert.Equal(Png, resource.Content);
        // The page's images, beside the book's own cover.
        Assert.Single(book.Entries(), e => e.Name.StartsWith("EPUB/images/", StringComparison.Ordinal) && e.Name != "EPUB/images/cover.png");

        var warnings = book.Diagnostics.Items.Where(d => d.Code == DiagnosticCode.ImageNotPackaged).Select(d => d.Message).ToList();
        Assert.Equal(9, warnings.Count);
        void Refused(string name, string why) =>
            Assert.True(warnings.Any(w => w.StartsWith($"image {name} ", StringComparison.Ordinal) && w.Contains(why, StringComparison.Ordinal)),
                $"no warning that {name} {why}:\n" + string.Join("\n", warnings));
        Refused("photo.png", "is not a PNG, JPEG, GIF or SVG image (its bytes begin \"<!DOCTYPE html> <h");
        Refused("script.svg", "is an SVG with a script");
        Refused("onload.svg", "is an SVG with an event handler (onload)");
        Refused("external.svg", "is an SVG with an external reference (href to http://example.com/tracker.png)");
        Refused("foreign.svg", "is an SVG with a foreignObject");
        Refused("outside.png", "is a symbolic link to a file outside the page's folder");
        Refused("pipe.png", "is not a regular file (a named pipe)");
        Refused("zero.png", "is a symbolic link to a file outside the page's folder"); // /dev/zero is outside too; see the next test for a device inside
        Refused("folder.png", "is not a regular file (a folder)");

        var text = string.Concat(book.Entries().Where(e => e.Name.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => Encoding.UTF8.GetString(e.Content)));
        Assert.Contains("<img src=\"images/image-1.png\" alt=\"Picture 1\" />", text);
        foreach (var n in new[] { 2, 3, 4, 5, 6, 7, 8, 9, 10 }) Assert.Contains($"[Image: Picture {n}]", text);
        EpubCheck.AssertValid(book.Path);
    }

    /// <summary>
    /// What the checks must not refuse: an inert SVG (its own fragments referenced), a link that
    /// stays inside the folder, a PNG saved under a JPEG's name (packaged as what it is).
    /// </summary>
    [Fact]
    public void Inert_svg_links_inside_the_folder_and_misnamed_images_are_packaged_as_what_their_bytes_are()
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Temp.Folder("epub-image-inert-");
        File.WriteAllText(Path.Combine(folder, "plain.svg"), Svg(
            "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#000\"/></linearGradient><rect id=\"r\" width=\"5\" height=\"5\"/></defs>" +
            "<use xlink:href=\"#r\" fill=\"url(#g)\"/><circle cx=\"5\" cy=\"5\" r=\"2\" style=\"fill: url(#g)\"/>"));
        Directory.CreateDirectory(Path.Combine(folder, "pics"));
        File.WriteAllBytes(Path.Combine(folder, "pics", "real.png"), Png);
        File.CreateSymbolicLink(Path.Combine(folder, "alias.png"), Path.Combine("pics", "real.png"));
        File.WriteAllBytes(Path.Combine(folder, "misnamed.jpg"), Png);

        var page = Encoding.UTF8.GetBytes(Page("plain.svg", "alias.png", "pics/real.png", "misnamed.jpg"));
        var book = BuildWithin(TimeSpan.FromSeconds(30), page, new ConvertOptions { SourceFolder = folder });

        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code == DiagnosticCode.ImageNotPackaged);
        Assert.Equal(
            [("images/image-1.svg", "image/svg+xml"), ("images/image-2.png", "image/png"), ("images/image-3.png", "image/png")],
            book.Document.Resources.Select(r => (r.FileName, r.MediaType)));
        EpubCheck.AssertValid(book.Path);
    }

    /// <summary>A device inside the page's folder (a page saved in /dev, as a stand-in for a device node in an archive) is refused by its type, before it is opened.</summary>
    [Fact]
    public void A_device_beside_the_page_is_no_image()
    {
        if (!OperatingSystem.IsLinux()) return;
        var book = BuildWithin(TimeSpan.FromSeconds(30), Encoding.UTF8.GetBytes(Page("zero", "null")), new ConvertOptions { SourceFolder = "/dev" });
        Assert.Empty(book.Document.Resources);
        Assert.Equal(2, book.Diagnostics.Items.Count(d => d.Code == DiagnosticCode.ImageNotPackaged && d.Message.Contains("is not a regular file (a device)", StringComparison.Ordinal)));
    }

    /// <summary>
    /// What is read is what was opened, as the kernel names it: a file whose path was found inside
    /// the folder but that is outside it once opened (a folder on the path swapped for a link in
    /// between) is refused. The swap is a race; here the file is simply outside the folder named.
    /// </summary>
    [Fact]
    public void A_file_opened_outside_the_folder_it_must_be_in_is_refused()
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Temp.Folder("epub-opened-");
        Directory.CreateDirectory(Path.Combine(folder, "page"));
        var outside = Path.Combine(folder, "secret.png");
        File.WriteAllBytes(outside, Png);
        var page = Readers.RegularFile.Resolve(Path.Combine(folder, "page"))!;
        Assert.Null(Readers.RegularFile.Read(outside, 1024, out var refusal, page));
        Assert.Contains("no longer inside the page's folder", refusal);
        Assert.Equal(Png, Readers.RegularFile.Read(outside, 1024, out _, Readers.RegularFile.Resolve(folder)));
    }

    /// <summary>The ways an SVG reaches out or acts that a first look at its elements would miss.</summary>
    [Theory]
    [InlineData("<style>rect { fill: red }</style><script>alert(1)</script>", "is an SVG with a script")] // right after a style sheet
    [InlineData("<style>@import url(http://example.com/a.css);</style>", "is an SVG with an external reference (a style's @import)")]
    [InlineData("<rect width=\"5\" height=\"5\" style=\"fill: url('http://example.com/p.svg#g')\"/>", "is an SVG with an external reference (style to url(http://example.com/p.svg#g')")]
    [InlineData("<a href=\"#r\"><set attributeName=\"href\" to=\"http://example.com/\"/></a>", "is an SVG with an external reference (an animation of href)")]
    [InlineData("<g xml:base=\"http://example.com/\"><use href=\"#r\"/></g>", "is an SVG with an external reference (xml:base)")]
    [InlineData("<rect width=\"5\" height=\"5\" ONCLICK=\"alert(1)\"/>", "is an SVG with an event handler (ONCLICK)")]
    public void An_svg_that_could_act_or_reach_out_is_refused(string inside, string why)
    {
        var folder = Temp.Folder("epub-image-svg-");
        File.WriteAllText(Path.Combine(folder, "picture.svg"), Svg(inside));
        var book = BuildWithin(TimeSpan.FromSeconds(30), Encoding.UTF8.GetBytes(Page("picture.svg")), new ConvertOptions { SourceFolder = folder });
        Assert.Empty(book.Document.Resources);
        var warning = Assert.Single(book.Diagnostics.Items, d => d.Code == DiagnosticCode.ImageNotPackaged);
        Assert.Contains(why, warning.Message);
    }

    [Fact]
    public void An_svg_with_a_stylesheet_instruction_or_a_doctype_is_refused()
    {
        var folder = Temp.Folder("epub-image-svg-");
        File.WriteAllText(Path.Combine(folder, "instruction.svg"), "<?xml-stylesheet href=\"http://example.com/a.css\"?>" + Svg("<rect width=\"5\" height=\"5\"/>"));
        File.WriteAllText(Path.Combine(folder, "doctype.svg"), "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">]>" + Svg("<text>&a;</text>"));
        var book = BuildWithin(TimeSpan.FromSeconds(30), Encoding.UTF8.GetBytes(Page("instruction.svg", "doctype.svg")), new ConvertOptions { SourceFolder = folder });
        Assert.Empty(book.Document.Resources);
        var warnings = book.Diagnostics.Items.Where(d => d.Code == DiagnosticCode.ImageNotPackaged).Select(d => d.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("instruction.svg is an SVG with an external reference (an xml-stylesheet)"));
        Assert.Contains(warnings, w => w.Contains("doctype.svg is an SVG with a document type declaration"));
    }
}
