using System.Text.RegularExpressions;
using Epub.Model;
using Epub.Readers.PlainText.Recognition;

namespace Epub.Passes;

/// <summary>
/// Decides a plain text's author with the fitted author model: every name the text offers (a
/// byline, a credit inside a line, a closing signature, the sender, the title block's own reading)
/// is weighed at once, and the likeliest wins when the model is sure enough. Where it is not, the
/// title block's reading stands. A catalogue's header (Project Gutenberg's) and a database
/// record's fields are certain and stay.
/// </summary>
public static partial class AuthorPass
{
    public static void Run(Document document)
    {
        var metadata = document.Metadata;
        var rankedTitles = metadata.Hints.RankedTitles;
        metadata.Hints.RankedTitles = null;
        if (Candidates(document) is not { } candidates) return;
        // The book's own title is no person: words of the title, uncredited and with no given name,
        // are the title read again (a capitals title looks like a name to the model). A title that
        // is its author's name line still offers a name with a given name, and a byline stays.
        if (metadata.Title is { } bookTitle) candidates.RemoveAll(candidate => IsTitleAgain(candidate, bookTitle));
        if (LineLabeller.Author(candidates, LineLabeller.AuthorModel) is not var (name, line, probability)) return;
        // A writer signs with the given name alone ("Harriet") where the sender's line or a byline
        // gives it whole: the whole name is the author's.
        if (!name.Contains(' ') && candidates.FirstOrDefault(c => c.Name.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && Words(c.Name).Count <= MostWordsInFullName) is { } whole)
            (name, line) = (SetAsSigned(whole.Name, name), whole.Line + 1);
        // Names the title block credits together ("by" / "Ann Writer" / "and" / "Bob Poster"): the
        // model reads one name a line, and the one it chose is among them: the credit names all.
        if (metadata.Author is { } credited && credited != name && CreditNames.Split(credited) is { Count: > 1 } creators && creators.Contains(name))
            name = credited;
        var where = line > 0 ? $"line {line}" : name == metadata.Author ? "the title block" : "the sender or the signature";
        (metadata.Author, metadata.AuthorSource) = (name, $"the author model's choice ({where}, p {probability:0.00})");
        // A byline printed for another name than the model's is not this author's.
        if (metadata.Byline is { } printed && !printed.Contains(name, StringComparison.OrdinalIgnoreCase)) metadata.Byline = null;
        if (metadata.Title is not null && WithoutCredit(metadata.Title, name) is string title) metadata.Title = title;
        // The name line over the title ("NAME" / "TITLE"), taken for the title too: the name is the
        // author's, so the title is the likeliest other reading shaped as a title.
        if (metadata.Title is not null && Words(metadata.Title).SetEquals(Words(name)) && candidates.Any(c => c.Name == name && c.Features[GivenNameSlot] == 1)
            && rankedTitles?.FirstOrDefault(t => !Words(t.Candidate.Title).Overlaps(Words(name)) && TitleZone.LooksLikeTitle(TitleZone.Displayed(t.Candidate.Title))) is ({ } next, var p))
        {
            (metadata.Title, metadata.Subtitle) = (TitleZone.Displayed(next.Title), null);
            metadata.TitleSource = $"the title model's likeliest reading but the author's name (line {next.Line + 1}, p {p:0.00})";
            TitlePass.TakeFromText(document, next);
        }
        // A byline read as the subtitle ("TITLE" over "By: NAME"): the credit is the author's, not a subtitle.
        if (metadata.Subtitle is not null && Credit(metadata.Subtitle, name) is { Credited: true, Before.Length: 0 }) metadata.Subtitle = null;
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
    /// The whole name in the case its writer signs with: a board's reader gives its users' names
    /// in capitals ("From: WALT KOWALSKI"), the writer signs "Walt".
    /// </summary>
    private static string SetAsSigned(string whole, string signed)
    {
        if (!Markers.IsCapitals(whole) || Markers.IsCapitals(signed)) return whole;
        return string.Join(' ', whole.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Equals(signed, StringComparison.OrdinalIgnoreCase) ? signed : word[..1] + word[1..].ToLowerInvariant()));
    }

    /// <summary>The most words of a person's name given whole ("Mary Ann de la Cruz" is five).</summary>
    private const int MostWordsInFullName = 5;

    private static readonly int CreditSlot = Array.IndexOf(AuthorCandidates.FeatureNames, "credit_before"),
        DashSlot = Array.IndexOf(AuthorCandidates.FeatureNames, "dash_before"),
        GivenNameSlot = Array.IndexOf(AuthorCandidates.FeatureNames, "given_name");

