using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Readers;

/// <summary>
/// Project Gutenberg's wrapper, as its plain-text and HTML editions both write it: a header of
/// "Title:", "Author:", "Release Date:" lines ending with "*** START OF THE PROJECT GUTENBERG
/// EBOOK …", producers' credits, and "*** END OF …" before the licence. Its e-texts of the 1990s
/// have no such markers: a first line "The Project Gutenberg Etext of TITLE, by AUTHOR", then the
/// welcome, the file's naming rules and the licence ("the Small Print!"), closed by a line
/// "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.…*END*" over the text; an e-text that keeps
/// its small print for the end opens it with "*****START**THE SMALL PRINT!**…" after the text.
/// </summary>
internal static partial class Gutenberg
{
    public static bool IsStart(string line) => Start().IsMatch(line);

    public static bool IsEnd(string line) => End().IsMatch(line) || EndLine().IsMatch(line);

    /// <summary>The line closing a 1990s e-text's licence: the header ends with it.</summary>
    public static bool IsSmallPrintEnd(string line) => SmallPrintEnd().IsMatch(line);

    /// <summary>The line opening a 1990s e-text's licence: set after the text, the text ends before it.</summary>
    public static bool IsSmallPrintStart(string line) => SmallPrintStart().IsMatch(line);

    /// <summary>Whether the line names Project Gutenberg: the small print's end closes a header only under such a line.</summary>
    public static bool NamesProjectGutenberg(string line) => line.Contains("Project Gutenberg", StringComparison.OrdinalIgnoreCase);

    public static bool IsCredits(string line) => ProducedBy().IsMatch(line);

    /// <summary>Where a title or author read from Project Gutenberg's header came from: a catalogue's word, certain.</summary>
    public const string HeaderSource = "Project Gutenberg's header";

    /// <summary>A header line's title, author or release date, into the metadata where nothing is known yet.</summary>
    public static void ReadField(string line, Metadata metadata)
    {
        var field = Field().Match(line.Trim());
        if (!field.Success) return;
        var value = field.Groups["value"].Value.Trim();
        switch (field.Groups["name"].Value.ToLowerInvariant())
        {
            case "title" when metadata.Title is null: (metadata.Title, metadata.TitleSource) = (value, HeaderSource); break;
            case "author" when metadata.Author is null: (metadata.Author, metadata.AuthorSource) = (value, HeaderSource); break;
            case "release date": metadata.Hints.Date ??= Dates.Parse(DateInText().Match(value).Value); break;
        }
    }

    /// <summary>
    /// The catalogue line opening an e-text, "The Project Gutenberg Etext of TITLE, by AUTHOR": its
    /// title and author into the metadata where no "Title:" or "Author:" field said them first.
    /// </summary>
    public static void ReadCatalogueLine(string line, Metadata metadata)
    {
        var catalogue = CatalogueLine().Match(line.Trim().Trim('*').Trim());
        if (!catalogue.Success) return;
        if (metadata.Title is null) (metadata.Title, metadata.TitleSource) = (catalogue.Groups["title"].Value.Trim(), HeaderSource);
        if (metadata.Author is null && catalogue.Groups["author"].Success) (metadata.Author, metadata.AuthorSource) = (catalogue.Groups["author"].Value.Trim(), HeaderSource);
    }

    [GeneratedRegex(@"^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"^\s*\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@"^\s*End of (the )?Project Gutenberg", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndLine();

    // "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*", "*END THE SMALL PRINT! FOR PUBLIC DOMAIN EBOOKS*Ver.02/11/02*END*"
    [GeneratedRegex(@"^\s*\*\s*END\s*\*?\s*THE SMALL PRINT!", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallPrintEnd();

    // "*****START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START*****"
    [GeneratedRegex(@"^\s*\*+\s*START\s*\*+\s*THE SMALL PRINT!", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallPrintStart();

    // Bounded runs and one lazy group anchored at the line's end: linear on any line.
    [GeneratedRegex(@"^(?:The\s+)?Project\s+Gutenberg(?:'s)?\s+(?:Etext|E-text|eBook|E-Book)\s+of\s+(?<title>\S.{0,300}?)(?:,\s+by\s+(?<author>\S.{0,120}?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CatalogueLine();

    [GeneratedRegex(@"^(?<name>Title|Author|Release Date):\s*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^\s*(Produced by|This e-?text was produced|E-?text prepared by|Transcribed by)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProducedBy();

    [GeneratedRegex(@"[A-Za-z]+\s+\d{1,2},\s+\d{4}|\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();
}
