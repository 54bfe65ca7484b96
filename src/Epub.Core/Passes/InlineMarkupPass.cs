using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// The emphasis plain text writes by hand: "*really*" and "_Book Title_" (as mail and Usenet
/// wrote them, and as Markdown later kept) become emphasis. Only around whole words: never inside
/// a word ("snake_case"), a URL or an e-mail address, and never across a line of asterisks.
/// </summary>
public static partial class InlineMarkupPass
{
    public static void Run(Document document)
    {
        // The full title first ("Title: Subtitle"), then the short one.
        var work = document.Metadata.ReviewedWork;
        string[] reviewed = work is null ? [] : work.Subtitle is null ? [work.Title] : [$"{work.Title}: {work.Subtitle}", work.Title];
        foreach (var (_, paragraph) in document.Paragraphs()) Rewrite(paragraph.Inlines, reviewed);
        foreach (var section in document.Sections) Rewrite(section.Title, reviewed);
        foreach (var note in document.Notes)
            foreach (var paragraph in note.Paragraphs) Rewrite(paragraph.Inlines, reviewed);
    }

    /// <summary>The title of the book a review reviews, wherever the text names it, is set in italics as a book's title is.</summary>
    private static void ItaliciseTitle(List<Inline> inlines, string title)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Text text) continue;
            var at = text.Value.IndexOf(title, StringComparison.Ordinal);
            if (at < 0) continue;
            var end = at + title.Length;
            // Whole words only ("This I Cannot Forgetting" is no mention).
            if ((at > 0 && char.IsLetterOrDigit(text.Value[at - 1])) || (end < text.Value.Length && char.IsLetterOrDigit(text.Value[end]))) continue;
            var pieces = new List<Inline>();
            if (at > 0) pieces.Add(new Text(text.Value[..at]));
            pieces.Add(new Emphasis([new Text(title)]));
            if (end < text.Value.Length) pieces.Add(new Text(text.Value[end..]));
            inlines.RemoveAt(i);
            inlines.InsertRange(i, pieces);
            i += pieces.Count - 1;
        }
    }

    private static void Rewrite(List<Inline> inlines, string[] reviewedTitles)
    {
        foreach (var title in reviewedTitles) ItaliciseTitle(inlines, title);
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Text text || (text.Value.IndexOf('*') < 0 && text.Value.IndexOf('_') < 0)) continue;
            var pieces = new List<Inline>();
            var last = 0;
            var addresses = AddressWords(text.Value);
            var next = 0; // the first address word that does not end before the match (matches come in order)
            foreach (Match m in Emphasised().Matches(text.Value))
            {
                while (next < addresses.Count && addresses[next].End <= m.Index) next++;
                if (next < addresses.Count && addresses[next].Start <= m.Index) continue;
                if (m.Index > last) pieces.Add(new Text(text.Value[last..m.Index]));
                pieces.Add(new Emphasis([new Text(m.Groups["inner"].Value)]));
                last = m.Index + m.Length;
            }
            if (pieces.Count == 0) continue;
            if (last < text.Value.Length) pieces.Add(new Text(text.Value[last..]));
            inlines.RemoveAt(i);
            inlines.InsertRange(i, pieces);
            i += pieces.Count - 1;
        }
    }

    /// <summary>
    /// The words (between spaces) that are a URL or an e-mail address ("://", "www." or "@"): a
    /// marker inside one is the address's own. Found in one pass, [Start, End) in order: looking
    /// around each marker for its word was quadratic in a long line of markers without spaces.
    /// </summary>
    private static List<(int Start, int End)> AddressWords(string text)
    {
        var words = new List<(int, int)>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            var word = text.AsSpan(start, end - start);
            if (word.Contains("://", StringComparison.Ordinal) || word.Contains("www.", StringComparison.Ordinal) || word.Contains('@')) words.Add((start, end));
            start = end + 1;
        }
        return words;
    }

    /// <summary>Where the writer set words between asterisks or underscores for emphasis ("*nearly*"), as this pass reads them.</summary>
    internal static MatchCollection EmphasisIn(string text) => Emphasised().Matches(text);

    /// <summary>A marker, text that starts and ends with a non-space, the same marker; no word character outside either.</summary>
    [GeneratedRegex(@"(?<![\w*_])(?<m>[*_])(?<inner>(?=[^\s*_])[^*_\n]{0,200}?[^\s*_])\k<m>(?![\w*_])|(?<![\w*_])(?<m>[*_])(?<inner>[^\s*_])\k<m>(?![\w*_])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasised();
}
