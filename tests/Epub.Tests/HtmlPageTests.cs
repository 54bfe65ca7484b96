using System.Text;
using Epub.Model;
using Epub.Targets;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// Archived pages: one small synthetic page per markup convention the HTML reader recognises by
/// shape and consistency (no site's or book's names), each built into a book EPUBCheck accepts.
/// </summary>
public sealed class HtmlPageTests
{
    private static BuiltBook Build(string page, string name = "page.html") => BuiltBook.Build(Encoding.UTF8.GetBytes(page), name);

    private static string Body(BuiltBook book) =>
        string.Concat(book.Entries().Where(e => e.Name.EndsWith(".xhtml") && !e.Name.EndsWith("colophon.xhtml")).Select(e => Encoding.UTF8.GetString(e.Content)));

    private static List<string> Chapters(BuiltBook book) => book.Document.Sections.Select(s => Inline.PlainText(s.Title)).ToList();

    private const string Prose = "It is a paragraph of running prose, long enough to be read as text and not as a heading of any kind at all.";

    [Fact]
    public void The_sites_link_rows_breadcrumb_and_upkeep_line_leave_the_page_and_are_named_in_the_colophon()
    {
        // Chrome by where it stands and what it is, whatever its words: a breadcrumb and link rows
        // in the title matter (one set as a heading), a link row, a navigation table and a "Last updated" line after the
        // last prose. The text between stays whole and in order.
        var book = Build($"""
            <html><head><title>A Writer: A Work (Chapter 1)</title></head><body>
            <p class="title">Site: A Writer: A Work: Chapter 1</p>
            <p class="toplink"><a href="../index.htm">A Writer Archive</a> | <a href="index.htm">A Work</a></p>
            <h4><a href="bydate.htm">By Date</a> | <a href="bytitle.htm">By Title</a></h4>
            <h3>A Work</h3>
            <p class="link"><a href="work.pdf">Download PDF</a> | <a href="work.epub">Download ePub</a></p>
            <h2>The First Chapter</h2>
            <p>{Prose}</p>
            <p>A second paragraph of the chapter, which cites <a href="other.htm">another page</a> in its running text and stays.</p>
            <hr>
            <p class="footer"><a href="ch02.htm">Chapter Two</a></p>
            <table width="100%"><tr><td><a href="index.htm">Work Index</a></td><td><a href="../index.htm">Writer Archive</a></td></tr></table>
            <p class="updat">Last updated on: 20 November 2020</p>
            </body></html>
            """);
        var body = Body(book);
        foreach (var chrome in new[] { "Site: A Writer", "A Writer Archive", "By Date", "Download PDF", "Chapter Two", "Work Index", "Writer Archive", "Last updated" })
            Assert.DoesNotContain(chrome, body);
        Assert.Contains("another page", body);
        var colophon = book.Text("EPUB/colophon.xhtml");
        Assert.Contains("Download PDF | Download ePub", colophon);
        Assert.Contains("Last updated on: 20 November 2020", colophon);
    }

    [Fact]
    public void A_news_sites_logo_section_bar_tools_pager_and_footer_leave_the_page()
    {
        // A news site's chrome by where it stands and what its words say of its links: the logo
        // linked home and the section bar over the headline, a bar of tools labelled "Text size:"
        // under it; after the story a pager ("Page 1 of 2 Next page »"), a labelled bar of links
        // and the site's footer (its rights notice and links to its policies).
        var book = Build($"""
            <html><head><title>The Daily: Workers Walk Out</title></head><body>
            <table><tr><td><a href="/"><img src="/images/logo.gif" alt="The Daily"></a></td></tr></table>
            <table><tr><td><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/classifieds/">Classifieds</a></td></tr></table>
            <h1>Workers Walk Out</h1>
            <div class="tools"><a href="javascript:window.print()">Print this page</a> | <a href="/cgi-bin/mail?id=1">Email this page</a> | Text size: <a href="#" class="small">A</a> <a href="#" class="big">A</a></div>
            <p>{Prose}</p>
            <p>A second paragraph of the story, which cites <a href="other.htm">another page</a> and <a href="third.htm">a third</a> in its running text and stays.</p>
            <div class="more"><b>More on this story:</b> <a href="/news/strike/">Strike special report</a> &middot; <a href="/news/port/">Port coverage</a></div>
            <p align="center"><b>Page 1 of 2</b> <a href="story2.html">Next page &raquo;</a></p>
            <p align="center">&copy; 2003 The Daily. All rights reserved. <a href="/privacy.html">Privacy Policy</a> | <a href="/terms.html">Terms of Service</a></p>
            </body></html>
            """);
        var body = Body(book);
        foreach (var chrome in new[] { "[Image", "Classifieds", "Print this page", "Text size", "More on this story", "Page 1 of 2", "Next page", "Privacy Policy", "All rights reserved" })
            Assert.DoesNotContain(chrome, body);
        Assert.Contains("another page", body);
        Assert.Equal("Workers Walk Out", book.Document.Metadata.Title);
        var colophon = book.Text("EPUB/colophon.xhtml");
        Assert.Contains("Privacy Policy", colophon);
    }

    [Fact]
    public void A_rights_notice_or_a_label_with_words_of_the_text_among_links_stays()
    {
        // A bar's label is a few words and a colon; a sentence among links is the text's own.
        var book = Build($"""
            <html><head><title>Links</title></head><body>
            <h1>Where to Read More</h1>
            <p>{Prose}</p>
            <p>Copyright in the letters belongs to their writers, and the <a href="a.htm">first</a> and <a href="b.htm">second</a> were printed in 1991.</p>
            <p>See the archive: <a href="a.htm">first letters</a> and <a href="b.htm">second letters</a>, both kept by the library.</p>
            </body></html>
            """);
        var body = Body(book);
        Assert.Contains("Copyright in the letters belongs to their writers", body);
        Assert.Contains("both kept by the library", body);
    }

