using Epub.Targets;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>The bundled book as readers meet it: Ace's accessibility checks (on every target's build), and foliate-js in Chromium.</summary>
public sealed class ReadingSystemTests
{
    /// <summary>The bundled book (its Kobo and Kindle builds are checked on a smaller book: Ace takes about a second per document).</summary>
    [Fact]
    public async Task Ace_reports_no_violations()
    {
        var violations = await NodeTools.AceViolations(BuiltBook.Bundled.Path);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>
    /// Every note reference, clicked in a reading system, lands on its note, and the note's
    /// backlink, clicked, returns to the reference. Screenshots of the title page, a chapter and
    /// the notes are kept in tests/artifacts/screenshots.
    /// </summary>
    [Fact]
    public async Task In_foliate_every_note_reference_and_backlink_work()
    {
        var screenshots = Path.Combine(Repository.Root, "tests", "artifacts", "screenshots");
        var checkedReferences = await NodeTools.NoteLinksCheckedInFoliate(BuiltBook.Bundled.Path, screenshots);
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"noteref-{n}"), checkedReferences);
        foreach (var name in new[] { "titlepage.png", "chapter.png", "notes.png" })
            Assert.True(new FileInfo(Path.Combine(screenshots, name)).Length > 1000, $"no screenshot {name}");
    }
}
