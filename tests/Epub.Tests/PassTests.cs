using System.Text;
using System.Xml.Linq;
using Epub.Model;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>Other archived texts than the bundled one: other note styles, no contents list, other layouts.</summary>
public sealed class PassTests
{
    private static Document Read(string text, out Diagnostics diagnostics, ConvertOptions? options = null)
    {
        diagnostics = new Diagnostics("test.txt");
        return Pipeline.Default.Read(Encoding.UTF8.GetBytes(text), "test.txt", options ?? new ConvertOptions(), diagnostics);
    }

    private static string CorpusFile(string name) => Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus", name);

    [Fact]
    public void Bracket_notes_without_contents_list_become_sections_and_linked_notes()
    {
        var book = BuiltBook.Build(File.ReadAllBytes(CorpusFile("bracket-notes.txt")), "bracket-notes.txt");
        var document = book.Document;
        Assert.Equal("The Long Road Home", document.Metadata.Title);
        Assert.Equal("Jane Q. Writer", document.Metadata.Author);
        Assert.Equal("2003-06-12", document.Metadata.Date);
        Assert.Equal(["Leaving", "Arriving"], document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.Equal(["1", "2", "3", "4"], document.Notes.Select(n => n.Label));
        var references = document.Paragraphs().SelectMany(p => Inlines.References(p.Paragraph.Inlines)).Select(r => r.Note!.Label).Order();
        Assert.Equal(["1", "2", "2", "3"], references);
        Assert.Equal(2, document.Notes[1].Citations.Count);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.NoteNeverCited && d.Line == 24);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.NoteCitedAgain && d.Severity == Severity.Info);
        Assert.Equal("Back to Home page", Assert.Single(document.Provenance.Dropped).Text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>A paragraph of prose under a title block: the lines the block's tests set their titles over.</summary>
    private const string PlantClosing = "The closing of the plant took about forty percent of the town's payroll with it, and the\n"
        + "effects were spread far wider than those numbers suggest to anyone who lived there.\n";

    [Theory]
    [InlineData("by Teresa Lindqvist, March 1994", "Teresa Lindqvist")]
    [InlineData("by Dale Whitaker, sysop of the Lair", "Dale Whitaker")]
    [InlineData("by Ivo Markovic, translated by Helen Ward", "Ivo Markovic")]
    [InlineData("by Ann Writer, Bob Smith and Carol Jones", "Ann Writer, Bob Smith and Carol Jones")]
    public void A_byline_adding_to_the_name_credits_the_name_and_the_title_page_prints_it_whole(string byline, string author)
    {
        // What follows the comma names no one (a date, words in small letters): it is no part of the
        // name, but the title page keeps it. A list of names after the comma stays the credit's.
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes($"Small Loans, Big Town\n{byline}\n\n"
            + PlantClosing), "byline.txt");
        Assert.Equal(author, book.Document.Metadata.Author);
        Assert.Contains(byline[3..], book.Xml("EPUB/titlepage.xhtml").Root!.Value);
    }

    /// <summary>
    /// A notice of what a reader may do with the file opening it, over the title, a few lines with
    /// where to write: the text's rights, as the same notice closing it is, not its first paragraph.
    /// A first paragraph of prose that mentions copying stays the text's.
    /// </summary>
    [Fact]
    public void A_permission_notice_opening_the_text_goes_to_the_rights()
    {
        const string notice = "This article may be freely distributed provided it is reproduced in full\nand this notice is kept. For more information write to the Valley Press,\nPO Box 12, Valley, KS 66000.";
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(notice + "\n\n\nSMALL LOANS, BIG TOWN\n\nby Ann Writer\n\n" + PlantClosing), "notice.txt");
        Assert.Equal(string.Join(' ', notice.Split('\n')), book.Document.Metadata.Rights);
        Assert.Equal("SMALL LOANS, BIG TOWN", book.Document.Metadata.Title);
        Assert.DoesNotContain(book.Document.Paragraphs(), p => p.Paragraph.PlainText.Contains("freely distributed"));

