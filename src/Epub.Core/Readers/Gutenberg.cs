using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Readers;

/// <summary>
/// Project Gutenberg's wrapper, as its plain-text and HTML editions both write it: a header of
/// "Title:", "Author:", "Release Date:" lines ending with "*** START OF THE PROJECT GUTENBERG
/// EBOOK …", producers' credits, and "*** END OF …" before the licence.
/// </summary>
internal static partial class Gutenberg
{
    public static bool IsStart(string line) => Start().IsMatch(line);

    public static bool IsEnd(string line) => End().IsMatch(line) || EndLine().IsMatch(line);

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

    [GeneratedRegex(@"^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"^\s*\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@"^\s*End of (the )?Project Gutenberg", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndLine();

    [GeneratedRegex(@"^(?<name>Title|Author|Release Date):\s*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^\s*(Produced by|This e-?text was produced|E-?text prepared by|Transcribed by)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProducedBy();

    [GeneratedRegex(@"[A-Za-z]+\s+\d{1,2},\s+\d{4}|\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();
}
