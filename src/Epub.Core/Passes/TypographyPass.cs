using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Applies <see cref="Typography"/> to every run of text in the tree: paragraphs, headings,
/// quotations, notes, and the metadata shown on the title page. Note references are not text, so
/// their numbers cannot be touched; a run after one continues the text before it.
/// </summary>
public static class TypographyPass
{
    public static void Run(Document document)
    {
        Blocks(document.Blocks);
        foreach (var section in document.Sections)
        {
            Inlines(section.Title);
            Blocks(section.Blocks);
        }
        foreach (var note in document.Notes) Blocks(note.Paragraphs);

        var metadata = document.Metadata;
        metadata.Title = Line(metadata.Title);
        metadata.Subtitle = Line(metadata.Subtitle);
        metadata.Author = Line(metadata.Author);
        metadata.Byline = Line(metadata.Byline);
        metadata.DateText = Line(metadata.DateText);
        metadata.Rights = Line(metadata.Rights);
        for (var k = 0; k < metadata.Credits.Count; k++) metadata.Credits[k] = metadata.Credits[k] with { Line = Line(metadata.Credits[k].Line)!, Name = Line(metadata.Credits[k].Name)! };
        if (metadata.ReviewedWork is { } work)
            metadata.ReviewedWork = new ReviewedWork(Line(work.Author), Line(work.Title)!, Line(work.Subtitle), Line(work.Imprint));
        var notices = document.Provenance.ArchiveNotices;
        for (var i = 0; i < notices.Count; i++) notices[i] = Typography.Apply(notices[i], '\0');
    }

    /// <summary>Metadata is searched and sorted by reading systems: no non-breaking spaces there.</summary>
    private static string? Line(string? text) => text is null ? null : Typography.Apply(text, '\0', nonBreakingSpaces: false);

    private static void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: Inlines(p.Inlines); break;
                case BlockQuote q: Blocks(q.Paragraphs); break;
                case ListBlock l: foreach (var item in l.Items) Blocks(item); break;
                case Table t: foreach (var row in t.Rows) Blocks(row.Select(cell => cell.Content)); break;
                case Epigraph e:
                    Blocks(e.Paragraphs);
                    Inlines(e.Citation);
                    break;
            }
        }
    }

    private static void Inlines(List<Inline> inlines, char before = '\0')
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    text.Value = Typography.Apply(text.Value, before);
                    if (text.Value.Length > 0) before = text.Value[^1];
                    break;
                case Emphasis emphasis:
                    Inlines(emphasis.Inlines, before);
                    var plain = Inline.PlainText(emphasis.Inlines);
                    if (plain.Length > 0) before = plain[^1];
                    break;
                case NoteReference or Superscript:
                    before = '0'; // what follows a reference continues the sentence it sits in
                    break;
            }
        }
    }
}
