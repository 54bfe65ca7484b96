using Epub.Model;
using Epub.Writers;

namespace Epub.Targets;

/// <summary>
/// The kepub: Kobo's own renderer, which keeps reading position, highlights and statistics by
/// sentence, needs each sentence of the text in a <c>span class="koboSpan" id="kobo.P.S"</c> (P
/// counting the file's paragraphs, S the paragraph's pieces), as calibre's KEPUB output and
/// kepubify write them. Spans are made from runs of text only, so they never cross an element's
/// boundary (a sentence that runs through emphasis is spanned in pieces, as kepubify does) and never
/// hold a link: note references and backlinks stay whole, between spans, and keep their
/// <c>epub:type="noteref"</c> and <c>file#id</c> link, which Kobo's popups key on. Notes are asides
/// of their own (<c>epub:type</c> "endnote footnote", role doc-footnote), their number written in
/// their text, their backlink "←": Kobo's fonts lack "↩" (the conventions' §2).
/// </summary>
public static class KoboTransform
{
    public const string SpanClass = "koboSpan";

    public static NoteMarkup Notes { get; } = new() { NoteElement = "aside", NoteRole = "doc-footnote", BacklinkMark = "\u2190" };

    /// <summary>
    /// The two divs kepubify and calibre's KEPUB output wrap every content document's body in:
    /// Kobo's renderer lays its columns out on them (and its own styles for them key on the ids).
    /// </summary>
    public static IReadOnlyList<string> BodyWrappers { get; } = ["book-columns", "book-inner"];

    public static void Apply(Document document, WriterOptions options)
    {
        document.NoteMarkup = Notes;
        document.BodyWrappers = BodyWrappers;
        if (document.SentencesMarked) return;
        var layout = new BookLayout(document, options);
        var paragraphsIn = new Dictionary<string, int>(StringComparer.Ordinal);
        void Mark(string file, List<Inline> inlines)
        {
            var paragraph = paragraphsIn[file] = paragraphsIn.GetValueOrDefault(file) + 1;
            var sentence = 0;
            MarkSentences(inlines, paragraph, ref sentence);
        }

        foreach (var block in document.Blocks) MarkBlock(BookLayout.OpeningFile, block, Mark);
        foreach (var section in document.Sections)
        {
            var file = layout.FileOf(section);
            Mark(file, section.Title);
            foreach (var block in section.Blocks) MarkBlock(file, block, Mark);
        }
        // Notes after the text of the file that holds them, as the writer sets them.
        foreach (var note in document.Notes)
            foreach (var paragraph in note.Paragraphs) Mark(layout.FileOf(note), paragraph.Inlines);
        document.SentencesMarked = true;
    }

    private static void MarkBlock(string file, Block block, Action<string, List<Inline>> mark)
    {
        foreach (var paragraph in Model.Blocks.Paragraphs([block])) mark(file, paragraph.Inlines);
        if (block is Epigraph epigraph) mark(file, epigraph.Citation);
    }

    /// <summary>Each run of text becomes its sentences' spans, in place; emphasis is entered, links and markers kept as they are.</summary>
    private static void MarkSentences(List<Inline> inlines, int paragraph, ref int sentence)
    {
        var marked = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text { Value: var text }:
                    // White space alone (between a reference and emphasis) holds no sentence: left as it is.
                    if (string.IsNullOrWhiteSpace(text)) { marked.Add(inline); break; }
                    foreach (var piece in Sentences.Split(text))
                        marked.Add(new Span(piece, $"kobo.{paragraph}.{++sentence}", SpanClass));
                    break;
                case Emphasis emphasis:
                    MarkSentences(emphasis.Inlines, paragraph, ref sentence);
                    marked.Add(emphasis);
                    break;
                default:
                    marked.Add(inline);
                    break;
            }
        }
        inlines.Clear();
        inlines.AddRange(marked);
    }
}
