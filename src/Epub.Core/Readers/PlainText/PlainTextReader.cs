using System.Text;
using Epub.Model;

namespace Epub.Readers.PlainText;

/// <summary>
/// Reads an archived plain text into a flat document: one <see cref="Paragraph"/> for each
/// paragraph of the source, with its line number and the run of lines it came from. Finding
/// headings, notes and the title block is left to the passes.
/// </summary>
public sealed class PlainTextReader : IReader
{
    public string Name => "plain-text";

    /// <summary>Plain text is what every other reader declines: it reads anything.</summary>
    public bool CanRead(string text) => true;

    public Document Read(string text, Diagnostics diagnostics) => Read(text);

    public static Document Read(string text)
    {
        var lines = SplitLines(text);
        var document = new Document();
        var wrapWidth = HardWrap.DetectWidth(lines);
        var group = 0;
        var start = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && !string.IsNullOrWhiteSpace(lines[i])) continue;
            if (i > start)
            {
                AddGroup(document.Blocks, lines, start, i, group, wrapWidth);
                group++;
            }
            start = i + 1;
        }
        return document;
    }

    /// <summary>One run of non-blank lines: each line a paragraph, unless the text is hard-wrapped.</summary>
    private static void AddGroup(List<Block> blocks, List<string> lines, int start, int end, int group, int? wrapWidth)
    {
        var paragraphStart = start;
        var current = new StringBuilder(lines[start].Trim()); // appended to, never rebuilt: no quadratic copying
        for (var i = start + 1; i <= end; i++)
        {
            var next = i < end ? lines[i].Trim() : null;
            if (next is not null && wrapWidth is int width && HardWrap.Continues(lines[i - 1], next, width))
            {
                current.Append(' ').Append(next);
                continue;
            }
            blocks.Add(new Paragraph(current.ToString(), paragraphStart + 1, group));
            if (next is null) break;
            current.Clear().Append(next);
            paragraphStart = i;
        }
    }

    /// <summary>Splits on CRLF, CR and LF alike and turns tabs into spaces.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(text.AsSpan(lineStart, i - lineStart).Contains('\t') ? text[lineStart..i].Replace('\t', ' ') : text[lineStart..i]);
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
            lineStart = i + 1;
        }
        return lines;
    }
}
