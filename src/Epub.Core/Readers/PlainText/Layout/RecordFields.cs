using System.Text.RegularExpressions;
using Epub.Model;
using Epub.Readers.PlainText.Recognition;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// A database's record around an article, as a news database, an encyclopedia or a catalogue
/// printed it when the article was captured: labelled fields over the text ("HEADLINE: …",
/// "BYLINE: …", "SECTION: …", "LENGTH: 1234 words", "BODY:"; "TITLE(S): …", "AUTHOR(S): …",
/// "SOURCE: …"). The labels are the record's format, not a guess: the title and author fields
/// say what the article is and who wrote it, as a catalogue's header does, and every field line
/// leaves the text (named in the colophon). The labels' words are the lexicon's.
/// </summary>
internal static partial class RecordFields
{
    /// <summary>Where a title or author read from a record's field came from: the database's word, certain.</summary>
    public const string Source = "the database record's field";

    /// <summary>How far into the text a record's fields are looked for (a news database sets a few lines of its own above them).</summary>
    private const int HeadLines = 40;

    /// <summary>
    /// A line this long that is no field is the article's prose: the record's fields stand above it.
    /// A publication's name or date line above the fields is short.
    /// </summary>
    private const int ProseLength = 60;

    /// <summary>A title field's value longer than this is a sentence that opens with a label, not a record's title.</summary>
    private const int MostTitle = 150;

    /// <summary>A wrapped field value goes on indented at least this far (a record aligns its values in a column).</summary>
    private const int ContinuationIndent = 8;

    /// <summary>Reads the record's fields at the head of lines [start, end), if the text has them, into the metadata; their lines become blank.</summary>
    public static void Read(List<string> lines, int start, int end, Document document, Diagnostics diagnostics)
    {
        var fields = new List<(int Line, string Kind, string Value)>();
        var limit = Math.Min(end, start + HeadLines);
        for (var i = start; i < limit; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (Field(line) is var (kind, value))
            {
                // Two fields set side by side on one line ("TITLE: …          BY: …"): each read on its own.
                if (FieldBeside().Match(value) is { Success: true } beside && Field(value[beside.Index..].TrimStart()) is var (besideKind, besideValue))
                {
                    fields.Add((i, kind, value[..beside.Index].Trim()));
                    fields.Add((i, besideKind, besideValue));
                }
                else fields.Add((i, kind, value));
                continue;
            }
            if (line.Trim().Length >= ProseLength) break;
        }
        // A record names its article: a title field, alone near the head or among other fields.
        // A lone author field, or fields without a title, are as likely a form the text fills in.
        var titleField = fields.FindIndex(f => f.Kind == "title");
        if (titleField < 0 || titleField > 0 && fields.Count < 2 || fields.Count(f => f.Kind == "title") > 1 || fields[titleField].Value.Length > MostTitle) return;

        var metadata = document.Metadata;
        var removed = new List<int>();
        foreach (var (line, kind, value) in fields)
        {
            removed.Add(line);
            // A long title or author wraps onto lines indented under its value.
            var full = value;
            for (var next = line + 1; next < end && kind is "title" or "author" && IsContinuation(lines[next]); next++)
            {
                full += " " + lines[next].Trim();
                removed.Add(next);
            }
            switch (kind)
            {
                case "title" when full.Length > 0 && metadata.Title is null: (metadata.Title, metadata.TitleSource) = (full, Source); break;
                case "author" when metadata.Author is null && AuthorName(full) is string name: (metadata.Author, metadata.AuthorSource) = (name, Source); break;
                case "date": metadata.Hints.Date ??= Dates.Parse(full); break;
            }
        }
        foreach (var line in removed) lines[line] = "";
        document.Provenance.Wrappers.Add((removed.Min() + 1, "the database record\u2019s fields", removed.Count));
        diagnostics.Info(DiagnosticCode.WrapperRemoved, removed.Min() + 1, $"left out the database record\u2019s fields ({(removed.Count == 1 ? "1 line" : $"{removed.Count} lines")})");
    }

    /// <summary>Whether the line is a record's title field ("TITLE: …", "HEADLINE: …").</summary>
    public static bool NamesTitle(string line) => Field(line) is ("title", _);

