using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Sets quotations apart by the shape of the paragraphs, not their words: a paragraph that a
/// lead-in ending with a colon introduces, and that is wholly a quotation (opens with a quote
/// mark, ends with the closing one, perhaps followed by a note reference), becomes a block
/// quotation, together with the paragraphs that continue it when its quote is not closed at the
/// paragraph's end; so do paragraphs a plain text sets in from its margin on every line, as a
/// typescript sets off a quotation, where the text's other paragraphs keep to the margin, and
/// paragraphs a mail or news reader marked as quoted ("&gt; "). A
/// quotation with an attribution after a dash at the head of a section is an epigraph. Runs
/// before typography, on straight or curly quotes alike.
/// </summary>
public static partial class QuotationPass
{
    /// <summary>A quotation longer than this many paragraphs is not one quotation but a runaway quote mark.</summary>
    private const int MaxParagraphs = 12;

    public static void Run(Document document)
    {
        SetApart(document.Blocks);
        foreach (var section in document.Sections)
        {
            if (section.Blocks.Count > 1 && section.Blocks[0] is Paragraph first && AsEpigraph(first) is { } epigraph)
                section.Blocks[0] = epigraph;
            SetApart(section.Blocks);
        }
    }

    private static void SetApart(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        // Where every paragraph is set in, that is the text's layout, not a quotation.
        var someAtMargin = blocks.Any(b => b is Paragraph { SetIn: false });
        for (var i = 0; i < blocks.Count; i++)
        {
            var end = i > 0 && blocks[i - 1] is Paragraph leadIn && leadIn.PlainText.TrimEnd().EndsWith(':') ? QuotationEnd(blocks, i) : -1;
            // Lines a mail or news reader marked as quoted are a quotation by the writer's own mark.
            if (end < 0 && blocks[i] is Paragraph { Quoted: true, HeadingLevel: 0 })
            {
                end = i;
                while (end + 1 < blocks.Count && blocks[end + 1] is Paragraph { Quoted: true, HeadingLevel: 0 }) end++;
            }
            if (end < 0 && someAtMargin && blocks[i] is Paragraph { SetIn: true, HeadingLevel: 0 })
            {
                end = i;
                while (end + 1 < blocks.Count && blocks[end + 1] is Paragraph { SetIn: true, HeadingLevel: 0 }) end++;
            }
            if (end < 0)
            {
                result.Add(blocks[i]);
                continue;
            }
            result.Add(new BlockQuote(blocks.GetRange(i, end - i + 1).Cast<Paragraph>().ToList()));
            i = end;
        }
        blocks.Clear();
        blocks.AddRange(result);
    }

    /// <summary>The index of the paragraph that closes the quotation opening at <paramref name="start"/>, or -1.</summary>
    private static int QuotationEnd(List<Block> blocks, int start)
    {
        for (var i = start; i < blocks.Count && i < start + MaxParagraphs; i++)
        {
            if (blocks[i] is not Paragraph p || !Opens(p)) return -1;
            var text = p.PlainText.TrimEnd();
            var balanced = CountDoubleQuotes(text) % 2 == 0;
            if (balanced) return ClosesAtEnd(p) ? i : -1;
            // Unbalanced: the quotation runs on; the next paragraph must open again (the convention for quotations over several paragraphs).
        }
        return -1;
    }

    private static bool Opens(Paragraph p) => p.PlainText.TrimStart() is [var c, ..] && c is '"' or '\u201C';

    /// <summary>Ends with the closing quote mark, after which only a note reference may follow.</summary>
    private static bool ClosesAtEnd(Paragraph p)
    {
        var last = p.Inlines.FindLastIndex(i => i is not NoteReference && !(i is Text t && string.IsNullOrWhiteSpace(t.Value)));
        return last >= 0 && p.Inlines[last] is Text text && text.Value.TrimEnd() is [.., var c] && c is '"' or '\u201D';
    }

    private static int CountDoubleQuotes(string text) => text.Count(c => c is '"' or '\u201C' or '\u201D');

    /// <summary>
    /// "Quotation." - Attribution (7): the quotation (quotes kept) becomes the epigraph's paragraph,
    /// the words after the dash, with any note reference, its citation.
    /// </summary>
    private static Epigraph? AsEpigraph(Paragraph paragraph)
    {
        if (!Opens(paragraph) || paragraph.Inlines.Count == 0 || paragraph.Inlines[0] is not Text first) return null;
        var match = Attribution().Match(first.Value);
        if (!match.Success || CountDoubleQuotes(first.Value[..(match.Index + 1)]) % 2 != 0) return null;
        var quote = new Paragraph([new Text(first.Value[..(match.Index + 1)])], paragraph.Line, paragraph.Group);
        List<Inline> citation = [new Text("\u2014" + match.Groups["who"].Value), .. paragraph.Inlines.Skip(1)];
        var words = Inline.PlainText(citation).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 15 ? new Epigraph([quote], citation) : null;
    }

    /// <summary>A closing quote mark, then a dash (hyphen, double hyphen, en or em dash), then the attribution to the end.</summary>
    [GeneratedRegex(@"[""\u201D]\s*(?:--?|\u2013|\u2014)\s*(?<who>\S[^""\u201C\u201D]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();
}
