using Epub.Model;

namespace Epub.Targets;

/// <summary>
/// The book as Amazon's conversion keeps it (Send to Kindle; calibre's AZW3 stands in for it in the
/// tests): the conversion runs the notes of one list together into a single popup unless each note
/// is an element of its own whose first link goes back to the text, as its number (the conventions'
/// §2, issue 18). The number is written in the note instead of drawn by the list (<c>li value</c>),
/// so no list rendering or stylesheet is needed to show it. Links are plain <c>href</c>s to
/// <c>file#id</c> targets, which need no <c>epub:type</c> to work. References stay raised by the
/// stylesheet alone: calibre's AZW3 keeps its <c>epub|type</c> rule, and a <c>sup</c> around them
/// raised them twice there.
/// </summary>
public static class KindleTransform
{
    /// <summary>
    /// A <c>div</c>, not an <c>aside</c>: readers that honour <c>aside epub:type="footnote"</c>
    /// hide it from the page, and the notes document should still read as one.
    /// </summary>
    public static NoteMarkup Notes { get; } = new() { NoteElement = "div", BacklinkFirst = true };

    public static void Apply(Document document) => document.NoteMarkup = Notes;
}