    /// <summary>
    /// Words of the title offered as a name with nothing that makes them one: no credit word or
    /// dash before them ("TITLE - NAME" is read with its credit, which leaves the title after), no
    /// given name. A name the title itself credits ("TITLE - NAME.", "TITLE by NAME") is the
    /// author's wherever else it is offered: signing the text's end, it is the same writer.
    /// </summary>
    internal static bool IsTitleAgain(AuthorCandidate candidate, string title)
    {
        if (candidate.Features[CreditSlot] == 1 || candidate.Features[DashSlot] == 1 || candidate.Features[GivenNameSlot] == 1) return false;
        if (WithoutCredit(title, candidate.Name) is not null) return false;
        var titleWords = Words(title);
        var nameWords = Words(candidate.Name);
        return nameWords.Count > 0 && nameWords.IsSubsetOf(titleWords);
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', ':', ';', '-', '\u2014', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();

    /// <summary>
    /// A title read together with its credit ("TITLE, by NAME", "TITLE - NAME", a title line and
    /// a byline joined): the title without it, or null where the title does not end crediting the
    /// author. A name merely ending the title (a title that is a person's name) stays: the credit
    /// needs its word or a separator before the name. The credit may open the line too, the name
    /// then a dash ("NAME -- TITLE"); a colon there stays ("NAME: A Life" is a title about them).
    /// </summary>
    internal static string? WithoutCredit(string title, string author) =>
        // A byline read into the title keeps its notice there ("TITLE by NAME (c) 1994"): the notice goes with the credit.
        Credit(Bylines.WithoutClosingNotice(title), author) is { Credited: true } credit && credit.Before.Any(char.IsLetterOrDigit) ? credit.Before
        : LeadingCredit(title, author);

    private static string? LeadingCredit(string title, string author)
    {
        var name = author.TrimEnd('.', ' ');
        if (name.Length == 0 || !title.StartsWith(name, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = title[name.Length..];
        var after = rest.TrimStart();
        if (after.Length == rest.Length && rest.Length > 0 && char.IsLetterOrDigit(rest[0])) return null; // the name's first letters, not the name
        var separator = after.Length - after.TrimStart('-', '\u2014', '\u2013').Length;
        if (separator == 0) return null;
        var remainder = after[separator..].Trim();
        return remainder.Any(char.IsLetter) ? remainder : null;
    }

    /// <summary>
    /// Whether a line ends crediting the author, by a credit's words ("by", "written by", "By:")
    /// or a separator before the name, and what stands before the credit.
    /// </summary>
    private static (bool Credited, string Before) Credit(string line, string author)
    {
        var (trimmed, name) = (line.TrimEnd('.', ' '), author.TrimEnd('.', ' '));
        var at = name.Length == 0 ? -1 : trimmed.LastIndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return (false, line);
        // After the name, nothing, or what a credit adds to it after a comma or in brackets
        // ("by NAME, formerly of the Union", "by NAME (ed.)"); that needs the credit's words below.
        var addition = trimmed[(at + name.Length)..];
        if (addition.Length > 0 && !addition.StartsWith(',') && !addition.StartsWith(" (", StringComparison.Ordinal)) return (false, line);
        var before = trimmed[..at];
        if (before.Length > 0 && char.IsLetterOrDigit(before[^1])) return (false, line); // the name's last letters, not the name
        before = " " + before.TrimEnd(); // a credit word opening the line is one too
        var credited = false;
        // "by", "written by": the credit's words, however many.
        for (var lastSpace = before.LastIndexOf(' '); lastSpace >= 0 && Lexicon.English.Has("credit", before.AsSpan(lastSpace + 1).TrimEnd(':')); lastSpace = before.LastIndexOf(' '))
            (before, credited) = (before[..lastSpace].TrimEnd(), true);
        if (addition.Length > 0 && !credited) return (false, line);
        var bare = before.TrimEnd(',', '-', '\u2014', '\u2013', ':', '/', ' ').TrimStart();
        credited |= bare.Length < before.TrimStart().Length;
        // The credit's kind in small letters after a title in capitals or title case ("THE TITLE a
        // speech by NAME"): "a speech" goes with the credit.
        if (credited && CreditKind().Match(bare) is { Success: true } kind) bare = bare[..kind.Index];
        return (credited, bare);
    }

    // A title of two words or more, its last capitalised, or one word in capitals; then "a"/"an" and one or two words in small letters.
    [GeneratedRegex(@"(?<=\S+\s+\p{Lu}\S*|^\p{Lu}[\p{Lu}\p{P}]+)\s+an?\s+\p{Ll}+(?:\s+\p{Ll}+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditKind();

    /// <summary>The names the model weighs, the title block's reading among them (null where the pass does not decide: a page, a catalogue's header or a database record's field). The training tool reads the same.</summary>
    internal static List<AuthorCandidate>? Candidates(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Hints.AuthorCandidates is not { } offered || metadata.AuthorSource is Readers.Gutenberg.HeaderSource or Readers.PlainText.Layout.RecordFields.Source or TitleBlockPass.PosterNoteSource) return null;
        // The candidates are the pass's alone: they do not outlive it.
        metadata.Hints.AuthorCandidates = null;
        // A byline read with its notice ("NAME (c) 1994"): the name is the author, the notice is the rights'.
        if (metadata.Author is { } read) metadata.Author = Bylines.WithoutClosingNotice(read);
        // A salutation under the title ("Dear Sysops,") is no name the title block can credit.
        if (metadata.Author is { } credited && Bylines.OpensLetterFormula(credited)) metadata.Author = null;
        return AuthorCandidates.WithTitleBlock(offered, metadata.Author);
    }
}
