using Epub.Model;
using Epub.Writers;

namespace Epub.Targets;

/// <summary>The reading systems a book is made for: each is the standard book, transformed.</summary>
public enum BookTarget
{
    /// <summary>The standard EPUB 3 book, for every reading system.</summary>
    Epub,

    /// <summary>Kobo's kepub: its own renderer (note popups, reading statistics, highlights) instead of the Adobe engine.</summary>
    Kobo,

    /// <summary>An EPUB that keeps its notes through Amazon's conversion (Send to Kindle, or calibre's AZW3).</summary>
    Kindle,
}

/// <summary>
/// Makes a target's book from the standard one as a transform of the document tree (as Standard
/// Ebooks derives its kepub and Kindle builds), so that one writer writes every target.
/// </summary>
public static class BookTargets
{
    /// <summary>The targets by their names on the command line.</summary>
    public static IReadOnlyDictionary<string, BookTarget> ByName { get; } = new Dictionary<string, BookTarget>(StringComparer.Ordinal)
    {
        ["epub"] = BookTarget.Epub,
        ["kobo"] = BookTarget.Kobo,
        ["kindle"] = BookTarget.Kindle,
    };

    /// <summary>
    /// How a target's book file is named after the standard one's "NAME.epub": Kobo's readers take
    /// a book for a kepub by its ".kepub.epub"; the Kindle build is told apart from the standard one.
    /// </summary>
    public static string Extension(BookTarget target) => target switch
    {
        BookTarget.Kobo => ".kepub.epub",
        BookTarget.Kindle => ".kindle.epub",
        _ => ".epub",
    };

    /// <summary>
    /// The order in which one document is written for several targets: Kobo's sentence spans
    /// replace the text's runs in the tree, so the kepub is written last; the other transforms
    /// only choose the note markup, which each sets anew.
    /// </summary>
    public static IEnumerable<BookTarget> InWritingOrder(IEnumerable<BookTarget> targets) =>
        targets.Distinct().OrderBy(t => t == BookTarget.Kobo);

    /// <summary>Turns the tree into the target's (the placement of the notes decides which file holds what, which Kobo's spans count by).</summary>
    public static void Apply(Document document, BookTarget target, WriterOptions options)
    {
        if (document.SentencesMarked && target != BookTarget.Kobo)
            throw new InvalidOperationException($"the tree was made a kepub's and cannot be written for {target}: write the kepub last (InWritingOrder)");
        switch (target)
        {
            case BookTarget.Kobo: KoboTransform.Apply(document, options); break;
            case BookTarget.Kindle: KindleTransform.Apply(document); document.BodyWrappers = []; break;
            default: (document.NoteMarkup, document.BodyWrappers) = (NoteMarkup.Standard, []); break;
        }
    }
}
