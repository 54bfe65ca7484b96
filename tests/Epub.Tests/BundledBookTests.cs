using System.IO.Compression;
using System.Xml.Linq;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>The bundled review, converted once, checked as a whole: validity, structure, golden files.</summary>
public sealed class BundledBookTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    private static BuiltBook Book => BuiltBook.Bundled;

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Book.Entries())
            if (name.EndsWith(".xhtml") || name.EndsWith(".opf") || name.EndsWith(".ncx")) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_golden_file(string name) =>
        Golden.Verify("bundled/" + name.Replace("EPUB/", ""), Book.Text(name));

    [Fact]
    public void EpubCheck_reports_nothing() => Assert.Empty(EpubCheck.Messages(Book.Path));

    [Fact]
    public void Mimetype_is_first_stored_and_exact()
    {
        var bytes = Book.Bytes;
        // Local file header: signature, version, flags, method (0 = stored), …, name length, extra length.
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(bytes, 0));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28));
        Assert.Equal("mimetypeapplication/epub+zip", System.Text.Encoding.ASCII.GetString(bytes, 30, 28));
        Assert.Equal("META-INF/container.xml", Book.Entries()[1].Name);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var again = BuiltBook.Build(File.ReadAllBytes(Repository.BundledInput), "000_ef3b7d9f5c3841a5.txt");
        Assert.Equal(Book.Bytes, again.Bytes);
    }

    [Fact]
    public void Spine_is_cover_title_page_contents_opening_seven_chapters_notes_colophon()
    {
        var opf = Book.Xml("EPUB/content.opf");
        var manifest = opf.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        var spine = opf.Descendants(Opf + "itemref").Select(r => manifest[(string)r.Attribute("idref")!]).ToList();
        Assert.Equal(
            ["cover.xhtml", "titlepage.xhtml", "toc.xhtml", "opening.xhtml", .. Enumerable.Range(1, 7).Select(n => $"chapter-{n}.xhtml"), "endnotes.xhtml", "colophon.xhtml"],
            spine);
    }

    [Fact]
    public void Each_chapter_has_one_heading_numbered_from_the_contents()
    {
        var headings = Enumerable.Range(1, 7).Select(n => Book.Xml($"EPUB/chapter-{n}.xhtml").Descendants(Html + "h2").Single().Value.Trim()).ToList();
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII"], headings.Select(h => h.Split(' ')[0]));
        // The body's wording, not the contents list's: the body is what the author titled the section.
        Assert.EndsWith("line", headings[0]);
        Assert.Contains("Biography of Bukharin", headings[1]);
        Assert.Contains("laurels", headings[3]);
    }

    [Fact]
    public void Every_note_reference_links_to_its_note_and_back()
    {
        var references = ContentDocuments()
            .SelectMany(d => d.Xml.Descendants(Html + "a").Where(a => (string?)a.Attribute(Ops + "type") == "noteref").Select(a => (d.Name, Link: a)))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => n.ToString()), references.Select(r => r.Link.Value));

        var notes = Book.Xml("EPUB/endnotes.xhtml").Descendants(Html + "li").ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"note-{n}"), notes.Select(n => (string)n.Attribute("id")!));
        foreach (var (file, link) in references)
        {
            var noteId = ((string)link.Attribute("href")!).Split('#')[1];
            var note = notes.Single(n => (string)n.Attribute("id")! == noteId);
            var backlink = note.Descendants(Html + "a").Single(a => (string?)a.Attribute(Ops + "type") == "backlink");
            Assert.Equal($"{file}#{(string)link.Attribute("id")!}", (string)backlink.Attribute("href")!);
            Assert.Equal("doc-noteref", (string?)link.Attribute("role"));
        }
    }

    [Fact]
    public void Every_link_resolves_and_every_id_is_unique()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var (name, xml) in ContentDocuments(includeNav: true))
        {
            var all = xml.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
            ids[name] = [.. all];
        }
        foreach (var (name, xml) in ContentDocuments(includeNav: true))
            foreach (var href in xml.Descendants(Html + "a").Select(a => (string)a.Attribute("href")!))
            {
                var parts = href.Split('#');
                var target = parts[0].Length == 0 ? name : parts[0];
                Assert.True(ids.ContainsKey(target), $"{name}: link to missing {href}");
                if (parts.Length > 1) Assert.True(ids[target].Contains(parts[1]), $"{name}: link to missing {href}");
            }
    }

    [Fact]
    public void Archive_notice_and_website_leftovers_are_not_in_the_text()
    {
        var text = string.Concat(ContentDocuments().Where(d => d.Name != "colophon.xhtml").Select(d => d.Xml.Root!.Value));
        Assert.DoesNotContain("This is an archive of", text);
        Assert.DoesNotContain("Buy This Book", text);
        Assert.DoesNotContain("Back to bookstore", text);
        Assert.Contains("This is an archive of the former website", Book.Xml("EPUB/colophon.xhtml").Root!.Value);
        Assert.Equal([227, 229], Book.Document.Provenance.Dropped.Select(d => d.Line));
    }

    [Fact]
    public void Contents_list_does_not_survive_as_paragraphs()
    {
        var paragraphs = ContentDocuments().SelectMany(d => d.Xml.Descendants(Html + "p")).Select(p => p.Value).ToList();
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("I. ") || p.StartsWith("VII. "));
    }

    [Fact]
    public void Parentheses_that_are_not_references_stay_text()
    {
        var text = Book.Xml("EPUB/chapter-1.xhtml").Root!.Value;
        Assert.Contains("(NEP)", text);
        Assert.Contains("(albeit sterile)", text);
        Assert.Contains("(See MIM Theory 2/3", Book.Xml("EPUB/chapter-4.xhtml").Root!.Value);
        Assert.Contains("(NY: W.W. Norton, 1993)", Book.Xml("EPUB/titlepage.xhtml").Root!.Value);
    }

    [Fact]
    public void Opening_paragraphs_come_before_the_first_chapter_and_not_on_the_title_page()
    {
        var opening = Book.Xml("EPUB/opening.xhtml").Descendants(Html + "p").ToList();
        Assert.Equal(2, opening.Count);
        Assert.StartsWith("This I Cannot Forget is the wrenching autobiography", opening[0].Value.TrimStart());
        Assert.DoesNotContain("wrenching", Book.Xml("EPUB/titlepage.xhtml").Root!.Value);
    }

    [Fact]
    public void Metadata_is_detected_from_the_title_block()
    {
        var metadata = Book.Document.Metadata;
        Assert.Equal("MC5", metadata.Author);
        Assert.Equal("1994-03", metadata.Date);
        Assert.Equal("Anna Larina", metadata.ReviewedWork?.Author);
        // A review of the memoir by MC5: the memoir is its subject, not its title or its author's work.
        Assert.Equal("A Review of This I Cannot Forget", metadata.Title);
        Assert.Null(metadata.Subtitle);
        Assert.Equal("This I Cannot Forget", metadata.ReviewedWork?.Title);
        Assert.StartsWith("The Memoirs of Nikolai Bukharin", metadata.ReviewedWork?.Subtitle);
        var opf = Book.Text("EPUB/content.opf");
        Assert.Contains("<dc:subject>This I Cannot Forget: The Memoirs of Nikolai Bukharin\u2019s Widow (Anna Larina)</dc:subject>", opf);
        Assert.DoesNotContain("<dc:title id=\"subtitle\">", opf);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", metadata.Identifier);
        Assert.Equal(metadata.Identifier, (string)Book.Xml("EPUB/toc.ncx").Descendants().Single(e => (string?)e.Attribute("name") == "dtb:uid").Attribute("content")!);
    }

    private static IEnumerable<(string Name, XDocument Xml)> ContentDocuments(bool includeNav = false) =>
        Book.Entries()
            .Where(e => e.Name.EndsWith(".xhtml") && (includeNav || !e.Name.EndsWith("toc.xhtml")))
            .Select(e => (e.Name.Replace("EPUB/", ""), XDocument.Parse(System.Text.Encoding.UTF8.GetString(e.Content), LoadOptions.PreserveWhitespace)));
}
