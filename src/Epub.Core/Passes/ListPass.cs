using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Bulleted lists a plain text types with a mark at the head of each item ("- ", "* ", "+ ", "• ",
/// "o  "): two paragraphs or more in a row that open with the same mark are one list, each item
/// one paragraph without its mark, as a typesetter would set them (and as HTML's ul is read). One
/// such paragraph alone stays a paragraph: a dash before a signature or a lone aside is no list.
/// Numbered items stay paragraphs: their numbers may be notes, a contents list or an outline's
/// divisions, which other passes read.
/// </summary>
public static partial class ListPass
{
    public static void Run(Document document)
    {
        Gather(document.Blocks);
        foreach (var section in document.Sections) Gather(section.Blocks);
    }

    private static void Gather(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var mark = Mark(blocks[i]);
            // "- NAME" under a quotation is its attribution, not a list's first item.
            if (mark == '-' && i > 0 && blocks[i - 1] is Paragraph quotation && quotation.PlainText.TrimEnd() is [.., '"' or '\u201D' or '\''])
                mark = null;
            var end = i + 1;
            while (mark is not null && end < blocks.Count && Mark(blocks[end]) == mark) end++;
            if (mark is null || end - i < MinItems)
            {
                result.Add(blocks[i]);
                continue;
            }
            var items = new List<List<Paragraph>>(end - i);
            for (var k = i; k < end; k++)
            {
                var item = (Paragraph)blocks[k];
                var stripped = Inline.DropPrefix(item.Inlines, BulletMark().Match(item.PlainText).Length);
                item.Inlines.Clear();
                item.Inlines.AddRange(stripped);
                items.Add([item]);
            }
            result.Add(new ListBlock(ordered: false, items) { Line = ((Paragraph)blocks[i]).Line });
            i = end - 1;
        }
        blocks.Clear();
        blocks.AddRange(result);
    }

    /// <summary>A list needs two items: one marked paragraph alone may be anything.</summary>
    private const int MinItems = 2;

    /// <summary>The bullet a body paragraph opens with, or null.</summary>
    private static char? Mark(Block block)
    {
        if (block is not Paragraph { HeadingLevel: 0, Underlined: false, KeepsSpacing: false } paragraph) return null;
        var text = paragraph.PlainText;
        if (BulletMark().Match(text) is not { Success: true } m) return null;
        var mark = m.Groups["mark"].Value[0];
        // "* A line of a box *": the mark closes the line too; a box's sides, not an item.
        return text.TrimEnd()[^1] == mark ? null : mark;
    }

    /// <summary>
    /// "- text", "* text", "+ text", "• text", "o  text" (the letter only with two spaces or more after
    /// it): a mark, space, then a word, a number, a quotation or a bracket; never "--", "* * *" or "-5".
    /// </summary>
    [GeneratedRegex(@"^(?:(?<mark>[-*+\u2022])\s+|(?<mark>o)\s{2,})(?=[\p{L}\p{N}""'\u201C\u2018(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMark();
}
