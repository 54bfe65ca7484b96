using Epub.Model;

namespace Epub.Targets;

/// <summary>
/// The book as Amazon's conversion keeps it (Send to Kindle, or calibre's AZW3 and MOBI output):
/// the conversion runs the notes of one list together into a single popup unless each note is an
/// element of its own whose first link goes back to the text, as its number (Amazon's Kindle
/// Publishing Guidelines, "pop-up footnotes"); it drops the list's own numbering and may drop the
/// stylesheet's <c>epub|type</c> selectors, so nothing the reader needs rests on them: the number is
/// written in the note, and references are raised by <c>sup</c>. Links are plain <c>href</c>s to
/// <c>file#id</c> targets, which need no <c>epub:type</c> to work.
/// </summary>
public static class KindleTransform
{
    /// <summary>
    /// A <c>div</c>, not an <c>aside</c>: readers that honour <c>aside epub:type="footnote"</c>
    /// hide it from the page, and the notes document should still read as one.
    /// </summary>
    public static NoteMarkup Notes { get; } = new() { NoteElement = "div", BacklinkFirst = true, ReferencesInSuperscript = true };

    public static void Apply(Document document) => document.NoteMarkup = Notes;
}
