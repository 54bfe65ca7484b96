using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Epub.Cli;
using Epub.Model;
using Epub.Passes;
using Epub.Tests.Tools;
using Epub.Writers;

namespace Epub.Tests;

/// <summary>
/// <c>epub join</c>: documents converted one by one become one book, each a part with its own
/// chapters and its own notes. Each text here is our own: issues of a newsletter, each with two
/// sections and notes numbered from 1, so that every part's note 1 would collide with the others'.
/// </summary>
public sealed class JoinTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    /// <summary>Issue <paramref name="k"/>: an archive notice, a title block, two sections citing notes 1 to 3, the notes, a website link (and <paramref name="links"/>).</summary>
    private static string Issue(int k, string author = "Ann Writer", string links = "") => $"""
        This is an archive of the former website of the Quiet Society, which serves these documents for research.

        The Quiet Newsletter, Issue {k}

        by {author}


        I. FIRST MATTERS
        ================

        The first section of issue {k} makes a claim that needs a source.(1) It goes on for a while, so that the paragraph reads as prose and not as a heading of any kind, and then it cites a second note.(2)

        The section continues with another paragraph of ordinary prose, long enough to be taken as running text by anyone who reads it.


        II. SECOND MATTERS
        ==================

        The second section of issue {k} has a claim of its own as well.(3) Its prose is long enough to be a paragraph of the text and nothing else.

        Notes

        1. Issue {k}, note one.
        2. Issue {k}, note two.
        3. Issue {k}, note three.

        Back to Home page{links}
        """;

    private static readonly ConvertOptions Given = new() { Headings = new Regex(@"^[IVX]+\. ") };

    /// <summary>Joins the texts as <c>epub join</c> does, and writes the book.</summary>
    private static BuiltBook Join(IReadOnlyList<(string Name, string Text)> inputs, ConvertOptions? options = null)
    {
        options ??= Given;
        var diagnostics = new Diagnostics("book");
        var parts = inputs.Select(i => Pipeline.Default.Read(Encoding.UTF8.GetBytes(i.Text), i.Name, Anthology.PartOptions(options), new Diagnostics(i.Name))).ToList();
        var document = Anthology.Join(parts, options);
        var path = Path.Combine(Temp.Folder("epub-join-"), "book.epub");
        AtomicFile.Write(path, s => EpubWriter.Write(Pipeline.Build(document, options), s, options.Modified));
        return new BuiltBook { Path = path, Bytes = File.ReadAllBytes(path), Document = document, Diagnostics = diagnostics };
    }

    private static BuiltBook ThreeIssues() => Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2)), ("issue-3.txt", Issue(3))]);

    /// <summary>The contents as a reader shows them: each top-level entry's file with the files listed under it.</summary>
    private static List<(string File, string Label, List<string> Under)> Contents(BuiltBook book)
    {
        var toc = book.Xml("EPUB/toc.xhtml").Descendants(Html + "nav").Single(n => (string?)n.Attribute("id") == "toc");
        return toc.Element(Html + "ol")!.Elements(Html + "li").Select(li => (
            (string)li.Element(Html + "a")!.Attribute("href")!,
            li.Element(Html + "a")!.Value,
            li.Element(Html + "ol")?.Elements(Html + "li").Select(c => (string)c.Element(Html + "a")!.Attribute("href")!).ToList() ?? [])).ToList();
    }

    [Fact]
    public void Three_issues_make_one_valid_book_whose_contents_nest_chapters_under_their_parts()
    {
        var book = ThreeIssues();
        Assert.Empty(EpubCheck.Messages(book.Path));
        Assert.Equal(
            ["titlepage.xhtml Title Page",
             "part-1.xhtml The Quiet Newsletter, Issue 1 > chapter-1.xhtml chapter-2.xhtml",
             "part-2.xhtml The Quiet Newsletter, Issue 2 > chapter-3.xhtml chapter-4.xhtml",
             "part-3.xhtml The Quiet Newsletter, Issue 3 > chapter-5.xhtml chapter-6.xhtml",
             "endnotes.xhtml Notes", "colophon.xhtml Colophon"],
            Contents(book).Select(c => $"{c.File} {c.Label}{(c.Under.Count > 0 ? " > " + string.Join(' ', c.Under) : "")}"));

        // The NCX nests the same way, and says how deep.
        var ncx = book.Xml("EPUB/toc.ncx");
        Assert.Equal("2", (string)ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:depth").Attribute("content")!);
        var part2 = ncx.Descendants(Ncx + "navPoint").Single(p => (string?)p.Element(Ncx + "content")!.Attribute("src") == "part-2.xhtml");
        Assert.Equal(["chapter-3.xhtml", "chapter-4.xhtml"], part2.Elements(Ncx + "navPoint").Select(p => (string)p.Element(Ncx + "content")!.Attribute("src")!));

        // A part is headed h1 above its chapters' h2.
        Assert.Equal("The Quiet Newsletter, Issue 2", book.Xml("EPUB/part-2.xhtml").Descendants(Html + "h1").Single().Value.Trim());
        Assert.Equal("I FIRST MATTERS", book.Xml("EPUB/chapter-3.xhtml").Descendants(Html + "h2").Single().Value.Trim());
    }

    /// <summary>Parts with their authors under their headings, chapters under parts: headings in order, roles Ace accepts.</summary>
    [Fact]
    public async Task A_book_of_parts_passes_ace()
    {
        var book = Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2, author: "Bo Other"))]);
        var violations = await NodeTools.AceViolations(book.Path);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_note_reference_links_to_its_own_parts_note_and_back()
    {
        var book = ThreeIssues();
        var partOf = Contents(book).Where(c => c.File.StartsWith("part-")).Select((c, i) => (c.Under, Part: i + 1))
            .SelectMany(p => p.Under.Select(file => (file, p.Part))).ToDictionary(f => f.file, f => f.Part);
        var followed = NoteLinks.Follow(book); // also: every note links back to each reference citing it, ids unique per file
        Assert.Equal(9, followed.Count);
        var numbers = new Dictionary<string, string> { ["1"] = "one", ["2"] = "two", ["3"] = "three" };
        foreach (var reference in followed)
            Assert.StartsWith($"Issue {partOf[reference.File]}, note {numbers[reference.Label]}.", reference.NoteText);
        Assert.Equal(9, followed.Select(f => f.NoteId).Distinct().Count());
        Assert.Equal(9, followed.Select(f => f.Id).Distinct().Count());

        // The notes document heads each part's notes with the part's title.
        var endnotes = book.Xml("EPUB/endnotes.xhtml");
        Assert.Equal(["The Quiet Newsletter, Issue 1", "The Quiet Newsletter, Issue 2", "The Quiet Newsletter, Issue 3"],
            endnotes.Descendants(Html + "h3").Select(h => h.Value));
    }

    [Fact]
    public void Notes_at_the_end_of_each_chapter_stay_with_their_part_too()
    {
        var options = Given with { Writer = new WriterOptions { Notes = NotePlacement.ChapterEnd } };
        var book = Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2))], options);
        Assert.Empty(EpubCheck.Messages(book.Path));
        var followed = NoteLinks.Follow(book);
        Assert.All(followed, f => Assert.Equal(f.File, f.NoteFile));
        Assert.Equal(6, followed.Select(f => f.NoteId).Distinct().Count());
    }

    [Fact]
    public void Title_and_author_are_what_the_parts_share_unless_given()
    {
        var book = ThreeIssues();
        Assert.Equal("The Quiet Newsletter", book.Document.Metadata.Title);
        Assert.Equal("Ann Writer", book.Document.Metadata.Author);
        // The book's author is every part's: no part repeats it under its heading.
        Assert.DoesNotContain("byline", book.Text("EPUB/part-1.xhtml"));

        var mixed = Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2, author: "Bo Other"))]);
        Assert.Null(mixed.Document.Metadata.Author);
        Assert.Equal("Bo Other", mixed.Xml("EPUB/part-2.xhtml").Descendants(Html + "b").Single().Value);
        Assert.Empty(EpubCheck.Messages(mixed.Path));

        var given = Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2))], Given with { Title = "Collected Issues", Author = "The Editors", Date = "1994-03" });
        Assert.Equal(("Collected Issues", "The Editors", "1994-03"), (given.Document.Metadata.Title, given.Document.Metadata.Author, given.Document.Metadata.Date));
        Assert.Contains(">Ann Writer</b>", given.Text("EPUB/part-1.xhtml"));
        // The person's title is the book's, not each part's.
        Assert.Equal("The Quiet Newsletter, Issue 1", Inline.PlainText(given.Document.Sections[0].Title));
    }

    [Theory]
    [InlineData("Newsletter No. 1|Newsletter No. 2", "Newsletter")]
    [InlineData("The Quiet Newsletter, Issue 1|The Quiet Newsletter, Issue 2", "The Quiet Newsletter")]
    [InlineData("Letters from Prison: The First|Letters from Prison: The Second", "Letters from Prison")]
    [InlineData("Field Notes - Spring|Field Notes - Autumn", "Field Notes")]
    [InlineData("One Title|One Title", "One Title")]
    [InlineData("A Review of Alpha|A Review of Beta", null)]
    [InlineData("Stalin's Crimes|Stalin's Victory", null)]
    [InlineData("Chapter 1|Chapter 2", null)]
    [InlineData("Alpha|Beta", null)]
    public void The_common_title_is_what_every_title_begins_with_before_a_number_or_a_division(string titles, string? expected) =>
        Assert.Equal(expected, Anthology.CommonTitle(titles.Split('|')));

    [Fact]
    public void Colophon_lists_every_source_and_says_what_they_share_once()
    {
        var book = Join([("issue-1.txt", Issue(1)), ("issue-2.txt", Issue(2, links: "\n\nNext issue")), ("issue-3.txt", Issue(3))]);
        var colophon = book.Xml("EPUB/colophon.xhtml");
        var text = colophon.Root!.Value;
        var sources = colophon.Descendants(Html + "ol").Single().Elements(Html + "li").Select(li => li.Value.Trim()).ToList();
        Assert.Equal(3, sources.Count);
        for (var k = 1; k <= 3; k++)
        {
            Assert.Contains($"issue-{k}.txt (UTF-8, SHA-256 {book.Document.Provenance.Sources[k - 1].SourceSha256})", sources[k - 1]);
            Assert.StartsWith($"The Quiet Newsletter, Issue {k}: ", sources[k - 1]);
        }
        // The notice and the link every issue repeats are said once; the one only issue 2 has, with issue 2.
        Assert.Single(Regex.Matches(text, "This is an archive of"));
        Assert.Single(Regex.Matches(text, "Back to Home page"));
        Assert.Contains("Left out of every file as leftovers of the website: \u201CBack to Home page\u201D.", text);
        Assert.Contains("\u201CNext issue\u201D", sources[1]);
        var opf = book.Text("EPUB/content.opf");
        Assert.Equal(3, Regex.Matches(opf, "<dc:source>").Count);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_and_another_order_another_book()
    {
        Assert.Equal(ThreeIssues().Bytes, ThreeIssues().Bytes);
        var reordered = Join([("issue-2.txt", Issue(2)), ("issue-1.txt", Issue(1)), ("issue-3.txt", Issue(3))]);
        Assert.NotEqual(ThreeIssues().Document.Metadata.Identifier, reordered.Document.Metadata.Identifier);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-", reordered.Document.Metadata.Identifier);
    }

    [Fact]
    public void Parts_without_sections_of_their_own_are_the_books_chapters()
    {
        static string Letter(int k) => $"A Letter from Abroad\n\nby Writer {k}\n\nThe letter number {k} tells of the journey in ordinary prose, long enough to be read as a paragraph of text.(1) It goes on a little further.\n\nNotes\n\n1. A note of letter {k}.\n";
        var book = Join([("l1.txt", Letter(1)), ("l2.txt", Letter(2))], new ConvertOptions());
        Assert.Empty(EpubCheck.Messages(book.Path));
        Assert.Equal(["titlepage.xhtml", "chapter-1.xhtml", "chapter-2.xhtml", "endnotes.xhtml", "colophon.xhtml"], Contents(book).Select(c => c.File));
        Assert.Equal("A Letter from Abroad", book.Xml("EPUB/chapter-2.xhtml").Descendants(Html + "h2").Single().Value.Trim());
        Assert.Equal(2, NoteLinks.Follow(book).Select(f => f.NoteId).Distinct().Count());
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Cli_joins_a_folder_in_name_order_into_one_valid_book()
    {
        var folder = Temp.Folder("epub-join-cli-");
        var issues = Directory.CreateDirectory(Path.Combine(folder, "issues")).FullName;
        for (var k = 1; k <= 3; k++) File.WriteAllText(Path.Combine(issues, $"issue-{k}.txt"), Issue(k));
        File.WriteAllText(Path.Combine(issues, ".hidden.txt"), "not a part");
        var book = Path.Combine(folder, "book.epub");

        var (code, stdout, stderr) = Run("join", issues, "-o", book);
        Assert.True(code == ExitCode.Success, stderr);
        Assert.Equal($"3 parts -> {book} (6 chapters, 9 notes)", stdout.Trim());
        EpubCheck.AssertValid(book);
        var built = new BuiltBook { Path = book, Bytes = File.ReadAllBytes(book), Document = new Document(), Diagnostics = new Diagnostics("book") };
        Assert.Equal(["part-1.xhtml", "part-2.xhtml", "part-3.xhtml"], Contents(built).Select(c => c.File).Where(f => f.StartsWith("part-")));
        Assert.Contains("issue-3.txt", built.Text("EPUB/colophon.xhtml"));
        Assert.DoesNotContain(".hidden", built.Text("EPUB/colophon.xhtml"));

        // The same files named one by one make the same bytes.
        var again = Path.Combine(folder, "again.epub");
        (code, _, _) = Run(["join", .. Enumerable.Range(1, 3).Select(k => Path.Combine(issues, $"issue-{k}.txt")), "-o", again]);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(File.ReadAllBytes(book), File.ReadAllBytes(again));
    }

    [Fact]
    public void Cli_a_part_that_cannot_be_read_stops_the_join_and_no_book_is_written()
    {
        var folder = Temp.Folder("epub-join-cli-");
        var first = Path.Combine(folder, "issue-1.txt");
        File.WriteAllText(first, Issue(1));
        var missing = Path.Combine(folder, "issue-2.txt");
        var book = Path.Combine(folder, "book.epub");

        var (code, stdout, stderr) = Run("join", first, missing, "-o", book);
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains($"epub: {missing}: error: no such file", stderr);
        Assert.Contains("no book was written", stderr);
        Assert.Empty(stdout);
        Assert.Equal([first], Directory.GetFiles(folder)); // neither the book nor a temporary file
    }

    [Fact]
    public void Cli_usage_errors_and_warnings_name_their_part()
    {
        var folder = Temp.Folder("epub-join-cli-");
        var first = Path.Combine(folder, "issue-1.txt");
        var second = Path.Combine(folder, "issue-2.txt");
        File.WriteAllText(first, Issue(1));
        // Issue 2 has a fourth note that nothing cites: a warning, under issue 2's name.
        File.WriteAllText(second, Issue(2).Replace("3. Issue 2, note three.", "3. Issue 2, note three.\n4. Issue 2, note four."));

        var (code, _, stderr) = Run("join", first, second, "-o", Path.Combine(folder, "book.txt"));
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("-o names its file, ending in .epub", stderr);
        (code, _, stderr) = Run("join", first, second, "-o", Path.Combine(folder, "book.epub"), "--date", "sometime");
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("--date 'sometime' is not a date", stderr);

        (code, var stdout, stderr) = Run("join", first, second, "-o", Path.Combine(folder, "book.epub"), "--strict");
        Assert.Equal(ExitCode.WarningsWhenStrict, code);
        Assert.Matches($@"^{Regex.Escape(second)}:\d+: warning: note 4 is never referenced in the text \[N002\]", stderr);
        Assert.DoesNotContain(first, stderr);
        Assert.StartsWith("2 parts -> ", stdout);
        EpubCheck.AssertValid(Path.Combine(folder, "book.epub"));
    }
}
