namespace Epub.Model;

/// <summary>
/// A note: its label as the source prints it ("12", "A", "*"), its text, the scope its label is
/// unique in, and, once <see cref="Passes.NoteLinkPass"/> has run, its id in the book and every
/// reference that cites it. Writers render exactly this: they keep no note state of their own.
/// </summary>
public sealed class Note(string label, NoteScope scope, int line)
{
    public string Label { get; } = label;

    public NoteScope Scope { get; } = scope;

    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>The source line the note starts on, for messages.</summary>
    public int Line { get; } = line;

    /// <summary>The note's id, unique in the book ("note-3", or "note-2-3" when numbering restarts per scope).</summary>
    public string Id { get; set; } = "";

    /// <summary>The references that cite this note, in reading order.</summary>
    public List<NoteReference> Citations { get; } = [];

    /// <summary>The label as a number, when it is one (for the list's numbering).</summary>
    public int? Number => int.TryParse(Label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// Where a note's label is unique: the whole document, one section whose notes restart at 1, an
/// article of a collection, a page of an HTML edition. References find their note within their scope.
/// </summary>
public sealed class NoteScope(int index)
{
    /// <summary>0 for the first scope of the document, then in reading order (renumbered through the book when documents are joined).</summary>
    public int Index { get; internal set; } = index;

    /// <summary>What the scope's notes belong to ("Chapter II"), filled in once sections are known; null for the whole document.</summary>
    public string? Title { get; set; }
}
