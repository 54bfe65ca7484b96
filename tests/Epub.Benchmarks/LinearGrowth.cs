using System.Diagnostics;
using System.Text;

/// <summary>
/// Time linear in the input, on the shapes that once made it grow faster: each input is built at
/// three sizes, a quarter of the next, and converted by the command line as a person runs it
/// (whole-process timings, the best of three, less the time of a tiny input: starting the
/// process); the run fails when four times the input takes more than 4.5 times as long. Run:
/// dotnet run -c Release --project tests/Epub.Benchmarks -- growth ["COMMAND"]
/// (default: dotnet src/Epub.Cli/bin/Release/net10.0/epub.dll; a NativeAOT binary's path works too).
/// In-process timings were tried first: the collector's and the JIT's pauses made them swing by
/// a factor of two. A benchmark, not a test: timings belong to a quiet machine, not to the suite.
/// </summary>
internal static class LinearGrowth
{
    private const double Allowed = 4.5;

    private const double TooFastToJudge = 0.1;

    /// <summary>Each shape: its name, the file name it is read as, and the text at a size of about n characters.</summary>
    private static readonly (string Name, string File, Func<int, string> Make)[] Shapes =
    [
        ("a mail header with a long run of spaces", "a.txt", n => "From: " + new string(' ', n) + "x@y.org\n\nHello there.\n"),
        ("a board's header line of many fields", "a.txt", n => "From: ANN WRITER" + Repeat("  Read: NO", n) + "\nTo: ALL\nSubject: MILL\n\nHello there.\n"),
        ("a part marker followed by spaces", "a.txt", n => "Some text here.\n\nEND" + new string(' ', n) + "\n"),
        ("a rule followed by spaces", "a.txt", n => "Some text.\n\n" + new string('-', 40) + new string(' ', n) + "\n\nMore text.\n"),
        ("a closing line of spaces", "a.txt", n => "Some text.\n\n" + new string(' ', n) + "\n"),
        ("a record's title field with a long run of spaces", "a.txt", n => "TITLE: a" + new string(' ', n) + "b\n\nSome text.\n"),
        ("a board's prompt with a long run of spaces", "a.txt", n => "Some text.\n\n-- More --" + new string(' ', n) + "(Y/n)\n"),
        ("an outline label over a line of capitals", "a.txt", n => "Intro.\n\n(1)  " + new string('A', n) + "a\n\nText.\n"),
        ("emphasis markers without spaces", "a.txt", n => "Intro.\n\n" + Repeat("*a*,", n) + "\n"),
        ("note references in one paragraph", "a.txt", n => "Intro.\n\n" + Repeat("word[1] ", n) + "\n\nNOTES\n\n[1] A note.\n"),
        ("short lines between blank lines", "a.txt", n => "Title\n\n" + string.Concat(Enumerable.Range(0, n / 10).Select(i => $"Line {i}\n\n"))),
        ("numbered headings", "a.txt", n => "Title\n\n" + string.Concat(Enumerable.Range(0, n / 25).Select(i => $"{i}. Heading\n\nText text.\n\n"))),
        ("one line of words", "a.txt", n => Repeat("word ", n) + "\n"),
        ("one long hard-wrapped paragraph", "a.txt", n => "Intro.\n\n" + Repeat("word word word word word word word word word word word 12 word\n", n)),
        ("numbered lines", "a.txt", n => "Intro.\n\n" + Repeat("1. x\n", n)),
        ("signature delimiters over long runs", "a.txt", n => "Intro.\n\n" + Repeat("--\nword    word\nword word word\nword word word\n", n)),
        ("lines left out closing the text", "a.txt", n => "Intro.\n\nSome prose.\n\n" + Repeat("Article 12 of misc.x:\n", n)),
        ("numbered paragraphs with prose after", "a.txt", n => "Intro.\n\n" + Repeat("2. x\n\nSome prose that follows it here.\n\n", n)),
        ("short numbered lists with prose between", "a.txt", n => "Intro.\n\n" + Repeat("1. x\n2. y\n3. z\n\nSome prose [2] that cites.\n\n", n)),
        ("notes lists, each under its heading", "a.txt", n => "Intro.\n\n" + Repeat("Prose that cites [1] here.\n\nNotes\n\n[1] A note.\n\n", n)),
        ("short rules over note lines (page-foot candidates)", "a.txt", n => "Intro.\n\n" + string.Concat(Enumerable.Range(0, n / 30).Select(i => $"-----\n[{i % 900 + 1}] a note line.\n"))),
        ("bulleted lines that hang", "a.txt", n => "Intro.\n\n" + Repeat("-       an item that runs on\n            and hangs under it\n", n)),
        ("a paragraph of many inline runs", "a.html", n => "<html><body><p>" + Repeat("<b>w</b> ", n) + "</p></body></html>"),
        ("in-page links", "a.html", n => "<html><body><p>" + Repeat("<a href='#n1'>1</a> ", n) + "</p><p id='n1'>1. note</p></body></html>"),
        ("nested blocks", "a.html", n => "<html><body>" + Repeat("<div>", n / 2) + "x" + Repeat("</div>", n / 2) + "</body></html>"),
        ("paragraphs with an inline tag left open", "a.html", n => "<html><body>" + Repeat("<p><b>x", n) + "</body></html>"),
    ];

    private static string Repeat(string piece, int length) => new StringBuilder(length + piece.Length).Insert(0, piece, Math.Max(1, length / piece.Length)).ToString();

    public static int Run(string? command)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Epub.sln"))) root = Path.GetDirectoryName(root)!;
        command ??= "dotnet " + Path.Combine(root, "src", "Epub.Cli", "bin", "Release", "net10.0", "epub.dll");
        var work = Directory.CreateTempSubdirectory("epub-growth-");
        try
        {
            var start = Time(command, work, "Short.\n", "a.txt");
            int[] sizes = [1024 * 1024, 4096 * 1024, 16384 * 1024];
            var failed = 0;
            foreach (var (name, file, make) in Shapes)
            {
                var seconds = sizes.Select(n => Math.Max(1e-3, Time(command, work, make(n), file) - start)).ToArray();
                var growth = Enumerable.Range(1, sizes.Length - 1).Select(k => seconds[k] / seconds[k - 1]).ToArray();
                // Under a tenth of a second at the middle size, the start-up's own noise is most of the difference: too fast to judge.
                var verdict = seconds[^2] < TooFastToJudge ? "too fast to judge" : growth[^1] <= Allowed ? "linear" : "GROWS FASTER";
                if (verdict == "GROWS FASTER") failed++;
                Console.WriteLine($"{name,-45} {string.Join("  ", seconds.Select(s => $"{s * 1000,7:0} ms"))}   ×{string.Join(" ×", growth.Select(g => g.ToString("0.0")))}   {verdict}");
            }
            Console.WriteLine($"(less {start * 1000:0} ms a run for starting the process) " + (failed == 0 ? "every shape linear" : $"{failed} shape(s) grow faster than the input"));
            return failed == 0 ? 0 : 1;
        }
        finally { work.Delete(recursive: true); }
    }

    /// <summary>The best of three conversions of the text by the command, in seconds.</summary>
    private static double Time(string command, DirectoryInfo work, string text, string file)
    {
        var input = Path.Combine(work.FullName, file);
        File.WriteAllText(input, text);
        var parts = command.Split(' ', 2);
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(parts[0], $"{(parts.Length > 1 ? parts[1] + " " : "")}convert \"{input}\" -o \"{Path.Combine(work.FullName, "out.epub")}\" -q") { RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