    [Fact]
    public void A_page_s_notes_on_its_source_go_to_the_colophon_with_the_date_and_translator_read()
    {
        // Lines of "Label: value" fields saying where the text came from and who put it on line:
        // the edition's provenance, quoted in the colophon; not the first lines of the text.
        var book = Build($"""
            <html><head><title>A Writer: The Port Strike</title></head><body>
            <h2>A Writer</h2>
            <h1>The Port Strike</h1>
            <p class="information"><span class="info">Written:</span> April 1905;<br>
            <span class="info">First Published:</span> <em>A Paper</em>, No. 4, May 1905;<br>
            <span class="info">Translated:</span> Margaret Lyle;<br>
            <span class="info">Transcription/Markup:</span> Ed Paine;<br>
            <span class="info">Copyleft:</span> An Archive, 2006. You may freely copy and distribute this work.</p>
            <p>{Prose}</p>
            <p>Source: a sentence of the text may open with a word and a colon, and it stays where it is.</p>
            </body></html>
            """);
        var body = Body(book);
        Assert.DoesNotContain("Transcription/Markup", body);
        Assert.DoesNotContain("First Published", body);
        Assert.Contains("Source: a sentence of the text", body);
        var colophon = book.Text("EPUB/colophon.xhtml");
        Assert.Contains("Transcription/Markup: Ed Paine;", colophon);
        Assert.Contains("Copyleft: An Archive, 2006.", colophon);
        Assert.Equal("1905-04", book.Document.Metadata.Date);
        Assert.Contains(book.Document.Metadata.Credits, c => c.Name == "Margaret Lyle" && c.Role == "trl");
        Assert.Equal("The Port Strike", book.Document.Metadata.Title);
    }

    [Fact]
    public void The_lines_under_a_named_title_are_its_subtitle_or_date_not_chapters()
    {
        // A subtitle under the work's classed title, an occasion under the title the page's
        // <title> names, a date alone: none is a section (no section after the text uses their level).
        var classed = Build($"""
            <html><head><title>A Writer: The Press and the Censor</title></head><body>
            <h2>Anna Writer</h2><h3 class="title">The Press and the Censor</h3><h4>An Open Letter to the Editors of the Papers</h4>
            <p>{Prose}</p><p>{Prose}</p></body></html>
            """);
        Assert.Empty(Chapters(classed));
        Assert.Equal("The Press and the Censor", classed.Document.Metadata.Title);
        Assert.Equal("An Open Letter to the Editors of the Papers", classed.Document.Metadata.Subtitle);

        var lectures = Build($"""
            <html><head><title>Clara Writer: Three Lectures on the Clan</title></head><body>
            <h2>Clara Writer</h2><h1>Three Lectures on the Clan</h1><h4>Delivered at the Working Men's College, 1896</h4>
            <h3>I.<br>The Hearth</h3><p>{Prose}</p><h3>II.<br>The Council</h3><p>{Prose}</p></body></html>
            """);
        Assert.Equal(["The Hearth", "The Council"], Chapters(lectures));
        Assert.Equal("Three Lectures on the Clan", lectures.Document.Metadata.Title);
        Assert.Equal("Clara Writer", lectures.Document.Metadata.Author);

        var dated = Build($"""
            <html><head><title>A Writer: The Telegraph</title></head><body>
            <h2>Anna Writer</h2><h1>The Telegraph</h1><h3>(7 March 1905)</h3>
            <p>{Prose}</p><p>{Prose}</p></body></html>
            """);
        Assert.Empty(Chapters(dated));
        Assert.Equal("The Telegraph", dated.Document.Metadata.Title);
        Assert.Equal("1905-03-07", dated.Document.Metadata.Date);
    }

    [Fact]
    public void A_chapter_s_argument_a_play_s_speakers_and_the_end_mark_are_no_headings()
    {
        // A class of short lines each set right under a chapter's heading is its argument; centred
        // lines that say the same names again and again are a play's speakers and directions;
        // "THE END." before an index closes the text. The page's own h2s stay its chapters.
        var book = Build($"""
            <html><head><title>A Book</title></head><body>
            <h1>A BOOK</h1>
            <h2>CHAPTER I.</h2><p class="summary">The Act of 1794&mdash;The estimate&mdash;The opening.</p><p>{Prose}</p>
            <h2>CHAPTER II.</h2><p class="summary">Dividends&mdash;The office&mdash;The boat people.</p><p>{Prose}</p>
            <h2>ACT I.</h2>
            <p class="center">RUTH.</p><p>{Prose}</p>
            <p class="center">DANIEL.</p><p>{Prose}</p>
            <p class="center">RUTH.</p><p>{Prose}</p>
            <p class="center"><i>Curtain.</i></p>
            <h2>ACT II.</h2>
            <p class="center">RUTH.</p><p>{Prose}</p>
            <p class="center"><i>Curtain.</i></p>
            <p class="center">THE END.</p>
            <h2>INDEX.</h2><p>Acts, 1, 2.</p>
            </body></html>
            """);
        Assert.Equal(["CHAPTER I.", "CHAPTER II.", "ACT I.", "ACT II.", "INDEX."], Chapters(book));
        var body = Body(book);
        Assert.Contains("The Act of 1794", body);
        Assert.Contains("THE END.", body);
    }

    [Fact]
    public void A_link_row_leading_up_the_site_leaves_an_index_page_whose_links_stay()
    {
        // An index page's own list of chapters stays; the row under it whose links all lead to
        // the site's front pages is the site's navigation, whatever it says.
        var book = Build($"""
            <html><head><title>The Land Question</title></head><body>
            <h1>The Land Question</h1>
            <h3>Preface</h3><p>{Prose}</p>
            <h3>Contents</h3>
            <p class="index"><a href="ch01.htm">Chapter 1: The Small Farmer</a><br><a href="ch02.htm">Chapter 2: Rent</a><br>
            <a href="ch03.htm">Chapter 3: The Bank</a><br><a href="ch04.htm">Chapter 4: Associations</a><br><a href="ch05.htm">Chapter 5: Credit</a></p>
            <p class="footer"><a href="../index.htm">A Writer Archive</a> | <a href="../../../index.htm">The Archive</a></p>
            </body></html>
            """);
        var body = Body(book);
        Assert.Contains("Chapter 5: Credit", body);
        Assert.DoesNotContain("A Writer Archive", body);
    }

    [Fact]
    public void A_headline_under_a_banner_image_is_the_title_and_a_byline_gives_the_name_without_the_post()
    {
        // A site's logo over the headline begins no text: the headline is the page's title, not
        // a chapter under the <title>'s "SITE: HEADLINE". The writer's post after the name
        // (another line, a comma, a bar; the name in capitals) is no part of the name.
        foreach (var (byline, name) in new[] { ("By ANNA KELLER<br>Labor Correspondent", "ANNA KELLER"), ("By Anna Keller, Staff Writer", "Anna Keller"), ("By Michael Doran | Staff Writer", "Michael Doran") })
        {
            var book = Build($"""
                <html><head><title>The Herald: Dock Workers Walk Out</title></head><body>
                <img src="logo.gif" alt="The Herald">
                <h1>Dock Workers Walk Out</h1>
                <p class="byline">{byline}</p>
                <p>{Prose}</p><p>{Prose}</p></body></html>
                """);
            Assert.Equal("Dock Workers Walk Out", book.Document.Metadata.Title);
            Assert.Empty(Chapters(book));
            Assert.Equal(name, book.Document.Metadata.Author);
        }
    }

