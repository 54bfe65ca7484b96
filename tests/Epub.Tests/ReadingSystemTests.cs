using System.Text.Json;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>The bundled book as readers meet it: Ace's accessibility checks, and foliate-js in Chromium.</summary>
public sealed class ReadingSystemTests
{
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
        // Screenshots left by an earlier run must not pass for this run's.
        if (Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        var (code, stdout, stderr) = await NodeTools.Node("reader-test.mjs", BuiltBook.Bundled.Path, screenshots);
        Assert.True(code == 0 && stdout.Contains('{'), $"the reader script failed ({code}): {stderr}");
        using var report = JsonDocument.Parse(stdout[stdout.IndexOf('{')..]);
        var root = report.RootElement;
        var errors = root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"noteref-{n}"), root.GetProperty("checked").EnumerateArray().Select(e => e.GetString()));
        foreach (var name in new[] { "titlepage.png", "chapter.png", "notes.png" })
            Assert.True(new FileInfo(Path.Combine(screenshots, name)).Length > 1000, $"no screenshot {name}");
    }
}
