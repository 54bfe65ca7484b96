using System.Diagnostics;

namespace Epub.Tests.Tools;

/// <summary>
/// calibre's <c>ebook-convert</c> (Debian's <c>calibre</c>, installed by tests/run.sh): the converter
/// behind many Kindle libraries, and the nearest thing to Amazon's own conversion that runs here.
/// A missing calibre fails the test, as a missing EPUBCheck does.
/// </summary>
public static class Calibre
{
    public const string EbookConvert = "/usr/bin/ebook-convert";

    /// <summary>Converts <paramref name="input"/> to <paramref name="output"/>, the formats taken from their extensions.</summary>
    public static async Task Convert(string input, string output)
    {
        Assert.True(File.Exists(EbookConvert), $"calibre is not installed ({EbookConvert} is missing): run tests/run.sh, which installs it.");
        var start = new ProcessStartInfo(EbookConvert, [input, output]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // calibre's Qt needs no display for these conversions.
        start.Environment["QT_QPA_PLATFORM"] = "offscreen";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0 && File.Exists(output), $"ebook-convert {input} {output} failed ({process.ExitCode}): {await stdout} {await stderr}");
    }
}
