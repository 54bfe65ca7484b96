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
            else if (inline is Emphasis e) text.Append(PlainText(e.Inlines));
        }
        return text.ToString();
    }
}

/// <summary>A run of text. Passes may rewrite its characters (typography), never its words.</summary>
public sealed class Text(string value) : Inline
{
    public string Value { get; set; } = value;
}

/// <summary>Emphasised text (a title, a foreign word), as HTML sources mark it.</summary>
public sealed class Emphasis(List<Inline> inlines) : Inline
{
    public List<Inline> Inlines { get; } = inlines;
}

/// <summary>A reference in the text to note <see cref="Number"/>.</summary>
public sealed class NoteReference(int number) : Inline
{
    public int Number { get; } = number;
}
