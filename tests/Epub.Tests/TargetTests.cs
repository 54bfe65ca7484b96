using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Epub.Cli;
using Epub.Targets;
using Epub.Tests.Tools;
using SkiaSharp;

namespace Epub.Tests;

/// <summary>
/// The Kobo and Kindle builds (<c>--target</c>): transforms of the standard book's tree, checked
/// by EPUBCheck and Ace, in foliate-js (the kepub), and through calibre's AZW3 conversion (the
/// Kindle build); and the standard book unchanged by them.
/// </summary>
public sealed class TargetTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string? EpubType(XElement e) => (string?)e.Attribute(Ops + "type");

    private static IEnumerable<string> TextDocuments(BuiltBook book) =>
        book.Entries().Select(e => e.Name).Where(n => Regex.IsMatch(n, @"^EPUB/(opening|chapter-\d+|endnotes)\.xhtml$"));

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
    public void The_kepub_spans_the_texts_sentences_without_changing_a_word()
    {
        var kepub = BuiltBook.BundledKobo;
        foreach (var name in TextDocuments(kepub))
        {
            var spans = kepub.Xml(name).Descendants(Html + "span").Where(s => (string?)s.Attribute("class") == KoboTransform.SpanClass).ToList();
            Assert.NotEmpty(spans);
            var ids = spans.Select(s => (string)s.Attribute("id")!).ToList();
            Assert.All(ids, id => Assert.Matches(@"^kobo\.\d+\.\d+$", id));
            Assert.Equal(ids.Count, ids.Distinct().Count());
            // Spans hold text only, never a link, and no link holds a span: they nest within the elements.
            Assert.All(spans, s => Assert.Empty(s.Elements()));
            Assert.All(spans, s => Assert.DoesNotContain(s.Ancestors(), a => a.Name == Html + "a"));
        }
        // Words unchanged: each chapter reads the same as the standard book's, white space aside.
        foreach (var name in TextDocuments(kepub).Where(n => !n.EndsWith("endnotes.xhtml", StringComparison.Ordinal)))
            Assert.Equal(Words(BuiltBook.Bundled.Xml(name)), Words(kepub.Xml(name)));
        // A paragraph of several sentences has a span for each.
        var first = kepub.Xml("EPUB/chapter-1.xhtml").Descendants(Html + "p").First();
        Assert.Equal(["kobo.2.1", "kobo.2.2"], first.Elements(Html + "span").Select(s => (string)s.Attribute("id")!));
        Assert.StartsWith("While there is", first.Elements(Html + "span").ElementAt(1).Value, StringComparison.Ordinal);

        static string Words(XDocument document) => Regex.Replace(document.Root!.Element(Html + "body")!.Value, @"\s+", " ").Trim();
    }

    [Fact]
    public void The_kepubs_notes_are_asides_cited_by_noterefs_to_file_and_id()
    {
        var kepub = BuiltBook.BundledKobo;
        var references = TextDocuments(kepub).SelectMany(n => kepub.Xml(n).Descendants(Html + "a")).Where(a => EpubType(a) == "noteref").ToList();
        Assert.Equal(30, references.Count);
        Assert.All(references, a => Assert.Matches(@"^endnotes\.xhtml#note-\d+$", (string)a.Attribute("href")!));
        Assert.All(references, a => Assert.DoesNotContain(a.Ancestors(), p => (string?)p.Attribute("class") == KoboTransform.SpanClass));

        var notes = kepub.Xml("EPUB/endnotes.xhtml").Descendants(Html + "aside").ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"note-{n}"), notes.Select(n => (string)n.Attribute("id")!));
        Assert.All(notes, n => Assert.Contains("footnote", EpubType(n)!.Split(' ')));
        Assert.Empty(kepub.Xml("EPUB/endnotes.xhtml").Descendants(Html + "ol"));
        // Each note says its number, and goes back with "←", which Kobo's fonts have ("↩" they lack).
        Assert.All(notes, n => Assert.Equal(((string)n.Attribute("id")!)["note-".Length..] + ".", n.Descendants(Html + "span").First().Value));
        Assert.All(notes, n => Assert.Equal("\u2190", n.Descendants(Html + "a").Single(a => EpubType(a) == "backlink").Value));
    }

    [Fact]
    public void The_kindle_builds_notes_each_open_with_their_backlink_as_their_number()
    {
        var kindle = BuiltBook.BundledKindle;
        var endnotes = kindle.Xml("EPUB/endnotes.xhtml");
        Assert.Empty(endnotes.Descendants(Html + "ol"));
        var notes = endnotes.Descendants(Html + "div").Where(d => ((string?)d.Attribute("id"))?.StartsWith("note-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(30, notes.Count);
        foreach (var note in notes)
        {
            var number = ((string)note.Attribute("id")!)["note-".Length..];
            var opening = note.Element(Html + "p")!.Nodes().First(n => n is not XText { Value: var t } || t.Trim().Length > 0);
            var backlink = Assert.IsType<XElement>(opening);
            Assert.Equal(Html + "a", backlink.Name);
            Assert.Equal(number + ".", backlink.Value);
            Assert.EndsWith($"#noteref-{number}", (string)backlink.Attribute("href")!, StringComparison.Ordinal);
            Assert.Single(note.Descendants(Html + "a"), a => EpubType(a) == "backlink");
        }
        // The references are links to the note's file and id, which need no epub:type to work.
        var references = TextDocuments(kindle).SelectMany(n => kindle.Xml(n).Descendants(Html + "a")).Where(a => EpubType(a) == "noteref").ToList();
        Assert.Equal(30, references.Count);
        Assert.All(references, a => Assert.Matches(@"^endnotes\.xhtml#note-\d+$", (string)a.Attribute("href")!));
        // Nothing the reader needs is drawn by CSS that Amazon's conversion drops.
        Assert.DoesNotContain("::before", kindle.Text("EPUB/css/book.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ace_reports_no_violations_on_the_kobo_and_kindle_builds()
    {
        foreach (var book in new[] { BuiltBook.BundledKobo, BuiltBook.BundledKindle })
        {
            var violations = await NodeTools.AceViolations(book.Path);
            Assert.True(violations.Count == 0, $"{Path.GetFileName(book.Path)}:\n" + string.Join("\n", violations));
        }
    }

    /// <summary>
    /// The Kindle build through calibre to AZW3 (Amazon's format) and back to HTML: every note is
    /// still an element of its own, opening with its backlink, which goes to the reference that
    /// cites it, and the reference comes to the note.
    /// </summary>
    [Fact]
    public async Task Converted_to_azw3_by_calibre_each_note_stays_separate_with_its_backlink()
    {
        var folder = Temp.Folder("azw3-");
        var azw3 = Path.Combine(folder, "book.azw3");
        var htmlz = Path.Combine(folder, "back.htmlz");
        await Calibre.Convert(BuiltBook.BundledKindle.Path, azw3);
        await Calibre.Convert(azw3, htmlz);
        using var zip = System.IO.Compression.ZipFile.OpenRead(htmlz);
        using var reader = new StreamReader(zip.GetEntry("index.html")!.Open());
        var page = new HtmlAgilityPack.HtmlDocument();
        page.LoadHtml(await reader.ReadToEndAsync());

        var backlinks = page.DocumentNode.Descendants("a").Where(a => a.GetAttributeValue("aria-label", "").StartsWith("Back to the text of note ", StringComparison.Ordinal)).ToList();
        Assert.Equal(30, backlinks.Count);
        var notes = new HashSet<HtmlAgilityPack.HtmlNode>();
        for (var n = 1; n <= 30; n++)
        {
            var backlink = backlinks[n - 1];
            Assert.Equal($"{n}.", backlink.InnerText.Trim());
            // The note: the element around the backlink's paragraph, which holds no other note's backlink.
            var paragraph = backlink.ParentNode!;
            Assert.Same(backlink, paragraph.ChildNodes.First(c => c.NodeType == HtmlAgilityPack.HtmlNodeType.Element || c.InnerText.Trim().Length > 0));
            var note = paragraph.ParentNode!;
            Assert.True(notes.Add(note), $"note {n} shares its element with another note");
            Assert.Single(note.Descendants("a"), a => backlinks.Contains(a));
            Assert.False(string.IsNullOrEmpty(note.Id), $"note {n} has no id to be linked to");
            // Both ways: the backlink reaches a reference whose link comes back to this note.
            var reference = page.GetElementbyId(backlink.GetAttributeValue("href", "").TrimStart('#'));
            Assert.NotNull(reference);
            Assert.Equal($"#{note.Id}", reference.GetAttributeValue("href", ""));
            Assert.Equal($"{n}", reference.InnerText.Trim());
        }
    }

    /// <summary>
    /// The kepub in foliate-js: it opens on its cover (a screenshot kept in
    /// tests/artifacts/screenshots-kobo, and not blank), and every note reference and backlink works.
    /// </summary>
    [Fact]
    public async Task In_foliate_the_kepub_shows_its_cover_and_every_note_link_works()
    {
        var screenshots = Path.Combine(Repository.Root, "tests", "artifacts", "screenshots-kobo");
        if (Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        var (code, stdout, stderr) = await NodeTools.Node("reader-test.mjs", BuiltBook.BundledKobo.Path, screenshots);
        Assert.True(code == 0 && stdout.Contains('{'), $"the reader script failed ({code}): {stderr}");
        using var report = JsonDocument.Parse(stdout[stdout.IndexOf('{')..]);
        var errors = report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"noteref-{n}"), report.RootElement.GetProperty("checked").EnumerateArray().Select(e => e.GetString()));
        using var cover = SKBitmap.Decode(Path.Combine(screenshots, "cover.png"));
        Assert.NotNull(cover);
        var variance = Pixels.LuminanceVariance(cover);
        Assert.True(variance > 100, $"the cover as foliate shows it looks blank: luminance variance {variance:F1}");
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
