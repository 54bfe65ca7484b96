using System.Text;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Joins documents converted one by one (a work archived as one page or text per chapter, a
/// newsletter's issues, a series of reviews) into one book. Each document becomes a part: a
/// top-level section headed by the document's title (with its subtitle, and its author where
/// the book's is someone else), holding the document's opening text, with the document's own
/// sections nested under it as its chapters. Each part keeps its own notes: their ids, the
/// references' ids and the scopes are renumbered through the book, so that the notes of part 2
/// never take part 1's ids, and every reference still links to its own note and back.
/// </summary>
public static class Anthology
{
    /// <summary>
    /// What each part is read with: the person's title, author and date are the book's, not every
    /// part's (each part keeps its own, shown under its heading); the rest applies to each part.
    /// </summary>
    public static ConvertOptions PartOptions(ConvertOptions book) => book with { Title = null, Author = null, Date = null };

    /// <summary>
    /// The book of the documents, in their order. The documents are taken over: their blocks,
    /// sections and notes move into the book and are renumbered there.
    /// </summary>
    public static Document Join(IReadOnlyList<Document> parts, ConvertOptions options)
    {
        if (parts.Count == 0) throw new ArgumentException("there is nothing to join", nameof(parts));
        var book = new Document();
        ChooseMetadata(book, parts, options);

        var scopes = 0;
        var packaged = new Dictionary<string, Resource>(StringComparer.Ordinal);
        for (var k = 1; k <= parts.Count; k++)
        {
            var part = parts[k - 1];
            var title = part.Metadata.Title ?? "Untitled";
            var heading = new Section(PartTitle(part.Metadata), 0)
            {
                Subtitle = part.Metadata.Subtitle,
                Author = part.Metadata.Author is string author && !SamePerson(author, book.Metadata.Author) ? author : null,
            };
            heading.Blocks.AddRange(part.Blocks);
            book.Sections.Add(heading);
            foreach (var section in part.Sections)
            {
                section.Level++;
                book.Sections.Add(section);
            }

            RenumberNotes(part, k, title, ref scopes);
            book.Notes.AddRange(part.Notes);
            PrefixPageBreaks(part, heading, k);
            foreach (var image in Images(heading.Blocks).Concat(part.Sections.SelectMany(s => Images(s.Blocks))))
                if (image.Resource is { } resource) image.Resource = Package(resource, book, packaged);
            book.Provenance.Sources.Add(part.Provenance);
        }
        return book;
    }

    /// <summary>
    /// The book's title and author are what the person says, else what the parts share: the
    /// collection they all belong to, or the title they all begin with before their numbers
    /// ("Newsletter 1", "Newsletter 2"), else the first part's title; the author all the parts
    /// that name one agree on, else none (each part then names its own).
    /// </summary>
    private static void ChooseMetadata(Document book, IReadOnlyList<Document> parts, ConvertOptions options)
    {
        var metadata = book.Metadata;
        var first = parts[0].Metadata;
        var collections = parts.Select(p => p.Metadata.Collection).Distinct(StringComparer.Ordinal).ToList();
        var common = CommonTitle(parts.Select(p => p.Metadata.Title ?? "").ToList());
        (metadata.Title, metadata.TitleSource) =
            options.Title is string given ? (given, "--title")
            : collections is [string collection] ? (collection, "the collection every part belongs to")
            : common is not null ? (common, "the title every part begins with")
            : (first.Title, "the first part's title");

        var authors = parts.Select(p => p.Metadata.Author).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        (metadata.Author, metadata.AuthorSource) =
            options.Author is string person ? (person, "--author")
            : authors is [string shared] ? (shared, "the author every part that names one names")
            : (null, null);

        metadata.Language = options.Language ?? first.Language;
        if (options.Date is string date)
        {
            metadata.Date = Dates.Parse(date) ?? throw new InputException($"--date '{date}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
            metadata.DateText = date;
        }
        else if (parts.All(p => p.Metadata.Date is not null && p.Metadata.Date == first.Date))
            (metadata.Date, metadata.DateText) = (first.Date, first.DateText);
        metadata.Modified = options.Modified;

        // The same inputs in the same order make the same book, with the same identifier.
        var hashes = string.Join("\n", parts.Select(p => p.Provenance.SourceSha256));
        book.Provenance.SourceSha256 = Convert.ToHexStringLower(Digests.Sha256(Encoding.UTF8.GetBytes(hashes)));
        metadata.Identifier = "urn:uuid:" + Uuid.V5(Uuid.UrlNamespace, "sha256:" + book.Provenance.SourceSha256);
    }

    private static bool SamePerson(string author, string? other) => string.Equals(author, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The part's heading: its title, a review's reviewed book in italics as the title page sets it.</summary>
    private static List<Inline> PartTitle(Metadata metadata)
    {
        var title = metadata.Title ?? "Untitled";
        if (metadata.ReviewedWork is { } work && title == TitleBlockPass.ReviewTitlePrefix + work.Title)
            return [new Text(TitleBlockPass.ReviewTitlePrefix), new Emphasis([new Text(work.Title)])];
        return [new Text(title)];
    }

    /// <summary>
    /// Notes, references and scopes numbered through the book: "note-3" of part 2 becomes
    /// "note-2-3" (and its references "noteref-2-3"), each scope gets the next index in the book,
    /// and is titled by its part, so the notes document heads each part's notes with its title.
    /// </summary>
    private static void RenumberNotes(Document part, int number, string title, ref int scopes)
    {
        var partScopes = part.Notes.Select(n => n.Scope).Distinct().ToList();
        foreach (var scope in partScopes)
        {
            scope.Title = partScopes.Count == 1 || scope.Title is null ? title : $"{title}: {scope.Title}";
            scope.Index = scopes++;
        }
        foreach (var note in part.Notes)
        {
            // The note-link pass made the ids unique in the part; a part's number before them makes them unique in the book.
            note.Id = $"note-{number}-{Suffix(note.Id, "note-")}";
            // A range's first link cites the notes inside it too: it is renamed once, with its own note.
            foreach (var reference in note.Citations.Where(r => r.Note == note)) reference.Id = $"noteref-{number}-{Suffix(reference.Id, "noteref-")}";
        }
    }

    private static string Suffix(string id, string prefix) => id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : id;

    /// <summary>Every part has its own printed page 12: the part's number before the page's id keeps the ids apart.</summary>
    private static void PrefixPageBreaks(Document part, Section heading, int number)
    {
        var inlines = Model.Blocks.Paragraphs(heading.Blocks).Select(p => p.Inlines)
            .Concat(heading.Blocks.OfType<Epigraph>().Select(e => e.Citation))
            .Concat(part.Sections.SelectMany(s => Model.Blocks.Paragraphs(s.Blocks).Select(p => p.Inlines)
                .Concat(s.Blocks.OfType<Epigraph>().Select(e => e.Citation)).Append(s.Title)))
            .Concat(part.Notes.SelectMany(n => n.Paragraphs.Select(p => p.Inlines)));
        foreach (var list in inlines) PrefixPageBreaks(list, number);
    }

    private static void PrefixPageBreaks(List<Inline> inlines, int number)
    {
        foreach (var inline in inlines)
        {
            if (inline is PageBreak page) page.Id = $"part-{number}-{page.Id}";
            else if (inline is Emphasis emphasis) PrefixPageBreaks(emphasis.Inlines, number);
        }
    }

    private static IEnumerable<Image> Images(IEnumerable<Block> blocks) => blocks.OfType<Image>();

    /// <summary>
    /// A part's image under a name unique in the book (each part numbered its own from 1); the
    /// same picture beside several parts (a site's logo) is packaged once.
    /// </summary>
    private static Resource Package(Resource resource, Document book, Dictionary<string, Resource> packaged)
    {
        var key = resource.MediaType + ":" + Convert.ToHexStringLower(Digests.Sha256(resource.Content));
        if (packaged.TryGetValue(key, out var known)) return known;
        var renamed = resource with { FileName = $"images/image-{packaged.Count + 1}{Path.GetExtension(resource.FileName)}" };
        packaged[key] = renamed;
        book.Resources.Add(renamed);
        return renamed;
    }

    /// <summary>
    /// The title all the parts' titles begin with, up to where each goes on with a number or a
    /// division (a colon, a dash, a comma): "Newsletter" of "Newsletter No. 1" and "Newsletter
    /// No. 2", "Letters from Prison" of "Letters from Prison: I" and "Letters from Prison: II".
    /// Not a run of words that merely happen to open every title ("A Review of" of reviews of
    /// different books, "Stalin's" of "Stalin's Crimes" and "Stalin's Victory"). Null when none.
    /// </summary>
    internal static string? CommonTitle(IReadOnlyList<string> titles)
    {
        if (titles.Count < 2) return null;
        var words = titles.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Any(w => w.Length == 0)) return null;
        var shared = 0;
        while (words.All(w => w.Length > shared) && words.All(w => string.Equals(w[shared], words[0][shared], StringComparison.Ordinal))) shared++;
        if (words.All(w => w.Length == shared)) return string.Join(' ', words[0]); // one title, said by every part

        for (var end = shared; end > 0; end--)
        {
            if (!words.All(w => EndsAtDivision(w, end))) continue;
            var prefix = words[0][..end].ToList();
            // "Newsletter Issue" of "Newsletter Issue 1": the numbering word goes with the number.
            while (prefix.Count > 0 && IsNumbering(prefix[^1].TrimEnd(Divisions))) prefix.RemoveAt(prefix.Count - 1);
            var title = string.Join(' ', prefix).TrimEnd(Divisions).TrimEnd();
            if (title.Count(char.IsLetter) >= 3 && !FunctionWords.Contains(title[(title.LastIndexOf(' ') + 1)..])) return title;
        }
        return null;
    }

    /// <summary>Characters that close a title's shared part: "Notes: Issue 3", "Notes - Issue 3", "Notes, 3".</summary>
    private static readonly char[] Divisions = [':', ';', ',', '-', '\u2013', '\u2014', '|', '/'];

    /// <summary>The title's first <paramref name="count"/> words end where it divides: at its end, a division, or a number after them.</summary>
    private static bool EndsAtDivision(string[] words, int count) =>
        count == words.Length
        || Divisions.Contains(words[count - 1][^1])
        || Divisions.Contains(words[count][0]) || words[count][0] is '(' or '#'
        || IsNumbering(words[count].TrimEnd(Divisions).TrimEnd('.'));

    /// <summary>A number (12, 3rd, XIV) or a word that numbers ("No.", "Issue", "Part", "Vol.").</summary>
    private static bool IsNumbering(string word)
    {
        var bare = word.TrimEnd('.');
        if (bare.Length == 0) return false;
        if (char.IsAsciiDigit(bare[0])) return true;
        if (bare.Length > 1 && Markers.RomanValue(bare) > 0) return true;
        return NumberingWords.Contains(bare);
    }

    // The English words a series numbers its issues with; another language would add its own.
    private static readonly HashSet<string> NumberingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nr", "Number", "Issue", "Part", "Vol", "Volume", "Chapter", "Letter", "Episode", "Installment", "Instalment",
    };

    // A title does not end on a word that leads into what follows ("A Review of").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "by", "with", "from", "at", "as",
    };
}
