using System.Text;
using CsCheck;
using Epub.Model;
using Epub.Tests.Tools;
using Epub.Writers;

namespace Epub.Tests;

/// <summary>
/// Notes in every scope the sources use, followed both ways in the built book as a reader would:
/// each reference lands on the note of its own scope and number, each note links back to every
/// citation. Each source text here is our own, written in the convention it tests.
/// </summary>
public sealed class NotesTests
{
    private static BuiltBook Build(string text, string name, NotePlacement placement = NotePlacement.Endnotes, string? headings = null) =>
        BuiltBook.Build(Encoding.UTF8.GetBytes(text), name, new ConvertOptions
        {
            Writer = new WriterOptions { Notes = placement },
            // Where a test is about notes in chapters, the chapters are given (--headings), not left to the labeller.
            Headings = headings is null ? null : new System.Text.RegularExpressions.Regex(headings),
        });

    /// <summary>Two chapters, each followed by its own list of notes numbered from 1.</summary>
    private const string NotesPerChapter = """
        Two Parts With Notes

        by A. Writer

        First Part

        The first part makes a claim that needs a source.(1) It makes a second claim as well, and cites its note.(2)

        Notes

        1. First part, note one.
        2. First part, note two.

        Second Part

        The second part has claims of its own, with a note of its own.(1) And another one here, which is cited.(2)

        Notes

        1. Second part, note one.
        2. Second part, note two.
        """;

