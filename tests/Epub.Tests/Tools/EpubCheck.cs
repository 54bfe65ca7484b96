using System.Diagnostics;
using System.Text.Json;

namespace Epub.Tests.Tools;

/// <summary>
/// Runs EPUBCheck (Debian's package, installed by the README's test command) on a book and
/// returns its messages. A missing EPUBCheck fails the test: a book nobody checked is not valid.
/// </summary>
public static class EpubCheck
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    /// <summary>Every book in the folder (or the one book) passes with no message at all.</summary>
    public static void AssertValid(string bookOrFolder)
    {
        var books = Directory.Exists(bookOrFolder) ? Directory.GetFiles(bookOrFolder, "*.epub") : [bookOrFolder];
        Assert.NotEmpty(books);
        foreach (var book in books)
        {
            var messages = Messages(book);
            Assert.True(messages.Count == 0, $"{book}:\n" + string.Join("\n", messages));
        }
    }

    public static IReadOnlyList<string> Messages(string epubPath)
    {
        Assert.True(File.Exists(Jar), $"EPUBCheck is not installed ({Jar} is missing): run the README's test command, which installs it.");
        var report = Path.Combine(Temp.Folder("epubcheck-"), "report.json");
        try
        {
            Server.Value.Check(Path.GetFullPath(epubPath), report);
            Assert.True(File.Exists(report), $"EPUBCheck wrote no report for {epubPath}");
            return Parse(File.ReadAllText(report));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    private static List<string> Parse(string json)
    {
        var jsonStart = json.IndexOf('{');
        Assert.True(jsonStart >= 0, "EPUBCheck's report is empty");
        using var report = JsonDocument.Parse(json[jsonStart..]);
        var messages = new List<string>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var severity = message.GetProperty("severity").GetString();
            if (severity is "USAGE" or "INFO") continue;
            var locations = message.GetProperty("locations").EnumerateArray()
                .Select(l => $"{l.GetProperty("path").GetString()}:{l.GetProperty("line").GetInt32()}");
            messages.Add($"{severity} {message.GetProperty("ID").GetString()}: {message.GetProperty("message").GetString()} at {string.Join(", ", locations)}");
        }
        return messages;
    }

    private static readonly Lazy<CheckServer> Server = new(() => new CheckServer());

    /// <summary>
    /// EPUBCheck in one long-lived Java VM (Tools/EpubCheckServer.java), shared by every test of
    /// the run: starting a VM per book was nearly all of the suite's time. One book at a time.
    /// </summary>
    private sealed class CheckServer
    {
        private readonly Process _process;
        private readonly Lock _lock = new();

        public CheckServer()
        {
            var source = Path.Combine(Repository.Root, "tests", "Epub.Tests", "Tools", "EpubCheckServer.java");
            var start = new ProcessStartInfo("java", ["-cp", Jar, source])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            _process = Process.Start(start)!;
            _process.ErrorDataReceived += (_, _) => { }; // EPUBCheck's progress lines: drained, not shown
            _process.BeginErrorReadLine();
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try { _process.StandardInput.Close(); _process.WaitForExit(2000); if (!_process.HasExited) _process.Kill(); }
                catch (InvalidOperationException) { }
            };
        }

        public void Check(string book, string report)
        {
            lock (_lock)
            {
                _process.StandardInput.WriteLine($"{book}\t{report}");
                _process.StandardInput.Flush();
                var answer = _process.StandardOutput.ReadLine();
                Assert.True(answer is not null && answer.StartsWith("done\t", StringComparison.Ordinal), $"the EPUBCheck server stopped: {answer}");
            }
        }
    }
}
