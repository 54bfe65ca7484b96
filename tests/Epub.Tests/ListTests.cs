using System.Text;
using Epub.Model;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// Bulleted lists of plain texts: each item one paragraph of a list, however its lines were
/// wrapped, and nothing else made a list. Each source text here is our own, typed in the shape it tests.
/// </summary>
public sealed class ListTests
{
    private static Document Read(string text)
    {
        var diagnostics = new Diagnostics("list.txt");
        return Pipeline.Default.Read(Encoding.UTF8.GetBytes(text), "list.txt", new ConvertOptions(), diagnostics);
    }

    private static List<Block> AllBlocks(Document document) => [.. document.Blocks, .. document.Sections.SelectMany(s => s.Blocks)];

    private static List<List<string>> Lists(Document document) =>
        AllBlocks(document).OfType<ListBlock>().Select(list => list.Items.Select(item => string.Join(" ", item.Select(p => p.PlainText))).ToList()).ToList();

    private const string Opening = """
        A Plan for the Town

        The town has argued for a long time about what it needs to do next, and the council
        has at last written down what it proposes, so that everyone can read it and object.

        """;

    [Fact]
    public void Items_whose_lines_hang_deeper_than_their_text_are_one_item_each()
    {
        var document = Read(Opening + """
            -       No council exists to make decisions for the town (as a single
                        body) or the people within it.
            -       Roads and bridges are kept up through free agreements between the
                        people who use them, out of necessity.
            -       The agreements can be made, altered, or ended at any time.

            The plan ends with a word of thanks to everyone who wrote in about it.
            """);
        Assert.Equal([[
            "No council exists to make decisions for the town (as a single body) or the people within it.",
            "Roads and bridges are kept up through free agreements between the people who use them, out of necessity.",
            "The agreements can be made, altered, or ended at any time.",
        ]], Lists(document));
    }

    [Fact]
    public void Bullets_on_full_lines_with_no_blank_line_between_are_each_an_item()
    {
        var document = Read(Opening + """
            Under the plan the council could, when it declared an emergency:
                 * Take over all the roads and the bridges across the river at once
                 * Seize all sources of power, water and gas within the town limits
                 * Control all the markets

            The plan ends with a word of thanks to everyone who wrote in about it.
            """);
        Assert.Equal([[
            "Take over all the roads and the bridges across the river at once",
            "Seize all sources of power, water and gas within the town limits",
            "Control all the markets",
        ]], Lists(document));
    }

    [Fact]
    public void Items_set_in_under_a_line_that_ends_no_sentence_are_each_an_item()
    {
        var document = Read(Opening + """
            The council set itself three goals in its first year, and the members
            voted on each of them at the meeting in the hall:

              o  to sell the grain together, at one price, to one buyer;
              o  to buy seed and fuel together, at the lowest price;
              o  to keep a fund for the families whose crops failed.

            -=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-

            The plan ends with a word of thanks to everyone who wrote in about it;
              + first to the clerk,
              + then to the mayor.
            """);
        Assert.Equal([
            ["to sell the grain together, at one price, to one buyer;", "to buy seed and fuel together, at the lowest price;", "to keep a fund for the families whose crops failed."],
            ["first to the clerk,", "then to the mayor."],
        ], Lists(document));
        // A rule drawn in two marks is a rule, as one of one mark is: no text.
        Assert.DoesNotContain(Blocks.Paragraphs(AllBlocks(document)), p => p.PlainText.Contains("-=-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_drawn_in_asterisks_a_lone_dash_and_an_attribution_are_no_lists()
    {
        var document = Read(Opening + """
            * This plan is copyrighted 1994 by the council  *
            * of the town, and may be copied freely.         *

            "The town that plans nothing gets nothing, and it will always
            deserve what it gets."
            - A. Founder, Letters to the Council (1890).

            - one aside, set off by a dash.

            The plan ends with a word of thanks to everyone who wrote in about it.
            """);
        Assert.Empty(Lists(document));
        // The attribution keeps its dash, as typed.
        Assert.Contains(Blocks.Paragraphs(AllBlocks(document)), p => p.PlainText.StartsWith('-') && p.PlainText.Contains("Founder, Letters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bulleted_list_is_an_unordered_list_in_the_book()
    {
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(Opening + """
            The council asks three things of the people:

            o   to read the plan;
            o   to write in about it;
            o   and to come to the meeting.
            """), "list.txt");
        var items = book.TextDocuments().Select(book.Xml).SelectMany(x => x.Descendants()).Where(e => e.Name.LocalName == "li").Select(li => li.Value.Trim()).ToList();
        Assert.Equal(["to read the plan;", "to write in about it;", "and to come to the meeting."], items);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }
}
