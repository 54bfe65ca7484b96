using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Epub.Model;
using HtmlAgilityPack;

namespace Epub.Readers.Html;

/// <summary>
/// Reads an archived HTML page into the same flat document the plain-text reader makes: one
/// paragraph per block element (or per line of a block broken with &lt;br&gt;), headings marked
/// as such, emphasis kept, scripts, styles and forms left out. Superscript note numbers become
/// "[N]" so the notes pass links them as it does in plain text.
/// </summary>
public static partial class HtmlReader
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "form", "select", "button", "iframe", "object", "head", "img", "svg"];
    private static readonly HashSet<string> Blocks = ["p", "div", "li", "dd", "dt", "blockquote", "pre", "td", "th", "center", "address", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "hr"];

    /// <summary>Whether the text is an HTML page rather than plain text.</summary>
    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 1024)));

    public static Document Read(string text)
    {
        var html = new HtmlDocument { OptionFixNestedTags = true };
        html.LoadHtml(text);
        var document = new Document();
        // The page's <title> often carries the site's name too: an <h1> (read by the title-block pass) is better.
        var title = html.DocumentNode.SelectSingleNode("//title")?.InnerText;
        if (!string.IsNullOrWhiteSpace(title) && html.DocumentNode.SelectSingleNode("//h1") is null) document.Metadata.Title = Clean(title);

        var builder = new Builder(document.Blocks);
        builder.Walk(html.DocumentNode.SelectSingleNode("//body") ?? html.DocumentNode);
        builder.Flush();
        return document;
    }

    private sealed class Builder(List<Block> blocks)
    {
        private readonly List<Inline> _inlines = [];
        private int _line;
        private int _group;
        private int _headingLevel;

        public void Walk(HtmlNode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child.NodeType)
                {
                    case HtmlNodeType.Text:
                        AddText(WebUtility.HtmlDecode(child.InnerText), child.Line);
                        break;
                    case HtmlNodeType.Element:
                        Element(child);
                        break;
                }
            }
        }

        private void Element(HtmlNode element)
        {
            var name = element.Name.ToLowerInvariant();
            if (Skipped.Contains(name)) return;
            if (name == "br") { Flush(keepGroup: true); return; }
            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                Flush();
                _headingLevel = name[1] - '0';
                Walk(element);
                Flush();
                return;
            }
            if (name is "i" or "em" or "cite" or "var")
            {
                var outer = new List<Inline>(_inlines);
                _inlines.Clear();
                Walk(element);
                var inner = new List<Inline>(_inlines);
                _inlines.Clear();
                _inlines.AddRange(outer);
                if (Inline.PlainText(inner).Trim().Length > 0) _inlines.Add(new Emphasis(inner));
                else _inlines.AddRange(inner);
                return;
            }
            if (name == "sup" && int.TryParse(element.InnerText.Trim().Trim('[', ']', '(', ')'), out var number))
            {
                AddText($"[{number}]", element.Line);
                return;
            }
            var block = Blocks.Contains(name);
            if (block) Flush();
            // An ordered list's numbers are implicit in HTML; written out, a list of notes reads as it would in plain text.
            if (name == "li" && element.ParentNode?.Name.Equals("ol", StringComparison.OrdinalIgnoreCase) == true)
                AddText($"{element.ParentNode.ChildNodes.Where(n => n.Name.Equals("li", StringComparison.OrdinalIgnoreCase)).TakeWhile(n => n != element).Count() + 1}. ", element.Line);
            Walk(element);
            if (block) Flush();
        }

        private void AddText(string text, int line)
        {
            if (text.Length == 0) return;
            if (_inlines.Count == 0)
            {
                text = text.TrimStart();
                if (text.Length == 0) return;
                _line = line;
            }
            text = Whitespace().Replace(text, " ");
            if (_inlines.Count > 0 && _inlines[^1] is Text last) last.Value += text;
            else _inlines.Add(new Text(text));
        }

        /// <summary>Ends the paragraph being built; a &lt;br&gt; keeps the next line in the same group, as a line of a plain-text block.</summary>
        public void Flush(bool keepGroup = false)
        {
            TrimEnd();
            if (_inlines.Count > 0)
            {
                blocks.Add(new Paragraph(new List<Inline>(_inlines), _line, _group) { HeadingLevel = _headingLevel });
                _inlines.Clear();
            }
            _headingLevel = 0;
            if (!keepGroup) _group++;
        }

        private void TrimEnd()
        {
            while (_inlines.Count > 0 && _inlines[^1] is Text t && string.IsNullOrWhiteSpace(t.Value)) _inlines.RemoveAt(_inlines.Count - 1);
            if (_inlines.Count > 0 && _inlines[^1] is Text last) last.Value = last.Value.TrimEnd();
        }
    }

    private static string Clean(string text) => Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();
}
