namespace Epub.Model;

public abstract class Block;

/// <summary>Walks blocks for the paragraphs they hold.</summary>
public static class Blocks
{
    /// <summary>Every paragraph, inside quotations, epigraphs and lists too, in reading order.</summary>
    public static IEnumerable<Paragraph> Paragraphs(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: yield return p; break;
                case BlockQuote q: foreach (var p in q.Paragraphs) yield return p; break;
                case Epigraph e: foreach (var p in e.Paragraphs) yield return p; break;
                case ListBlock l: foreach (var item in l.Items) foreach (var p in item) yield return p; break;
                case Table t: foreach (var row in t.Rows) foreach (var cell in row) yield return cell.Content; break;
            }
        }
    }

    /// <summary>
    /// Every paragraph that may cite a note, in reading order: the paragraphs, and the text of
    /// preformatted blocks (a table or a boxed sidebar set in spaces cites notes as prose does).
    /// Only the notes passes read preformatted text: nothing else may rewrite its spacing.
    /// </summary>
    public static IEnumerable<Paragraph> CitingParagraphs(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Preformatted pre) yield return pre.Content;
            else foreach (var p in Paragraphs([block])) yield return p;
        }
    }
}

/// <summary>A paragraph of running text.</summary>
public sealed class Paragraph(List<Inline> inlines, int line, int group) : Block
{
    public List<Inline> Inlines { get; } = inlines;

    /// <summary>The source line the paragraph starts on (1-based), for messages; 0 when made by a pass.</summary>
    public int Line { get; } = line;

    /// <summary>
    /// Which run of lines between blank lines the paragraph came from. Lines of one run that were
    /// kept apart (a title block, a table of contents, a list of notes) share a group.
    /// </summary>
    public int Group { get; } = group;

    public Paragraph(string text, int line, int group) : this([new Text(text)], line, group) { }

    /// <summary>
    /// The run of lines between blank lines the paragraph came from in a plain text, even where
    /// the layout set a line of it apart into a group of its own; -1 where the source has no runs.
    /// </summary>
    public int Run { get; init; } = -1;

    /// <summary>The run of lines the paragraph came from: <see cref="Run"/> where the source has runs, else its group.</summary>
    public int SourceRun => Run >= 0 ? Run : Group;

    /// <summary>Follows a rule (a line of "-", "=", "_"…) in a plain text: the start of a part, or of a list of notes.</summary>
    public bool AfterRule { get; set; }

    /// <summary>The label the line labeller gave the paragraph's first line in a plain text ("heading"), or null.</summary>
    public string? LineLabel { get; set; }

    /// <summary>The labeller's probability for <see cref="LineLabel"/>.</summary>
    public float LabelProbability { get; set; }

    /// <summary>The ordinal of a heading whose label stood on a line of its own above it ("II" of "CHAPTER II" over "THE MIDDLE"), or null.</summary>
    public string? HeadingOrdinal { get; set; }

    /// <summary>The label above the heading named a division of the text with its number ("CHAPTER IV", "Part 2"), not a bare numeral.</summary>
    public bool UnderDivisionLabel { get; set; }

    /// <summary>Why it was taken as a section heading (set by the structure pass's finders), for <c>inspect</c>.</summary>
    public string? HeadingEvidence { get; set; }

    /// <summary>The spaces before its first line in a plain text (0 elsewhere).</summary>
    public int Indent { get; init; }

    /// <summary>Centred on its line in a plain text (how typewritten texts set titles and headings).</summary>
    public bool Centred { get; init; }

    /// <summary>Wrapped over several lines of a plain text, every one of them set in from the text's margin: how a typescript sets off a quotation.</summary>
    public bool SetIn { get; init; }

    /// <summary>Quoted from another message in a plain text, as mail and news readers mark it ("&gt; " before each line).</summary>
    public bool Quoted { get; set; }

    /// <summary>Underlined in a plain text (a line of "=" or "-" under it): a heading by the writer's own mark.</summary>
    public bool Underlined { get; init; }

