using System.Text;
using System.Xml.Linq;
using Epub.Model;
using Epub.Passes;
using Epub.Tests.Tools;

namespace Epub.Tests;

public sealed class TypographyTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData("\"'Koba!' he said.\"", "\u201C\u2018Koba!\u2019 he said.\u201D")]
    [InlineData("He said \"yes.\"", "He said \u201Cyes.\u201D")]
    [InlineData("Stalin's and the Stalinists' line", "Stalin\u2019s and the Stalinists\u2019 line")]
    [InlineData("'Tis the '20s, rock 'n' roll", "\u2019Tis the \u201920s, rock \u2019n\u2019 roll")]
    [InlineData("a 'lead butt,' who", "a \u2018lead butt,\u2019 who")]
    [InlineData("(\"quoted\")", "(\u201Cquoted\u201D)")]
    [InlineData("don't", "don\u2019t")]
    [InlineData("anti-\"totalitarian\" ideologues", "anti-\u201Ctotalitarian\u201D ideologues")]
    [InlineData("planted ``every spring'' and said ``no,''", "planted \u201Cevery spring\u201D and said \u201Cno,\u201D")]
    [InlineData("a `lead butt' who", "a \u2018lead butt\u2019 who")]
    [InlineData("Dr. Moray`s amplifier", "Dr.\u00A0Moray\u2019s amplifier")]
    public void Quotes_and_apostrophes(string input, string expected) => Assert.Equal(expected, Typography.Apply(input, '\0'));

    [Theory]
    [InlineData("communist - and", "communist\u2014and")]
    [InlineData("communist -- and", "communist\u2014and")]
    [InlineData("communist--and", "communist\u2014and")]
    [InlineData("Bukharin-Stalin split", "Bukharin-Stalin split")]
    [InlineData("anti-communist", "anti-communist")]
    [InlineData("from 1936-1939", "from 1936\u20131939")]
    [InlineData("pp. 256-7", "pp.\u00A0256\u20137")]
    [InlineData("p. 61", "p.\u00A061")]
    [InlineData("on 1994-03-12", "on 1994-03-12")]
    [InlineData("---", "---")]
    public void Dashes_and_ranges(string input, string expected) => Assert.Equal(expected, Typography.Apply(input, '\0'));

    [Theory]
    [InlineData("Stalin's ... raises", "Stalin\u2019s\u00A0\u2026 raises")]
    [InlineData("dear to him. . . and yet?", "dear to him\u2026 and yet?")]
    [InlineData("the struggle. ... more", "the struggle.\u00A0\u2026 more")]
    [InlineData("D. Volkogonov and W.W. Norton", "D.\u00A0Volkogonov and W.W.\u00A0Norton")]
    public void Ellipses_and_non_breaking_spaces(string input, string expected) => Assert.Equal(expected, Typography.Apply(input, '\0'));

    [Fact]
    public void Text_after_a_note_reference_continues_the_sentence()
    {
        // "immune (16) - and" and a quote right after a reference: context crosses the reference.
        var paragraph = new Paragraph([new Text("was not immune"), new NoteReference("16"), new Text(" - and' so \"on\"")], 1, 0);
        var document = new Document();
        document.Blocks.Add(paragraph);
        TypographyPass.Run(document);
        Assert.Equal("was not immune", ((Text)paragraph.Inlines[0]).Value);
        Assert.Equal("\u2014and\u2019 so \u201Con\u201D", ((Text)paragraph.Inlines[2]).Value);
        Assert.Equal("16", ((NoteReference)paragraph.Inlines[1]).Label);
    }

    [Fact]
    public void Words_never_change()
    {
        var source = File.ReadAllText(Repository.BundledInput);
        static string Letters(string s) => new(s.Where(char.IsLetter).ToArray());
        var result = Typography.Apply(source, '\0');
        Assert.Equal(Letters(source), Letters(result));
    }

    [Fact]
    public void Bundled_book_text_has_no_straight_quote_hyphen_dash_or_three_dots()
    {
        var book = BuiltBook.Bundled;
        foreach (var (name, content) in book.Entries().Where(e => e.Name.EndsWith(".xhtml")))
        {
            // Every piece of text of the document, inside spans, emphasis and links too.
            var text = string.Join("\n", XDocument.Parse(Encoding.UTF8.GetString(content)).DescendantNodes().OfType<XText>().Select(t => t.Value));
            Assert.DoesNotContain("\"", text);
            Assert.DoesNotContain("'", text);
            Assert.DoesNotContain(" - ", text);
            Assert.DoesNotContain("--", text);
            Assert.DoesNotContain("...", text);
            Assert.DoesNotContain(". . .", text);
        }
    }
}