    [Fact]
    public void A_title_block_its_classes_name_gives_title_subtitle_and_author_and_the_chapter_under_it_stays_one()
    {
        // The author's h4, the work's h3.title, its h4.subtitle: the levels alone do not say which
        // is which (the last heading before the text used to be the title, here the chapter's).
        // The page's <title> names the author by surname. The h2 over the sections is the chapter.
        var book = Build($"""
            <html><head><title>Writer: The Work (Chapter 1)</title></head><body>
            <h4>A. B. Writer</h4>
            <h3 class="title">The Work</h3>
            <h4 class="subtitle">Questions of Our Time</h4>
            <h2>I. The First Chapter</h2>
            <h3>A. A First Section</h3>
            <p>{Prose}</p>
            <h3>B. A Second Section</h3>
            <p>{Prose}</p>
            </body></html>
            """);
        var metadata = book.Document.Metadata;
        Assert.Equal(("The Work", "Questions of Our Time", "A. B. Writer"), (metadata.Title, metadata.Subtitle, metadata.Author));
        Assert.Equal(["The First Chapter", "A First Section", "A Second Section"], Chapters(book)); // their labels apart
    }

    [Fact]
    public void A_heading_of_people_s_names_over_the_title_is_its_author_but_a_text_named_after_a_person_keeps_its_title()
    {
        // A stacked title block with no classes and a <title> that does not name the author: the
        // heading of names (each opening with a given name or an initial) is the author's line.
        var joint = Build($"""
            <html><head><title>The Joint Work - Prefaces</title></head><body>
            <h2>Karl Writer and Frederick Other</h2>
            <h1>The Joint Work</h1>
            <p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal(("The Joint Work", "Karl Writer and Frederick Other"), (joint.Document.Metadata.Title, joint.Document.Metadata.Author));
        var initials = Build($"""
            <html><head><title>An Obituary</title></head><body>
            <h3>V. I. Writer</h3>
            <h1>Frederick Other</h1>
            <p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal(("Frederick Other", "V. I. Writer"), (initials.Document.Metadata.Title, initials.Document.Metadata.Author));
        // A person's name as the only heading is the text's title (an essay named after its subject).
        var named = Build($"""
            <html><head><title>A Life</title></head><body>
            <h1>Frederick Other</h1>
            <p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal("Frederick Other", named.Document.Metadata.Title);
        Assert.Null(named.Document.Metadata.Author);
    }

    [Fact]
    public void Navigation_the_page_declares_leaves_it_whatever_it_says()
    {
        var book = Build($"""
            <html><head><title>An Essay</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/essays">Essays by the writer</a></li></ul></nav>
            <h1>An Essay</h1>
            <p>{Prose}</p>
            <div role="navigation"><a href="/a">Older essays</a> <a href="/b">Newer essays</a></div>
            </body></html>
            """);
        var body = Body(book);
        Assert.DoesNotContain("Essays by the writer", body);
        Assert.DoesNotContain("Older essays", body);
        Assert.Contains("running prose", body);
        Assert.Contains("Home Essays by the writer", book.Text("EPUB/colophon.xhtml"));
    }

    [Fact]
    public void A_blockquote_that_frames_the_whole_page_is_layout_and_its_headings_stay_chapters()
    {
        // A page set inside a <blockquote> for its margins: the text's own frame, not a quotation
        // (it holds the sections' headings). Read as a quotation, every heading became a line of it.
        var book = Build($"""
            <html><head><title>Prefaces</title></head><body>
            <blockquote><div class="border">
            <h1>The Prefaces</h1>
            <h2>The First Preface</h2>
            <p>{Prose} {Prose}</p>
            <h2>The Second Preface</h2>
            <p>{Prose} {Prose}</p>
            </div></blockquote>
            </body></html>
            """);
        Assert.Equal(["The First Preface", "The Second Preface"], Chapters(book));
        Assert.DoesNotContain("<blockquote", Body(book));
    }

    [Fact]
    public void Signatures_and_dates_set_flush_right_are_no_headings()
    {
        // Each preface closes with its writers and its place and date, right-aligned: short lines a
        // class shares, as headings often are, but a page never sets its headings flush right.
        var prefaces = string.Concat(new[] { "First", "Second", "Third" }.Select(n => $"""
            <h2>The {n} Preface</h2>
            <p>{Prose} {Prose}</p>
            <p class="right"><i>A. Writer and B. Writer</i></p>
            <p style="text-align: right">London, June {n.Length}, 1872</p>

            """));
        var book = Build($"""
            <html><head><title>Prefaces</title></head><body>
            <h1>The Prefaces</h1>
            {prefaces}
            </body></html>
            """);
        Assert.Equal(["The First Preface", "The Second Preface", "The Third Preface"], Chapters(book));
        var body = Body(book);
        Assert.DoesNotContain("<h3", body); // no subheading in a chapter either
        Assert.Contains("London, June 5, 1872", body);
    }

    [Fact]
    public void A_page_that_is_a_list_of_links_keeps_them()
    {
        // An index of a work's chapters, one link a paragraph after its introduction: the page's
        // own text, not chrome (more than a few link rows at an end are a list of links).
        var rows = string.Concat(Enumerable.Range(1, 6).Select(n => $"<p><a href=\"ch{n:00}.htm\">Chapter {n}</a></p>\n"));
        var book = Build($"""
            <html><head><title>A Work</title></head><body>
            <h1>A Work</h1>
            <p>{Prose}</p>
            {rows}
            </body></html>
            """);
        var body = Body(book);
        Assert.All(Enumerable.Range(1, 6), n => Assert.Contains($"Chapter {n}", body));
    }

    [Fact]
    public void A_project_gutenberg_page_loses_its_wrapper_and_gives_its_metadata()
    {
        var book = Build($"""
            <html><head><title>The Project Gutenberg eBook of A Small Treatise, by Ann Author</title></head><body>
            <pre>
            The Project Gutenberg EBook of A Small Treatise, by Ann Author

            This eBook is for the use of anyone anywhere at no cost.

            Title: A Small Treatise

            Author: Ann Author

            Release Date: March 3, 2005 [EBook #12345]

            *** START OF THIS PROJECT GUTENBERG EBOOK A SMALL TREATISE ***
            </pre>
            <p>Produced by Some Volunteers and the Online Distributed Proofreading Team.</p>
            <h1>A SMALL TREATISE.</h1>
            <h2>CHAPTER I.</h2><p>{Prose}</p>
            <h2>CHAPTER II.</h2><p>{Prose}</p>
            <pre>
            End of the Project Gutenberg EBook of A Small Treatise, by Ann Author

            *** END OF THIS PROJECT GUTENBERG EBOOK A SMALL TREATISE ***
            </pre>
            <p>Section 1. General Terms of Use and Redistributing Project Gutenberg-tm electronic works.</p>
            </body></html>
            """);
        var metadata = book.Document.Metadata;
        Assert.Equal(("A Small Treatise", "Ann Author", "2005-03-03"), (metadata.Title, metadata.Author, metadata.Date));
        Assert.Equal(["CHAPTER I.", "CHAPTER II."], Chapters(book));
        var text = Body(book);
        foreach (var debris in new[] { "START OF", "END OF", "Produced by", "Release Date", "General Terms", "A SMALL TREATISE." })
            Assert.DoesNotContain(debris, text);
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What == "the Project Gutenberg header");
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What == "the Project Gutenberg footer and licence");
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_page_that_is_one_part_of_a_book_is_titled_by_the_part_and_belongs_to_the_book()
    {
        var book = Build($"""
            <html><head><title>Ann Author: Collected Essays on Things, Essay 2, 1931</title></head><body>
            <h4>Ann Author</h4>
            <h1>Collected Essays on Things</h1>
            <h3>The Second Essay</h3>
            <hr/>
            <p class="sub"><em>A First Part</em></p><p>{Prose}</p><p>{Prose}</p>
            <p class="sub"><em>A Second Part</em> </p><p>{Prose}</p>
            <p class="footer"><a href="../index.htm">Back to the Collected Essays on Things Table of Contents</a></p>
            </body></html>
            """);
        var metadata = book.Document.Metadata;
        Assert.Equal(("The Second Essay", "Ann Author", "Collected Essays on Things"), (metadata.Title, metadata.Author, metadata.Collection));
        Assert.Equal(["A First Part", "A Second Part"], Chapters(book));
        Assert.Contains("<meta property=\"belongs-to-collection\" id=\"collection\">Collected Essays on Things</meta>", book.Text("EPUB/content.opf"));
        Assert.DoesNotContain("Back to the", Body(book));
        Assert.Contains(book.Document.Provenance.Dropped, d => d.Text.StartsWith("Back to the"));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Captions_stage_directions_speakers_and_credits_a_class_names_and_lines_under_images_are_no_headings()
    {
        // Short, capitalised, alike and a class of their own, as headings of a kind are; but the class says what they are.
        var acts = string.Concat(new[] { "First", "Second", "Third" }.Select(n => $"""
            <h2>The {n} Act</h2>
            <p class="entrance">Enter the King and the Queen.</p>
            <p class="speaker">KING</p><p>{Prose}</p>
            <p class="caption">Fig. {n.Length}. The court at night</p>
            <p class="speaker">QUEEN</p><p>{Prose}</p>
            <p class="stage-direction">Exeunt</p>
            <div class="figcenter"><img src="scene{n.Length}.png" alt="The scene"/><p class="center">The Scene at Court</p></div>
            <p class="author">Ann Writer</p><p class="salutation">Dear Sir,</p><p>{Prose}</p>

            """));
        var book = Build($"""
            <html><head><title>A Play</title></head><body>
            <h1>A Play</h1>
            {acts}
            </body></html>
            """);
        Assert.Equal(["The First Act", "The Second Act", "The Third Act"], Chapters(book));
        var body = Body(book);
        Assert.DoesNotContain("<h3", body);
        Assert.Contains("Enter the King and the Queen.", body);
        Assert.Contains("Fig. 5. The court at night", body);
    }

    [Fact]
    public void Stanzas_broken_with_line_breaks_begin_the_text_and_the_title_the_page_names_heads_it()
    {
        // Songs: each a heading over stanzas whose lines a <br> breaks (every line alone too short
        // to be a sentence), under the page's title and a second heading the <title> does not name.
        var stanza = "<p>The singers gather in the hall at night,<br/>and every voice is raised to sing along;<br/>the chorus rises till the morning light<br/>and no one there forgets the working song.</p>";
        var songs = string.Concat(new[] { "The Field", "The Road", "The Mill", "The Harbour" }.Select(n => $"<h3>{n}</h3>\n{stanza}\n{stanza}\n"));
        var book = Build($"""
            <html><head><title>Songs of the Hall</title></head><body>
            <h1>Songs of the Hall</h1>
            <h2>Sung at the Meetings</h2>
            {songs}
            </body></html>
            """);
        Assert.Equal(["The Field", "The Road", "The Mill", "The Harbour"], Chapters(book));
        Assert.Equal(("Songs of the Hall", "Sung at the Meetings"), (book.Document.Metadata.Title, book.Document.Metadata.Subtitle));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_numeral_alone_over_the_title_joins_it_a_byline_set_as_a_heading_is_the_author_and_a_lone_title_is_a_chapter_too()
    {
        var chapterPage = Build($"""
            <html><head><title>A Larger Work - Chapter VI</title></head><body>
            <h1>VI</h1>
            <h2>The Customs of Other Tribes</h2>
            <p>{Prose}</p>
            <h3>The First Kind</h3><p>{Prose}</p>
            <h3>The Second Kind</h3><p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal("VI. The Customs of Other Tribes", chapterPage.Document.Metadata.Title);
        Assert.Equal(["The First Kind", "The Second Kind"], Chapters(chapterPage));

        var bylined = Build($"""
            <html><head><title>The Problem of Things</title></head><body>
            <h3>By Ann Writer</h3>
            <h1>The Problem of Things</h1>
            <p>{Prose}</p>
            <h2>Questions</h2><p>{Prose}</p>
            <h2>Answers</h2><p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal(("The Problem of Things", "Ann Writer"), (bylined.Document.Metadata.Title, bylined.Document.Metadata.Author));
        Assert.Equal(["Questions", "Answers"], Chapters(bylined));

        // A chapter page whose one heading is its numbered title: the title, and the book's one chapter too.
        var onlyHeading = Build($"""
            <html><head><title>A Larger Work</title></head><body>
            <h3>III.<br/>The Customs of the Clan</h3>
            <p>{Prose}</p><p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal("III. The Customs of the Clan", onlyHeading.Document.Metadata.Title);
        var chapter = Assert.Single(onlyHeading.Document.Sections);
        Assert.Equal(("III", "The Customs of the Clan"), (chapter.Label, Inline.PlainText(chapter.Title)));
    }

    [Fact]
    public void The_pages_own_table_of_contents_leaves_with_its_heading_and_a_list_of_other_pages_stays()
    {
        var chapters = string.Concat(new[] { "I", "II" }.Select(n => $"""<h2><a id="ch{n}"></a>CHAPTER {n}. THE PART NAMED {n}</h2><p>{Prose}</p>"""));
        var book = Build($"""
            <html><head><title>A Book</title></head><body>
            <h1>A Book</h1>
            <p class="bold">CONTENTS.</p>
            <table summary="Contents"><tr><td><a href="#chI">The Part Named I</a></td><td><a href="#Page_1">1</a></td></tr>
            <tr><td><a href="#chII">The Part Named II</a></td><td><a href="#Page_9">9</a></td></tr></table>
            {chapters}
            </body></html>
            """);
        Assert.Equal(["CHAPTER I. THE PART NAMED I", "CHAPTER II. THE PART NAMED II"], Chapters(book));
        var body = Body(book);
        Assert.DoesNotContain("CONTENTS.", body);
        Assert.DoesNotContain("<table", body);
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What.Contains("table of contents", StringComparison.Ordinal));

        var index = Build($"""
            <html><head><title>Writings</title></head><body>
            <h1>Writings</h1>
            <h2>Contents</h2>
            <ul><li><a href="first.htm">The First Essay</a></li><li><a href="second.htm">The Second Essay</a></li></ul>
            <p>{Prose}</p>
            </body></html>
            """);
        Assert.Contains("The Second Essay", Body(index));
    }

    [Fact]
    public void A_class_only_short_lines_have_marks_headings_and_a_class_of_prose_does_not()
    {
        var book = Build($"""
            <html><head><title>Essay</title></head><body>
            <h1>Essay</h1>
            <p class="sub">The Beginning</p><p>{Prose}</p>
            <p class="quote">{Prose}</p><p class="quote">Short quoted words.</p><p class="quote">{Prose}</p>
            <p class="sub">The Middle</p><p>{Prose}</p>
            <p class="sub">The End</p><p>{Prose}</p>
            </body></html>
            """);
        Assert.Equal(["The Beginning", "The Middle", "The End"], Chapters(book));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Centred_lines_under_the_pages_headings_are_sub_headings_and_stacks_credits_and_bylines_are_not()
    {
        var book = Build($"""
            <html><head><title>Readings</title></head><body>
            <h2>READINGS</h2>
            <h3>FIRST ESSAY</h3>
            <h4>A Subtitle of the First Essay</h4>
            <h3>by</h3>
            <h3>Ann Author</h3>
            <p style="text-align: center">1. A Point.</p><p>{Prose}</p>
            <p style="text-align: center"><b>2. Another Point,<br/>Over Two Lines.</b></p><p>{Prose}</p>
            <h3>SECOND ESSAY</h3>
            <p style="text-align: center">The Only Part</p><p>{Prose}</p>
            <p style="text-align: center">A PUBLISHER</p>
            <p style="text-align: center">12 Long Street, Some City 10</p>
            <p style="text-align: center">Cover design by Bob Drawer</p>
            </body></html>
            """);
        Assert.Equal(["FIRST ESSAY", "SECOND ESSAY"], Chapters(book));
        var first = book.Text("EPUB/chapter-1.xhtml");
        Assert.Contains("<h3>1. A Point.</h3>", first);
        Assert.Contains("<h3>2. Another Point, Over Two Lines.</h3>", first);
        Assert.Contains("<p>by Ann Author</p>", first);
        Assert.Contains("<p>A Subtitle of the First Essay</p>", first);
        var second = book.Text("EPUB/chapter-2.xhtml");
        Assert.Contains("<h3>The Only Part</h3>", second);
        Assert.Contains("<p>A PUBLISHER</p>", second);
        Assert.DoesNotContain("<h3>Cover design", second);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Theory]
    [InlineData("Top of the page")]
    [InlineData("Back to the top of the page")]
    [InlineData("^ Top")]
    [InlineData("Go to contents")]
    public void A_link_back_up_the_page_leaves_whatever_words_it_takes(string wording)
    {
        // A long page's way back up, set after each chapter in a paragraph of its own: the book's
        // navigation does its work, and the words would read as a stray line between chapters.
        var book = Build($"""
            <html><head><title>Long Page</title></head><body id="top">
            <h1>Long Page</h1>
            <h2>CHAPTER THE FIRST</h2>
            <p>The first chapter's sentence runs on as prose does, long enough to be read as text.</p>
            <p class="skip"><a href="#top">{wording}</a></p>
            <h2>CHAPTER THE SECOND</h2>
            <p>The second chapter's sentence runs on as prose does, long enough to be read as text.</p>
            <p class="skip"><a href="#top">{wording}</a></p>
            </body></html>
            """);
        Assert.Equal(["CHAPTER THE FIRST", "CHAPTER THE SECOND"], Chapters(book));
        Assert.DoesNotContain(wording.TrimStart('^', ' '), Body(book));
    }

    [Fact]
    public void A_row_of_links_between_separators_leaves_even_with_a_way_back_up_the_page()
    {
        // "Previous Chapter | Table of Contents | Next Chapter" over and under the text, and a
        // footer whose last link leads back up the page: the site's chrome, whatever stands between.
        var book = Build("""
            <html><head><title>Prices and Profits</title></head><body>
            <h1>Prices and Profits</h1>
            <p class="toc"><a href="ch02.htm">Previous Chapter</a> | <a href="index.htm">Table of Contents</a> | <a href="ch04.htm">Next Chapter</a></p>
            <h2>THE WORKING DAY</h2>
            <p>What the worker produces in a day is another matter entirely, and the whole history of the working day is a quarrel over its size.</p>
            <h2>THE WAGE</h2>
            <p>A trade union cannot abolish this relation, but it can alter its terms, and that is no small thing for those who work.</p>
            <p class="toc"><a href="ch02.htm">Previous Chapter</a> | <a href="index.htm">Table of Contents</a> | <a href="ch04.htm">Next Chapter</a></p>
            <p class="footer"><a href="../index.htm">Writer Archive</a> &nbsp;|&nbsp; <a href="index.htm">Collected Essays</a> &nbsp;|&nbsp; <a href="#top">Top of page</a></p>
            </body></html>
            """);
        Assert.Equal(["THE WORKING DAY", "THE WAGE"], Chapters(book));
        Assert.DoesNotContain("Next Chapter", Body(book));
        Assert.DoesNotContain("Writer Archive", Body(book));
    }

    [Fact]
    public void Paragraphs_wholly_in_bold_are_a_kind_of_their_own_and_head_sections()
    {
        // A hand-made page's headings: <p><b>…</b></p>, with no class, among plain paragraphs.
        var book = Build("""
            <html><head><title>Organising a Building</title></head><body>
            <h1>Organising a Building</h1>
            <p><b>Getting Started</b></p>
            <p>Most tenants' associations begin with a single complaint that everyone shares, and a meeting in someone's kitchen.</p>
            <p><b>Holding the First Meeting</b></p>
            <p>Keep the first meeting short and practical: agree on one demand, one date and one person to write the letter.</p>
            </body></html>
            """);
        Assert.Equal(["Getting Started", "Holding the First Meeting"], Chapters(book));
    }

    [Fact]
    public void Bold_terms_questions_and_an_entry_s_lead_line_are_no_headings()
    {
        // Bold set for other work than headings: a glossary's terms, a list of questions with their
        // label, the date leading an entry of a calendar in the same paragraph as its text.
        var book = Build("""
            <html><head><title>The Allotment News</title></head><body>
            <h1>The Allotment News</h1>
            <dl><dt><b>Branch line</b></dt><dd>A secondary railway line that leaves the main line.</dd>
            <dt><b>Signal box</b></dt><dd>The building from which the signals and points are worked.</dd></dl>
            <p><b>Q. Do I have to be a member to shop?</b></p>
            <p>No, anyone may shop at the co-op, though members pay a little less for everything they buy there.</p>
            <p><b>Q. How much work is involved?</b></p>
            <p>Members give two hours a month, on the shop floor, in the office or driving the van to the farms.</p>
            <p><b>Saturday, June 14</b><br>Work day, nine to noon. Bring gloves; we will be turning the compost.</p>
            <p><b>Sunday, June 22</b><br>Open garden for the neighbours, with tea and cakes at the shed from two.</p>
            </body></html>
            """);
        Assert.Empty(Chapters(book));
        Assert.Contains("Signal box", Body(book));
    }

    [Theory]
    [InlineData("Orchard Street Garden | Growing Peppers", "Growing Peppers")]
    [InlineData("Orchard Street Garden :: Growing Peppers", "Growing Peppers")]
    [InlineData("Orchard Street Garden » Blog Archive » Growing Peppers", "Growing Peppers")]
    [InlineData("Peppers - Orchard Street Garden", "Peppers")]
    [InlineData("Growing Peppers: A Northern Guide", "Growing Peppers: A Northern Guide")]
    public void A_pages_title_leaves_the_site_s_name_its_front_page_link_gives(string pageTitle, string title)
    {
        // No heading names the piece: its <title> does, with the site's name before or after it,
        // which the page links to the site's front page. A colon sets off a subtitle and stays.
        var book = Build($"""
            <html><head><title>{pageTitle}</title></head><body>
            <p><a href="index.html">Orchard Street Garden</a></p>
            <p>The peppers went in late this year, after the frost in May, and most of them did better for the wait than we had feared.</p>
            <p>Cover them at night until June and water them at the root in the morning, never in the heat of the afternoon.</p>
            </body></html>
            """);
        Assert.Equal(title, book.Document.Metadata.Title + (book.Document.Metadata.Subtitle is string subtitle ? ": " + subtitle : ""));
    }

    [Fact]
    public void An_editor_s_placeholder_title_is_no_title()
    {
        var book = Build("""
            <html><head><title>Untitled Document</title></head><body>
            <p>The peppers went in late this year, after the frost in May, and most of them did better for the wait than we had feared.</p>
            </body></html>
            """);
        Assert.NotEqual("Untitled Document", book.Document.Metadata.Title);
    }

    [Fact]
    public void Superscript_numbers_with_no_links_cite_the_notes_their_paragraphs_open_with()
    {
        // A hand-made page's notes: <sup>1</sup> in the text, and under a rule each note's
        // paragraph opening with its own <sup>1</sup>. A square metre's 2 is no reference.
        var book = Build("""
            <html><head><title>Building a Cob Wall</title></head><body>
            <h1>Building a Cob Wall</h1>
            <p>The wall encloses an area of about 40 m<sup>2</sup>, and it took a summer of weekends to raise it.<sup>1</sup></p>
            <p>Doubling the height doubles the earth you need, whatever the neighbours said at the time.<sup>2</sup></p>
            <hr>
            <p><sup>1</sup> Mostly subsoil from the pond we dug the year before.</p>
            <p><sup>2</sup> A friend insisted otherwise until we measured it.</p>
            </body></html>
            """);
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.StartsWith("Mostly subsoil", followed[0].NoteText);
        Assert.StartsWith("A friend insisted", followed[1].NoteText);
        Assert.Contains("40 m<sup>2</sup>", string.Concat(book.TextDocuments().Select(book.Text)));
    }

    [Fact]
    public void Asides_in_brackets_sharing_a_class_are_no_headings()
    {
        // A speech's "(Applause.)" set in the same paragraph class each time: stage directions, not sections.
        var book = Build("""
            <html><head><title>Speech at the Gala</title></head><body>
            <h1>Speech at the Gala</h1>
            <p>Brothers and sisters, I have been asked to speak for ten minutes, and I will try to keep to that today.</p>
            <p class="fst">(Applause.)</p>
            <p>Nobody handed us that contract. We won it on the night shift, one conversation at a time, across the county.</p>
            <p class="fst">(Cries of "Shame!")</p>
            <p>We answered with the only thing we had, which was each other, and two hundred people wore the badge next morning.</p>
            </body></html>
            """);
        Assert.Empty(Chapters(book));
        Assert.Contains("(Applause.)", Body(book));
    }

    [Fact]
    public void Page_numbers_become_page_breaks_with_a_page_list_and_links_back_to_the_contents_go()
    {
        var book = Build($"""
            <html><head><title>Paged</title></head><body>
            <h1>Paged</h1>
            <h2>CHAPTER<br/>THE FIRST</h2><span class="totoc"><a href="#toc">ToC</a></span>
            <p>The sentence runs on over<span class="pagenum"><a name="Page_2" id="Page_2">[Pg 2]</a></span> a page break, as printed books do.</p>
            <h2>CHAPTER THE SECOND</h2><span class="totoc"><a href="#toc">ToC</a></span>
            <p>Another page<span>[Pg 3]</span> break here, and the text goes on as prose does.</p>
            </body></html>
            """);
        Assert.Equal(["CHAPTER THE FIRST", "CHAPTER THE SECOND"], Chapters(book));
        var text = Body(book);
        Assert.DoesNotContain("[Pg", text);
        Assert.DoesNotContain("ToC", text);
        Assert.Contains("runs on over<span id=\"page-2\" epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"2\" /> a page break", text);
        var nav = book.Text("EPUB/toc.xhtml");
        Assert.Contains("<nav id=\"page-list\" epub:type=\"page-list\" hidden=\"hidden\">", nav);
        Assert.Contains("<a href=\"chapter-1.xhtml#page-2\">2</a>", nav);
        Assert.Contains("<a href=\"chapter-2.xhtml#page-3\">3</a>", nav);
        var opf = book.Text("EPUB/content.opf");
        Assert.Contains("<meta property=\"schema:accessibilityFeature\">pageBreakMarkers</meta>", opf);
        Assert.Contains("<meta refines=\"#pagination-source\" property=\"source-of\">pagination</meta>", opf);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_note_set_after_its_anchor_outside_it_is_linked_and_the_notes_heading_goes()
    {
        var book = Build($"""
            <html><head><title>Tract</title></head><body>
            <h1>Tract</h1>
            <div class="quote"><p>A quoted speech says so.<a name='FNanchor_A_1'></a><a href='#Footnote_A_1'>[A]</a> And it goes on.</p>
            <a name='Footnote_A_1'></a><a href='#FNanchor_A_1'>[A]</a><div class='note'>See also the letter.</div></div>
            <p>{Prose}</p>
            <p>Another claim.<a name='FNanchor_A_2'></a><a href='#Footnote_A_2'>[A]</a></p>
            <p>FOOTNOTES:</p>
            <div class="footnote"><a name='Footnote_A_2'></a><a href='#FNanchor_A_2'>[A]</a> The second note.</div>
            </body></html>
            """);
        var followed = NoteLinks.Follow(book);
        Assert.Equal(2, followed.Count);
        Assert.Contains("See also the letter.", followed[0].NoteText);
        var text = Body(book);
        Assert.DoesNotContain("FOOTNOTES:", text);
        Assert.DoesNotContain(">[A]<", text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>
    /// Project Gutenberg's other note layout: the target anchor alone in a block of its own, the
    /// note in the block after it, opening with its number and a "(return)" link, its text in
    /// brackets; the reference a bare number glued to the word before it.
    /// </summary>
    [Fact]
    public void A_note_in_the_block_after_its_anchor_is_linked_and_its_return_link_and_brackets_go()
    {
        var book = Build($"""
            <html><head><title>Essays</title></head><body>
            <h1>Essays</h1><h2>CHAPTER I. THE ROAD</h2>
            <p>The road was older than its predecessors.<a href="#linknote-1" name="linknoteref-1" id="linknoteref-1"><small>1</small></a> {Prose}</p>
            <p>It turned north.<a href="#linknote-2" id="linknoteref-2">2</a></p>
            <p><a name="linknote-1" id="linknote-1"><!-- Note --></a></p>
            <p class="foot">1 (<a href="#linknoteref-1">return</a>)<br /> [ The first road was laid by surveyors. ]</p>
            <p><a id="linknote-2"><!-- Note --></a></p>
            <p class="foot"><a href="#linknoteref-2">2 (return)</a><br /> [ See the map of the roads. ]</p>
            </body></html>
            """); // the second note's link back holds its number too
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.Equal("The first road was laid by surveyors.", followed[0].NoteText.Replace("\u21A9\uFE0E", "").Trim());
        Assert.Equal("See the map of the roads.", followed[1].NoteText.Replace("\u21A9\uFE0E", "").Trim());
        var text = Body(book);
        Assert.DoesNotContain("return", text);
        Assert.DoesNotContain("predecessors.1", text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>One footnote block for all the page's notes, each its own paragraph with its own anchor: each is its own note.</summary>
    [Fact]
    public void Notes_sharing_one_footnote_block_stay_separate_notes()
    {
        var book = Build($"""
            <html><head><title>Sermons</title></head><body>
            <h1>Sermons</h1><h2>The First Sermon</h2>
            <p>He spoke of the harvest<a id="fnref1" href="#fn1"><sup>1</sup></a> and of the rain.<a id="fnref2" href="#fn2"><sup>2</sup></a> {Prose}<a id="fnref3" href="#fn3"><sup>3</sup></a></p>
            <div class="footnote">
            <p><a name="fn1" id="fn1"></a><a href="#fnref1">[1]</a> The harvest was the largest in memory.</p>
            <p><a name="fn2" id="fn2"></a><a href="#fnref2">[2]</a> It rained for forty days.</p>
            <p><a name="fn3" id="fn3"></a><a href="#fnref3">[3]</a> Some wrote down what he said.</p>
            </div></body></html>
            """);
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Equal(3, followed.Select(f => f.NoteId).Distinct().Count());
        Assert.StartsWith("It rained for forty days.", followed[1].NoteText);
        // The page's only chapter heading is a chapter, not a paragraph.
        Assert.Contains("The First Sermon", book.Text("EPUB/toc.xhtml"));
    }

    /// <summary>
    /// A page with everything the reader makes of markup (collection, sub-headings, page breaks,
    /// notes) passes Ace, in each target's build: the Kobo and Kindle transforms rewrite the same
    /// kinds of element (sentences, references, notes), and a small book checks them as well as a
    /// long one at a fraction of Ace's time (about a second per document).
    /// </summary>
    [Theory]
    [InlineData(BookTarget.Epub)]
    [InlineData(BookTarget.Kobo)]
    [InlineData(BookTarget.Kindle)]
    public async Task A_page_book_with_page_breaks_sub_headings_and_notes_passes_ace(BookTarget target)
    {
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes($"""
            <html><head><title>Ann Author: Collected Essays, Essay 1</title></head><body>
            <h4>Ann Author</h4><h1>Collected Essays</h1><h3>The First Essay</h3>
            <h2>PART ONE</h2>
            <p style="text-align: center">1. A Point.</p>
            <p>{Prose}<span class="pagenum">[Pg 2]</span> It cites a source.<a id="f1" href="#b1">[1]</a></p>
            <p style="text-align: center">2. Another Point.</p><p>{Prose}</p>
            <h2>PART TWO</h2><p>{Prose}</p>
            <h3>Notes</h3>
            <p class="endnote"><a id="b1" href="#f1">1.</a> The source, page 4.</p>
            </body></html>
            """), "page.html", target: target);
        Assert.Empty(EpubCheck.Messages(book.Path));
        var violations = await NodeTools.AceViolations(book.Path);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Images_beside_the_page_are_packaged_and_others_stand_as_their_text_with_a_warning()
    {
        var folder = Temp.Folder("epub-images-");
        Directory.CreateDirectory(Path.Combine(folder, "pics"));
        File.WriteAllBytes(Path.Combine(folder, "pics", "square.png"), Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var page = $"""
            <html><head><title>Pictures</title></head><body><h1>Pictures</h1>
            <p>{Prose}</p>
            <div class="figcenter"><img src="pics/square.png" alt="A small square"/></div>
            <p>{Prose}<img src="http://example.com/x.png" alt="A remote one"/></p>
            <img src="missing.gif" alt="A missing one"/><img src="../outside.png" alt="Outside"/><img src="pics/square.png" alt="The square again"/>
            </body></html>
            """;
        var diagnostics = new Diagnostics("page.html");
        var options = new ConvertOptions { SourceFolder = folder };
        var document = Pipeline.Default.Read(Encoding.UTF8.GetBytes(page), "page.html", options, diagnostics);
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(page), "page.html", options);
        Assert.Single(document.Resources); // one file, used twice
        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == DiagnosticCode.ImageNotPackaged));
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCode.ImageNotPackaged && d.Message.Contains("remote"));
        var text = Body(book);
        Assert.Contains("<img src=\"images/image-1.png\" alt=\"A small square\" />", text);
        Assert.Contains("[Image: A missing one]", text);
        Assert.DoesNotContain("example.com", text);
        Assert.DoesNotContain("outside.png", text);
        Assert.Contains(book.Entries(), e => e.Name == "EPUB/images/image-1.png");
        Assert.Contains("media-type=\"image/png\"", book.Text("EPUB/content.opf"));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Quotations_and_data_tables_stay_as_such_and_a_layout_table_does_not()
    {
        var book = Build($"""
            <html><head><title>Kept</title></head><body><h1>Kept</h1>
            <p>{Prose}</p>
            <blockquote><p>A quoted paragraph.</p><p>And its second paragraph.</p></blockquote>
            <p class="quote">A quotation marked by its class.</p>
            <table><tr><th>Year</th><th>Votes</th></tr><tr><td>1850</td><td>Yeas 27</td></tr></table>
            <table><tr><td><p>{Prose}</p><p>A layout table holds paragraphs.</p></td></tr><tr><td><h2>Not data</h2></td></tr></table>
            </body></html>
            """);
        var text = Body(book);
        Assert.Contains("<blockquote>", text);
        Assert.Matches(@"<blockquote>\s*<p>A quoted paragraph.</p>\s*<p>And its second paragraph.</p>\s*</blockquote>", text);
        Assert.Matches(@"<blockquote>\s*<p>A quotation marked by its class.</p>", text);
        Assert.Matches(@"<tr>\s*<th>Year</th>\s*<th>Votes</th>\s*</tr>\s*<tr>\s*<td>1850</td>", text);
        Assert.Contains("<p>A layout table holds paragraphs.</p>", text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Utf8_encoded_twice_is_repaired_with_a_warning()
    {
        var book = Build("<html><head><title>Songs</title></head><body><h1>Songs</h1>\n<p>The yarav\u00C3\u00ADes of Ag\u00C3\u00BCero, and don\u00E2\u20AC\u2122t forget caf\u00E9.</p></body></html>");
        Assert.Contains("The yarav\u00EDes of Ag\u00FCero, and don\u2019t forget caf\u00E9.", Body(book));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.DoubleEncodingRepaired && d.Line == 2);
    }

    [Fact]
    public void A_small_pre_stays_preformatted_and_a_text_file_in_a_pre_is_read_as_plain_text()
    {
        var table = Build($"""
            <html><head><title>Votes</title></head><body><h1>Votes</h1><p>{Prose}</p>
            <pre>
            YEAS    27      NAYS    12
            "Quoted" -- as typed
            </pre><p>{Prose}</p></body></html>
            """);
        Assert.Contains("<pre>YEAS    27      NAYS    12\n\"Quoted\" -- as typed</pre>", Body(table));

        var chapters = string.Join("\n\n", Enumerable.Range(1, 3).Select(n => $"CHAPTER {n}\n\n{Prose}\nIt says more here.[{n}]\n\n{Prose}"));
        var wrapped = Build($"<html><head><title>A Wrapped Text</title></head><body><pre>\nA Wrapped Text\n\nby Ann Author\n\n{chapters}\n\nNOTES\n\n[1] The first note.\n[2] The second note.\n[3] The third note.\n</pre></body></html>");
        Assert.Equal(["CHAPTER 1", "CHAPTER 2", "CHAPTER 3"], wrapped.Document.Sections.Select(s => s.Label is null ? Inline.PlainText(s.Title) : $"CHAPTER {s.Label}").ToList());
        Assert.Equal(3, NoteLinks.Follow(wrapped).Count);
        Assert.Equal("Ann Author", wrapped.Document.Metadata.Author);
        Assert.Empty(EpubCheck.Messages(wrapped.Path));
    }

    [Theory]
    [InlineData("strike.txt")]
    [InlineData("STRIKE.TXT")]
    [InlineData("strike.html")]
    public void A_text_file_in_a_pre_titled_with_the_files_name_takes_its_title_from_its_title_block(string fileName)
    {
        var chapters = string.Join("\n\n", Enumerable.Range(1, 3).Select(n => $"{n}. THE {(n == 1 ? "WALKOUT" : n == 2 ? "COMMITTEE" : "SETTLEMENT")}\n\n{Prose}\n\n{Prose}"));
        var wrapped = Build($"<html><head><title>{fileName}</title></head><body><pre>\n                 THE PEMBERTON STRIKE\n\n                  by Ann Author\n\n\n{chapters}\n</pre></body></html>");
        Assert.Equal("The Pemberton Strike", wrapped.Document.Metadata.Title, ignoreCase: true);
        Assert.Equal("Ann Author", wrapped.Document.Metadata.Author);
    }

    [Fact]
    public void A_line_break_inside_emphasis_ends_the_line_and_glues_no_words()
    {
        var book = Build($"""
            <html><head><title>The Co-op</title></head><body><h2>The Co-op</h2>
            <p><i>by Samuel Okoro<br>June 14, 2001</i></p>
            <p>{Prose}</p>
            <blockquote><p><i>Roses are red<br>
            Violets are <em>blue</em><br/>The co-op is ours</i></p></blockquote>
            <p>{Prose}</p></body></html>
            """);
        Assert.Equal("Samuel Okoro", book.Document.Metadata.Author);
        var body = Body(book);
        Assert.Contains("<i>Roses are red</i>", body);
        Assert.Contains("<i>The co-op is ours</i>", body);
        Assert.DoesNotContain("redViolets", body);
        Assert.DoesNotContain("blueThe", body);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_page_titled_with_a_name_and_a_stop_keeps_it()
    {
        var book = Build($"<html><head><title>Notes on St. Paul</title></head><body><p>{Prose}</p><p>{Prose}</p></body></html>");
        Assert.Equal("Notes on St. Paul", book.Document.Metadata.Title);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_read_in_its_declared_charset()
    {
        var page = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=koi8-r\"><title>T</title></head><body><h1>T</h1><p>\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440.</p></body></html>";
        var bytes = System.Text.Encoding.GetEncoding("koi8-r").GetBytes(page);
        var book = BuiltBook.Build(bytes, "koi8.html");
        Assert.Contains("\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440.", Body(book));
        Assert.Equal("koi8-r", book.Document.Provenance.SourceEncoding);
    }
}