    [Fact]
    public void Notes_restarting_per_chapter_link_within_their_chapter_both_ways()
    {
        var book = Build(NotesPerChapter, "per-chapter.txt", headings: "^(First|Second) Part$");
        Assert.Equal(["First Part", "Second Part"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        var followed = NoteLinks.Follow(book);
        Assert.Equal(
            [("chapter-1.xhtml", "1", "First part, note one."), ("chapter-1.xhtml", "2", "First part, note two."),
             ("chapter-2.xhtml", "1", "Second part, note one."), ("chapter-2.xhtml", "2", "Second part, note two.")],
            followed.Select(f => (f.File, f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
        Assert.Equal(4, followed.Select(f => f.NoteId).Distinct().Count());
        Assert.False(book.Diagnostics.HasWarnings, string.Join("\n", book.Diagnostics.Items));
        // The notes document heads each part's notes with the part.
        var endnotes = book.Text("EPUB/endnotes.xhtml");
        Assert.Contains("<h3>First Part</h3>", endnotes);
        Assert.Contains("<h3>Second Part</h3>", endnotes);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>Notes after each chapter under a heading, numbered on through the book (Project Gutenberg's plain texts).</summary>
    [Fact]
    public void Notes_under_a_heading_after_each_chapter_may_number_on_through_the_book()
    {
        const string text = """
            Numbered On

            CHAPTER ONE

            The first chapter makes a claim.[1] And then a second one, with its own note.[2]

            FOOTNOTES:

            [1] The first note.

            [2] The second note.

            CHAPTER TWO

            The second chapter goes on with the book's numbering.[3] As books do.

            FOOTNOTE:

            [3] The third note.
            """;
        var book = Build(text, "numbered-on.txt", headings: "^CHAPTER ");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Equal("The second note.", followed[1].NoteText.TrimEnd('\u21A9', '\uFE0E', ' '));
        Assert.Equal(["CHAPTER ONE", "CHAPTER TWO"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_numbered_list_in_the_text_does_not_cut_the_scope_of_the_notes()
    {
        const string text = """
            A List Before The Notes

            The argument cites a source.[1] It then lists its points.

            1. The first point of the argument, in the text.
            2. The second point of the argument, in the text.

            The conclusion cites another source.[2]

            END-NOTES

            1. The first source.
            2. The second source.
            """;
        var book = Build(text, "list-then-notes.txt");
        Assert.Equal(["1", "2"], NoteLinks.Follow(book).Select(f => f.Label));
        Assert.Contains("The first point of the argument", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>A posting of two essays, each with its notes right after it, nothing announcing them: each essay's references land on its own notes.</summary>
    [Fact]
    public void Notes_closing_each_essay_of_a_posting_without_a_heading_stay_with_their_essay()
    {
        const string text = """
            Two Essays In One Posting

            On Rivers

            The first essay makes its first claim about rivers.[1] It goes on to a second claim.[2]

            A third paragraph cites its third source.[3] And a fourth one closes the essay.[4]

            1. The first essay first source.
            2. The first essay second source.
            3. The first essay third source.
            4. The first essay fourth source.

            On Mountains

            The second essay has claims of its own.[1] Then another one.[2] And a last one.[3]

            1. The second essay first source.
            2. The second essay second source.
            3. The second essay third source.
            """;
        var book = Build(text, "two-essays.txt", headings: "^On [A-Z]");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(
            ["1:first essay first", "2:first essay second", "3:first essay third", "4:first essay fourth",
             "1:second essay first", "2:second essay second", "3:second essay third"],
            followed.Select(f => $"{f.Label}:{string.Join(' ', f.NoteText.Split(' ')[1..4])}"));
        Assert.Equal(7, followed.Select(f => f.NoteId).Distinct().Count());
    }

    /// <summary>A numbered list the text goes on numbering past ([4] after "3."): points of the argument, not notes.</summary>
    [Fact]
    public void A_list_the_references_after_it_number_past_is_no_scope_end()
    {
        const string text = """
            Points And Notes

            The argument has three points, each with its source.[1] The second.[2] The third.[3]

            1. The first point of the argument, set out in the text.
            2. The second point of the argument, set out in the text.
            3. The third point of the argument, set out in the text.

            The argument goes on with its sources.[4] And a last one.[5]

            Notes

            1. The first source.
            2. The second source.
            3. The third source.
            4. The fourth source.
            5. The fifth source.
            """;
        var book = Build(text, "points.txt");
        Assert.Equal(["1", "2", "3", "4", "5"], NoteLinks.Follow(book).Select(f => f.Label));
        Assert.Contains("The second point of the argument", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>Glued digits cite only where they are glued: an amount's decimals and a quoted title's number stay text.</summary>
    [Fact]
    public void Amounts_and_a_quoted_titles_number_are_no_glued_references()
    {
        const string text = "Amounts\n\nThe claim1 was for $1.2 million, and the contract2 cited \"3 VA LAW\" in full; so did the goods.3 Then the war came in 1943.s4\n\n"
                            + "_____________\n\n1  The claim.\n2  The contract.\n3  The goods.\n4  The war.\n";
        var book = Build(text, "amounts.txt");
        // "1943.s4": a superscript flattened to "s4" after a year's stop still cites.
        Assert.Equal(["1", "2", "3", "4"], NoteLinks.Follow(book).Select(f => f.Label));
        var body = string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText));
        Assert.Contains("$1.2 million", body);
        Assert.Contains("3 VA LAW", body);
    }

    /// <summary>
    /// A verse cited by chapter and verse, a time and a ratio end on digits after a colon: no
    /// reference, and the numbered sections below them are no notes for it (they had been read
    /// as its note list and left the book's text).
    /// </summary>
    [Fact]
    public void A_verse_a_time_and_a_ratio_are_no_glued_references()
    {
        const string prose = "The meeting drew more people than anyone had expected, most of them in from the farms.\n\n";
        const string text = "The Grange\n\n" + prose
                            + "    For everything there is a season, and a time for every matter under heaven.\n\n"
                            + "                                        Ecclesiastes 3:1\n\n"
                            + "We met at 10:30 and the vote went 2:1 for the road.\n\n"
                            + "1. THE VALLEY\n\n" + prose + "2. THE RIVER\n\n" + prose;
        var book = Build(text, "verse.txt");
        Assert.Empty(NoteLinks.Follow(book));
        var body = string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText));
        Assert.Contains("10:30", body);
        Assert.Contains("2:1", body);
        Assert.Contains("THE RIVER", string.Join("|", book.Document.Sections.Select(section => Inline.PlainText(section.Title))));
    }

    /// <summary>
    /// A year ends on digits and its comma or stop may carry a glued reference ("in 1884,1"): the
    /// year is no amount, so the digits after it cite. Decimals ("4.2 per cent") stay numbers.
    /// </summary>
    [Fact]
    public void A_reference_glued_after_a_year_links_to_its_note()
    {
        const string text = "The Mill Strike\n\n"
                            + "The mill opened in 1884,1 and the first strike came a few years after that, when\n"
                            + "wages fell by 4.2 per cent in a single season.\n\n"
                            + "The union was recognised in 1915.2 Its members had stayed out for eleven weeks.\n\n"
                            + "Notes\n\n1. The town's own history gives a later date.\n\n2. The agreement was signed in the spring.\n";
        var book = Build(text, "year-glued.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.StartsWith("The town", followed[0].NoteText);
        Assert.StartsWith("The agreement", followed[1].NoteText);
        Assert.Contains("4.2 per cent", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>
    /// A posting that sets its notes after the signature: the signature leaves, the notes stay
    /// and are linked (they had left with the signature, and their references stayed bare).
    /// </summary>
    [Fact]
    public void Notes_set_after_a_posting_s_signature_stay_and_link()
    {
        const string text = "From: ann@example.edu (Ann Writer)\nNewsgroups: soc.history\nSubject: The grain trade\n\n"
                            + "The trade was in trouble well before its rivals came, when the shoals moved out of\n"
                            + "the sea and the ports lost their herring [1], and the princes grew strong.\n\n"
                            + "The closing of the last office was another blow [2]. After that the league was\n"
                            + "more a name than a body of merchants trading together.\n\n"
                            + "--\nAnn Writer                      ann@example.edu\n\n"
                            + "[1] The standard account is still the old one.\n[2] The merchants were arrested and their goods seized.\n";
        var book = Build(text, "posting.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.StartsWith("The standard account", followed[0].NoteText);
        Assert.StartsWith("The merchants were arrested", followed[1].NoteText);
        Assert.DoesNotContain("ann@example.edu", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>
    /// Several notes cited at one spot with glued digits, listed or as a range ("by 1841.1,2",
    /// "buttermilk.4-6"): each cites, the range its inner notes too, and the sequence goes on
    /// after them (before, a group broke the sequence and no reference of the text was linked).
    /// A span of years in parentheses cites nothing.
    /// </summary>
    [Fact]
    public void Glued_groups_and_ranges_cite_each_note()
    {
        const string text = "The Potato\n\n"
                            + "The population rose from about five million in 1800 to more than eight million\n"
                            + "by 1841.1,2 Most of the increase was among the poorest classes.3\n\n"
                            + "A labourer might eat fourteen pounds a day, with a little buttermilk.4-6 The potato\n"
                            + "would grow on poor ground (1845-49) and feed a family for most of the year.7\n\n"
                            + "NOTES\n\n1. The first source.\n2. The census.\n3. The commission.\n4. The estimates.\n"
                            + "5. The children.\n6. The herring.\n7. The lumper.\n";
        var book = Build(text, "glued-groups.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3", "4", "6", "7"], followed.Select(f => f.Label));
        Assert.Equal(["The first source.", "The census.", "The commission.", "The estimates.", "The herring.", "The lumper."],
            followed.Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
        Assert.Contains("(1845\u201349)", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>
    /// A legal database's printout: each screen's notes fenced by "- - -Footnotes- - -" and "- - -End
    /// Footnotes- - -", each opening "n1", cited " n1" in the text. The fences and notes leave the
    /// text; each reference links to its note (they had all stayed as text, fences and all).
    /// </summary>
    [Fact]
    public void A_legal_database_s_fenced_footnotes_are_the_notes_of_their_n_references()
    {
        const string fence = "- - - - - - - - - - - - - - - -Footnotes- - - - - - - - - - - - - - - -";
        const string endFence = "- - - - - - - - - - - - - - -End Footnotes- - - - - - - - - - - - - - -";
        const string text = "Municipal Liability\n\n"
                            + "Few questions in civil rights litigation have been as unsettled as the liability\n"
                            + "of a city for the acts of a paid informant. Section 1983 of Title 42 n1 gives a\n"
                            + "remedy against any person who deprives another of a federal right. The Court held\n"
                            + "in Monell n2 that a city is such a person.\n\n" + fence + "\n\n n1 42 U.S.C. 1983 (1988).\n\n"
                            + " n2 Monell v. Department of Social Services, 436 U.S. 658\n(1978).\n\n" + endFence + "\n\n"
                            + "Most courts have dismissed such claims under Rule 12(b)(6), n3 reasoning that a\n"
                            + "private person paid by the piece acts for himself.\n\n" + fence + "\n\n n3 See, e.g., Doe v. Harbor City.\n\n" + endFence + "\n";
        var book = Build(text, "fenced.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Equal(["42 U.S.C. 1983 (1988).", "Monell v. Department of Social Services, 436 U.S. 658 (1978).", "See, e.g., Doe v. Harbor City."],
            followed.Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
        var body = string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText));
        Assert.DoesNotContain("Footnotes", body);
        Assert.Contains("under Rule 12(b)(6),", body);
    }

    /// <summary>
    /// Notes that cite where a text can be fetched (an ftp host, a mail address, a web address)
    /// close the text as its notes, not as a board's advert: they stay, linked (they had left as
    /// debris, and the references stayed bare).
    /// </summary>
    [Fact]
    public void Notes_citing_hosts_and_addresses_are_notes_not_a_board_s_advert()
    {
        const string text = "The Foundation\n\n"
                            + "The foundation was set up in 1990 after a raid on a games company.[1] Its first job\n"
                            + "was to pay for that company's lawsuit, which it won in 1993.[2]\n\n"
                            + "Most of its work since has been less dramatic: filing briefs and putting the texts\n"
                            + "of laws on line.[3]\n\nNotes\n\n"
                            + "[1] See the essay by anonymous ftp from\n    ftp.example.org in /pub/Publications/.\n"
                            + "[2] Games v. United States, 816 F. Supp. 432 (1993).\n"
                            + "[3] Send mail to <info@example.org> for a list, or see http://www.example.org/.\n";
        var book = Build(text, "addresses.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Contains("/pub/Publications/", followed[0].NoteText);
        Assert.Contains("info@example.org", followed[2].NoteText);
    }

    /// <summary>
    /// The last note's sentence broken by a short line ("… signed at the House on" / "14
    /// September, …") goes on in the note, one paragraph (its second line had been left at the
    /// end of the text, out of its note); and a numbered heading the person names right after a
    /// list of notes opens the next section, not another note. (A heading the labeller finds
    /// there ends the list too: that case is a corpus text's, with no small text here yet.)
    /// </summary>
    [Fact]
    public void A_note_s_last_line_stays_in_its_note_and_a_numbered_heading_after_the_notes_is_no_note()
    {
        const string text = "The Dock Strike\n\n"
                            + "The strike began on the West India Dock, over the plus paid for unloading a ship.1\n"
                            + "Within a week it had spread to every dock on the river.2\n\n"
                            + "NOTES\n\n1. The ship was being unloaded at the South West India Dock; see the Star\nof 15 August, p. 3.\n"
                            + "2. The agreement was signed at the House on\n14 September, to take effect in November.\n";
        var book = Build(text, "last-note.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.Equal("The agreement was signed at the House on 14 September, to take effect in November.", followed[1].NoteText.TrimEnd('\u21A9', '\uFE0E', ' '));
        Assert.DoesNotContain("14 September", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));

        const string withSections = "Two Sections\n\n1. Background\n\nThe first section states a claim with a source.[1] It goes on for a while.\n\n"
                                    + "Notes\n\n[1] The source of the claim, which was\nprinted in a journal.\n\n"
                                    + "2. Method\n\nThe second section describes the method in some detail, as a paper does.\n";
        var sections = Build(withSections, "numbered-sections.txt", headings: @"^\d\. \w+$");
        Assert.Equal(["1"], NoteLinks.Follow(sections).Select(f => f.Label));
        Assert.Contains("Method", string.Join("|", sections.Document.Sections.Select(section => Inline.PlainText(section.Title))));
    }

    /// <summary>
    /// Numbered sections the labeller finds after a list of notes set with no heading ("2. Method",
    /// "3. Results") are sections: no list of notes starts at them, so no reference links to a
    /// section's name (they had been taken as notes 2 and 3, and "[2]" and "[3]" led there).
    /// </summary>
    [Fact]
    public void Numbered_sections_after_an_unheaded_list_of_notes_are_never_notes()
    {
        const string prose = "The section states its claims at some length, as a paper does, and it goes on for a while with them before it stops.";
        var text = "Two Sections\n\n1. Background\n\n" + prose + "[1] " + prose + "[2] " + prose + "[3]\n\n"
                   + "[1] The first source.\n[2] The second source.\n[3] The third source, printed in a journal.\n\n\n"
                   + "2. Method\n\n" + prose + "\n\n3. Results\n\n" + prose + "\n";
        var book = Build(text, "sections-after-notes.txt");
        var sections = string.Join("|", book.Document.Sections.Select(section => Inline.PlainText(section.Title)));
        Assert.Contains("Method", sections);
        Assert.Contains("Results", sections);
        Assert.DoesNotContain(NoteLinks.Follow(book), f => f.NoteText.StartsWith("Method", StringComparison.Ordinal) || f.NoteText.StartsWith("Results", StringComparison.Ordinal));
    }

    /// <summary>Hard-wrapped prose whose line happens to open with a reference: the reference links, the paragraph stays whole.</summary>
    [Fact]
    public void A_reference_opening_a_wrapped_line_keeps_its_paragraph()
    {
        const string text = "Wrapped References\n\n"
                            + "The court held that the president could not be restrained by its order,[1]\n"
                            + "as the first ruling said in its own words and as the second ruling said\n"
                            + "[2] and later the third ruling, in a case of the same kind, repeated.[3]\n\n"
                            + "Notes\n\n[1] The first ruling.\n\n[2] The second ruling.\n\n[3] The third ruling.\n";
        var book = Build(text, "wrapped-references.txt");
        Assert.Equal(["1", "2", "3"], NoteLinks.Follow(book).Select(f => f.Label));
        Assert.Single(book.Document.Paragraphs(), p => p.Paragraph.PlainText.Contains("second ruling said and later", StringComparison.Ordinal));
    }

    /// <summary>One small text per plain-text note convention: the references it marks and the notes they land on.</summary>
    public static TheoryData<string, string, string[]> PlainTextConventions() => new()
    {
        {
            "asterisk references, notes after a dashed rule",
            "Asterisks\n\nThe first claim is made here. *1 And the second claim follows. (*2)\n\n-----------------\n\n*1   The first note.\n*2   The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "digits glued to words (flattened superscripts), in sequence only",
            "Glued\n\nThe contract2 was not the first; the claim1 came before, in 1987 with 300 pages.\nThen the goods\"3 arrived, as F16 jets flew over.\n\n_____________\n\n1  The claim.\n2  The contract.\n3  The goods.\n",
            ["2:The contract.", "3:The goods."]
        },
        {
            "fenced notes after the paragraph that cites them",
            "Fences\n\nA paragraph that cites a long note. [732]\n\n[732]========== The fenced note\nruns on over lines.\n==========[732]\n\nThe text goes on after the note, long enough to be prose.\n",
            ["732:The fenced note runs on over lines."]
        },
        {
            "a list ending the text may start at any number",
            "Excerpt\n\nAn excerpt cites its sources as the book numbers them.[9] And again.[10]\n\n[9] The ninth source.\n[10] The tenth source.\n",
            ["9:The ninth source.", "10:The tenth source."]
        },
        {
            "parenthesised footnotes after the paragraph, each numbered (1) again",
            "Old Pages\n\nThe first page ends with a claim that has its note. (1)\n\n(1) See the first book.\n\nThe second page ends with its own claim, numbered again. (1)\n\n(1) See the second book.\n\nThe text goes on, long enough to read as prose, with (1) a list and (2) another.\n",
            ["1:See the first book.", "1:See the second book."]
        },
        {
            "a note numbered with one space, in sequence after a rule",
            "Sequel\n\nThe first claim.1 The second claim.2 The third claim.3\n\n__________\n\n1  The first note.\n\n2  The second note.\n\n3 The third note, with one space only.\n",
            ["1:The first note.", "2:The second note.", "3:The third note, with one space only."]
        },
        {
            // Hard-wrapped: a wrapped line opening with a number out of every sequence ("500.") goes on with its sentence.
            "a number opening a wrapped line of a note, out of sequence, continues the note",
            "Wrapped Notes\n\n"
            + "The court held that the president could not be restrained by its order,[1]\n"
            + "and the question came back to it once more in a later case of the same\n"
            + "kind,[2] where the judges wrote at length on what the law allows.[3]\n\n"
            + "[1] Mississippi against the President, 4 Wallace, pages 475 and\n"
            + "500. For a later review of the question, see the law review, page 390.\n\n"
            + "[2] A second source on the question, named here in one short line.\n\n"
            + "[3] The third source.\n",
            ["1:Mississippi against the President, 4 Wallace, pages 475 and 500. For a later review of the question, see the law review, page 390.",
             "2:A second source on the question, named here in one short line.", "3:The third source."]
        },
        {
            "an asterisk note right after its paragraph, a dagger note a page later; emphasis and bullets cite nothing",
            "Symbols\n\nThe report made its claim plainly.* Nobody answered it.\n\n*_The Report_ was withdrawn a year later.\n\n"
            + "The second part cites a second source, with a dagger.\u2020 It goes on.\n\nA paragraph between, with *emphasis* and more.*\n\n"
            + "\u2020 The second source, at the foot of the page.\n\n* One bullet.\n\n* Another bullet.\n\nThe text goes on, long enough to be prose after the notes.\n",
            // Notes not numbered show their mark before their text.
            // (The helper, reading the XHTML, drops the space between the mark and the emphasis that follows it.)
            ["*:*The Report was withdrawn a year later.", "\u2020:\u2020 The second source, at the foot of the page."]
        },
        {
            // A typist's page: two marks in one paragraph, their notes line under line, the first mark before a stop.
            "an asterisk and a double asterisk in one paragraph, their notes line under line after it",
            "Two Marks\n\nThe report made its claim plainly*. Nobody answered it for a year**. It goes on.\n\n"
            + "*  The report was withdrawn a year later.\n** The answer came from the second office.\n\nThe text goes on, long enough to be prose after the notes.\n",
            ["*:* The report was withdrawn a year later.", "**:** The answer came from the second office."]
        },
        {
            // A typewriter with no dagger: "+" and "++" stand for "†" and "‡"; a figure's "5+" cites nothing.
            "a typewriter's + and ++ for dagger and double dagger, their notes line under line after a rule",
            "Typed Daggers\n\nThe report made its claim plainly.* Some 5+ offices kept it, with pistols,+\nand the horn.++ It goes on.\n\n--------\n"
            + "*  The report was withdrawn a year later.\n+  The guard was a servant of the office.\n++ The horn was his own.\n\nThe text goes on, long enough to be prose after the notes.\n",
            ["*:* The report was withdrawn a year later.", "+:+ The guard was a servant of the office.", "++:++ The horn was his own."]
        },
        {
            "notes numbered with one space under a rule, as a typist set a page's footnotes",
            "Typed Feet\n\nThe first claim.[1] The second claim.[2]\n\n_______________\n\n1 The first note.\n\n2 The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "lower-case letters in brackets",
            "Lettered Small\n\nThe first claim is made here.[a] And the second claim follows.[b]\n\nNotes\n\n[a] The first note.\n[b] The second note.\n",
            // Notes not numbered show their letter before their text, as the lettered ones in capitals do.
            ["a:a The first note.", "b:b The second note."]
        },
        {
            "roman numerals in brackets, as word processors number endnotes (a single i, v and x among them)",
            "Roman Notes\n\nOne.[i] Two.[ii] Three.[iii] Four.[iv] Five.[v] Six.[vi]\n\nNotes\n\n[i] The first.\n[ii] The second.\n[iii] The third.\n[iv] The fourth.\n[v] The fifth.\n[vi] The sixth.\n",
            ["i:i The first.", "ii:ii The second.", "iii:iii The third.", "iv:iv The fourth.", "v:v The fifth.", "vi:vi The sixth."]
        },
        {
            "letters in brackets past h: an i after an h is the next letter, not a roman numbering starting again",
            "Lettered Far\n\nA.[g] B.[h] C.[i] D.[j]\n\nNotes\n\n[g] Seventh.\n[h] Eighth.\n[i] Ninth.\n[j] Tenth.\n",
            ["g:g Seventh.", "h:h Eighth.", "i:i Ninth.", "j:j Tenth."]
        },
        {
            "a mark in brackets after a space, its note under the next paragraph opening with it",
            "Bracketed Mark\n\nThe report made its claim plainly [*], and nobody answered it.\n\nThe text goes on with a second paragraph.\n\n[*] The report was withdrawn a year later.\n",
            ["*:* The report was withdrawn a year later."]
        },
        {
            "asterisk and number in brackets, references and notes",
            "Starred Brackets\n\nThe first claim is made here.[*1] And the second claim follows.[*2]\n\nNotes\n\n[*1] The first note.\n[*2] The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a number sign glued to the word; 'witness #1' after a space cites nothing",
            "Number Signs\n\nWitness #1 made the first claim here.#1 And the second claim follows.#2\n\nNotes\n\n#1 The first note.\n#2 The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a superscript's HTML tags kept in a text saved from a web page",
            "Tags\n\nThe first claim is made here.<sup>1</sup> And the second claim follows.<sup>2</sup>\n\nNotes\n\n1. The first note.\n2. The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a space padding the number inside brackets, as a typist spaced them; a stop inside",
            "Padded\n\nThe first claim is made here [ 1 ] and the second one here.[2 ] A third and a fourth.[3.]\n\nNotes\n\n[ 1 ] The first note.\n[2] The second note.\n[3.] The third note.\n",
            ["1:The first note.", "2:The second note.", "3:The third note."]
        },
        {
            "a space padding the number inside parentheses",
            "Padded Parentheses\n\nThe first claim is made here ( 1 ) and the second one here.( 2 )\n\nNotes\n\n( 1 ) The first note.\n( 2 ) The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "references that name the endnote",
            "Endnotes Named\n\nThe first claim [endnote 1] and the second [Endnote 2].\n\nENDNOTES\n\n1. The first note.\n2. The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "each note's number alone on its line over its text, under the heading",
            "Numbers Alone\n\nThe first claim is made here.[1] And the second claim follows.[2]\n\nNOTES\n\n1\n    The first note.\n\n2\n    The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "each note named on a line of its own ('NOTE 1'), its text the paragraph under it",
            "Named Alone\n\nThe first claim is made here.[1] And the second claim follows.[2]\n\nNOTES\n\nNOTE 1\n\nThe first note.\n\nNOTE 2\n\nThe second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a number in parentheses with the page it cites",
            "Pages Cited\n\nThe first claim is made here (1, p. 40) and the second (2, pp. 7-9).\n\nNotes\n\n1. The first note.\n2. The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a typist's stop and parenthesis after the note's number ('1.)')",
            "Stop Parenthesis\n\nThe first claim is made here.[1] And the second claim follows.[2]\n\nNOTES\n\n1.) The first note.\n2.) The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a stop inside the note's parentheses ('(1.)')",
            "Stop Inside\n\nThe first claim is made here.(1) And the second claim follows.(2)\n\nNOTES\n\n(1.) The first note.\n(2.) The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a colon after the note's brackets ('[1]:')",
            "Bracket Colon\n\nThe first claim is made here.[1] And the second claim follows.[2]\n\nNOTES\n\n[1]: The first note.\n[2]: The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a numbered note right after each paragraph that cites it in brackets",
            "Numbered After\n\nThe first claim is made here.[1] The text goes on.\n\n1. The first note.\n\nThe second claim follows.[2] The text goes on.\n\n2. The second note.\n\nThe text closes here.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a numbered list after a paragraph citing [1] stays a list: its first item has its second after it",
            "List After\n\nAs the manual says [1], the steps are these.\n\n1. Plant the seeds.\n2. Water them.\n\nThe text goes on after the list.\n\nNotes\n\n[1] The manual.\n",
            ["1:The manual."]
        },
        {
            "asterisks around the number",
            "Starred\n\nThe first claim is made here.*1* And the second claim follows.*2*\n\n------------\n\n*1* The first note.\n*2* The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "lettered notes under a heading after each chapter, lettered on through the book, a note running over a quotation",
            "Lettered\n\nI\n\nThe first chapter cites a book.[A] It goes on.\n\nFOOTNOTES:\n\n[A] The first book.\n\n"
            + "II\n\nThe second chapter cites two.[B] And another.[C]\n\nFOOTNOTES:\n\n[B] The second book, which says:\n\n"
            + "    A verse quoted in the note,\n    set line by line.\n\nIts source.\n\n[C] The third book.\n",
            ["A:A The first book.", "B:B The second book, which says:A verse quoted in the note,set line by line.Its source.", "C:C The third book."]
        },
        {
            "references grouped in brackets",
            "Groups\n\nThe claims were two.[1][,][2] A third one closes.[3]\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n",
            ["1:One.", "2:Two.", "3:Three."]
        },
        {
            // Hard-wrapped, the list numbering on from the book's earlier chapters: "5." opens no item alone, "6." after it does.
            "a wrapped list of notes starting above 1",
            "Later Notes\n\n"
            + "The chapter goes on with the numbering of the book before it, citing a fifth[5]\n"
            + "source and then a sixth one[6] and a seventh one,[7] in lines that run to the\n"
            + "full width of the text, as a hard-wrapped chapter does from start to end.\n\n"
            + "Notes\n\n"
            + "5. The fifth source, a book named here in one long line that fills the wrap\n"
            + "6. The sixth source, another book named in a long line that fills the wrap\n"
            + "7. The seventh source.\n",
            ["5:The fifth source, a book named here in one long line that fills the wrap", "6:The sixth source, another book named in a long line that fills the wrap", "7:The seventh source."]
        },
        {
            "references and notes in braces",
            "Braces\n\nThe first claim is made here.{1} And the second claim follows. {2}\n\nNotes\n\n{1} The first note.\n{2} The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "references and notes in angle brackets; an address in them cites nothing",
            "Angles\n\nThe first claim is made here.<1> And the second claim follows, as <editor@example.org> wrote. <2>\n\n------------\n\n<1> The first note.\n<2> The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a typist's caret before the number; a power (10^6) cites nothing",
            "Carets\n\nThe first claim is made here.^1 The sum ran to 10^6 dollars. And the second claim follows.^[2]\n\nNotes\n\n^1 The first note.\n^2 The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "Unicode superscript references and notes",
            "Superscripts\n\nThe first claim is made here.\u00B9 And the second claim follows.\u00B2 The tenth comes last.\u00B9\u2070\n\nNotes\n\n\u00B9 The first note.\n\u00B2 The second note.\n\u00B9\u2070 The tenth note.\n",
            ["1:The first note.", "2:The second note.", "10:The tenth note."]
        },
        {
            "references and notes that name themselves notes",
            "Named\n\nThe first claim is made here [Note 1] and the second follows (footnote 2). A third [fn3], a fourth [#4].\n\nNotes\n\n[Note 1] The first note.\nFootnote 2: The second note.\nfn3. The third note.\n#4 The fourth note.\n",
            ["1:The first note.", "2:The second note.", "3:The third note.", "4:The fourth note."]
        },
        {
            "grouped references, each number linked, the separators kept",
            "Groups of Numbers\n\nThe claims were two [1,2] and then three more [3-5] and two again [6, 7] at last.\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.\n6. Six.\n7. Seven.\n",
            ["1:One.", "2:Two.", "3:Three.", "5:Five.", "6:Six.", "7:Seven."]
        },
        {
            "references that name the page they cite",
            "Locators\n\nThe first claim.[1, p. 21] The second.[2, pp. 30-32] A third.[3]\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n",
            ["1:One.", "2:Two.", "3:Three."]
        },
        {
            "references that call themselves references",
            "References\n\nThe first claim [Ref. 1] and a second (ref 2), then a third [Reference 3].\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n",
            ["1:One.", "2:Two.", "3:Three."]
        },
        {
            "a group in parentheses",
            "Parenthesised Groups\n\nThe claims were two (1, 2) and then one more.(3)\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n",
            ["1:One.", "2:Two.", "3:Three."]
        },
        {
            "note lines opened by a colon, a dash, a hash or a bracket without a space",
            "Openings\n\nThe first claim.[1] The second.[2] The third.[3] The fourth.[4]\n\nNotes\n\n1: The first note.\n2 - The second note.\n#3 The third note.\n[4]The fourth note.\n",
            ["1:The first note.", "2:The second note.", "3:The third note.", "4:The fourth note."]
        },
        {
            "under a Notes heading, numbers set off by a tab or glued to the note's first word",
            "Tabs\n\nThe first claim.[1] The second.[2] Then 3 men came and a fourth claim.[4]\n\nNotes\n\n1\tThe first note.\n\n2\tThe second note.\n\n3\tThe third note.\n\n4.The fourth note.\n",
            ["1:The first note.", "2:The second note.", "4:The fourth note."]
        },
        {
            "a number and slash, as government reports mark notes; fractions and dates cite nothing",
            "Slashes\n\nThe agency spent 1/2 of its budget.1/ The audit of 3/4/91 followed it. 2/\n\nFOOTNOTES\n\n1/ The first note.\n2/ The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a number between slashes, as the Federal Register marks notes; fractions and dates cite nothing",
            "Slashes Both\n\nThe agency spent 1/2 of its budget./1/ The audit of 3/4/91 followed it /2/.\n\nFOOTNOTES\n\n/1/ The first note.\n/2/ The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "an asterisk inside parentheses, in the reference and the note",
            "Starred in Parentheses\n\nThe first claim is made here.(*1) And the second claim follows.(*2)\n\nNotes\n\n(*1) The first note.\n(*2) The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "references that send the reader to a note",
            "See Note\n\nThe first claim (see note 1) and the second (see note 2).\n\nNotes\n\nNote 1: The first note.\nNote 2: The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a superscript flattened as an s before each digit, after a stop, a quote or a word",
            "Flattened\n\nThe claim was made.''s1 The second followed, as Richards2 said.s2 The third, by Howards3.\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n",
            ["1:One.", "2:Two.", "3:Three."]
        },
        {
            "a named reference the wrapping cut in two, its number closing the bracket at the next line's start",
            "Cut References\n\nThe committee met in the spring and heard from (footnote\n1) many witnesses, and it weighed what they said (see note\n2) before it wrote its findings down.\n\nNOTES\n\n1. The first note.\n2. The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "endnotes named as such, each opening with its word and number",
            "Endnotes\n\nThe first claim is made here (endnote 1) and the second follows (endnote 2).\n\nENDNOTES\n\nEndnote 1: The first note.\nEndnote 2: The second note.\n",
            ["1:The first note.", "2:The second note."]
        },
        {
            "a numbered Notes heading, and enumerations that are no references",
            "Numbered\n\n1. Claims\n\nThe points are: (1) the first and (2) the second, as 21 U.S.C. 881(6) says.(1) It was believed;(2) no more, as Article IV (2) and Article Vbis(1) provide.\n\n2. Notes.\n\n(1) The only note.\n(2) The second note.\n",
            ["1:The only note.", "2:The second note."]
        },
    };

    [Theory]
    [MemberData(nameof(PlainTextConventions))]
    public void Plain_text_note_conventions_link_both_ways(string convention, string text, string[] expected)
    {
        var book = Build(text, "convention.txt");
        var followed = NoteLinks.Follow(book);
        Assert.True(expected.SequenceEqual(followed.Select(f => $"{f.Label}:{f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')}")),
            $"{convention}: got {string.Join(" | ", followed.Select(f => $"{f.Label}:{f.NoteText}"))}");
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>A range "[2-4]" cites note 3 too: it links back to the range's first link, and no warning calls it uncited.</summary>
    [Fact]
    public void The_notes_inside_a_cited_range_link_back_to_the_range()
    {
        var book = Build("Ranges\n\nThe first claim.[1] The claims after it are many.[2-4] The last.[5]\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n[4] Four.\n[5] Five.\n", "ranges.txt");
        var three = book.Document.Notes.Single(n => n.Label == "3");
        Assert.Equal("2", Assert.Single(three.Citations).Label);
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code == DiagnosticCode.NoteNeverCited);
        var endnotes = book.Text("EPUB/endnotes.xhtml");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(endnotes, "href=\"opening.xhtml#noteref-2\""));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>A digit glued to a plural is the plural and a note, not a superscript flattened as "s1".</summary>
    [Fact]
    public void Digits_glued_to_plural_words_keep_the_words_whole()
    {
        var book = Build("Plurals\n\nThe papers were kept in several cities1 and sorted by volunteers2 later.\n\nNotes\n\n1 The first note.\n2 The second note.\n", "plurals.txt");
        Assert.Equal(["1", "2"], NoteLinks.Follow(book).Select(f => f.Label));
        var paragraph = book.Document.Paragraphs().Single(p => p.Paragraph.PlainText.Contains("papers were kept", StringComparison.Ordinal)).Paragraph;
        Assert.Equal("The papers were kept in several cities and sorted by volunteers later.", paragraph.PlainText);
    }

    [Fact]
    public void A_bracketed_comma_between_grouped_references_becomes_a_comma_between_their_links()
    {
        var book = Build("Groups\n\nThe claims were two.[1][,][2] A third one closes.[3]\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n", "groups.txt");
        var inlines = book.Document.Paragraphs().Single(p => p.Paragraph.PlainText.Contains("claims were two", StringComparison.Ordinal)).Paragraph.Inlines;
        var first = inlines.FindIndex(i => i is NoteReference { Label: "1" });
        Assert.True(first >= 0 && first + 2 < inlines.Count);
        Assert.Equal(",", Assert.IsType<Text>(inlines[first + 1]).Value);
        Assert.Equal("2", Assert.IsType<NoteReference>(inlines[first + 2]).Label);
    }

    [Fact]
    public void The_page_a_reference_cites_stays_after_its_link()
    {
        var book = Build("Locators\n\nThe first claim.[1, p. 21] The second.[2, pp. 30-32]\n\nNotes\n\n[1] One.\n[2] Two.\n", "locators.txt");
        var paragraph = book.Document.Paragraphs().Single(p => p.Paragraph.PlainText.Contains("first claim", StringComparison.Ordinal)).Paragraph;
        Assert.Equal(["1", "2"], Inlines.References(paragraph.Inlines).Select(r => r.Label));
        Assert.Equal("The first claim. (p.\u00A021) The second. (pp.\u00A030\u201332)", paragraph.PlainText); // the links' labels are not plain text; the typography pass binds "p." to its number and sets the range's dash
    }

    [Fact]
    public void A_single_list_at_the_end_is_the_whole_document_scope()
    {
        var book = BuiltBook.Bundled;
        var followed = NoteLinks.Follow(book);
        Assert.Equal(Enumerable.Range(1, 30).Select(n => n.ToString()), followed.Select(f => f.Label));
        Assert.All(followed, f => Assert.Equal(("endnotes.xhtml", "note-" + f.Label), (f.NoteFile, f.NoteId)));
    }

    [Fact]
    public void A_note_cited_twice_links_back_to_both_citations()
    {
        const string text = """
            Cited Twice

            A claim with a source.(1) Another claim from the same source.(1) A third claim.(2)

            Notes

            1. The shared source.
            2. Another source.
            """;
        var book = Build(text, "twice.txt");
        var followed = NoteLinks.Follow(book); // asserts one backlink per citation, in order
        Assert.Equal(["noteref-1", "noteref-1-2", "noteref-2"], followed.Select(f => f.Id));
        var endnotes = book.Text("EPUB/endnotes.xhtml");
        Assert.Contains("\u21A9\uFE0E a</a>", endnotes);
        Assert.Contains(">b</a>", endnotes);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Theory]
    // The label alone on the note's first line, its text on the next lines of the same run.
    [InlineData("The author states a fact here [1] and goes on with the essay.\n\n[Footnote 1:\nThe note's text, on the line after its label.]\n\nThe essay closes with a last paragraph of prose.\n")]
    // A note that never closes its bracket, with an indented quotation after it.
    [InlineData("The author states a fact here [1] and goes on with the essay.\n\n[Footnote 1: The note's text, never closed\n\n        An indented quotation follows the unclosed note,\n        set off from the text as quotations are.\n")]
    public void A_damaged_footnote_is_read_or_left_but_never_stops_the_book(string body)
    {
        var book = Build("Damaged Footnotes\n\n" + body, "damaged-footnotes.txt");
        Assert.Contains("The author states a fact here", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>A range in parentheses, "(1-3)", links its two ends to their notes, as "[1-3]" does; "(1990-95)" is years.</summary>
    [Fact]
    public void A_range_in_parentheses_links_its_ends()
    {
        const string text = """
            Ranges

            Land values fell by sixty per cent between 1981 and 1986, and farmers who had borrowed
            against their land at the top of the market found themselves unable to pay (1-3).
            Banks failed with them in the years of the crisis (1990-95) and after it (4).

            NOTES

            (1) A land value survey.
            (2) Interest rates were high.
            (3) Case studies of the crisis.
            (4) Forty-two banks failed.
            """;
        var book = Build(text, "ranges.txt");
        Assert.Equal(["1", "3", "4"], NoteLinks.Follow(book).Select(f => f.Label));
        Assert.Contains(book.Document.Paragraphs(), p => p.Paragraph.PlainText.Contains("(1990-95)", StringComparison.Ordinal) || p.Paragraph.PlainText.Contains("(1990\u201395)", StringComparison.Ordinal));
    }

    /// <summary>A reference the wrapping set at a line's start, the sentence's stop right after it ("(1). Francis …"), is the sentence's, not a note's label.</summary>
    [Fact]
    public void A_reference_wrapped_to_a_line_s_start_before_its_stop_stays_in_its_paragraph()
    {
        const string text = """
            Wrapped References

            The old acts made it a crime for workmen to combine to raise their wages, though
            masters who did the same were seldom troubled by them in the courts or anywhere else
            (1). A tailor worked for years to have the acts repealed, and with great patience
            (2) found an ally in a radical member of the house, who carried the bill for him.

            NOTES

            (1) Prosecutions of masters under the acts are almost unknown.
            (2) He kept every paper he touched.
            """;
        var book = Build(text, "wrapped.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.Contains(book.Document.Paragraphs(), p => p.Paragraph.PlainText.Contains("anywhere else", StringComparison.Ordinal) && p.Paragraph.PlainText.Contains("A tailor worked", StringComparison.Ordinal));
    }

    /// <summary>
    /// A superscript flattened to a number of its own between two sentences ("the press. 1 Its
    /// argument") cites the note of that number, in the notes' order; "Vol. 2 No. 3" cites nothing.
    /// </summary>
    [Fact]
    public void A_number_alone_after_a_sentence_s_stop_is_a_reference_in_the_notes_order()
    {
        const string text = """
            Flattened Superscripts

            The pamphlet was printed abroad by a friendly press. 1 Its argument was simple and it
            was read in Vol. 2 No. 3 of the review, where the editors praised its plain style.

            At the congress of the following year the party split over who should count as a
            member. 2 The majority took a name from the vote and kept it for the rest of their lives,
            although they had lost the vote on the membership rule itself. 3

            NOTES

            1 The title was borrowed from an older novel.
            2 One side wanted anyone who helped the party to count.
            3 The minority accepted the name given to it.
            """;
        var book = Build(text, "flattened.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.StartsWith("The title was borrowed", followed[0].NoteText);
        Assert.StartsWith("The minority accepted", followed[2].NoteText);
        var body = string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText));
        // Typography ties "No." to its number with a no-break space.
        Assert.Contains("Vol. 2 No.\u00A03 of the review", body);
    }

    [Fact]
    public void Project_Gutenberg_footnotes_after_their_paragraph_are_linked()
    {
        const string text = """
            Footnotes After Paragraphs

            The author states a fact here [1] and then another fact [2], both with notes.

            [Footnote 1: The first footnote, set right after the paragraph.]

            [Footnote 2: The second footnote, which runs on
            to a second line before its bracket closes.]

            A later paragraph of the text, with its own footnote [A] in a letter.

            [Footnote A: A lettered footnote.]

            And a paragraph whose note is a bare bracketed number [1] opening the next paragraph.

            [1] A bare footnote, numbered again from one.

            The text closes with a last paragraph, long enough to read as prose of the essay.
            """;
        var book = Build(text, "pg-footnotes.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "A", "1"], followed.Select(f => f.Label));
        // Labels that are not all numbers are written out before each note ("A The lettered footnote").
        Assert.Contains("The first footnote, set right after the paragraph. ", followed[0].NoteText);
        Assert.Contains("The second footnote, which runs on to a second line before its bracket closes. ", followed[1].NoteText);
        Assert.Contains("A lettered footnote. ", followed[2].NoteText);
        Assert.StartsWith("A bare footnote, numbered again from one.", followed[3].NoteText);
        Assert.DoesNotContain("[Footnote", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>Project Gutenberg's starred footnotes, "[*]" and then "[**]" in the same chapter, each after its paragraph (the second had stayed in the text).</summary>
    [Fact]
    public void Project_Gutenberg_s_starred_footnotes_are_linked_one_star_or_two()
    {
        const string text = "The Castle\n\n"
                            + "The castle stands on a rock above the town, and was for three centuries the seat of\n"
                            + "the Counts, who ruled the valley as petty sovereigns.[*] The last of them ran up debts.\n\n"
                            + "[Footnote *: He had borrowed chiefly from the two cities.]\n\n"
                            + "The rooms are shown to visitors, and hold vestments taken, it is said, at a battle.[**]\n\n"
                            + "[Footnote **: The vestments are more probably of later date.]\n\n"
                            + "The text closes with a last paragraph, long enough to read as prose of the essay.\n";
        var book = Build(text, "starred-footnotes.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(2, followed.Count);
        Assert.Contains("He had borrowed chiefly", followed[0].NoteText);
        Assert.Contains("The vestments are more probably", followed[1].NoteText);
        Assert.DoesNotContain("[Footnote", string.Concat(book.Document.Paragraphs().Select(p => p.Paragraph.PlainText)));
    }

    /// <summary>Project Gutenberg's HTML: an anchor before the reference link, the note in a div.footnote linking back to the anchor.</summary>
    [Fact]
    public void Html_notes_linked_both_ways_by_anchors_are_kept()
    {
        const string page = """
            <!DOCTYPE html>
            <html><head><title>A Page</title></head><body>
            <h1>An Edition</h1>
            <h2>CHAPTER I</h2>
            <p>Text of the first chapter cites a work.<a name="FNanchor_1_1" id="FNanchor_1_1"></a><a href="#Footnote_1_1" class="fnanchor">[1]</a> More text.</p>
            <div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1"></a><a href="#FNanchor_1_1"><span class="label">[1]</span></a> <i>A Work</i>, chapter vi.</p></div>
            <h2>CHAPTER II<a name="FNanchor_2_2"></a><a href="#Footnote_2_2"><sup>[2]</sup></a></h2>
            <p>The second chapter, with a <a href="#contents">link to the contents</a> that is no note.</p>
            <div class="footnote"><p><a name="Footnote_2_2"></a><a href="#FNanchor_2_2">[2]</a> A note on the heading,</p><p>in two paragraphs.</p></div>
            <p id="contents">Contents.</p>
            </body></html>
            """;
        var book = Build(page, "pg.html");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2"], followed.Select(f => f.Label));
        Assert.Equal("A Work, chapter vi.", followed[0].NoteText.TrimEnd('\u21A9', '\uFE0E', ' '));
        Assert.Equal("A note on the heading,in two paragraphs.", followed[1].NoteText.TrimEnd('\u21A9', '\uFE0E', ' '));
        Assert.Equal("chapter-2.xhtml", followed[1].File); // the reference in the heading counts
        Assert.Contains("link to the contents", book.Text("EPUB/chapter-2.xhtml"));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>marxists.org: the reference link and the note's number link to each other (f1 ↔ b1).</summary>
    [Fact]
    public void Html_notes_whose_numbers_link_to_each_other_are_kept()
    {
        const string page = """
            <html><head><title>An Essay</title></head><body>
            <h3>An Essay</h3>
            <p>The essay cites a book.<span class="note"><a id="f1" name="f1" href="#b1">[1]</a></span> And another.<span class="note"><a id="f2" name="f2" href="#b2">[2]</a></span></p>
            <p>More of the essay, a paragraph long enough to be prose in its own right.</p>
            <hr>
            <p class="endnote"><a id="b1" name="b1" href="#f1">1.</a> A Book, p. 166.</p>
            <p class="endnote"><a id="b2" name="b2" href="#f2">2.</a> Another Book, p. 12.</p>
            </body></html>
            """;
        var followed = NoteLinks.Follow(Build(page, "essay.html"));
        Assert.Equal([("1", "A Book, p.\u00A0166."), ("2", "Another Book, p.\u00A012.")], followed.Select(f => (f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
    }

    [Fact]
    public void Html_superscript_inside_emphasis_is_a_reference_to_the_list_of_notes()
    {
        const string page = """
            <html><body>
            <h1>A Page</h1>
            <p>Here is <i>an italic phrase<sup>1</sup></i> and a plain one.<sup>2</sup> And x<sup>3</sup> is no note.</p>
            <p>A second paragraph of the page, long enough to read as prose.</p>
            <h4>Notes</h4>
            <ol><li>The first note.</li><li>The second note.</li></ol>
            </body></html>
            """;
        var book = Build(page, "sup.html");
        var followed = NoteLinks.Follow(book);
        Assert.Equal([("1", "The first note."), ("2", "The second note.")], followed.Select(f => (f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
        Assert.Contains("<i>an italic phrase<a href=\"endnotes.xhtml#note-1\"", book.Text("EPUB/opening.xhtml"));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>An HTML edition whose pages restart their numbering: each page (chapter) is a scope.</summary>
    [Fact]
    public void Html_note_numbering_that_restarts_starts_a_new_scope()
    {
        const string page = """
            <html><body><h1>Edition</h1>
            <h2>One</h2><p>First page cites.<a id="r1" href="#n1">1</a></p><p id="n1"><a href="#r1">1</a> Page one's note.</p>
            <h2>Two</h2><p>Second page cites.<a id="r2" href="#n2">1</a></p><p id="n2"><a href="#r2">1</a> Page two's note.</p>
            </body></html>
            """;
        var book = Build(page, "pages.html");
        var followed = NoteLinks.Follow(book);
        Assert.Equal([("1", "Page one's note."), ("1", "Page two's note.")], followed.Select(f => (f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ').Replace('\u2019', '\''))));
        Assert.NotEqual(followed[0].NoteId, followed[1].NoteId);
        Assert.Equal(2, book.Document.Notes.Select(n => n.Scope).Distinct().Count());
    }

    [Fact]
    public void Notes_can_go_at_the_end_of_each_chapter()
    {
        var book = Build(NotesPerChapter, "chapter-end.txt", NotePlacement.ChapterEnd);
        var followed = NoteLinks.Follow(book);
        Assert.All(followed, f => Assert.Equal(f.File, f.NoteFile));
        Assert.DoesNotContain(book.Entries(), e => e.Name.EndsWith("endnotes.xhtml"));
        Assert.Contains("epub:type=\"endnotes footnotes\"", book.Text("EPUB/chapter-1.xhtml"));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void Chapter_end_placement_keeps_uncited_notes_in_a_notes_document()
    {
        const string text = """
            Uncited

            A claim.(1) Nothing cites the second note of this text at all, as it happens.

            Notes

            1. Cited.
            2. Not cited.
            """;
        var book = Build(text, "uncited.txt", NotePlacement.ChapterEnd);
        NoteLinks.Follow(book);
        Assert.Contains("Not cited.", book.Text("EPUB/endnotes.xhtml"));
        Assert.Contains("Cited.", book.Text("EPUB/opening.xhtml"));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.NoteNeverCited);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_named_heading_ends_the_note_list_above_it()
    {
        // A list announced by nothing, then the next section: the named heading is a boundary the
        // notes are read against, so neither it nor the section under it becomes part of the last note.
        const string text = """
            Two Parts

            First Part 1

            A claim. [Note 1]

            Another claim. [Note 2]

            A last claim. [Note 3]

            1: First note.
            2: Second note.
            3: Third note.

            Second Part 2

            A fourth claim. [1]

            ----------

            [1] Fourth note.
            """;
        var named = Build(text, "parts.txt", headings: @"^\w+ \w+ \d+$");
        Assert.Equal(["First note.", "Second note.", "Third note.", "Fourth note."], NoteLinks.Follow(named).Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
        Assert.Contains("Second Part 2", named.Text("EPUB/chapter-2.xhtml"));
        // Unnamed, the heading may go unseen; the paragraph citing the footnote under the rule is
        // still the text's, and so is everything between it and the list.
        var unnamed = Build(text, "parts.txt");
        Assert.Equal(["First note.", "Second note.", "Third note.", "Fourth note."], NoteLinks.Follow(unnamed).Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
    }

    [Fact]
    public void A_chapter_named_sources_over_its_outline_is_a_chapter_not_a_list_of_notes()
    {
        // "CHAPTER II" over "SOURCES", then the chapter's numbered outline of points (3. and 4.,
        // the numbers the last citations above it reached): a chapter of the text whose name is a
        // notes heading's word. Taken for the first chapter's notes, it cut the text's one list
        // at the end into two scopes, left "[1]" and "[2]" unlinked and lost the chapter. The
        // labels are pinned (--labels), so the test reads the notes pass, not the models.
        const string text = """
            A Treatise

            CHAPTER I

            ORIGINS

            The law began with custom.[1] Writers followed it.[2]

            Practice and precedent shaped it.[3] Decisions fixed it.[4]

            CHAPTER II

            SOURCES

              3. Practice and Usage.

              4. Precedent and Decisions.

            Practice came first among the sources, and precedent came after it.

            NOTES

            [1] On custom.

            [2] On the writers.

            [3] On practice.

            [4] On precedent.
            """;
        var lines = text.Split('\n');
        var headings = new HashSet<string> { "CHAPTER I", "ORIGINS", "CHAPTER II", "SOURCES", "NOTES" };
        var pins = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToDictionary(i => i + 1, i => headings.Contains(lines[i].Trim()));
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(text), "treatise.txt", new ConvertOptions { LinePins = pins });
        Assert.Equal(["On custom.", "On the writers.", "On practice.", "On precedent."],
            NoteLinks.Follow(book).Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
        Assert.Contains("SOURCES", book.Text("EPUB/toc.xhtml"));
    }

    [Fact]
    public void A_lone_note_under_a_rule_links_each_citation_of_its_part_and_none_of_another()
    {
        // One note after a rule, cited in two paragraphs of its part: the footnote of both, not
        // only of the paragraph just above the rule. The first part's "[1]", already its own
        // note's, stays so, and nothing above the second part's heading is the second note's.
        const string text = """
            Two Parts

            First Part 1

            A claim. [1]

            ----------

            [1] First note.

            Second Part 2

            A claim of the second part. [1]

            The same claim again. [1]

            ----------

            [1] Its own note.
            """;
        var book = Build(text, "parts.txt", headings: @"^\w+ \w+ \d+$");
        Assert.Equal([("chapter-1.xhtml", "First note."), ("chapter-2.xhtml", "Its own note."), ("chapter-2.xhtml", "Its own note.")],
            NoteLinks.Follow(book).Select(f => (f.File, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ', 'a', 'b'))));
    }

    [Fact]
    public void Notes_set_off_by_a_rule_link_every_citation_and_only_their_own_parts()
    {
        // Two notes after a rule, the second cited twice: a list, not footnotes of the paragraph
        // just before (which would link one citation of note 2). The second part's note "[1]"
        // after its rule is no footnote of the first part's "[1]" above the heading.
        const string text = """
            Two Parts

            First Part 1

            A claim. [1]

            Another claim. [2]

            The same claim again. [2]

            ----------

            [1] First note.
            [2] Second note.

            Second Part 2

            A claim of the second part.¹

            ----------

            [1] Its own note.
            """;
        var book = Build(text, "parts.txt", headings: @"^\w+ \w+ \d+$");
        Assert.Equal([("chapter-1.xhtml", "First note."), ("chapter-1.xhtml", "Second note."), ("chapter-1.xhtml", "Second note."), ("chapter-2.xhtml", "Its own note.")],
            NoteLinks.Follow(book).Select(f => (f.File, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ', 'a', 'b'))));
    }

    [Fact]
    public void A_footnote_under_a_rule_never_links_a_citation_above_its_heading()
    {
        // The first part's "[1]" is a few paragraphs above the second part's lone footnote "[1]",
        // which the second part cites with a superscript: the heading between them is the bound.
        const string text = """
            Two Parts

            First Part 1

            A claim. [1]

            ----------

            1: First note.

            Second Part 2

            A claim of the second part.¹

            ----------

            [1] Its own note.
            """;
        var book = Build(text, "parts.txt", headings: @"^\w+ \w+ \d+$");
        Assert.Equal([("chapter-1.xhtml", "First note."), ("chapter-2.xhtml", "Its own note.")],
            NoteLinks.Follow(book).Select(f => (f.File, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
    }

    // ---- Notes at the foot of each printed page -----------------------------------------------

    /// <summary>How a typed report's page ends: a form feed after its number, or only blank lines after it.</summary>
    public enum PageEnd { FormFeed, BlankLines }

    /// <summary>How a typed report sets its page feet: under a short rule, each note "[1] …" or "1 …"; or with no rule, a blank line over notes "1 …".</summary>
    public enum FootSet { RuleAndBrackets, RuleAndBareNumbers, BareNumbersNoRule }

    /// <summary>
    /// A typed report: each page's text cites notes in brackets, and under a short rule at its
    /// foot stand those notes, wrapped with a hanging indent (a blank line inside a note when the
    /// typist double-spaced), then the page's number. Each page's last sentence runs on to the next
    /// page. <paramref name="notesPerPage"/> gives each page's note count; numbering runs on, or
    /// starts again on the pages listed in <paramref name="restarts"/>.
    /// </summary>
    private static readonly string[] PageWords = ["plainly", "briefly", "fully", "gladly", "firmly", "freely", "quietly", "boldly"];

    private static string TypedReport(int[] notesPerPage, PageEnd end, bool doubleSpacedNotes, bool blankUnderRule, ISet<int>? restarts = null, FootSet foot = FootSet.RuleAndBrackets)
    {
        var text = new StringBuilder("A Report on the State of Our Rights\n\nby A. Writer\n\n");
        var number = 0;
        for (var page = 0; page < notesPerPage.Length; page++)
        {
            if (restarts?.Contains(page) == true)
            {
                number = 0;
                text.Append($"\nPart Number {page + 1}\n\n");
            }
            var first = number + 1;
            // Each page's own words: the same line at the same place on every page is a running
            // head or foot, and leaves the text as page furniture.
            var how = PageWords[page % PageWords.Length];
            var lines = new List<string>
            {
                page == 0 ? "     This report goes over what the year brought to the rights that the" : $"     continues here on the next page, as the sentence was cut {how} by the foot",
                $"of the page before, and then it says {how} a good deal more of its own.",
            };
            for (var n = first; n < first + notesPerPage[page]; n++)
            {
                lines.Add($"A claim is made {how} here on page {page + 1} that needs its source, cited now.[{n}]");
                lines.Add($"The claim is argued {how} at some length and with examples in the text.");
            }
            lines.Add($"The last sentence of this page runs {how} on past the foot of the page, which");
            foreach (var line in lines) text.Append("     ").Append(line.TrimStart()).Append('\n');
            if (foot == FootSet.BareNumbersNoRule) text.Append('\n');
            else text.Append("     ___________________\n");
            if (blankUnderRule && foot != FootSet.BareNumbersNoRule) text.Append('\n');
            for (var n = first; n < first + notesPerPage[page]; n++)
            {
                text.Append(foot == FootSet.RuleAndBrackets ? $"   [{n}] " : $"   {n} ").Append($"Source {n} of the report, a journal article with a title long enough\n");
                if (doubleSpacedNotes) text.Append('\n');
                text.Append($"       that it wraps, and its date, {1980 + n}.\n");
            }
            number = first + notesPerPage[page] - 1;
            text.Append($"\n{new string(' ', 70)}{page + 1}\n");
            text.Append(end == PageEnd.FormFeed ? "\f\n" : "\n\n\n");
        }
        text.Append("     The report ends here, with a closing paragraph that cites no notes and\nthat sums up what came before it in a few words.\n");
        return text.ToString();
    }

    [Theory]
    [InlineData(PageEnd.FormFeed, true, true)]
    [InlineData(PageEnd.FormFeed, false, false)]
    [InlineData(PageEnd.BlankLines, true, false)]
    public void Notes_at_each_pages_foot_become_one_list_and_the_text_they_cut_is_whole_again(PageEnd end, bool doubleSpacedNotes, bool blankUnderRule)
    {
        var book = Build(TypedReport([2, 1, 3], end, doubleSpacedNotes, blankUnderRule), "typed-report.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => (n.ToString(), $"Source {n} of the report, a journal article with a title long enough that it wraps, and its date, {1980 + n}.")),
            followed.Select(f => (f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == DiagnosticCode.PageFootNotesGathered);
        var text = string.Concat(book.TextDocuments().Where(name => name.Contains("chapter") || name.Contains("opening")).Select(book.Text));
        // No note, rule or page number is left in the text, and each page's last sentence goes on in its paragraph.
        Assert.DoesNotContain("Source 1", text);
        Assert.DoesNotContain("___", text);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, "past the foot of the page, which continues here on the next page").Count);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Theory]
    [InlineData("\n\nAnn Writer farms by the river with her family and writes about the valley and its people.")]
    [InlineData("\n\nABOUT THE AUTHOR\n\nAnn Writer farms by the river with her family and writes about the valley and its people.")]
    [InlineData("\n\n-------------------------------\nAnn Writer farms by the river with her family and writes about the valley and its people.")]
    [InlineData("\n\nCopyright 1993 by Ann Writer. Permission is granted to copy this for any noncommercial use.")]
    public void What_closes_the_text_after_its_notes_is_no_note_but_text_or_rights(string closing)
    {
        // Notes of one paragraph each: the paragraph after the last is the text's closing matter
        // (a word about the author, the rights), not the last note running on. A word about the
        // author stays text; a notice of the rights goes to the rights (dc:rights, the colophon).
        const string cites = "The committee met in spring and heard from[{0}] many witnesses about the matter at hand, and it weighed what each of them said.";
        var text = "The Matter at Hand\n\nby Ann Writer\n\n" + string.Join("\n\n", Enumerable.Range(1, 3).Select(n => string.Format(System.Globalization.CultureInfo.InvariantCulture, cites, n)))
                   + "\n\nNOTES\n\n[1] Note one about a source.\n[2] Note two about a source.\n[3] Note three about a source.";
        var book = Build(text + closing + "\n", "closing.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["Note one about a source.", "Note two about a source.", "Note three about a source."], followed.Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
        var body = string.Concat(book.TextDocuments().Where(name => !name.Contains("notes")).Select(book.Text));
        var last = closing.Split('\n').Last();
        if (last.Contains("Permission", StringComparison.Ordinal)) Assert.Equal(last, book.Document.Metadata.Rights);
        else Assert.Contains(last[..30], body);
    }

    [Fact]
    public void A_long_note_under_a_notes_heading_runs_on_to_the_next_number()
    {
        // Note 1 quotes a letter of eight paragraphs; note 2 follows it. Under the heading the list
        // goes on; the notes after the long one were left in the text unlinked.
        var letter = string.Join("\n\n", Enumerable.Range(2, 7).Select(k => $"Paragraph {k} of the letter the first note quotes, which goes on."));
        var text = "The Matter at Hand\n\nby Ann Writer\n\nThe committee heard from[1] many witnesses and weighed[2] what each of them said, and wrote[3] it down.\n\n"
                   + $"NOTES\n\n[1] The first note quotes a letter.\n\n{letter}\n\n[2] The second note.\n\n[3] The third note.\n";
        var followed = NoteLinks.Follow(Build(text, "long-note.txt"));
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Contains("Paragraph 8 of the letter", followed[0].NoteText);
        Assert.StartsWith("The second note.", followed[1].NoteText);
    }

    [Fact]
    public void A_last_note_runs_on_where_the_lists_notes_do()
    {
        // A note before the last ran over two paragraphs: the list's notes run on, so the last one's second paragraph is its own.
        var text = "The Matter at Hand\n\nby Ann Writer\n\nThe committee heard from[1] many witnesses and weighed[2] what each of them said with care before it wrote.\n\n"
                   + "NOTES\n\n[1] Note one about a source.\n\nNote one goes on in a second paragraph of its own.\n\n[2] Note two about a source.\n\nNote two goes on in a second paragraph too.\n";
        var followed = NoteLinks.Follow(Build(text, "running-notes.txt"));
        Assert.Contains("Note two goes on in a second paragraph too.", followed.Single(f => f.Label == "2").NoteText);
    }

    [Theory]
    [InlineData("heard from(1) many witnesses", true)]
    [InlineData("heard from many witnesses, and weighed it all.(1) Then it", true)]
    [InlineData("heard from (1) the farmers and (2) the millers, and", false)]
    public void A_numbered_footnote_after_its_paragraph_is_linked_where_the_number_cites(string cited, bool linked)
    {
        // "(1) The note." right after the paragraph: a number glued to a word or after a sentence
        // cites it; one standing apart before words enumerates, and the paragraph after is the text's.
        var text = $"The Matter at Hand\n\nby Ann Writer\n\nThe committee met and {cited} came, and it weighed what each of them said with care before it wrote its findings.\n\n(1) Note number one about this paragraph.\n\nThe committee then went home, and nothing more was heard of it that day, which the minutes record without comment.\n";
        var followed = NoteLinks.Follow(Build(text, "paragraph-notes.txt"));
        Assert.Equal(linked ? ["Note number one about this paragraph."] : [], followed.Select(f => f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
    }

    /// <summary>
    /// Pages whose feet are short (a one-line note or two under the rule, then the page's end), so
    /// that the footnote rule stands near every page break, as a running footer does.
    /// </summary>
    private static string ShortFeet(int pages, bool formFeeds)
    {
        var text = new StringBuilder("A Report in Short Pages\n\nby A. Writer\n\n");
        for (var page = 1; page <= pages; page++)
        {
            text.Append($"The committee met on day {page} and heard from a witness(" + page + ") about the matter at hand, and it weighed\nwhat was said with care before it wrote its findings down.\n\n");
            text.Append($"The committee then went home on day {page}, and nothing more was heard of it that day,\nwhich the minutes record without comment of any kind.\n\n");
            text.Append($"_______________\n({page}) Witness {page} spoke under oath.\n");
            text.Append(formFeeds ? "\f\n" : "\n\n");
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Short_page_feet_keep_their_rule_and_each_pages_text_stays_in_the_text(bool formFeeds)
    {
        // The rule repeated at each page's foot is no running footer: it sets the page's notes off,
        // and without it the notes were left in the text unlinked. Without form feeds, a note set
        // off by its own rule after text that cites it ends the note before: that text is the next
        // page's, not the note's second paragraph.
        var book = Build(ShortFeet(3, formFeeds), "short-feet.txt");
        Assert.Equal([("1", "Witness 1 spoke under oath."), ("2", "Witness 2 spoke under oath."), ("3", "Witness 3 spoke under oath.")],
            NoteLinks.Follow(book).Select(f => (f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' '))));
        var text = string.Concat(book.TextDocuments().Where(name => !name.Contains("notes")).Select(book.Text));
        foreach (var day in new[] { 1, 2, 3 }) Assert.Contains($"went home on day {day}", text);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    [Fact]
    public void A_rule_over_notes_on_one_page_only_is_left_to_the_lists_of_notes()
    {
        // One foot is no convention: a rule over notes may close a part as well as a page.
        var book = Build(TypedReport([3], PageEnd.FormFeed, doubleSpacedNotes: false, blankUnderRule: true), "one-page.txt");
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code == DiagnosticCode.PageFootNotesGathered);
        Assert.Equal(["1", "2", "3"], NoteLinks.Follow(book).Select(f => f.Label));
    }

    [Fact]
    public void Notes_closing_each_article_after_a_short_rule_are_no_page_feet()
    {
        // A posting's articles each end with their notes under a short rule, then a gap and the
        // rule over the next article: no page ends there (no form feed, no page number).
        var article = (int n) => $"""
            =======================================================================
            Article Number {n}
            -----------------------------------------------------------------------

            The article number {n} makes a claim here that needs a source, and cites it.[1]
            It goes on with a second claim after the first one, and cites that too.[2]

            ----
            [1] The first source of article {n}, a journal.
            [2] The second source of article {n}, a book.



            """;
        var book = Build("A Posting of Articles\n\n" + article(1) + article(2) + article(3), "posting.txt");
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code == DiagnosticCode.PageFootNotesGathered);
        Assert.Equal(6, NoteLinks.Follow(book).Count);
    }

    [Fact]
    public void Page_feet_whose_numbering_starts_again_keep_each_parts_notes_to_its_part()
    {
        var book = Build(TypedReport([2, 1, 2, 2], PageEnd.FormFeed, doubleSpacedNotes: true, blankUnderRule: false, restarts: new HashSet<int> { 2 }), "two-parts.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(7, followed.Count);
        Assert.Equal(7, followed.Select(f => f.NoteId).Distinct().Count());
        Assert.All(followed, f => Assert.Contains($"Source {f.Label} of", f.NoteText));
        // The second part's note 1 is its own, not the first part's.
        Assert.Equal(2, followed.Count(f => f.Label == "1"));
    }

    [Fact]
    public void Every_reference_of_a_typed_report_lands_on_its_note_at_whatever_pages_foot_it_stood()
    {
        Gen.Select(Gen.Int[1, 3].Array[2, 6], Gen.Enum<PageEnd>(), Gen.Bool, Gen.Bool, Gen.Enum<FootSet>()).Sample((notes, end, doubleSpaced, blankUnderRule, foot) =>
        {
            var book = Build(TypedReport(notes, end, doubleSpaced, blankUnderRule, foot: foot), "report.txt");
            var followed = NoteLinks.Follow(book);
            Assert.Equal(Enumerable.Range(1, notes.Sum()).Select(n => n.ToString()), followed.Select(f => f.Label));
            Assert.All(followed, f => Assert.StartsWith($"Source {f.Label} of the report", f.NoteText));
        }, iter: 25, threads: 1);
    }

    /// <summary>A paragraph with a word in asterisks for emphasis and an asterisk note after it: the emphasis stays emphasis, the note links.</summary>
    [Fact]
    public void An_asterisk_note_links_in_a_paragraph_that_also_sets_a_word_in_asterisks()
    {
        const string text = """
            The Last Ferry

            I was *almost* too late for it, which would have meant a night on the
            quay. The ferryman waited for me, as they did then for anyone they knew.*

            * The ferry stopped running in the winter of 1952.

            Years later I met him again, mending nets by the harbour wall. He
            remembered me, or said he did.
            """;
        var book = Build(text, "ferry.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["The ferry stopped"], followed.Select(f => FirstWords(f.NoteText.TrimStart('*', ' '), 3)));
        var opening = book.Text("EPUB/opening.xhtml");
        Assert.Contains("I was <i>almost</i> too late", opening);
        Assert.Contains("anyone they knew.<a ", opening);
    }

    /// <summary>Notes typed line under line, each a bare number, one space and a capital, cited by digits glued after a quotation's close and a bracket's.</summary>
    [Fact]
    public void Notes_typed_line_under_line_with_a_bare_number_are_one_note_each()
    {
        const string text = """
            Letters Home

            The letters that survive from that winter are short,1 written in pencil on
            whatever paper could be found, and they say very little about the fighting.

            One soldier wrote that the trenches were "no worse than a wet week."2 Officers
            wrote at greater length (they read their own letters)3 and said more.

            Notes

            1 See the collection kept at the county record office.
            2 Each letter was read by a junior officer before it was posted home.
            3 A Private to his mother, in the January of the following year.
            4 Officers' letters were checked only now and then at the base.
            """;
        var book = Build(text, "letters.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Equal(["See the", "Each letter", "A Private"], followed.Select(f => FirstWords(f.NoteText, 2)));
        Assert.Equal(4, book.Document.Notes.Count);
    }

    /// <summary>A typescript's notes at each page's foot with no rule over them, numbered on, each page closed by its number between dashes.</summary>
    [Fact]
    public void Page_foot_notes_with_no_rule_over_them_link_where_the_page_number_closes_them()
    {
        const string text = """
            ON THE TURNPIKES

            The turnpike trusts kept the main roads from the 1700s, and charged a toll
            at every gate.1 The tolls paid for the road's upkeep, in theory at least,
            and for the dinners that the trustees gave themselves at the inn, which

               1 A mile of road might pass three gates.

                                           - 2 -

            were famous. When the railways came the trusts lost their traffic within a decade.2 Most
            were wound up by the 1870s, and the county councils took the roads.3

               2 Coaching inns closed along with them.
               3 Under the Local Government Act of 1888.

                                           - 3 -

            The milestones they set up still stand along many roads.
            """;
        var book = Build(text, "turnpikes.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(["1", "2", "3"], followed.Select(f => f.Label));
        Assert.Equal(["A mile", "Coaching inns", "Under the"], followed.Select(f => FirstWords(f.NoteText, 2)));
        // The sentence that ran over the page's foot is one paragraph again, and the page numbers are gone.
        var chapter = book.Text("EPUB/opening.xhtml");
        Assert.Contains("at the inn, which were famous.", chapter);
        Assert.DoesNotContain("- 2 -", chapter);
    }

    /// <summary>
    /// A page's own numbered list running down to its foot, no rule over it, its numbers said as
    /// enumerations pages before ("(1) … (2) …"), and another list at the next page's foot whose
    /// page holds numbers glued to a stop ("Gen.1"): the lists stay the text's, in their place.
    /// </summary>
    [Fact]
    public void A_numbered_list_ending_a_page_with_no_rule_over_it_is_no_page_foot()
    {
        const string text = """
            THE BURIAL LAW

                 The act allows (1) a burial without any service, (2) a burial with an
            address by a friend, (3) a burial in silence, and (4) a burial by the
            parish, as the family chooses and the law permits in each of the cases.

                                           - 2 -

                 The chief regulations of the act are these, as the society gives them:

                 1. Any responsible person having charge of the burial may give the
            notice, in writing, to the clergyman of the parish forty-eight hours before.

                 2. The burial must be held between ten in the morning and six in the
            evening in summer, and between ten and three in winter.

                                           - 3 -

                 The rules for a burial at sea, as the old law gave them (Gen.1 and Exod.2
            were read at such burials in the navy), are two:

                 1. Everyone has free access to the funeral, but it must be conducted in
            silence, and any offensive conduct is punishable by law.

                 2. The clergyman is entitled to his fee whether or not he performs the
            service, and may postpone the burial by a day on notice.

                                           - 4 -

                 The society will send its form of will to any member who asks for it.
            """;
        var book = Build(text, "burial.txt");
        Assert.Empty(book.Document.Notes);
        var opening = book.Text("EPUB/opening.xhtml");
        Assert.True(opening.IndexOf("Any responsible person", StringComparison.Ordinal) < opening.IndexOf("Everyone has free access", StringComparison.Ordinal));
        Assert.Contains("form of will", opening);
    }

    /// <summary>Double-spaced notes whose wrapped lines hang at one column under "[9]" and "[10]" alike: the two-digit notes' lines are theirs too.</summary>
    [Fact]
    public void Double_spaced_page_foot_notes_past_nine_keep_their_wrapped_lines()
    {
        var book = Build(TypedReport([3, 2, 3, 3], PageEnd.FormFeed, doubleSpacedNotes: true, blankUnderRule: false), "report.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString()), followed.Select(f => f.Label));
        Assert.All(followed, f => Assert.EndsWith($"its date, {1980 + int.Parse(f.Label)}.", f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ')));
    }

    /// <summary>A note's first words: enough to tell which note a reference landed on.</summary>
    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ')[..count]);

    /// <summary>A book's notes gathered at its end, a list for each chapter under the chapter's name, each list from 1.</summary>
    private const string NotesGatheredByChapter = """
        THE LOCK KEEPERS

        Chapter 1

        The keepers lived beside their locks, and were paid by the canal company.(1)
        Their wives worked the gates as often as they did.(2)

        Chapter 2

        When the railways came, the companies cut the keepers' wages first.(1) Many
        kept a shop or a pig to make ends meet.(2) Some left for the mills.(3)

        NOTES

        Chapter 1

        1. A lock keeper's cottage usually came with the post.
        2. The company's minute books name several women keepers.

        Chapter 2

        1. Wages fell by a third between 1850 and 1870.
        2. A pig could be kept on the towpath verge.
        3. Most went to the cotton towns.
        """;

    [Fact]
    public void Notes_gathered_at_the_end_under_each_chapter_s_name_link_within_their_chapter()
    {
        var book = Build(NotesGatheredByChapter, "gathered.txt");
        var followed = NoteLinks.Follow(book);
        Assert.Equal(
            [("chapter-1.xhtml", "1", "A lock"), ("chapter-1.xhtml", "2", "The company's"),
             ("chapter-2.xhtml", "1", "Wages fell"), ("chapter-2.xhtml", "2", "A pig"), ("chapter-2.xhtml", "3", "Most went")],
            followed.Select(f => (f.File, f.Label, FirstWords(f.NoteText.Replace('\u2019', '\''), 2))));
        // The notes' sub-heads leave with them: the notes document heads each chapter's notes itself.
        Assert.Equal(["Chapter 1", "Chapter 2"], book.Document.Sections.Select(s => Inline.PlainText(s.Title)));
        Assert.False(book.Diagnostics.HasWarnings, string.Join("\n", book.Diagnostics.Items));
        Assert.Empty(EpubCheck.Messages(book.Path));
    }

    /// <summary>"Notes to Chapter One" over each list, the chapters numbered in words; and "I." over the notes of "I. TITLE".</summary>
    [Theory]
    [InlineData("CHAPTER ONE", "CHAPTER TWO", "NOTES TO CHAPTER ONE", "NOTES TO CHAPTER TWO", "[{0}]")]
    [InlineData("I. THE WEAVERS", "II. DECLINE", "NOTES\n\nI.", "II.", " [{0}]")]
    [InlineData("Chapter I", "Chapter II", "Notes\n\nChapter 1", "Chapter 2", "({0})")]
    public void A_gathered_list_s_sub_head_names_its_chapter_in_the_chapter_s_own_words(string first, string second, string firstNotes, string secondNotes, string mark)
    {
        string Cite(int n) => string.Format(mark, n);
        var text = $"""
            THE WOOL TOWNS

            {first}

            The weavers sold their cloth across Europe.{Cite(1)} The best years
            saw more looms than anywhere outside London.{Cite(2)}

            {second}

            The trade fell away when the mills of the north took it.{Cite(1)} The
            masters were slow to follow.{Cite(2)}

            {firstNotes}

            1. The village gave its name to the cloth.
            2. Estimates run to twelve thousand looms.

            {secondNotes}

            1. The northern towns gained most.
            2. A few silk weavers held on longer.
            """;
        var followed = NoteLinks.Follow(Build(text, "wool.txt"));
        Assert.Equal(["The village", "Estimates run", "The northern", "A few"], followed.Select(f => FirstWords(f.NoteText, 2)));
        Assert.Equal(["chapter-1.xhtml", "chapter-1.xhtml", "chapter-2.xhtml", "chapter-2.xhtml"], followed.Select(f => f.File));
    }

    /// <summary>Sub-heads that name no heading of the text: where the references start again at 1 tells the parts.</summary>
    [Fact]
    public void Gathered_lists_whose_sub_heads_name_no_heading_follow_the_references_restarting()
    {
        const string text = """
            TWO TALKS ON THE CANALS

            Given at the village hall, the first on the boats themselves.[1] The boats
            were built at yards along the cut.[2]

            * * *

            The second talk took up the people who worked them.[1] Whole families lived
            aboard.[2] The children seldom went to school.[3]

            NOTES

            The first talk

            1. Most yards built a boat a month.
            2. The yards at the junction were the largest.

            The second talk

            1. The census counted them as travellers.
            2. A cabin was rarely more than seven feet wide.
            3. The inspectors' reports say so plainly.
            """;
        var followed = NoteLinks.Follow(Build(text, "talks.txt"));
        Assert.Equal(["Most yards", "The yards", "The census", "A cabin", "The inspectors'"], followed.Select(f => FirstWords(f.NoteText.Replace('\u2019', '\''), 2)));
    }

    // ---- Property: random documents whose sections each number their notes from 1 ---------------

    /// <summary>How a part's notes are set off from its text: under a "Notes" heading, after a rule, or by nothing but their numbers (an anthology's plain posting).</summary>
    private enum Announced { Heading, Rule, Nothing }

    /// <summary>How a part marks its references: "[1]" after a space, "(1)" against the stop, "{1}", "&lt;1&gt;", "^1", "¹", "[Note 1]".</summary>
    private enum Mark { Bracket, Parenthesis, Brace, Angle, Caret, Superscript, Named }

    /// <summary>How a note's line opens: "1. ", "1: ", "[1] ", "1 - ".</summary>
    private enum NoteOpening { Stop, Colon, Bracket, Dash }

    private sealed record Part(string Title, int Notes, int[] Cited, Mark Mark, Announced Announced, NoteOpening Opening = NoteOpening.Stop);

    private static readonly Gen<Part> Parts =
        from words in Gen.OneOfConst("Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma").Array[1, 3]
        from notes in Gen.Int[1, 6]
        from extra in Gen.Int[0, 3]
        from mark in Gen.Enum<Mark>()
        from cited in Gen.Int[1, 6].Array[extra]
        from announced in Gen.Enum<Announced>()
        from opening in Gen.Enum<NoteOpening>()
        // Two notes alone, announced by nothing, are as likely an argument's two points: such lists get their heading.
        select new Part(string.Join(' ', words), notes, [.. Enumerable.Range(1, notes), .. cited.Where(c => c <= notes)], mark,
            notes < 3 && announced == Announced.Nothing ? Announced.Heading : announced, opening);

    private static string Compose(Part[] parts)
    {
        var text = new StringBuilder("Random Parts\n\n");
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            text.Append($"{part.Title} {p + 1}\n\n");
            foreach (var n in part.Cited)
                text.Append($"Paragraph of part {p + 1} that cites a source for its claim here.{part.Mark switch { Mark.Bracket => $" [{n}]", Mark.Parenthesis => $"({n})", Mark.Brace => $"{{{n}}}", Mark.Angle => $"<{n}>", Mark.Caret => $"^{n}", Mark.Superscript => Superscript(n), _ => $" [Note {n}]" }}\n\n");
            text.Append(part.Announced switch { Announced.Heading => "Notes\n\n", Announced.Rule => "----------\n\n", _ => "" });
            for (var n = 1; n <= part.Notes; n++)
                text.Append(part.Opening switch { NoteOpening.Stop => $"{n}. ", NoteOpening.Colon => $"{n}: ", NoteOpening.Bracket => $"[{n}] ", _ => $"{n} - " }).Append($"Part {p + 1} note {n}.\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Superscript(int n) => string.Concat(n.ToString().Select(d => "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"[d - '0']));

    [Fact]
    public void Every_reference_lands_on_the_note_of_its_own_scope_and_number()
    {
        var checkedBooks = 0;
        Gen.Int[2, 4].SelectMany(n => Parts.Array[n]).Sample(parts =>
        {
            // The parts are given as chapters (--headings): the property is about notes and their scopes.
            var book = BuiltBook.Build(Encoding.UTF8.GetBytes(Compose(parts)), "parts.txt", new ConvertOptions { Headings = new System.Text.RegularExpressions.Regex(@"^\w+(?: \w+)* \d+$") });
            var followed = NoteLinks.Follow(book); // backlinks to every citation, unique ids
            var expected = parts.SelectMany((part, p) => part.Cited.Select(n => (Chapter: $"chapter-{p + 1}.xhtml", Label: n.ToString(), Text: $"Part {p + 1} note {n}."))).ToList();
            Assert.Equal(expected, followed.Select(f => (f.File, f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ', 'a', 'b', 'c', 'd'))).ToList());
            if (checkedBooks++ < 3) Assert.Empty(EpubCheck.Messages(book.Path));
        }, iter: 40, threads: 1);
    }

    /// <summary>How a book that gathers its notes at the end heads each part's list: with the part's heading, or "Notes to" it.</summary>
    private enum SubHead { PartsHeading, NotesToPart }

    /// <summary>The same parts, their notes gathered at the end of the book, a list for each part under a sub-head.</summary>
    private static string ComposeGathered(Part[] parts, SubHead subHead)
    {
        var text = new StringBuilder("Random Parts\n\n");
        for (var p = 0; p < parts.Length; p++)
        {
            text.Append($"{parts[p].Title} {p + 1}\n\n");
            foreach (var n in parts[p].Cited)
                text.Append($"Paragraph of part {p + 1} that cites a source for its claim here.{parts[p].Mark switch { Mark.Bracket => $" [{n}]", Mark.Parenthesis => $"({n})", Mark.Brace => $"{{{n}}}", Mark.Angle => $"<{n}>", Mark.Caret => $"^{n}", Mark.Superscript => Superscript(n), _ => $" [Note {n}]" }}\n\n");
        }
        if (subHead == SubHead.PartsHeading) text.Append("Notes\n\n");
        for (var p = 0; p < parts.Length; p++)
        {
            text.Append(subHead == SubHead.PartsHeading ? $"{parts[p].Title} {p + 1}\n\n" : $"Notes to {parts[p].Title} {p + 1}\n\n");
            for (var n = 1; n <= parts[p].Notes; n++) text.Append($"{n}. Part {p + 1} note {n}.\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public void Every_reference_lands_on_its_own_part_s_note_where_the_notes_are_gathered_at_the_end()
    {
        Gen.Select(Gen.Int[2, 4].SelectMany(n => Parts.Array[n]), Gen.Enum<SubHead>()).Sample((parts, subHead) =>
        {
            var book = BuiltBook.Build(Encoding.UTF8.GetBytes(ComposeGathered(parts, subHead)), "parts.txt", new ConvertOptions { Headings = new System.Text.RegularExpressions.Regex(@"^\w+(?: \w+)* \d+$") });
            var followed = NoteLinks.Follow(book);
            var expected = parts.SelectMany((part, p) => part.Cited.Select(n => (Chapter: $"chapter-{p + 1}.xhtml", Label: n.ToString(), Text: $"Part {p + 1} note {n}."))).ToList();
            Assert.Equal(expected, followed.Select(f => (f.File, f.Label, f.NoteText.TrimEnd('\u21A9', '\uFE0E', ' ', 'a', 'b', 'c', 'd'))).ToList());
        }, iter: 40, threads: 1);
    }
}
