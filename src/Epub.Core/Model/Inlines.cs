using System.Text;

namespace Epub.Model;

public abstract class Inline
{
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        // Most paragraphs are one run of text: no copy for them.
        if (inlines is IReadOnlyList<Inline> { Count: 1 } list && list[0] is Text only) return only.Value;
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is Text t) text.Append(t.Value);
            else if (inline is Span span) text.Append(span.Value);
            else if (inline is Emphasis e) text.Append(PlainText(e.Inlines));
            else if (inline is Superscript s) text.Append(s.Value);
        }
        return text.ToString();
    }

    /// <summary>
    /// The inlines without their first <paramref name="count"/> characters of text (a number or
    /// label before the text), keeping emphasis and references after them.
    /// </summary>
    public static List<Inline> DropPrefix(List<Inline> inlines, int count)
    {
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (count > 0 && inline is Text text)
            {
                if (text.Value.Length <= count) { count -= text.Value.Length; continue; }
                result.Add(new Text(text.Value[count..]));
                count = 0;
                continue;
            }
            if (count > 0 && inline is Emphasis emphasis)
            {
                var length = PlainText(emphasis.Inlines).Length;
                if (length <= count) { count -= length; continue; }
                result.Add(new Emphasis(DropPrefix(emphasis.Inlines, count)));
                count = 0;
                continue;
            }
            if (count > 0 && inline is Superscript superscript) { count = Math.Max(0, count - superscript.Value.Length); continue; }
            result.Add(inline);
        }
        return result;
    }
}

/// <summary>
/// Where a page of the printed edition begins ("[Pg 12]" in a Project Gutenberg page): no text,
/// a marker the book keeps as an EPUB page break, listed in the navigation's page-list, so that
/// readers can cite and go to the printed pages.
/// </summary>
public sealed class PageBreak(string label, string id) : Inline
{
    public string Label { get; } = label;

    /// <summary>Unique in the book: "page-12" (prefixed with its part when documents are joined, since each part has its own page 12).</summary>
    public string Id { get; internal set; } = id;
}

/// <summary>A run of text. Passes may rewrite its characters (typography), never its words.</summary>
public sealed class Text(string value) : Inline
{
    public string Value { get; set; } = value;
}

/// <summary>
/// A run of text a reading system asks to have marked with an id and a class (Kobo's sentence
/// spans, <c>koboSpan</c>, by which it keeps highlights and reading position). Made by a target's
/// transform just before writing (<see cref="Targets.KoboTransform"/>), never by a reader or a pass.
/// </summary>
public sealed class Span(string value, string id, string cssClass) : Inline
{
    public string Value { get; } = value;

    public string Id { get; } = id;

    public string CssClass { get; } = cssClass;
}

/// <summary>Emphasised text (a title, a foreign word), as HTML sources mark it.</summary>
public sealed class Emphasis(List<Inline> inlines) : Inline
{
    public List<Inline> Inlines { get; } = inlines;
}

/// <summary>
/// A reference in the text to a note. A reader that sees the link in its source sets
/// <see cref="Note"/> itself; otherwise the notes pass finds the note by <see cref="Label"/>
/// within the reference's scope. <see cref="Id"/> is set by <see cref="Passes.NoteLinkPass"/>.
/// </summary>
public sealed class NoteReference(string label, Note? note = null) : Inline
{
    public string Label { get; } = label;

    public Note? Note { get; set; } = note;

    /// <summary>The reference's own id, unique in the book, which the note's backlink targets.</summary>
    public string Id { get; set; } = "";

    /// <summary>
    /// The notes a range's first number stands for too, between its ends ("[2-4]": note 3, which
    /// has no number of its own to link): they are cited here, and link back here.
    /// </summary>
    public List<Note> Spans { get; } = [];
}

/// <summary>A superscript the source marked that is no note reference (an exponent, an ordinal).</summary>
public sealed class Superscript(string value) : Inline
{
    public string Value { get; } = value;
}

/// <summary>Inline helpers that look inside emphasis.</summary>
public static class Inlines
{
    /// <summary>Every note reference among the inlines, inside emphasis too, in order.</summary>
    public static IEnumerable<NoteReference> References(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is NoteReference reference) yield return reference;
            else if (inline is Emphasis emphasis)
                foreach (var inner in References(emphasis.Inlines)) yield return inner;
        }
    }
}
