using System.Text.RegularExpressions;
using System.Xml.Linq;
using Epub.Targets;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// The Kindle build (<c>--target kindle</c>) of the bundled review: its notes and calibre's AZW3 made from it.
/// </summary>
public sealed class KindleTargetTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

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
            Assert.Single(note.Descendants(Html + "a"), a => BuiltBook.EpubType(a) == "backlink");
        }
        // The references are links to the note's file and id, which need no epub:type to work.
        var references = kindle.TextDocuments().SelectMany(n => kindle.Xml(n).Descendants(Html + "a")).Where(a => BuiltBook.EpubType(a) == "noteref").ToList();
        Assert.Equal(30, references.Count);
        Assert.All(references, a => Assert.Matches(@"^endnotes\.xhtml#note-\d+$", (string)a.Attribute("href")!));
        // Nothing the reader needs is drawn by CSS that Amazon's conversion drops.
        Assert.DoesNotContain("::before", kindle.Text("EPUB/css/book.css"), StringComparison.Ordinal);
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

}
