using System.Text;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Resolves the notes in the tree once the sections are known: every note gets an id unique in
/// the book and the list of references that cite it, in reading order; every reference gets an id
/// of its own for the note's backlinks. After this pass the tree says everything the writers need,
/// whatever order they write the documents in.
/// </summary>
public static class NoteLinkPass
{
    public static void Run(Document document, Diagnostics diagnostics)
    {
        if (document.Notes.Count == 0) return;
        // A label is an id only when it is unique in the book; notes that restart per scope carry the scope too.
        var labelsUnique = document.Notes.Select(n => n.Label).Distinct().Count() == document.Notes.Count;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Notes.Count; i++)
        {
            var note = document.Notes[i];
            note.Citations.Clear();
            var key = labelsUnique ? IdPart(note.Label, i) : $"{note.Scope.Index + 1}-{IdPart(note.Label, i)}";
            while (!used.Add(key)) key += "x";
            note.Id = "note-" + key;
        }

        var sectionOfScope = new Dictionary<NoteScope, Section?>();
        foreach (var (section, _, reference) in document.References())
        {
            if (reference.Note is not { } note) continue;
            note.Citations.Add(reference);
            var suffix = note.Id["note-".Length..];
            reference.Id = note.Citations.Count == 1 ? $"noteref-{suffix}" : $"noteref-{suffix}-{note.Citations.Count}";
            sectionOfScope.TryAdd(note.Scope, section);
            if (note.Citations.Count == 2)
                diagnostics.Info(DiagnosticCode.NoteCitedAgain, note.Line, $"note {note.Label} is cited more than once; it links back to each citation");
            // The notes inside a range ("[2-4]": 3) are cited by its first link, and link back to it.
            foreach (var spanned in reference.Spans) spanned.Citations.Add(reference);
        }

        foreach (var note in document.Notes)
        {
            if (note.Citations.Count == 0)
                diagnostics.Warn(DiagnosticCode.NoteNeverCited, note.Line, $"note {note.Label} is never referenced in the text");
            // Kobo pops up only notes of 9 to 5,000 characters (its published EPUB notes); a longer one still links.
            if (note.Paragraphs.Sum(p => p.PlainText.Length) > 5000)
                diagnostics.Warn(DiagnosticCode.NoteTooLong, note.Line, $"note {note.Label} is over 5,000 characters: Kobo readers will not show it as a popup");
        }

        // Where numbering restarts, each scope's notes are headed by the part they belong to.
        if (document.Notes.Select(n => n.Scope).Distinct().Count() > 1)
            foreach (var (scope, section) in sectionOfScope)
                scope.Title = section is null ? null : section.Label is string label ? $"{label}. {Inline.PlainText(section.Title)}" : Inline.PlainText(section.Title);
    }

    /// <summary>The label as it may stand in an id: letters and digits; otherwise the note's position.</summary>
    private static string IdPart(string label, int index)
    {
        var id = new StringBuilder();
        foreach (var c in label)
            if (char.IsAsciiLetterOrDigit(c)) id.Append(char.ToLowerInvariant(c));
        return id.Length > 0 ? id.ToString() : $"n{index + 1}";
    }
}
