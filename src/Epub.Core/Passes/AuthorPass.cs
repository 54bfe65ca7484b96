using Epub.Model;
using Epub.Readers.PlainText.Recognition;

namespace Epub.Passes;

/// <summary>
/// Decides a plain text's author with the fitted author model: every name the text offers (a
/// byline, a credit inside a line, a closing signature, the sender, the title block's own reading)
/// is weighed at once, and the likeliest wins when the model is sure enough. Where it is not, the
/// title block's reading stands. A catalogue's header (Project Gutenberg's) is certain and stays.
/// </summary>
public static class AuthorPass
{
    public static void Run(Document document)
    {
        var metadata = document.Metadata;
        if (Candidates(document) is not { } candidates) return;
        if (LineLabeller.Author(candidates, LineLabeller.AuthorModel) is not var (name, line, probability)) return;
        var where = line > 0 ? $"line {line}" : name == metadata.Author ? "the title block" : "the sender or the signature";
        (metadata.Author, metadata.AuthorSource) = (name, $"the author model's choice ({where}, p {probability:0.00})");
        if (metadata.Title is not null && WithoutCredit(metadata.Title, name) is string title) metadata.Title = title;
        // The line that signs the text is its byline or signature, not a heading of it.
        if (line > 0)
            foreach (var block in document.Blocks)
                if (block is Paragraph { LineLabel: LineLabeller.Heading } paragraph && paragraph.Line == line)
                {
                    paragraph.LineLabel = null;
                    document.HeadingLines.Remove(line);
                }
    }

    /// <summary>
    /// A title read together with its credit ("TITLE, by NAME", "TITLE - NAME", a title line and
    /// a byline joined): the title without it, or null where the title does not end crediting the
    /// author. A name merely ending the title (a title that is a person's name) stays: the credit
    /// needs its word or a separator before the name.
    /// </summary>
    internal static string? WithoutCredit(string title, string author)
    {
        var (trimmed, name) = (title.TrimEnd('.', ' '), author.TrimEnd('.', ' '));
        if (name.Length == 0 || !trimmed.EndsWith(name, StringComparison.OrdinalIgnoreCase)) return null;
        var before = trimmed[..^name.Length];
        if (before.Length > 0 && char.IsLetterOrDigit(before[^1])) return null; // the name's last letters, not the name
        before = before.TrimEnd();
        var credited = false;
        // "by", "written by": the credit's words, however many.
        for (var lastSpace = before.LastIndexOf(' '); lastSpace >= 0 && Lexicon.English.Has("credit", before.AsSpan(lastSpace + 1).TrimEnd(':')); lastSpace = before.LastIndexOf(' '))
            (before, credited) = (before[..lastSpace].TrimEnd(), true);
        var bare = before.TrimEnd(',', '-', '\u2014', '\u2013', ':', '/', ' ');
        credited |= bare.Length < before.Length;
        return credited && bare.Any(char.IsLetterOrDigit) ? bare : null;
    }

    /// <summary>The names the model weighs, the title block's reading among them (null where the pass does not decide: a page, a catalogue's header). The training tool reads the same.</summary>
    internal static List<AuthorCandidate>? Candidates(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Hints.AuthorCandidates is not { } offered || metadata.AuthorSource == Readers.Gutenberg.HeaderSource) return null;
        // The candidates are the pass's alone: they do not outlive it.
        metadata.Hints.AuthorCandidates = null;
        return AuthorCandidates.WithTitleBlock(offered, metadata.Author);
    }
}
