namespace Epub.Model;

/// <summary>
/// How the notes are set out, where reading systems differ: one ordered list (the standard
/// book), or each note an element of its own, its backlink at its end or opening it as its
/// number. A target's transform chooses it (<see cref="Targets.BookTargets"/>); the one writer
/// follows it.
/// </summary>
public sealed record NoteMarkup
{
    /// <summary>
    /// The element of one note: "li", an item of one ordered list that numbers the notes; or an
    /// element of its own ("aside", "div"), with its number written in its text.
    /// </summary>
    public string NoteElement { get; init; } = "li";

    /// <summary>
    /// The ARIA role of a note element, or null for none: an aside without one is a landmark of
    /// its own to assistive technology, thirty of them alike (Ace: landmark-unique), where
    /// doc-footnote says what it is. Not doc-endnote, which DPUB-ARIA 1.1 deprecates.
    /// </summary>
    public string? NoteRole { get; init; }

    /// <summary>The notes are items of one ordered list (the standard book).</summary>
    public bool InList => NoteElement == "li";

    /// <summary>The backlinks open the note, the first as the note's number, instead of closing its last paragraph.</summary>
    public bool BacklinkFirst { get; init; }

    /// <summary>
    /// The backlink's mark at the end of a note. U+FE0E after the arrow keeps iOS from drawing it
    /// as an emoji.
    /// </summary>
    public string BacklinkMark { get; init; } = "\u21A9\uFE0E";

    /// <summary>The standard book's: one ordered list, a backlink closing each note.</summary>
    public static NoteMarkup Standard { get; } = new();
}
