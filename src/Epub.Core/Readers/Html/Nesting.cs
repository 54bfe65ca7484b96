using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Epub.Readers.Html;

/// <summary>
/// Bounds how deep the reader's walk goes. A page can nest elements as deep as it likes (14,000
/// unclosed &lt;b&gt; tags are 42 KB), and the reader walks the tree recursively: below
/// <see cref="Limit"/> levels the elements are unwrapped, so their text, line breaks and images
/// stay, in order, and only formatting that deep is lost. Done iteratively, right after parsing,
/// before anything else walks the tree.
/// </summary>
internal static partial class Nesting
{
    /// <summary>
    /// HtmlAgilityPack's parser walks the open elements on every tag it appends, so a page's time
    /// grows with its tags times its depth (50,000 nested &lt;b&gt; took 8 s, a million would take
    /// hours; 45,000 unclosed "&lt;p&gt;&lt;b&gt;x" took 9 s at a limit of 2,048). Before parsing,
    /// tags that would open deeper than this are taken out of the text, with their end tags; their
    /// content stays. The same depth as <see cref="Limit"/>: the tree is unwrapped below it anyway
    /// (the parser's depth is never less than the count here, which leaves out tags a page need
    /// not close), so eliding there loses nothing more and bounds the parser's walk to that depth.
    /// </summary>
    public const int ParserLimit = Limit;

    /// <summary>End tags a page may leave out (or never has): they are not counted as nesting.</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>The page's text with tags opened beyond <see cref="ParserLimit"/> (and their end tags) taken out; one pass.</summary>
    public static string Elide(string text, out int elided)
    {
        elided = 0;
        var depth = 0;
        Dictionary<string, int>? open = null;
        StringBuilder? result = null;
        var copied = 0;
        foreach (var tag in Tag().EnumerateMatches(text))
        {
            // ValueMatch: no allocation per tag (a million tags must not mean a million objects).
            var span = text.AsSpan(tag.Index + 1, tag.Length - 2);
            var closing = span[0] == '/';
            if (closing) span = span[1..];
            var selfClosing = span.EndsWith("/");
            var end = span.IndexOfAny(' ', '/', '\t');
            if (end < 0) end = span.IndexOfAny('\n', '\r');
            var name = (end < 0 ? span : span[..end]).ToString();
            if (NotCounted.Contains(name) || selfClosing) continue;
            bool drop;
            if (!closing)
            {
                drop = ++depth > ParserLimit;
                if (drop)
                {
                    open ??= new(StringComparer.OrdinalIgnoreCase);
                    open[name] = open.GetValueOrDefault(name) + 1;
                    depth--;
                }
            }
            else if (open is not null && open.GetValueOrDefault(name) > 0) { open[name]--; drop = true; }
            else { depth = Math.Max(0, depth - 1); drop = false; }
            if (!drop) continue;
            elided++;
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, tag.Index - copied);
            copied = tag.Index + tag.Length;
        }
        if (result is null) return text;
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>Far deeper than any real page (a few dozen levels), far shallower than a thread's stack.</summary>
    public const int Limit = 256;

    /// <summary>Unwraps every element deeper than <see cref="Limit"/>; returns how many subtrees were flattened.</summary>
    public static int Flatten(HtmlNode root)
    {
        var flattened = 0;
        var pending = new Stack<(HtmlNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth == Limit)
            {
                if (FlattenBelow(node)) flattened++;
                continue;
            }
            foreach (var child in node.ChildNodes) pending.Push((child, depth + 1));
        }
        return flattened;
    }

    /// <summary>Replaces the node's descendants by their leaves (text, &lt;br&gt;, &lt;img&gt;), in document order.</summary>
    private static bool FlattenBelow(HtmlNode node)
    {
        var leaves = new List<HtmlNode>();
        var deep = false;
        var pending = new Stack<HtmlNode>();
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!current.HasChildNodes)
            {
                leaves.Add(current);
                continue;
            }
            deep = true;
            for (var i = current.ChildNodes.Count - 1; i >= 0; i--) pending.Push(current.ChildNodes[i]);
        }
        if (!deep) return false;
        node.ChildNodes.Clear();
        foreach (var leaf in leaves) node.AppendChild(leaf);
        return true;
    }
}
