using System.Text.RegularExpressions;
using System.Xml.Linq;
using Epub.Targets;
using Epub.Tests.Tools;
using SkiaSharp;

namespace Epub.Tests;

/// <summary>
/// The Kobo build (<c>--target kobo</c>, a kepub) of the bundled review: sentence spans, note markup and foliate-js.
/// </summary>
public sealed class KoboTargetTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void The_kepub_spans_the_texts_sentences_without_changing_a_word()
    {
        var kepub = BuiltBook.BundledKobo;
        foreach (var name in kepub.TextDocuments())
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
        foreach (var name in kepub.TextDocuments().Where(n => !n.EndsWith("endnotes.xhtml", StringComparison.Ordinal)))
            Assert.Equal(Words(BuiltBook.Bundled.Xml(name)), Words(kepub.Xml(name)));
        // A paragraph of several sentences has a span for each.
        var first = kepub.Xml("EPUB/chapter-1.xhtml").Descendants(Html + "p").First();
        Assert.Equal(["kobo.2.1", "kobo.2.2"], first.Elements(Html + "span").Select(s => (string)s.Attribute("id")!));
        Assert.StartsWith("While there is", first.Elements(Html + "span").ElementAt(1).Value, StringComparison.Ordinal);

        static string Words(XDocument document) => Regex.Replace(document.Root!.Element(Html + "body")!.Value, @"\s+", " ").Trim();
    }

    [Fact]
    public void The_kepubs_documents_wrap_their_body_in_kobos_columns_and_the_standard_books_do_not()
    {
        // As kepubify and calibre's KEPUB output write them: body > div#book-columns > div#book-inner, holding all of it.
        var kepub = BuiltBook.BundledKobo;
        foreach (var name in kepub.TextDocuments())
        {
            var body = kepub.Xml(name).Root!.Element(Html + "body")!;
            var columns = Assert.Single(body.Elements());
            Assert.Equal(("div", "book-columns"), (columns.Name.LocalName, (string?)columns.Attribute("id")));
            var inner = Assert.Single(columns.Elements());
            Assert.Equal(("div", "book-inner"), (inner.Name.LocalName, (string?)inner.Attribute("id")));
            Assert.NotEmpty(inner.Elements());
        }
        foreach (var book in new[] { BuiltBook.Bundled, BuiltBook.BundledKindle })
            foreach (var name in book.TextDocuments())
                Assert.DoesNotContain(book.Xml(name).Descendants(Html + "div"), d => (string?)d.Attribute("id") is "book-columns" or "book-inner");
    }

    [Fact]
    public void The_kepubs_notes_are_asides_cited_by_noterefs_to_file_and_id()
    {
        var kepub = BuiltBook.BundledKobo;
        var references = kepub.TextDocuments().SelectMany(n => kepub.Xml(n).Descendants(Html + "a")).Where(a => BuiltBook.EpubType(a) == "noteref").ToList();
        Assert.Equal(30, references.Count);
        Assert.All(references, a => Assert.Matches(@"^endnotes\.xhtml#note-\d+$", (string)a.Attribute("href")!));
        Assert.All(references, a => Assert.DoesNotContain(a.Ancestors(), p => (string?)p.Attribute("class") == KoboTransform.SpanClass));

        var notes = kepub.Xml("EPUB/endnotes.xhtml").Descendants(Html + "aside").ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"note-{n}"), notes.Select(n => (string)n.Attribute("id")!));
        Assert.All(notes, n => Assert.Contains("footnote", BuiltBook.EpubType(n)!.Split(' ')));
        Assert.Empty(kepub.Xml("EPUB/endnotes.xhtml").Descendants(Html + "ol"));
        // Each note says its number, and goes back with "←", which Kobo's fonts have ("↩" they lack).
        Assert.All(notes, n => Assert.Equal(((string)n.Attribute("id")!)["note-".Length..] + ".", n.Descendants(Html + "span").First().Value));
        Assert.All(notes, n => Assert.Equal("\u2190", n.Descendants(Html + "a").Single(a => BuiltBook.EpubType(a) == "backlink").Value));
    }

    /// <summary>
    /// The kepub in foliate-js: it opens on its cover (a screenshot kept in
    /// tests/artifacts/screenshots-kobo, and not blank), and every note reference and backlink works.
    /// </summary>
    [Fact]
    public async Task In_foliate_the_kepub_shows_its_cover_and_its_note_links_work()
    {
        // The standard book's foliate test follows every link; the kepub's notes are that book's,
        // marked alike by one transform, so the first two references of each chapter stand for them.
        var screenshots = Path.Combine(Repository.Root, "tests", "artifacts", "screenshots-kobo");
        var book = BuiltBook.BundledKobo;
        var checkedReferences = await NodeTools.NoteLinksCheckedInFoliate(book.Path, screenshots, perChapter: 2);
        var firstTwoOfEachChapter = book.Entries().Where(e => Regex.IsMatch(e.Name, @"chapter-\d+\.xhtml$")).OrderBy(e => e.Name.Length).ThenBy(e => e.Name, StringComparer.Ordinal)
            .SelectMany(e => Regex.Matches(System.Text.Encoding.UTF8.GetString(e.Content), "id=\"(noteref-\\d+)\"").Select(m => (string?)m.Groups[1].Value).Take(2)).ToList();
        Assert.True(firstTwoOfEachChapter.Count >= 10, $"the bundled kepub has {firstTwoOfEachChapter.Count} references to sample");
        Assert.Equal(firstTwoOfEachChapter, checkedReferences);
        using var cover = SKBitmap.Decode(Path.Combine(screenshots, "cover.png"));
        Assert.NotNull(cover);
        var variance = Pixels.LuminanceVariance(cover);
        Assert.True(variance > 100, $"the cover as foliate shows it looks blank: luminance variance {variance:F1}");
    }

}