public sealed class StylesheetTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(Repository.Root, "styles", "book.css"));

    /// <summary>The reader's choices win: no fixed colours (night mode), no pixel sizes (the reader's font size).</summary>
    [Fact]
    public void Stylesheet_leaves_colours_and_sizes_to_the_reader()
    {
        var rules = System.Text.RegularExpressions.Regex.Replace(Css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.DoesNotMatch(@"\d\s*px\b", rules);
        Assert.DoesNotMatch(@"(^|[\s;{])(color|background(-color)?)\s*:", rules);
        Assert.Contains("hyphens: auto", rules);
        Assert.Contains("a[epub|type~=\"noteref\"]", rules);
    }

    [Fact]
    public void Stylesheet_is_the_one_packaged() =>
        Assert.Equal(Css, BuiltBook.Bundled.Text("EPUB/css/book.css"));
}

public sealed class QuotationTests
{
    private static Document Convert(string text) =>
        Pipeline.Default.Read(Encoding.UTF8.GetBytes(text), "q.txt", new ConvertOptions(), new Diagnostics("q.txt"));

    [Fact]
    public void Quotation_introduced_by_a_colon_is_a_block_quotation()
    {
        var document = Convert("Title\n\nShe wrote:\n\n\"A whole paragraph of quotation.\" (1)\n\nAnd then the text goes on.\n\n1. Source.\n");
        var quote = Assert.IsType<BlockQuote>(document.Blocks[1]);
        Assert.IsType<NoteReference>(Assert.Single(quote.Paragraphs).Inlines[^1]);
    }

    [Fact]
    public void Quotation_over_several_paragraphs_is_one_block_quotation()
    {
        var document = Convert("Title\n\nHe said:\n\n\"First part, with an inner 'quote that runs on.\n\n\"Second part, which closes it all.'\"\n\nText after.\n");
        var quote = Assert.IsType<BlockQuote>(document.Blocks[1]);
        Assert.Equal(2, quote.Paragraphs.Count);
        Assert.StartsWith("\u201C", quote.Paragraphs[1].PlainText);
        Assert.EndsWith("\u2019\u201D", quote.Paragraphs[1].PlainText);
    }

    [Fact]
    public void Quotation_without_lead_in_stays_a_paragraph()
    {
        var document = Convert("Title\n\nA sentence that ends with a stop.\n\n\"A quoted paragraph.\"\n");
        Assert.All(document.Blocks, b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void Quotation_whose_quote_closes_midway_stays_a_paragraph()
    {
        var document = Convert("Title\n\nShe wrote:\n\n\"Quoted,\" she said, and went on in her own words.\n");
        Assert.All(document.Blocks, b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void Attributed_quotation_at_the_head_of_a_section_is_an_epigraph()
    {
        var document = Convert("Title\n\nI. One\nII. Two\n\nOpening prose of the essay, long enough to be prose.\n\nOne\n\n\"Be brave.\" -- A friend's advice (1)\n\nProse of the first section, long enough to be prose.\n\nTwo\n\nProse of the second section, long enough to be prose.\n\n1. Letters.\n");
        var epigraph = Assert.IsType<Epigraph>(document.Sections[0].Blocks[0]);
        Assert.Equal("\u201CBe brave.\u201D", Assert.Single(epigraph.Paragraphs).PlainText);
        Assert.Equal("\u2014A friend\u2019s advice", Inline.PlainText(epigraph.Citation));
        Assert.IsType<NoteReference>(epigraph.Citation[^1]);
    }
}
