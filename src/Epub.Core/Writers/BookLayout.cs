using Epub.Model;

namespace Epub.Writers;

/// <summary>Where the notes go: one notes document after the text, or the end of each chapter.</summary>
public enum NotePlacement
{
    /// <summary>All notes in one document after the text (Standard Ebooks' endnotes.xhtml).</summary>
    Endnotes,

    /// <summary>Each note at the end of the chapter that first cites it; notes nobody cites in a notes document.</summary>
    ChapterEnd,
}

/// <summary>How the writers shape the book; set from the command line.</summary>
public sealed record WriterOptions
{
    public NotePlacement Notes { get; init; } = NotePlacement.Endnotes;

    /// <summary>False for no cover at all (<c>--no-cover</c>).</summary>
    public bool Cover { get; init; } = true;

    /// <summary>The cover to package instead of drawing one (<c>--cover IMAGE</c>).</summary>
    public CoverImage? CoverImage { get; init; }
}

/// <summary>
/// Which file of the book holds each part of the tree, decided from the tree alone before any
/// document is written, so that every link can be written in one go and no writer depends on the
/// order in which the others run.
/// </summary>
public sealed class BookLayout
{
    public const string CoverFile = "cover.xhtml";
    public const string OpeningFile = "opening.xhtml";
    public const string EndnotesFile = "endnotes.xhtml";

    private readonly Dictionary<NoteReference, string> _referenceFiles = [];
    private readonly Dictionary<Note, string> _noteFiles = [];
    private readonly Dictionary<Section, string> _sectionFiles = [];

    public BookLayout(Document document, WriterOptions options)
    {
        // A book whose sections nest has parts (each a file "part-N") holding chapters; the
        // chapters are numbered through the book, as in a single document.
        HasParts = document.Sections.Any(s => s.Level > 1);
        int parts = 0, chapters = 0;
        foreach (var section in document.Sections)
            _sectionFiles[section] = HasParts && section.Level == 1 ? PartFile(++parts) : ChapterFile(++chapters);
        foreach (var (section, inNote, reference) in document.References())
            if (inNote is null) _referenceFiles[reference] = section is null ? OpeningFile : _sectionFiles[section];

        foreach (var note in document.Notes)
            _noteFiles[note] = options.Notes == NotePlacement.ChapterEnd && note.Citations.Count > 0 && _referenceFiles.TryGetValue(note.Citations[0], out var file)
                ? file
                : EndnotesFile;
        // A reference inside a note (a note citing another) is in whichever file holds that note.
        foreach (var (_, inNote, reference) in document.References())
            if (inNote is not null) _referenceFiles[reference] = _noteFiles[inNote];
        EndnotesDocumentNeeded = _noteFiles.Values.Any(f => f == EndnotesFile);
        NoteMarkup = document.NoteMarkup;
    }

    /// <summary>How the notes and their references are set out (the target's choice).</summary>
    public NoteMarkup NoteMarkup { get; }

    public static string ChapterFile(int number) => $"chapter-{number}.xhtml";

    public static string PartFile(int number) => $"part-{number}.xhtml";

    /// <summary>The sections nest: the top-level ones are parts, headed one level above their chapters.</summary>
    public bool HasParts { get; }

    public string FileOf(Section section) => _sectionFiles[section];

    public bool EndnotesDocumentNeeded { get; }

    public string FileOf(Note note) => _noteFiles[note];

    public string FileOf(NoteReference reference) => _referenceFiles[reference];

    /// <summary>The notes a file holds at its end (or, for the notes document, all of it), in book order.</summary>
    public IEnumerable<Note> NotesIn(Document document, string file) => document.Notes.Where(n => _noteFiles[n] == file);
}
