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
        var start = new ProcessStartInfo("java", ["-jar", Jar, epubPath, "--json", "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var json = stdoutTask.Result;
        var jsonStart = json.IndexOf('{');
        Assert.True(jsonStart >= 0, $"EPUBCheck printed no report: {stderrTask.Result}");
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
}
