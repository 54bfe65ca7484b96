using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// Takes out what the archive and the website put around the author's text: the archive's notice
/// before it (kept for the colophon, as provenance) and the website's navigation links after it
/// (dropped, and reported with --verbose).
/// </summary>
public static partial class ArchiveDebrisPass
{
    /// <summary>How far into the text an archive notice may stand: it comes before the title.</summary>
    private const int NoticeSearchDepth = 3;

    public static void Run(Document document, Diagnostics diagnostics)
    {
        TakeArchiveNotices(document, diagnostics);
        DropTrailingNavigation(document, diagnostics);
    }

    private static void TakeArchiveNotices(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < Math.Min(NoticeSearchDepth, blocks.Count); i++)
        {
            if (blocks[i] is not Paragraph paragraph) continue;
            var text = paragraph.PlainText;
            if (!ArchiveNotice().IsMatch(text)) continue;
            document.Provenance.ArchiveNotices.Add(text);
            var archive = ArchiveName().Match(text);
            if (archive.Success) document.Provenance.Archive ??= archive.Groups["name"].Value;
            diagnostics.Info(DiagnosticCode.ArchiveNoticeMoved, paragraph.Line, "moved the archive's notice to the colophon");
            blocks.RemoveAt(i--);
        }
    }

    private static void DropTrailingNavigation(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var before = document.Provenance.Dropped.Count; // a reader may have dropped some already
        while (blocks.Count > 0 && blocks[^1] is Paragraph last && IsNavigationLink(last.PlainText))
        {
            document.Provenance.Dropped.Add((last.Line, last.PlainText));
            diagnostics.Info(DiagnosticCode.WebsiteLeftoverDropped, last.Line, $"dropped website leftover \"{last.PlainText}\"");
            blocks.RemoveAt(blocks.Count - 1);
        }
        document.Provenance.Dropped.Reverse(before, document.Provenance.Dropped.Count - before);
    }

    /// <summary>
    /// A line of a website's chrome: short, no sentence, and worded like a link ("Buy This Book",
    /// "Back to bookstore Home page", "Top of page", "Next article").
    /// </summary>
    /// <summary>An archive's notice about the page ("This is an archive of …").</summary>
    internal static bool IsArchiveNotice(string text) => ArchiveNotice().IsMatch(text);

    /// <summary>Worded like a website's link ("Back to …", "Next", "Table of contents"), whatever its length.</summary>
    internal static bool IsWordedLikeNavigation(string text) => NavigationWording().IsMatch(text.Trim());

    internal static bool IsNavigationLink(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text.Length > 80) return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8) return false;
        if (text[^1] is '.' or ',' or ';' or ':' or '"' or '\u201D') return false;
        return NavigationWording().IsMatch(text);
    }

    [GeneratedRegex(@"\b(this is an archive of|archived (from|by|at|on)|wayback machine|serves these (documents|pages)|this (page|document|file|text) (is|was) (archived|mirrored))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveNotice();

    [GeneratedRegex(@"\barchive of (?<name>the .+?)(?=,| which\b| that\b| who\b|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveName();

    [GeneratedRegex(@"^(\[|<)?\s*(buy|order|back( to)?|return( to)?|go (back|to)|home|top( of page)?|next|previous|prev|up|index|table of contents|contents|click|main( page)?|more|related|subscribe|donate|print|email|share)\b|\bhome ?page\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationWording();
}