    /// <summary>A field line's kind (title, author, date, body or another field of the record) and its value, or null.</summary>
    private static (string Kind, string Value)? Field(string line)
    {
        var match = FieldLine().Match(line);
        if (!match.Success) return null;
        var words = match.Groups["label"].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        // Every word of the label is the record's; the last one says what the field holds ("PUB DATE", "DOCUMENT TYPE").
        if (words.Any(w => KindOf(w) is null)) return null;
        var kind = KindOf(words[^1])!;
        var value = match.Groups["value"].Value.Trim();
        // The body's label opens the text and holds nothing; the other fields hold a value.
        return kind == "body" ? value.Length == 0 ? (kind, value) : null : value.Length > 0 ? (kind, value) : null;
    }

    private static string? KindOf(string word)
    {
        var lexicon = Recognition.Lexicon.English;
        return lexicon.Has("record-title", word) ? "title"
            : lexicon.Has("record-author", word) ? "author"
            : lexicon.Has("record-date", word) ? "date"
            : lexicon.Has("record-body", word) ? "body"
            : lexicon.Has("record-field", word) ? "field"
            : null;
    }

    /// <summary>A second writer's name: two to four capitalised words opening with a given name ("Bob Smith", "Mary B. Jones"), nothing else.</summary>
    private static string? CoAuthor(string text)
    {
        var words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && Lexicon.English.Has("given", words[0]) && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            ? string.Join(' ', words)
            : null;
    }

    private static bool IsContinuation(string line) =>
        !string.IsNullOrWhiteSpace(line) && line.Length - line.TrimStart().Length >= ContinuationIndent && line.Trim().Length < ProseLength && Field(line) is null;

    /// <summary>
    /// The author a byline field names: "By ANN WRITER, Special to the Paper" → "ANN WRITER";
    /// "Writer, Ann" (a catalogue's surname first) → "Ann Writer". Null where nothing is left.
    /// </summary>
    internal static string? AuthorName(string value)
    {
        var name = ByPrefix().Replace(value.Trim(), "");
        // What follows a semicolon, or a comma with a role or an employer ("Staff Writer",
        // "Special to …"), is no part of the name.
        var semicolon = name.IndexOf(';');
        if (semicolon >= 0) name = name[..semicolon];
        if (GivenNameFirst(name) is string turned) return turned;
        var comma = name.IndexOf(',');
        // "Ann Writer, Bob Smith": a second writer's name after the comma (it opens with a given
        // name) is a co-author, who joins the credit as the title page would print it.
        if (comma >= 0 && CoAuthor(name[(comma + 1)..]) is string other) name = $"{name[..comma].Trim()} and {other}";
        else if (comma >= 0 && !NameSuffix().IsMatch(name[(comma + 1)..])) name = name[..comma];
        name = name.Trim().TrimEnd('.');
        return name.Any(char.IsLetter) ? name : null;
    }

    /// <summary>"Writer, Ann B." (a catalogue's or a directory's surname first) → "Ann B. Writer"; null for any other shape.</summary>
    internal static string? GivenNameFirst(string name) =>
        SurnameFirst().Match(name) is { Success: true } inverted ? $"{inverted.Groups["given"].Value} {inverted.Groups["surname"].Value}" : null;

    /// <summary>
    /// "TITLE(S):  …", "Headline: …", "PUB DATE: …", "BODY:": a label of one to three capitalised
    /// words, then a colon. The value runs greedily to the line's end (trimmed after): a lazy value
    /// before trailing white space retried the white space from every character, quadratic in a long run.
    /// A file's description aligns its values after a leader of dots ("Title.........: …").
    /// </summary>
    [GeneratedRegex(@"^\s{0,8}(?<label>[A-Z][A-Za-z]{1,14}(?:[ -][A-Z][A-Za-z]{1,14}){0,2})(?:\([Ss]\))?(?:\s?\.{2,})?\s*:(?:\s+(?<value>\S.*)|\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLine();

    /// <summary>Three spaces or more, then a field's label and its colon: a second field on the line.</summary>
    [GeneratedRegex(@"[ ]{3,}(?=[A-Z][A-Za-z]{1,14}(?:[ -][A-Z][A-Za-z]{1,14}){0,2}[ ]?:[ ]+\S)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldBeside();

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    /// <summary>"Writer, Ann", "WRITER, ANN B.": a surname, a comma and given names, nothing else.</summary>
    [GeneratedRegex(@"^\s*(?<surname>[A-Z][\p{L}'-]+),\s+(?<given>[A-Z][\p{L}'-]*\.?(?:\s+[A-Z][\p{L}'-]*\.?){0,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirst();

    [GeneratedRegex(@"^\s*(Jr|Sr|I{2,3}|IV)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSuffix();
}