        const string prose = "Nobody told the town that its letters may be copied by the bank, and when the clerks began to read them aloud\nat the counter the town found out the hard way, over a long winter of gossip and one lawsuit.";
        var kept = BuiltBook.Build(Encoding.UTF8.GetBytes(prose + "\n\n" + PlantClosing), "prose.txt");
        Assert.Null(kept.Document.Metadata.Rights);
        Assert.Contains(kept.Document.Paragraphs(), p => p.Paragraph.PlainText.Contains("may be copied by the bank"));
    }

    /// <summary>
    /// The lines a title block holds besides the title and byline, as a printed book places them:
    /// another person's credit on the title page (and a contributor in its role), a copyright or
    /// permission notice in the rights (the colophon and dc:rights), a credit naming the author as
    /// the byline, a version line in the text. None is the subtitle.
    /// </summary>
    [Theory]
    [InlineData("by Ann Writer\n\nTranslated from the German by Bob Smith", "Ann Writer", "credit", "Translated from the German by Bob Smith")]
    [InlineData("by Ann Writer\nEdited by Bob Smith", "Ann Writer", "credit", "Edited by Bob Smith")]
    [InlineData("by Ann Writer\nCopyright 1994 by Ann Writer", "Ann Writer", "rights", "Copyright 1994 by Ann Writer")]
    [InlineData("Ann Writer\n(c) 1994 Ann Writer.  All rights reserved.\nMay be freely distributed if unaltered.", "Ann Writer", "rights", "(c) 1994 Ann Writer. All rights reserved. May be freely distributed if unaltered.")]
    [InlineData("Written and compiled by Ann Writer", "Ann Writer", "byline", "Written and compiled by Ann Writer")]
    [InlineData("Version 2.1 -- Revised 11/3/93\nMaintained by Ann Writer", "Ann Writer", "text", "Version 2.1")]
    public void A_credit_notice_or_version_line_under_the_title_is_no_subtitle_and_goes_where_a_book_prints_it(string lines, string author, string place, string expected)
    {
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes($"SMALL LOANS, BIG TOWN\n{lines}\n\n"
            + PlantClosing + "\n"
            + "The shops on the main street closed one by one over the next two years, and the bank\n"
            + "that had lent to them for a century was sold to a chain from the city in the third.\n"), "credits.txt");
        var metadata = book.Document.Metadata;
        Assert.Equal("SMALL LOANS, BIG TOWN", metadata.Title);
        Assert.Null(metadata.Subtitle);
        Assert.Equal(author, metadata.Author);
        var titlePage = book.Xml("EPUB/titlepage.xhtml").Root!.Value;
        var opf = book.Text("EPUB/content.opf");
        var text = string.Concat(book.Entries().Where(e => e.Name.Contains("opening") || e.Name.Contains("chapter")).Select(e => System.Text.Encoding.UTF8.GetString(e.Content)));
        switch (place)
        {
            case "credit":
                Assert.Equal([expected], metadata.Credits.Select(c => c.Line));
                Assert.Contains(expected, titlePage);
                Assert.Contains(">Bob Smith</dc:contributor>", opf);
                Assert.Contains(expected.StartsWith("Translated") ? ">trl</meta>" : ">edt</meta>", opf);
                break;
            case "rights":
                Assert.Equal(expected, metadata.Rights);
                Assert.Contains($"<dc:rights>{expected}</dc:rights>", opf);
                Assert.Contains(expected, book.Xml("EPUB/colophon.xhtml").Root!.Value);
                Assert.DoesNotContain("Copyright", titlePage);
                break;
            case "byline":
                Assert.Equal(expected, metadata.Byline);
                Assert.Contains(expected, titlePage);
                Assert.Empty(metadata.Credits);
                break;
            default:
                Assert.Contains(expected, text);
                Assert.DoesNotContain(expected, titlePage);
                break;
        }
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>
    /// A notice closing the text that says what a reader may do with it, with the address that
    /// finishes it, is the text's rights: dc:rights and the colophon, not the text's last words. A
    /// paragraph of the text that only mentions permission stays.
    /// </summary>
    [Fact]
    public void A_permission_notice_closing_the_text_is_its_rights()
    {
        const string notice = "This article may be freely distributed provided it is reproduced in full\nand this notice is kept. For more information write to the Valley Press,\nPO Box 12, Valley, KS 66000.\n";
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes($"SMALL LOANS, BIG TOWN\nby Ann Writer\n\n{PlantClosing}\n{PlantClosing}\n\n{notice}"), "rights.txt");
        const string rights = "This article may be freely distributed provided it is reproduced in full and this notice is kept. For more information write to the Valley Press, PO Box 12, Valley, KS 66000.";
        Assert.Equal(rights, book.Document.Metadata.Rights);
        Assert.Contains($"<dc:rights>{rights}</dc:rights>", book.Text("EPUB/content.opf"));
        Assert.Contains(rights, book.Xml("EPUB/colophon.xhtml").Root!.Value);
        Assert.DoesNotContain("freely distributed", book.Text("EPUB/opening.xhtml"));
        Assert.Empty(EpubCheck.Messages(book.Path));

        var mention = BuiltBook.Build(Encoding.UTF8.GetBytes($"SMALL LOANS, BIG TOWN\nby Ann Writer\n\n{PlantClosing}\n"
            + "The council wrote to every owner that permission is granted to build on the lots by the mill, and that\n"
            + "the fund would lend to anyone who did, at a rate lower than any bank in the valley had offered before.\n"), "mention.txt");
        Assert.Null(mention.Document.Metadata.Rights);
        Assert.Contains("permission is granted to build", mention.Text("EPUB/opening.xhtml"));
    }

    /// <summary>A posting signed with the given name alone, its sender's line giving the whole name: the author is the whole name.</summary>
    [Fact]
    public void A_posting_signed_with_the_given_name_alone_is_credited_to_the_senders_whole_name()
    {
        var document = Read("""
            From: Harriet Lowell <hlowell@example.edu>
            Newsgroups: rec.gardens
            Subject: Tomatoes in clay soil -- what finally worked
            Date: 14 May 1993 18:22:07 GMT

            After three summers of split fruit and blossom-end rot I finally have a bed that
            works. The trick was not the variety but the soil, which is heavy clay here.

            I dug in two barrows of leaf mould each autumn and stopped walking on the beds.
            By the third year the clay had turned dark and crumbly and the plants thrived.

            Harriet
            """, out _);
        Assert.Equal("Harriet Lowell", document.Metadata.Author);
    }

    /// <summary>"Prepared by the Committee for …": after "the", a body's name in capitals is a credit, not a sentence.</summary>
    [Fact]
    public void A_body_credited_after_the_article_is_the_author()
    {
        var document = Read("""
                             SAFE CALLING: A GUIDE FOR PARENTS

                  Prepared by the Committee for Safe Online Communities

            Children who call bulletin boards meet people they cannot see, and most of
            those people are kind. This guide says what to watch for and what to do.

            Keep the computer in a room the family shares, and ask what your child reads.
            """, out _);
        Assert.Equal("the Committee for Safe Online Communities", document.Metadata.Author, ignoreCase: true);
    }

    /// <summary>A text whose first sentence opens with "by" in small letters: a sentence, no byline.</summary>
    [Fact]
    public void A_first_sentence_opening_with_by_is_no_byline()
    {
        var document = Read("""
            THE PARTY LINE

            by the time my grandmother got her first private telephone line, in
            1961, she had listened in on her neighbours' conversations for thirty
            years and saw no reason to stop.

            You dialled, you waited through the clicks, and you listened. Nobody thought
            this was a hardship. It was simply how things were done on the party line.
            """, out _);
        Assert.Null(document.Metadata.Author);
        Assert.Equal("THE PARTY LINE", document.Metadata.Title);
    }

    [Theory]
    [InlineData("     Whatever you can do, or dream you can, begin it.\n                                        -- Goethe\n\n\n", "")]
    [InlineData("     \"The reports of my death are greatly exaggerated.\"\n                                        -- Mark Twain\n\n\n", "")]
    [InlineData("     Not all those who wander are lost.\n\n                        -- J. R. R. Tolkien\n\n", "                           by Felix Amundsen\n")]
    public void An_epigraph_over_the_title_is_neither_the_title_nor_its_author(string epigraph, string byline)
    {
        // A quotation and its attribution after a dash, then the text's own title: the epigraph
        // opens the text, the title is the title, the quoted writer is not the text's author.
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(epigraph + "                         STARTING OVER AT FORTY\n" + byline + "\n"
            + PlantClosing + "\n"
            + "What the town did next is worth studying. Instead of waiting for another employer, the\n"
            + "council set up a small loan fund for anyone who wanted to start a business of any size.\n"), "epigraph.txt");
        var metadata = book.Document.Metadata;
        Assert.Equal("STARTING OVER AT FORTY", metadata.Title);
        Assert.Equal(byline.Length > 0 ? "Felix Amundsen" : null, metadata.Author);
        var opening = Assert.IsType<Epigraph>(book.Document.Blocks[0]);
        Assert.StartsWith("\u2014", Inline.PlainText(opening.Citation));
        Assert.Contains("epub:type=\"epigraph\"", string.Concat(book.TextDocuments().Select(book.Text)));
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_paragraphs()
    {
        var document = BuiltBook.Build(File.ReadAllBytes(CorpusFile("bracket-notes.txt")), "bracket-notes.txt").Document;
        var opening = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Contains("letters and on the memory", opening.PlainText);
    }

    [Fact]
    public void Contents_entries_match_differently_worded_headings_in_order()
    {
        const string text = """
            A Title

            1. Why we begin
            2. The middle of things
            3. Endings and beginnings

            Opening words of the essay, long enough to be a paragraph of prose and not a heading at all.

            Beginning

            Text of the first part, which talks about beginnings at some length, as texts do.

            Middle things

            Text of the second part. It is about the middle, and it goes on for a while, too.

            Endings

            Text of the last part, the end, which closes the essay with a few words more.
            """;
        var document = Read(text, out var diagnostics);
        Assert.Equal(["Beginning", "Middle things", "Endings"], document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.Equal(["1", "2", "3"], document.Sections.Select(s => s.Label));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.StartsWith("Opening words", Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).PlainText);
    }

    [Fact]
    public void A_contents_list_leaves_with_its_heading_so_no_opening_page_holds_the_word_alone()
    {
        const string text = """
            A Title

            by Ann Writer


                                  CONTENTS

               I.  The First Castle ................ 1
              II.  The Second Castle ............... 9


            I. THE FIRST CASTLE

            Text of the first part, which talks about castles at some length, as texts do, and goes on.

            II. THE SECOND CASTLE

            Text of the second part. It is about another castle, and it goes on for a while, too.
            """;
        var document = Read(text, out _);
        Assert.Equal(["THE FIRST CASTLE", "THE SECOND CASTLE"], document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.DoesNotContain(document.Blocks.OfType<Paragraph>(), p => p.PlainText.Contains("CONTENTS", StringComparison.Ordinal));
    }

    [Fact]
    public void Contents_entry_without_heading_is_a_warning_with_its_line()
    {
        const string text = """
            A Title

            I. First part
            II. A part that is missing
            III. Last part

            First part

            Prose of the first part, long enough to be a paragraph of text and not a heading.

            Last part

            Prose of the last part, long enough to be a paragraph of text and not a heading.
            """;
        var document = Read(text, out var diagnostics);
        Assert.Equal(["I", "III"], document.Sections.Select(s => s.Label));
        var warning = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.Equal((4, DiagnosticCode.ContentsEntryUnmatched), (warning.Line, warning.Code));
        Assert.Contains("A part that is missing", warning.Message);
    }

    [Fact]
    public void Options_win_over_detected_metadata()
    {
        var document = Read("My Title\nby Someone\n1999\n\nSome text of the essay, which is prose.\n", out _,
            new ConvertOptions { Title = "Other", Author = "Another", Language = "fr", Date = "2001-02" });
        Assert.Equal(("Other", "Another", "fr", "2001-02"), (document.Metadata.Title, document.Metadata.Author, document.Metadata.Language, document.Metadata.Date));
    }

    [Fact]
    public void Title_block_lines_the_title_page_does_not_show_stay_in_the_text()
    {
        var document = Read("My Title\nA Subtitle\nEdited and translated from the Russian\n\nSome text of the essay, which is prose.\n", out _);
        Assert.Equal(("My Title", "A Subtitle"), (document.Metadata.Title, document.Metadata.Subtitle));
        Assert.Equal("Edited and translated from the Russian", Assert.IsType<Paragraph>(document.Blocks[0]).PlainText);
    }

    [Theory]
    [InlineData("CHAPTER IV", "THE NAME OF THE CHAPTER", "CHAPTER IV: THE NAME OF THE CHAPTER")]
    [InlineData("PART III.", "The Name of the Part", "PART III: The Name of the Part")]
    [InlineData("CHAPTER IV AND AFTER", "THE NAME OF THE CHAPTER", "CHAPTER IV AND AFTER")]
    public void A_chapters_bare_label_over_its_name_is_read_with_it_as_the_title(string label, string name, string title)
    {
        const string prose = "Some text of the chapter, which is prose, and long enough to be read as a paragraph of it and not as a title.";
        var document = Read($"                     {label}\n\n               {name}\n\n{prose}\n\n{prose}\n", out _);
        Assert.Equal(title, document.Metadata.Title);
    }

    [Fact]
    public void Text_without_title_block_takes_its_title_from_the_file_name()
    {
        var document = Read("Just one paragraph of prose, which is all this archived text holds, and it is long enough.\n", out _);
        Assert.Equal("test", document.Metadata.Title);
        Assert.Null(document.Metadata.Author);
    }

    [Fact]
    public void Numbered_list_that_the_text_never_cites_is_not_notes()
    {
        var document = Read("Title\n\nA paragraph of prose that cites nothing at all, in any way.\n\n1. First item\n2. Second item\n", out _);
        Assert.Empty(document.Notes);
        Assert.Equal(3, document.Blocks.Count);
    }

    [Theory]
    [InlineData("March, 1994", "1994-03")]
    [InlineData("12 June 2003", "2003-06-12")]
    [InlineData("Sept. 3, 1999", "1999-09-03")]
    [InlineData("1994", "1994")]
    [InlineData("1994-03-12", "1994-03-12")]
    [InlineData("by MC5", null)]
    [InlineData("March of the Penguins", null)]
    public void Dates_in_title_blocks(string line, string? expected) => Assert.Equal(expected, Dates.Parse(line));
}

