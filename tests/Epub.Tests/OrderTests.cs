using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Epub.Tests.Tools;
using HtmlAgilityPack;

namespace Epub.Tests;

/// <summary>
/// Order is sacred: the words of a page's text reach the book in the order the page gives them.
/// What the converter leaves out (chrome, wrappers, the page's own contents) may be missing; what
/// it keeps may not move. Compared word by word: the book's running text (opening and chapters,
/// in reading order) must be a sequence the page's words contain in order, but for a few words the
/// book adds itself (an image's text alternative, a label).
/// </summary>
public sealed partial class OrderTests
{
    /// <summary>The longest run of the book's words allowed to be missing from the page, in order, in a row: a moved paragraph is longer.</summary>
    private const int LongestUnmatchedRun = 12;

    private const string Prose = "It is a paragraph of running prose, long enough to be read as text and not as a heading of any kind at all.";

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        // A page framed in a blockquote, with headings inside it.
        data.Add($"""
            <html><head><title>Framed</title></head><body><blockquote><div class="border">
            <h1>The Framed Work</h1><h2>First Preface</h2><p>First {Prose}</p><h2>Second Preface</h2><p>Second {Prose}</p>
            </div></blockquote></body></html>
            """);
        // A nested list and two quoted passages in the middle of the text.
        data.Add($"""
            <html><head><title>Quoted</title></head><body><h1>Quoted</h1>
            <p>Opening {Prose} I quote the following:</p>
            <blockquote><p>Quoted one {Prose}</p></blockquote>
            <ol><li>First point of the list<ol><li>inner point one</li><li>inner point two</li></ol></li><li>Second point of the list</li></ol>
            <blockquote><p>Quoted two {Prose}</p></blockquote>
            <p>Closing {Prose}</p></body></html>
            """);
        // A data table, verse broken with line breaks, notes after their paragraphs.
        data.Add($"""
            <html><head><title>Mixed</title></head><body><h1>Mixed</h1>
            <h2>Figures</h2><p>Before the table {Prose}<a href="#n1" id="r1">1</a></p>
            <table><tr><th>Year</th><th>Members</th></tr><tr><td>1901</td><td>412</td></tr><tr><td>1902</td><td>538</td></tr></table>
            <p id="n1"><a href="#r1">1</a> The figures were counted twice.</p>
            <h2>Songs</h2><p>The singers gather in the hall at night,<br/>and every voice is raised to sing along;<br/>the chorus rises till the morning light.</p>
            <p>After the song {Prose}</p></body></html>
            """);
        var shared = Path.Combine(Repository.Root, "..", "shared", "corpus", "html");
        if (Directory.Exists(shared))
            foreach (var file in Directory.GetFiles(shared, "*.html").Order(StringComparer.Ordinal)) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_word_the_book_keeps_stands_in_the_pages_order(string page)
    {
        var bytes = page.EndsWith(".html", StringComparison.Ordinal) ? File.ReadAllBytes(page) : Encoding.UTF8.GetBytes(page);
        var book = BuiltBook.Build(bytes, "page.html");
        var source = Words(PageText(bytes));
        var kept = Words(string.Join(' ', ReadingOrder(book).Select(name => BookText(book.Xml(name)))));
        Assert.NotEmpty(kept);

        var (unmatched, longest, longestEnd) = Compare(source, kept);
        Assert.True(longest < LongestUnmatchedRun,
            $"{longest} words of the book in a row are not where the page has them (moved?): \"{string.Join(' ', kept.Skip(longestEnd - longest + 1).Take(longest))}\"");
        Assert.True(unmatched * 50 <= kept.Count, $"{unmatched} of the book's {kept.Count} words are not in the page's order");
    }

    /// <summary>The comparison catches a paragraph moved to the end, and passes one left out.</summary>
    [Fact]
    public void The_comparison_sees_a_moved_paragraph()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(n => Words($"Paragraph {n}: {Prose}")).ToList();
        var source = paragraphs.SelectMany(p => p).ToList();
        var moved = paragraphs.Where((_, i) => i != 2).Append(paragraphs[2]).SelectMany(p => p).ToList();
        var leftOut = paragraphs.Where((_, i) => i != 2).SelectMany(p => p).ToList();
        Assert.True(Compare(source, moved).Longest >= LongestUnmatchedRun);
        Assert.Equal(0, Compare(source, leftOut).Unmatched);
    }

    /// <summary>
    /// Greedy in-order matching: each of the book's words is looked for after the last one matched.
    /// How many were not found, and the longest run of them.
    /// </summary>
    private static (int Unmatched, int Longest, int LongestEnd) Compare(List<string> source, List<string> kept)
    {
        var at = 0;
        int unmatched = 0, run = 0, longest = 0, longestEnd = 0;
        for (var k = 0; k < kept.Count; k++)
        {
            var found = source.IndexOf(kept[k], at);
            if (found >= 0) { at = found + 1; run = 0; continue; }
            unmatched++;
            if (++run > longest) (longest, longestEnd) = (run, k);
        }
        return (unmatched, longest, longestEnd);
    }

    /// <summary>The opening and the chapters, in the order the book reads them (not the notes: they leave their place by design).</summary>
    private static IEnumerable<string> ReadingOrder(BuiltBook book) =>
        book.TextDocuments().Where(n => !n.EndsWith("endnotes.xhtml", StringComparison.Ordinal))
            .OrderBy(n => n.Contains("opening", StringComparison.Ordinal) ? 0 : int.Parse(ChapterNumber().Match(n).Value, System.Globalization.CultureInfo.InvariantCulture));

    private static string BookText(XDocument document) =>
        string.Join(' ', document.Descendants().Where(e => e.Name.LocalName == "body").SelectMany(b => b.DescendantNodes()).OfType<XText>().Select(t => t.Value));

    private static string PageText(byte[] bytes)
    {
        var html = new HtmlDocument();
        html.LoadHtml(Encoding.UTF8.GetString(bytes));
        var body = html.DocumentNode.SelectSingleNode("//body") ?? html.DocumentNode;
        return string.Join(' ', body.Descendants().OfType<HtmlTextNode>()
            .Where(t => t.ParentNode?.Name is not ("script" or "style"))
            .Select(t => HtmlEntity.DeEntitize(t.Text)));
    }

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterNumber();
}
