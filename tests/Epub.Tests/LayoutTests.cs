using System.Text;
using Epub.Model;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// The wrappers and hand-made markup of archived plain texts, one synthetic text of our own per
/// convention: mail and news headers, Project Gutenberg's header and licence, underlined
/// headings and rules, emphasis with asterisks and underscores, a stray NUL.
/// </summary>
public sealed class LayoutTests
{
    private static BuiltBook Build(string text, string name = "layout.txt") => BuiltBook.Build(Encoding.UTF8.GetBytes(text), name);

    private static string BodyText(BuiltBook book) =>
        string.Join("\n", book.Document.Paragraphs().Select(p => p.Paragraph.PlainText).Concat(book.Document.Sections.Select(s => Inline.PlainText(s.Title))));

    [Fact]
    public void Usenet_headers_leave_the_text_and_give_title_author_and_date()
    {
        const string text = """
            Article 42 of comp.example:
            Path: host!other!news
            From: someone@example.org (Pat Example)
            Newsgroups: comp.example
            Subject: Re: On keeping archives
            Message-ID: <1@example.org>
            Date: 3 Feb 93 10:00:00 GMT
            Lines: 12

            Archives are kept by people who care about the texts in them, and they keep
            them in whatever shape the texts arrived in, headers and all, for decades.

            That is why a converter has to know what a header looks like, and leave it out.
            """;
        var book = Build(text);
        Assert.Equal("On keeping archives", book.Document.Metadata.Title);
        Assert.Equal("Pat Example", book.Document.Metadata.Author);
        Assert.Equal("1993-02-03", book.Document.Metadata.Date);
        var body = BodyText(book);
        Assert.DoesNotContain("Message-ID", body);
        Assert.DoesNotContain("Article 42", body);
        Assert.StartsWith("Archives are kept", body);
        Assert.Contains("the message headers (8 lines from line 1)", book.Text("EPUB/colophon.xhtml"));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.WrapperRemoved && d.Line == 1);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_text_that_merely_mentions_a_field_keeps_its_first_lines()
    {
        const string text = """
            Notes From a Meeting

            Subject: the budget, which we discussed at length without agreeing on anything.

            The meeting ran late, as meetings do, and nobody was surprised by the outcome.
            """;
        var book = Build(text);
        Assert.Equal("Notes From a Meeting", book.Document.Metadata.Title);
        Assert.Contains("Subject: the budget", BodyText(book));
    }

