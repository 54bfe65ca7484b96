using System.Diagnostics;
using System.Text.Json;

namespace Epub.Tests.Tools;

/// <summary>
/// The Node.js tools in tests/tools (installed by tests/run.sh): Ace by DAISY and the foliate-js
/// reading-system script. Both drive Debian's Chromium; a missing tool fails the test, it does not skip.
/// </summary>
public static class NodeTools
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "tools");

    public static string Chromium => "/usr/bin/chromium";

    public static void AssertInstalled()
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")), "tests/tools/node_modules is missing: run the README's test command (tests/run.sh), which installs it.");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run tests/run.sh, which installs Debian's chromium.");
    }

    public static async Task<(int Code, string Stdout, string Stderr)> Node(params string[] args)
    {
        AssertInstalled();
        var start = new ProcessStartInfo("node", args)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Puppeteer (under Ace) and playwright-core use Debian's browser, never one they download.
        start.Environment["PUPPETEER_SKIP_DOWNLOAD"] = "1";
        start.Environment["PUPPETEER_EXECUTABLE_PATH"] = Chromium;
        start.Environment["CHROMIUM"] = Chromium;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Ace's violations for a book: one line per failed check, with the document and the rule.</summary>
    public static async Task<IReadOnlyList<string>> AceViolations(string epubPath)
    {
        var reportFolder = Temp.Folder("ace-");
        var (code, stdout, stderr) = await Node(Path.Combine("node_modules", "@daisy", "ace-cli", "bin", "ace.js"), "--force", "--silent", "-o", reportFolder, epubPath);
        var reportPath = Path.Combine(reportFolder, "report.json");
        Assert.True(File.Exists(reportPath), $"Ace wrote no report (exit {code}): {stdout} {stderr}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        var violations = new List<string>();
        foreach (var document in report.RootElement.GetProperty("assertions").EnumerateArray())
        {
            if (!document.TryGetProperty("assertions", out var checks)) continue;
            var url = document.GetProperty("earl:testSubject").GetProperty("url").GetString();
            foreach (var check in checks.EnumerateArray())
            {
                var test = check.GetProperty("earl:test");
                violations.Add($"{url}: {test.GetProperty("dct:title").GetString()} ({test.GetProperty("earl:impact").GetString()}): " +
                               check.GetProperty("earl:result").GetProperty("dct:description").GetString());
            }
        }
        return violations;
    }

    /// <summary>
    /// Opens the book in foliate-js (reader-test.mjs), which clicks every note reference and its
    /// backlink and keeps screenshots in <paramref name="screenshots"/> (emptied first, so an earlier
    /// run's cannot pass for this one's); fails on any error it reports, and returns the references it checked
    /// (every one, or the first <paramref name="perChapter"/> of each chapter).
    /// </summary>
    public static async Task<List<string?>> NoteLinksCheckedInFoliate(string epubPath, string screenshots, int? perChapter = null)
    {
        if (Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        var (code, stdout, stderr) = await (perChapter is int n ? Node("reader-test.mjs", epubPath, screenshots, n.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Node("reader-test.mjs", epubPath, screenshots));
        Assert.True(code == 0 && stdout.Contains('{'), $"the reader script failed ({code}): {stderr}");
        using var report = JsonDocument.Parse(stdout[stdout.IndexOf('{')..]);
        var errors = report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return report.RootElement.GetProperty("checked").EnumerateArray().Select(e => e.GetString()).ToList();
    }
}