    /// <summary>The text of a preformatted block: its spacing is its layout, so what links a reference keeps the columns after it where they stood.</summary>
    public bool KeepsSpacing { get; init; }

    /// <summary>
    /// 1 to 6 where the source marked the paragraph as a heading (HTML's h1–h6, or a kind of
    /// paragraph the page uses as headings); 0 where it did not say.
    /// </summary>
    public int HeadingLevel { get; set; }

    /// <summary>
    /// A heading below the chapter's own, inside a section: 1 for the first level under the
    /// chapter (written as h3), 2 for the next; 0 for a paragraph. Set by the structure pass.
    /// </summary>
    public int Subheading { get; set; }

    /// <summary>What the source's markup says the paragraph is ("centred", "p.sub"), compared across the page for heading-like paragraphs; null in plain text.</summary>
    public string? SourceStyle { get; init; }

    /// <summary>What a page's heading says it is by its class ("title", "subtitle", "author"), or null.</summary>
    public string? HeadingRole { get; init; }

    /// <summary>A page's block whose text is all links to other pages (a link row, a navigation table's cell), or links and the site's rights notice (a footer): site chrome where it stands at the page's head or tail.</summary>
    public bool LinksOnly { get; init; }

    /// <summary>The paragraph's text with note references left out.</summary>
    public string PlainText => Inline.PlainText(Inlines);
}

/// <summary>A quotation set apart from the text, of one or more paragraphs.</summary>
public sealed class BlockQuote(List<Paragraph> paragraphs) : Block
{
    public List<Paragraph> Paragraphs { get; } = paragraphs;
}

/// <summary>A quotation at the head of a section, with its attribution.</summary>
public sealed class Epigraph(List<Paragraph> paragraphs, List<Inline> citation) : Block
{
    public List<Paragraph> Paragraphs { get; } = paragraphs;

    public List<Inline> Citation { get; } = citation;
}

/// <summary>
/// An image of the source (HTML's img): its address there, its text alternative, and once the
/// file is found beside the source, the resource the book carries. Unresolved images are
/// written as their alternative text, marked as such.
/// </summary>
public sealed class Image(string source, string alt, int line) : Block
{
    public string Source { get; } = source;
    public string Alt { get; } = alt;
    public int Line { get; } = line;
    public Resource? Resource { get; set; }

    /// <summary>A page's image that is a link to the site's front page: its logo, site chrome where it stands at the page's head.</summary>
    public bool LinksHome { get; init; }
}

/// <summary>A file the book carries besides its documents (an image): its name inside the book, media type and bytes.</summary>
public sealed record Resource(string FileName, string MediaType, byte[] Content);

/// <summary>Text whose lines and spacing are its meaning (HTML's pre: a table set in spaces, a diagram, verse): written as it is.</summary>
public sealed class Preformatted(List<string> lines, int line) : Block
{
    /// <summary>The lines as the source set them, for measuring and reporting.</summary>
    public List<string> Lines { get; } = lines;
    public int Line { get; } = line;

    /// <summary>
    /// What the book shows: the lines as one run of text, line breaks and spacing kept, into which
    /// the notes pass links the references the block cites.
    /// </summary>
    public Paragraph Content { get; } = new(string.Join('\n', lines), line, -line) { KeepsSpacing = true };
}

/// <summary>A table of data the source marks as one (HTML's table whose cells hold only text): rows of cells.</summary>
public sealed class Table(List<List<TableCell>> rows) : Block
{
    public List<List<TableCell>> Rows { get; } = rows;
}

/// <summary>One cell: its text, and whether it heads its row or column (th).</summary>
public sealed record TableCell(Paragraph Content, bool Header);

/// <summary>A list the source marks as one (HTML's ol and ul): each item one or more paragraphs.</summary>
public sealed class ListBlock(bool ordered, List<List<Paragraph>> items) : Block
{
    public bool Ordered { get; } = ordered;

    /// <summary>The number of the first item of an ordered list.</summary>
    public int Start { get; init; } = 1;

    public List<List<Paragraph>> Items { get; } = items;

    /// <summary>The source line the list starts on.</summary>
    public int Line { get; init; }
}
