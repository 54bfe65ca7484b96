using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Finds the hand-numbered notes at the end of the text ("1. …", "[1] …", "(1) …"), moves them
/// into <see cref="Document.Notes"/>, and turns every in-text reference to them ("(12)" or "[12]",
/// whichever style the text uses) into a <see cref="NoteReference"/>.
/// </summary>
public static partial class NotesPass
{
    public static void Run(Document document, Diagnostics diagnostics)
    {
        var (notes, start) = FindNotes(document.Blocks);
        if (notes.Count == 0) return;

        var numbers = notes.Select(n => n.Number).ToHashSet();
        var paragraphs = document.Blocks.Take(start).OfType<Paragraph>().ToList();
        var style = ChooseReferenceStyle(paragraphs, numbers, out var referencedAtAll);

        // A numbered list at the end that the text never points to is not a list of notes.
        if (referencedAtAll * 2 < numbers.Count) return;

        document.Blocks.RemoveRange(start, document.Blocks.Count - start);
        if (document.Blocks.Count > 0 && document.Blocks[^1] is Paragraph heading && NotesHeading().IsMatch(heading.PlainText))
            document.Blocks.RemoveAt(document.Blocks.Count - 1);

        CheckNumbering(notes, diagnostics);
        document.Notes.AddRange(notes);
        var seen = new HashSet<int>();
        foreach (var paragraph in paragraphs)
            LinkReferences(paragraph, style, numbers, seen, diagnostics);
        foreach (var note in notes)
            if (!seen.Contains(note.Number)) diagnostics.Warn(note.Line, $"note {note.Number} is never referenced in the text");
    }

    /// <summary>The trailing run of paragraphs that start with a note number, numbered from 1, and where it starts.</summary>
    private static (List<Note> Notes, int Start) FindNotes(List<Block> blocks)
    {
        var start = blocks.Count;
        while (start > 0 && blocks[start - 1] is Paragraph p && (Markers.NoteLine().IsMatch(p.PlainText) || IsContinuation(blocks, start - 1)))
            start--;
        while (start < blocks.Count && !Markers.NoteLine().IsMatch(((Paragraph)blocks[start]).PlainText)) start++;
        if (start == blocks.Count) return ([], start);

        var notes = new List<Note>();
        var numbers = new HashSet<int>();
        foreach (var paragraph in blocks.Skip(start).Cast<Paragraph>())
        {
            var match = Markers.NoteLine().Match(paragraph.PlainText);
            // A number given twice starts no second note (ids must stay unique): its text stays, as a
            // further paragraph of the note before it, and CheckNumbering warns about it.
            if (match.Success && numbers.Add(int.Parse(match.Groups["n"].Value)))
            {
                notes.Add(new Note(int.Parse(match.Groups["n"].Value), paragraph.Line));
                notes[^1].Paragraphs.Add(new Paragraph(match.Groups["text"].Value, paragraph.Line, paragraph.Group));
            }
            else notes[^1].Paragraphs.Add(paragraph);
        }
        return notes[0].Number == 1 ? (notes, start) : ([], start);
    }

    /// <summary>A paragraph without a number inside the notes: the next paragraph of the note before it.</summary>
    private static bool IsContinuation(List<Block> blocks, int index) =>
        index > 0 && index < blocks.Count - 1
        && blocks[index - 1] is Paragraph before && Markers.NoteLine().IsMatch(before.PlainText)
        && blocks[index + 1] is Paragraph after && Markers.NoteLine().IsMatch(after.PlainText)
        && !ArchiveDebrisPass.IsNavigationLink(((Paragraph)blocks[index]).PlainText);

    private static void CheckNumbering(List<Note> notes, Diagnostics diagnostics)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            if (i > 0 && notes[i].Number != notes[i - 1].Number + 1)
                diagnostics.Warn(notes[i].Line, $"note {notes[i].Number} follows note {notes[i - 1].Number}");
            foreach (var paragraph in notes[i].Paragraphs.Skip(1))
                if (Markers.NoteLine().Match(paragraph.PlainText) is { Success: true } again)
                    diagnostics.Warn(paragraph.Line, $"note {again.Groups["n"].Value} is numbered twice; its text is kept with note {notes[i].Number}");
        }
    }

    /// <summary>Parentheses or brackets: whichever finds more of the notes' numbers in the text; and how many it finds.</summary>
    private static Regex ChooseReferenceStyle(List<Paragraph> paragraphs, HashSet<int> numbers, out int distinctFound)
    {
        HashSet<int> Found(Regex style)
        {
            var found = new HashSet<int>();
            foreach (var paragraph in paragraphs)
                foreach (var inline in paragraph.Inlines)
                    if (inline is Text text)
                        foreach (var m in style.EnumerateMatches(text.Value))
                            if (int.TryParse(text.Value.AsSpan(m.Index + 1, m.Length - 2), out var n) && numbers.Contains(n)) found.Add(n);
            return found;
        }
        var brackets = Found(BracketReference());
        var parentheses = Found(ParenthesisReference());
        distinctFound = Math.Max(brackets.Count, parentheses.Count);
        return brackets.Count > parentheses.Count ? BracketReference() : ParenthesisReference();
    }

    private static void LinkReferences(Paragraph paragraph, Regex style, HashSet<int> numbers, HashSet<int> seen, Diagnostics diagnostics)
    {
        var inlines = paragraph.Inlines;
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Text text) continue;
            var pieces = new List<Inline>();
            var last = 0;
            foreach (Match match in style.Matches(text.Value))
            {
                var number = int.Parse(match.Groups["n"].Value);
                if (!numbers.Contains(number))
                {
                    if (number <= 2 * numbers.Count && match.Index > 0)
                        diagnostics.Warn(paragraph.Line, $"\"{match.Value}\" looks like a reference to note {number}, which does not exist");
                    continue;
                }
                if (match.Index == 0 && i == 0) continue; // a paragraph that opens with "(3)" is enumerating, not citing
                if (!seen.Add(number)) diagnostics.Warn(paragraph.Line, $"note {number} is referenced more than once; its backlink returns to the first reference");
                // The reference sits against the word or stop it follows: one space before it goes.
                var cut = match.Index > last && char.IsWhiteSpace(text.Value[match.Index - 1]) ? match.Index - 1 : match.Index;
                if (cut > last) pieces.Add(new Text(text.Value[last..cut]));
                pieces.Add(new NoteReference(number));
                last = match.Index + match.Length;
            }
            if (pieces.Count == 0) continue;
            if (last < text.Value.Length) pieces.Add(new Text(text.Value[last..]));
            inlines.RemoveAt(i);
            inlines.InsertRange(i, pieces);
            i += pieces.Count - 1;
        }
    }

    /// <summary>"(12)", not followed by a word ("(2)x") or another parenthesis.</summary>
    [GeneratedRegex(@"\((?<n>\d{1,4})\)(?![\w(])", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisReference();

    [GeneratedRegex(@"\[(?<n>\d{1,4})\](?![\w(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketReference();

    [GeneratedRegex(@"^\s*(end\s*)?(notes|footnotes|references|sources)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();
}