public sealed class HtmlReaderTests
{
    [Fact]
    public void Archived_html_page_becomes_sections_notes_and_emphasis()
    {
        var path = Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus", "archived-page.html");
        var book = BuiltBook.Build(File.ReadAllBytes(path), "archived-page.html");
        var document = book.Document;
        Assert.Equal("The Long March Reviewed", document.Metadata.Title);
        Assert.Equal(["The route", "The people"], document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.Equal([1, 2, 3], document.Notes.Select(n => n.Number));
        Assert.Single(document.Provenance.ArchiveNotices);
        Assert.Equal("Back to Home page", Assert.Single(document.Provenance.Dropped).Text);
        var opening = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Contains(opening.Inlines, i => i is Emphasis e && Inline.PlainText(e.Inlines) == "The Long March");
        Assert.IsType<NoteReference>(opening.Inlines[^1]);
        var text = string.Concat(book.Entries().Where(e => e.Name.EndsWith(".xhtml")).Select(e => Encoding.UTF8.GetString(e.Content)));
        Assert.DoesNotContain("tracking", text);
        Assert.DoesNotContain("color: red", text);
        Assert.Contains("long\u2014very long\u2014and \u201Chard\u201D", text);
        Assert.Contains("<i>The Long March</i>", text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Font_tags_inside_a_paragraph_do_not_split_it()
    {
        const string page = "<html><body><h1>T</h1><p>Some <font color=red>red</font> words, and <FONT SIZE=2>small ones</FONT> too.</p></body></html>";
        var document = Pipeline.Default.Read(Encoding.UTF8.GetBytes(page), "p.html", new ConvertOptions(), new Diagnostics("p.html"));
        Assert.Equal("Some red words, and small ones too.", Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).PlainText);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("  <!-- saved --> <HTML><BODY>", true)]
    [InlineData("<p>a paragraph</p>", false)]
    [InlineData("Plain text about <html> tags.", false)]
    public void Html_is_recognised_by_its_start(string start, bool expected) => Assert.Equal(expected, Readers.Html.HtmlReader.LooksLikeHtml(start));
}