    [Fact]
    public void Project_Gutenberg_header_and_licence_leave_the_text_and_give_title_and_author()
    {
        const string text = """
            The Project Gutenberg EBook of A Small Book, by Some Author

            This eBook is for the use of anyone anywhere at no cost.

            Title: A Small Book

            Author: Some Author

            Release Date: March 3, 2004 [EBook #99999]

            *** START OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***




            Produced by Volunteers of a Distributed Project





            A SMALL BOOK

            CHAPTER I

            The first chapter begins here, and it is prose of a length that reads as prose.

            CHAPTER II

            The second chapter follows, and it too is prose, not a heading of any kind at all.

            End of the Project Gutenberg EBook of A Small Book, by Some Author

            *** END OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***

            Updated editions will replace the previous one--the old editions will be renamed.
            START: FULL LICENSE
            """;
        var book = Build(text);
        Assert.Equal("A Small Book", book.Document.Metadata.Title);
        Assert.Equal("Some Author", book.Document.Metadata.Author);
        var body = BodyText(book);
        foreach (var debris in new[] { "START OF THIS", "END OF THIS", "Produced by", "FULL LICENSE", "Release Date", "End of the Project" })
            Assert.DoesNotContain(debris, body);
        Assert.Contains("The second chapter follows", body);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Underlined_lines_are_headings_and_rules_are_not_text()
    {
        const string text = """
            A Title Of The Essay

            The opening words of the essay, which stand before any heading in the text.

            The First Part
            ==============

            Prose of the first part, long enough to be a paragraph and not a heading.

            -----------------------------------------------

            The Second Part
            ===============

            Prose of the second part, long enough to be a paragraph and not a heading.
            """;
        var book = Build(text);
        Assert.Equal(["The First Part", "The Second Part"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.DoesNotContain("===", BodyText(book));
        Assert.DoesNotContain("---", BodyText(book));
    }

    [Theory]
    [InlineData("He read *Das Kapital* twice.", "Das Kapital")]
    [InlineData("The book _Manifesto_[1] is short.", "Manifesto")]
    [InlineData("It was *very* late.", "very")]
    public void Asterisks_and_underscores_around_words_are_emphasis(string line, string emphasised)
    {
        var document = Build($"A Title\n\n{line}\n\nAnother paragraph of text that is long enough to be prose.\n").Document;
        var emphasis = document.Paragraphs().SelectMany(p => p.Paragraph.Inlines).OfType<Emphasis>().Single();
        Assert.Equal(emphasised, Inline.PlainText(emphasis.Inlines));
    }

    [Theory]
    [InlineData("Write to first_name_last@example.org or see http://example.org/a_b_c for more.")]
    [InlineData("A snake_case_name and 2 * 3 * 4 are no emphasis.")]
    [InlineData("A rule of stars ***** in a line.")]
    public void Underscores_and_asterisks_inside_words_addresses_and_sums_stay_text(string line)
    {
        var document = Build($"A Title\n\n{line}\n\nAnother paragraph of text that is long enough to be prose.\n").Document;
        Assert.Empty(document.Paragraphs().SelectMany(p => p.Paragraph.Inlines).OfType<Emphasis>());
    }

    [Fact]
    public void A_stray_nul_and_a_form_feed_do_not_make_a_text_binary()
    {
        var text = "A Title\n\nA paragraph of text.\0 It goes on after a broken byte.\n\f\nA second page of the text.\n";
        var book = Build(text);
        Assert.Contains("It goes on after a broken byte", BodyText(book));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.ControlCharacters && d.Line == 3);
    }

    [Fact]
    public void Continued_postings_part_markers_and_a_board_advert_leave_the_text()
    {
        const string text = """
            A Posting In Two Parts

            The first part of the posting is prose, long enough to be a paragraph of the text.

            ---Continued in part 2 ---

            Newsgroups: alt.example
            Subject: A posting, part 2
            Lines: 40

            ----part 2 continued ----

            The second part goes on with the argument, in prose, as the first one did before it.

            END: PART2

            ==============================================
            | Call these fine boards:                    |
            | The Example Board           (555)-555-0100 |
            | Another Board                 555/555-0199 |
            ==============================================
            """;
        var book = Build(text);
        var body = BodyText(book);
        foreach (var debris in new[] { "Continued in part 2", "Newsgroups", "part 2 continued", "END: PART2", "fine boards", "555" })
            Assert.DoesNotContain(debris, body);
        Assert.Contains("The second part goes on", body);
        var colophon = book.Text("EPUB/colophon.xhtml");
        Assert.Contains("message headers", colophon);
        Assert.Contains("advert", colophon);
    }

    [Fact]
    public void An_outline_with_hanging_indents_gives_its_headings()
    {
        const string text = """
            A Memorandum

            The memorandum opens with prose that is long enough to be a paragraph of its own, and that
            goes on over a second line as prose does.

            I.   THE FIRST ARGUMENT OF THE MEMORANDUM, WHICH RUNS OVER
                 TWO LINES OF THE PAGE

            Prose under the first argument, long enough to be a paragraph and not a heading at all.

                 A.   A Point Under the First Argument

            Prose under the point, long enough to be a paragraph and not a heading at all, either.

            II.  THE SECOND ARGUMENT

            Prose under the second argument, long enough to be a paragraph and not a heading.
            """;
        var book = Build(text);
        Assert.Equal(
            ["THE FIRST ARGUMENT OF THE MEMORANDUM, WHICH RUNS OVER TWO LINES OF THE PAGE", "A Point Under the First Argument", "THE SECOND ARGUMENT"],
            book.Document.Sections.Select(s => System.Text.RegularExpressions.Regex.Replace(Inline.PlainText(s.Title), @"\s+", " ")));
        Assert.Equal(["I", "A", "II"], book.Document.Sections.Select(s => s.Label));
    }

    /// <summary>
    /// A report's outline as typewriters left it: a long numeral with one space whose lines hang
    /// under its title, an item typed right under a quotation with no blank line, items in
    /// parentheses, a title-cased heading ending with a full stop; a numbered list inside the
    /// text (items in sequence, nothing between them) stays a list, and a lone outline-shaped line
    /// is no outline.
    /// </summary>
    [Fact]
    public void An_outline_typed_in_many_ways_gives_its_headings_and_not_its_lists()
    {
        const string text = """
            A Report

            The report opens with prose that is long enough to be a paragraph of its own, and that
            goes on over a second line as prose does, to the width of the page it was typed on.

            III. THE THIRD ARGUMENT OF THE REPORT, WHICH RUNS OVER
                 TWO LINES OF THE PAGE

            Prose under the third argument, long enough to be a paragraph and not a heading at all,
            and wrapped at the width of the page like the rest of the text of this report.
                 "A quotation indented under the prose, which the writer ended
                 right above the next item of the outline."
                 A.   A Point Typed Right Under the Quotation

            Prose under the point, long enough to be a paragraph and not a heading at all, either,
            and wrapped at the width of the page like the rest of the text of this report. The
            contract had two parts:

                 1.   To build the software for the larger offices
                      of the service

                 2.   To build other software for the smaller offices.

            The list is followed by prose long enough to be a paragraph, wrapped like the rest of
            the text of this report, and closing the point.

                      (a)  Someone Named in the Report

            Prose about the person named, long enough to be a paragraph and not a heading at all.

                      (b)  The Question of Who Wrote the
                           Memorandum, and When.

            Prose about the memorandum, long enough to be a paragraph and not a heading at all.
            """;
        var book = Build(text);
        Assert.Equal(
            ["THE THIRD ARGUMENT OF THE REPORT, WHICH RUNS OVER TWO LINES OF THE PAGE", "A Point Typed Right Under the Quotation",
             "(a) Someone Named in the Report", "(b) The Question of Who Wrote the Memorandum, and When."],
            book.Document.Sections.Select(s => System.Text.RegularExpressions.Regex.Replace(Inline.PlainText(s.Title), @"\s+", " ")));
        Assert.Contains("To build the software for the larger offices of the service", BodyText(book));
    }

    /// <summary>
    /// A text with one line per paragraph (no wrap width of its own) whose titles were centred on
    /// an 80-column screen, each with a centred byline under it, as a magazine's issue is.
    /// </summary>
    [Fact]
    public void Titles_centred_on_the_screen_head_a_text_without_wrapping()
    {
        static string Centred(string line) => new string(' ', (80 - line.Length) / 2) + line;
        var rule = " " + new string('_', 78);
        var paragraph = string.Concat(Enumerable.Repeat("The article's text runs on one long line, as a word processor saved it, with no wrapping at all; ", 5));
        var text = string.Join('\n',
            Centred("A Magazine"), Centred("first edition"), "", rule, "Editor's note: " + paragraph, "", rule, "",
            Centred("The First Article"), Centred("by One Writer"), "", "\t" + paragraph, "\t" + paragraph, "", rule, "",
            Centred("A Second Article Here"), Centred("by Another Writer"), "", "\t" + paragraph, "\t" + paragraph);
        var book = Build(text);
        Assert.Equal(["The First Article", "A Second Article Here"], book.Document.Sections.Select(s => Inline.PlainText(s.Title).Trim()));
    }

    /// <summary>
    /// Sections titled on the line right above a paragraph that starts with a first-line indent
    /// (no blank line between), in a text that also heads its parts in capitals and its reprinted
    /// articles with a byline; a verse indented line by line is no such title.
    /// </summary>
    [Fact]
    public void Titles_over_indented_paragraphs_and_bylined_titles_are_headings()
    {
        const string text = """
            A Collection of Reprints

            The collection opens with prose long enough to be a paragraph, wrapped at the width of
            the page as the rest of the collection is, so that the page has a width to measure.

            THE FIRST PART

            Prose of the first part, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the text, and closing the part's opening remarks in a sentence.

            THE SECOND PART

            Prose of the second part, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the text, and introducing the article that follows it below.

                                            An Article Reprinted Here
                                                   Ann Writer

                 The article opens with its own prose, long enough to be a paragraph and wrapped
            at the width of the page; its first line is indented as the writer's paragraphs are.

            The Emergency
                 In time of war the powers of the office grow, and the text goes on about them at
            length, wrapped at the width of the page as prose is, with a first-line indent.

            The War at Home
                 It is too early to know all of the orders issued in the name of the war, and the
            text goes on about them at length, wrapped at the width of the page as prose is.

                           Ne'er suffer thine eyes to close
                                Before thy mind hath run
                           O'er every act and thought and word,
                                From dawn to set of sun.

            ANOTHER ARTICLE
            by Someone Else

            The other article's prose, long enough to be a paragraph, wrapped at the width of the
            page like the rest of the text, and closing the collection with a last sentence.
            """;
        var book = Build(text);
        Assert.Equal(
            ["THE FIRST PART", "THE SECOND PART", "An Article Reprinted Here", "The Emergency", "The War at Home", "ANOTHER ARTICLE"],
            book.Document.Sections.Select(s => Inline.PlainText(s.Title).Trim()));
        // inspect says why each is a heading.
        Assert.Equal(
            ["a line in capitals", "a line in capitals", "a title over its author's line", "a title over an indented paragraph", "a title over an indented paragraph", "a title over its author's line"],
            book.Document.Sections.Select(s => s.Evidence));
    }

    /// <summary>
    /// A zine's items boxed between rules, numbered in parentheses and partly in mixed case
    /// ("(01)    column: WHAT'S UP?"): headings, by the writer's own mark, and never a list of notes.
    /// </summary>
    [Fact]
    public void Items_boxed_between_rules_are_headings_not_notes()
    {
        const string text = """
            A Zine, Issue 3

            =======================================================================
            (00)    EDITORIAL
            -----------------------------------------------------------------------

            The editorial's prose, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the zine, and thanking the readers for their letters.

            =======================================================================
            (01)    column: WHAT'S UP?
            -----------------------------------------------------------------------

            The column's prose, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the zine, with some informal notes on the issues of the day.

            =======================================================================
            (02)    series: A NEW BEGINNING (2 of 2)
            -----------------------------------------------------------------------

            The series' prose, long enough to be a paragraph, wrapped at the width of the page like
            the rest of the zine, and closing the issue with its second part.
            """;
        var book = Build(text);
        Assert.Equal(["(00) EDITORIAL", "(01) column: WHAT'S UP?", "(02) series: A NEW BEGINNING (2 of 2)"],
            book.Document.Sections.Select(s => Inline.PlainText(s.Title).Trim().Replace("\u2019", "'")));
        Assert.Empty(book.Document.Notes);
    }

    /// <summary>
    /// A decimal outline: "1." directly followed by its first sub-section "1.1." (both headings),
    /// sub-sections of more than ten words; a plain run of "1.1." "1.2." items with nothing
    /// between them stays a list.
    /// </summary>
    [Fact]
    public void A_decimal_outline_gives_its_sections_and_sub_sections()
    {
        const string text = """
            A Paper on Status

            The paper opens with prose long enough to be a paragraph, wrapped at the width of the
            page like the rest of it, and stating the claim it examines in what follows.

            1. The Argument for the Claim

            1.1. Classes of Status

            Prose of the first sub-section, long enough to be a paragraph, wrapped at the width of
            the page like the rest of the paper, and closing with a full sentence.

            1.2. The Rights of Some Members vs. the Rights of All the Other Members

            Prose of the second sub-section, long enough to be a paragraph, wrapped at the width of
            the page like the rest of the paper. It lists what follows:

            2.1. First Thing
            2.2. Second Thing

            2. Analysis

            Prose of the analysis, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the paper, and closing the paper with a last sentence.
            """;
        var book = Build(text);
        Assert.Equal(
            ["1. The Argument for the Claim", "1.1. Classes of Status", "1.2. The Rights of Some Members vs. the Rights of All the Other Members", "2. Analysis"],
            book.Document.Sections.Select(s => (s.Label is null ? "" : s.Label + ". ") + Inline.PlainText(s.Title).Trim()));
    }

    /// <summary>
    /// A testimony in parts numbered I, II, III in order, each worded as a sentence, with a single
    /// appendix underlined to its length; a word over a rule of stars is no heading.
    /// </summary>
    [Fact]
    public void Roman_numbered_sentences_in_order_and_a_single_underlined_line_are_headings()
    {
        const string text = """
            A Testimony

            The testimony opens with prose long enough to be a paragraph, wrapped at the width of
            the page like the rest of it, and thanking the committee for the invitation.

            I.  The age of information is here.

            Prose of the first part, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the testimony, and making its first point at some length.

            II.  The old controls are outdated and are a threat to
                 privacy.

            Prose of the second part, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the testimony, and making its second point at some length.

            III.  People want their privacy very badly.

            Prose of the third part, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the testimony, and making its third point at some length.

            Appendix -- How the Method Works
            --------------------------------

            Prose of the appendix, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the testimony, and explaining the method at some length.

                                          END
            ******************************************************************
            """;
        var book = Build(text);
        Assert.Equal(
            ["The age of information is here.", "The old controls are outdated and are a threat to privacy.", "People want their privacy very badly.", "Appendix How the Method Works"],
            book.Document.Sections.Select(s => System.Text.RegularExpressions.Regex.Replace(Inline.PlainText(s.Title), @"[\s\u2014\u2060-]+", " ").Trim()));
    }

    /// <summary>
    /// Lines that look set apart but are not headings: a preface's signature by initials and
    /// surname, a place over the preface's date, and lines of a quoted sentence that happen to
    /// sit in the middle of the page, breaking off after a small word.
    /// </summary>
    [Fact]
    public void Signatures_places_with_dates_and_broken_sentence_lines_are_no_headings()
    {
        const string text = """
            A Book of Things

            PREFACE

            The preface's prose, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the book, and thanking those who helped to make it in the end.

            A. B. WRITER.

            BRIGHTON.

                 January, 1913.

            CHAPTER I

            THE BEGINNING

            The chapter's prose, long enough to be a paragraph, wrapped at the width of the page
            like the rest of the book, and quoting a saying that the page sets in its middle:

                        "The institution serving as the national library of
                       the country is the keeper of its memory and of the

            The chapter goes on with more prose, long enough to be a paragraph, wrapped at the width
            of the page like the rest of the book, so that lines in capitals stay rare in it.

            The chapter goes on with yet more prose, long enough to be a paragraph, wrapped at the
            width of the page like the rest of the book, and as plain as the rest of it.

            The chapter goes on with still more prose, long enough to be a paragraph, wrapped at the
            width of the page like the rest of the book, before it comes to its end.

            The chapter goes on once more with prose long enough to be a paragraph, wrapped at the
            width of the page like the rest of the book, and nearly closing the chapter.

            The chapter goes on with prose long enough to be a paragraph, wrapped at the width of
            the page like the rest of the book, and closing the chapter in a sentence.

            CHAPTER II

            THE END

            The last chapter's prose, long enough to be a paragraph, wrapped at the width of the
            page like the rest of the book, and closing the book in a last sentence.
            """;
        var book = Build(text);
        Assert.Equal(["PREFACE", "CHAPTER I THE BEGINNING", "CHAPTER II THE END"],
            book.Document.Sections.Select(s => ((s.Label is null ? "" : "CHAPTER " + s.Label + " ") + Inline.PlainText(s.Title)).Trim()));
    }

    /// <summary>A sender's name signing off over a long separator rule is no underlined heading; the underlined titles around it are.</summary>
    [Fact]
    public void A_name_over_a_long_separator_is_no_underlined_heading()
    {
        var book = Build($"""
            A Compilation

            {Prose}

            Pat
            ========================================================================

            The First Item
            ~~~~~~~~~~~~~~

            {Prose}

            The Second Item
            ~~~~~~~~~~~~~~~

            {Prose}
            """);
        Assert.Equal(["The First Item", "The Second Item"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
    }

    /// <summary>Titles set inside rules, used throughout the text, are its headings; a code inside a rule is a marker and leaves.</summary>
    [Fact]
    public void Titles_set_inside_rules_are_headings_when_the_text_uses_them_throughout()
    {
        var book = Build($"""
            A Newsletter

            {Prose}

            ===================== The First Part =====================

            {Prose}

            ------------------------------END:REF1----------------------------------

            ===================== The Second Part ====================

            {Prose}
            """);
        Assert.Equal(["The First Part", "The Second Part"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.DoesNotContain("REF1", BodyText(book));
    }

    /// <summary>
    /// Titles in mixed case under parts in capitals, each alone over a long paragraph, are headings
    /// too; a short line of words over a short line, a date, or a line citing a note are not.
    /// </summary>
    [Fact]
    public void Mixed_case_titles_over_long_paragraphs_join_a_capitals_family()
    {
        const string para = "The prose of this part runs on at length, wrapped at the width of the page like the rest of\nthe text, long enough to be a paragraph of its own, and it goes on for a while longer still,\nas the prose of a real document would, before it comes to its end in a full sentence.";
        var book = Build($"""
            A Set of Orders

            {para}

            PART ONE GENERAL

            {para}

            Definition of Terms

            {para}

            Information Required at Once

            {para}

            PART TWO CONTROL

            {para}

            Sat 08-14-1993

            {para}
            """);
        Assert.Equal(["PART ONE GENERAL", "Definition of Terms", "Information Required at Once", "PART TWO CONTROL"],
            book.Document.Sections.Select(s => ((s.Label is null ? "" : "PART " + s.Label + " ") + Inline.PlainText(s.Title)).Trim()));
    }

    [Fact]
    public void Chapter_labels_join_their_titles_and_page_furniture_leaves_the_text()
    {
        var page = new StringBuilder();
        page.Append("A Book\n\nCHAPTER I\n\nTHE BEGINNING\n\n");
        for (var p = 1; p <= 4; p++)
        {
            page.Append("The text of the book runs on from page to page, long enough to read as prose here.\n\n");
            if (p == 2) page.Append("CHAPTER II\n\nTHE MIDDLE\n\n");
            page.Append($"                              {p}\n\f\nA BOOK\n\n");
        }
        page.Append("The last words of the book, long enough to read as prose of the book's end.\n");
        var book = Build(page.ToString());
        Assert.Equal(["CHAPTER I THE BEGINNING", "CHAPTER II THE MIDDLE"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        var body = BodyText(book);
        Assert.DoesNotContain("A BOOK", body);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.WrapperRemoved && d.Message.Contains("page furniture"));
    }

    private const string Prose = "It is a paragraph of running prose, long enough to be read as text and not as a title or\na heading of any kind, and it goes on over a second line.";

    [Fact]
    public void A_centred_title_page_gives_its_subtitle_lines_and_the_name_under_by()
    {
        var book = Build($"""

                                   ON KEEPING THINGS?


                       A Study of Shelves and Boxes and of
                              Why We Fill Them


                                      by

                                Ann Bee Writer


                                     1987


            {Prose}

            {Prose}
            """);
        var metadata = book.Document.Metadata;
        Assert.Equal(("ON KEEPING THINGS?", "A Study of Shelves and Boxes and of Why We Fill Them", "Ann Bee Writer"), (metadata.Title, metadata.Subtitle, metadata.Author));
    }

    [Fact]
    public void Prepared_by_over_a_body_and_a_person_credits_both()
    {
        var book = Build($"""
            REPORTS ON THINGS

            Keeping Things: How Shelves Fill Up

            Prepared by:
            Institute for Shelving Research
            Ann Writer

            November 1988

            {Prose}

            {Prose}
            """);
        Assert.Equal("Institute for Shelving Research, Ann Writer", book.Document.Metadata.Author);
        Assert.Contains("Keeping Things", book.Document.Metadata.Title + ": " + book.Document.Metadata.Subtitle);
    }

    [Fact]
    public void A_name_between_the_titles_lines_is_the_author()
    {
        var book = Build($"""
                      K E E P I N G   T H I N G S
                             Ann Writer

            {Prose}

            {Prose}
            """);
        Assert.Equal(("KEEPING THINGS", "Ann Writer"), (book.Document.Metadata.Title, book.Document.Metadata.Author));
    }

    /// <summary>A title page centred on its own axis: title, author, then past a blank line the subtitle on the same axis.</summary>
    [Fact]
    public void A_line_centred_under_the_title_and_its_author_is_the_subtitle()
    {
        var book = Build($"""
                      K E E P I N G   T H I N G S
                             Ann Writer

                         THE SHELVING CONTRACT
                            [Pages 12-19]

            {Prose}

            {Prose}
            """);
        Assert.Equal(("KEEPING THINGS", "THE SHELVING CONTRACT", "Ann Writer"), (book.Document.Metadata.Title, book.Document.Metadata.Subtitle, book.Document.Metadata.Author));
    }

    /// <summary>A title broken after a small word, through a word set between stars and a small word alone on its line.</summary>
    [Fact]
    public void A_title_runs_through_a_starred_word_and_a_small_word_alone()
    {
        var book = Build($"""
                                   A GUIDE to

            *************************  SHELVES  **************************
                                     in
                            Your Everyday Life

            {Prose}

            {Prose}
            """);
        Assert.Equal("A GUIDE to SHELVES in Your Everyday Life", book.Document.Metadata.Title);
    }

    /// <summary>A forwarded text: the sender posted it, the signature block closing it names its writer (and leaves the text).</summary>
    [Fact]
    public void A_signature_block_closing_a_forwarded_text_names_its_writer()
    {
        var book = Build($"""
            From: poster@example.org (Pat Poster)
            Subject: A statement worth reading
            Date: Thu, 14 Oct 1993 19:39:55 GMT

            {Prose}

            {Prose}

            --
              Ann Writer
              3021 11th Street
              Boulder, Colorado 80304
              E-mail: ann@example.org
            """);
        Assert.Equal("Ann Writer", book.Document.Metadata.Author);
        Assert.DoesNotContain("11th Street", BodyText(book));
    }

    /// <summary>Credits found where the title block names no author: a source note, a boxed byline, a cover note's signature, an uploader.</summary>
    [Theory]
    [InlineData("[From \"A Longer Book\" (c) 1983, Some Books, London, by Ann Writer and Bo Other, pp 231-236.]", "Ann Writer and Bo Other")]
    [InlineData("| By (_>Night Owl<_) | Theory, concept, and idea by: ????? |", "Night Owl")]
    [InlineData("Again delayed, but here it is at last.\n\nAnn Writer <ann@example.org>\nEditor", "Ann Writer")]
    public void Credits_name_the_author_where_the_title_block_does_not(string head, string author)
    {
        var book = Build($"{head}\n\n{Prose}\n\n{Prose}\n");
        Assert.Equal(author, book.Document.Metadata.Author);
    }

    [Fact]
    public void An_uploader_credited_at_the_end_is_the_author_when_nobody_else_is_named()
    {
        var book = Build($"{Prose}\n\n{Prose}\n\nUploaded by Ann Writer\n");
        Assert.Equal("Ann Writer", book.Document.Metadata.Author);
    }

    /// <summary>A periodical's issue line joins its title; a pitch to editors in capitals over a rule leaves the text.</summary>
    [Fact]
    public void An_issue_line_joins_the_title_and_a_publicity_note_leaves()
    {
        var zine = Build($"""
            Again delayed, but here it is at last: the third issue, sent to every reader on the list.

            BEGIN SHELVES.003

                                                 S H E L V E S

                                           Debates on keeping things

                                           Issue no. 3, volume no. 1

            {Prose}

            {Prose}
            """);
        Assert.Equal(("SHELVES", "Debates on keeping things, Issue no. 3, volume no. 1"), (zine.Document.Metadata.Title, zine.Document.Metadata.Subtitle));

        var feature = Build($"""
            A NEW STUDY TELLS THE STORY OF HALF A CENTURY OF SHELVING, FROM THE FIRST
            LIBRARIES TO THE LAST, AND THE PEOPLE WHO KEPT THEM IN ORDER.

            ANN WRITER, FORMERLY ON THE STAFF OF A LARGE LIBRARY,
            IS AVAILABLE FOR INTERVIEWS.

                               ************************************

                        SHELVES: THE SECRET HISTORY OF KEEPING THINGS

                                       by Ann Writer

            {Prose}

            {Prose}

            {Prose}

            {Prose}
            """);
        Assert.Equal(("SHELVES", "Ann Writer"), (feature.Document.Metadata.Title, feature.Document.Metadata.Author));
        Assert.DoesNotContain("INTERVIEWS", BodyText(feature));
    }

    [Fact]
    public void A_signature_closing_a_post_gives_the_full_name_the_header_shortened()
    {
        var book = Build($"""
            From: ann@example.org (Ann)
            Subject: On keeping things
            Date: 3 Feb 93 10:00:00 GMT
            Lines: 12

            {Prose}

            {Prose}

            --Ann Writer
            """);
        Assert.Equal("Ann Writer", book.Document.Metadata.Author);
        Assert.Contains("Ann Writer", BodyText(book)); // the signature stays in the text
    }

    [Fact]
    public void An_archives_file_lines_directions_between_files_a_typists_mark_and_a_boards_advert_leave_the_text()
    {
        var book = Build($"""
            FTP'd from archive.example.org
            File Texts/On.Keeping/Things.txt


            On Keeping Things

            {Prose}

                                CLOSE THIS FILE

                                OPEN FILE "THINGS-B"

            {Prose}

            abc 8/92



                 Another file downloaded from:            THE EXAMPLE BOARD
                 & the Other Board                        415-555-0101
                 Third Board                              415-555-0102

               Specializing in conversations, obscure information, and all sorts
               of things that people keep in boxes and on their shelves for years.
            """);
        var body = BodyText(book);
        foreach (var debris in new[] { "FTP'd", "File Texts", "CLOSE THIS FILE", "OPEN FILE", "abc 8/92", "downloaded from", "415-555", "Specializing" })
            Assert.DoesNotContain(debris, body);
        Assert.Equal("On Keeping Things", book.Document.Metadata.Title);
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What == "a board\u2019s advert");
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What == "the archive\u2019s file lines");
    }

    [Fact]
    public void Continued_headers_signatures_banners_and_an_edition_note_leave_the_text()
    {
        var book = Build($"""
            ***********FEATURE************

            On Keeping Things

            {Prose}

                Ann Writer

            ann.example.org

            ---Continued in part 2 ---------------------------------
            Newsgroups: alt.example
            Subject: On Keeping Things Pt 2
            Lines: 40


            {Prose}

            [Electronic Edition of 3May93
             from someone@example.org]
            """);
        var body = BodyText(book);
        foreach (var debris in new[] { "FEATURE", "ann.example.org", "Ann Writer", "Continued in", "Newsgroups", "Pt 2", "Electronic Edition", "someone@example.org" })
            Assert.DoesNotContain(debris, body);
        Assert.Equal(2, book.Document.Paragraphs().Count());
        Assert.Empty(book.Document.Sections);
    }

    [Fact]
    public void Items_numbered_in_parentheses_in_capitals_are_headings_and_clauses_in_mixed_case_are_not()
    {
        var book = Build($"""
            A Small Zine

            {Prose}

            (00)    EDITORIAL

            {Prose}

            (02)    ON KEEPING THINGS

            {Prose}

            (2)   Area one of the clauses

            {Prose}
            """);
        Assert.Equal(["(00) EDITORIAL", "(02) ON KEEPING THINGS"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
    }

    [Fact]
    public void A_letterhead_over_the_text_and_an_imprint_under_it_leave_the_text()
    {
        var book = Build($"""
                                  EXAMPLE COMPUTING
                                1234 SAMPLE COURT
                              SOMETOWN FLORIDA 33634-4707

            On Keeping Things

            {Prose}

            {Prose}

                               Example Press
                         Box 926, Sometown, KY 40201
            """);
        var body = BodyText(book);
        foreach (var debris in new[] { "EXAMPLE COMPUTING", "SAMPLE COURT", "33634", "Example Press", "Box 926" })
            Assert.DoesNotContain(debris, body);
        Assert.Equal("On Keeping Things", book.Document.Metadata.Title);
    }

    [Fact]
    public void A_bracketed_note_on_the_electronic_conversion_at_the_head_leaves_the_text()
    {
        var book = Build($"""
            On Keeping Things

            [Certain conventions have been used in converting this text to an
            electronic medium; download the file THINGHLP.ZIP to read about them.]

            {Prose}

            {Prose}
            """);
        Assert.DoesNotContain("THINGHLP", BodyText(book));
        Assert.Contains(book.Document.Provenance.Wrappers, w => w.What == "a note on the electronic edition");
    }
}
