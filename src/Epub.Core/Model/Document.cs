namespace Epub.Model;

/// <summary>
/// The document tree every reader produces and every writer consumes (pandoc's Pandoc value,
/// Markdig's MarkdownDocument). Passes move blocks between its parts and rewrite inlines; writers
/// never look at the source text again.
/// </summary>
public sealed class Document
{
    public Metadata Metadata { get; } = new();

    /// <summary>Where the text came from and what was taken out of it: the colophon's material.</summary>
    public Provenance Provenance { get; } = new();

    /// <summary>
    /// Blocks that belong to no section. A reader puts every block here; the structure pass moves
    /// the ones that follow a heading into <see cref="Sections"/>, so what stays is the opening text.
    /// </summary>
    public List<Block> Blocks { get; } = [];

    public List<Section> Sections { get; } = [];

    /// <summary>
    /// The source marks its headings in markup (an HTML page with h1–h6 or heading-like
    /// paragraphs): the plain-text shapes (capitals, centred lines) are not looked for, since a
    /// page's capitals are vote lists and addresses, not its sections.
    /// </summary>
    public bool HeadingsMarkedUp { get; set; }

    /// <summary>The lines of a plain text (1-based) the line labeller labelled headings, for <c>inspect --labels</c>.</summary>
    public List<int> HeadingLines { get; } = [];

    /// <summary>The lines of a plain text (1-based) set as they stand (tables, drawings), for <c>inspect --labels</c>.</summary>
    public List<int> PreformattedLines { get; } = [];

    /// <summary>The person named the headings (<c>--headings</c>): the structure pass takes those and finds no others.</summary>
    public bool HeadingsGiven { get; set; }

    /// <summary>Every note of the book, scope by scope, each scope's in its own order.</summary>
    public List<Note> Notes { get; } = [];

    /// <summary>How the writer sets out the notes: the standard book's, unless a target's transform chose another.</summary>
    public NoteMarkup NoteMarkup { get; set; } = NoteMarkup.Standard;

    /// <summary>Kobo's transform has marked the text's sentences (<see cref="Span"/>): the tree is a kepub's from now on.</summary>
    public bool SentencesMarked { get; set; }

    /// <summary>
    /// Elements, by id, that wrap the whole of each content document's body, outermost first: none
    /// in the standard book; Kobo's "book-columns" and "book-inner" in a kepub (set by its transform).
    /// </summary>
    public IReadOnlyList<string> BodyWrappers { get; set; } = [];

    /// <summary>Files the book carries besides its documents (images found beside the source), in the order first used.</summary>
    public List<Resource> Resources { get; } = [];

    /// <summary>
    /// Every note reference in reading order, with the section it stands in (null: the opening
    /// text) or the note it stands in (a note citing another): headings, paragraphs, quotations,
    /// lists and epigraphs' attributions alike.
    /// </summary>
    public IEnumerable<(Section? Section, Note? InNote, NoteReference Reference)> References()
    {
        foreach (var r in ReferencesIn(Blocks)) yield return (null, null, r);
        foreach (var section in Sections)
        {
            foreach (var r in Inlines.References(section.Title)) yield return (section, null, r);
            foreach (var r in ReferencesIn(section.Blocks)) yield return (section, null, r);
        }
        foreach (var note in Notes)
            foreach (var p in note.Paragraphs)
                foreach (var r in Inlines.References(p.Inlines)) yield return (null, note, r);
    }

    private static IEnumerable<NoteReference> ReferencesIn(List<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var paragraphs = block is Paragraph or BlockQuote or Epigraph or ListBlock or Table or Preformatted ? Model.Blocks.CitingParagraphs([block]) : [];
            foreach (var p in paragraphs)
                foreach (var r in Inlines.References(p.Inlines)) yield return r;
            if (block is Epigraph epigraph)
                foreach (var r in Inlines.References(epigraph.Citation)) yield return r;
        }
    }

    /// <summary>Every paragraph of the text in reading order (opening text, then the sections), inside quotations and lists too; not the notes.</summary>
    public IEnumerable<(Section? Section, Paragraph Paragraph)> Paragraphs()
    {
        foreach (var p in Model.Blocks.Paragraphs(Blocks)) yield return (null, p);
        foreach (var section in Sections)
            foreach (var p in Model.Blocks.Paragraphs(section.Blocks)) yield return (section, p);
    }
}

/// <summary>
/// A section of the text under one heading: one chapter of the book, or in a book joined from
/// several documents, one part (a whole document) or one of its chapters.
/// </summary>
public sealed class Section(List<Inline> title, int line)
{
    /// <summary>
    /// How deep the section sits: 1 for a chapter of a single document (and for each part of a
    /// joined book), 2 for a chapter inside a part. <see cref="Document.Sections"/> stays one list
    /// in reading order; the levels say how the contents nest.
    /// </summary>
    public int Level { get; set; } = 1;

    /// <summary>A part's subtitle, shown under its heading (a joined document's own subtitle); null for a chapter.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Who wrote the part, shown under its heading where the book's author is someone else (or no one); null for a chapter.</summary>
    public string? Author { get; init; }

    /// <summary>The number the source gives the section ("I", "2", "A"), or null.</summary>
    public string? Label { get; set; }

    /// <summary>Why its heading was taken as one (its family: "outline", "underlined", "the text's contents", …), for <c>inspect</c>.</summary>
    public string? Evidence { get; init; }

    public List<Inline> Title { get; } = title;

    public List<Block> Blocks { get; } = [];

    /// <summary>The source line of the heading, for messages.</summary>
    public int Line { get; } = line;
}

