using System.Text;
using System.Diagnostics;
using Epub.Cli;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>The command line, run in-process (and once as its own process, as the README runs it).</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => InProcessCli.Run(args);

    private static string TempFolder() => Temp.Folder("epub-cli-");

    [Fact]
    public async Task With_no_arguments_the_bundled_text_becomes_a_book_in_output()
    {
        var folder = TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "epub.dll");
        var start = new ProcessStartInfo("dotnet", [cli]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        var book = Path.Combine(folder, "output", "a-review-of-this-i-cannot-forget.epub");
        Assert.True(File.Exists(book));
        Assert.Empty(EpubCheck.Messages(book));
        Assert.Equal([book], Directory.GetFiles(Path.Combine(folder, "output")));
    }

    [Fact]
    public async Task Source_date_epoch_sets_the_modified_date()
    {
        var folder = TempFolder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "epub.dll"), "-o", folder + "/"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["SOURCE_DATE_EPOCH"] = "762480000"; // 1994-03-01T00:00:00Z
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var zip = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(folder).Single());
        using var reader = new StreamReader(zip.GetEntry("EPUB/content.opf")!.Open());
        Assert.Contains("<meta property=\"dcterms:modified\">1994-03-01T00:00:00Z</meta>", await reader.ReadToEndAsync());
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1994, 3, 1), e.LastWriteTime.UtcDateTime.Date));
    }

    /// <summary>When the guess is wrong, the person says so: no notes, no headings, or exactly the headings named.</summary>
    [Fact]
    public void Overrides_turn_off_notes_and_headings_or_name_the_headings()
    {
        var folder = TempFolder();
        var input = Path.Combine(folder, "in.txt");
        File.WriteAllText(input, "Overrides\n\nPart One: Beginnings\n\nThe first part cites a source.(1) Its prose is long enough to be a paragraph.\n\nPart Two: Endings\n\nThe second part closes the text, with prose long enough to read as prose.\n\nNotes\n\n1. The source.\n");

        var (code, stdout, _) = Run("convert", input, "-o", Path.Combine(folder, "default.epub"));
        Assert.Equal(ExitCode.Success, code);
        Assert.Matches(@"\(\d+ chapters, 1 notes\)", stdout);

        (code, stdout, _) = Run("convert", input, "-o", Path.Combine(folder, "plain.epub"), "--no-notes", "--no-headings");
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("(0 chapters, 0 notes)", stdout);
        EpubCheck.AssertValid(Path.Combine(folder, "plain.epub"));

        (code, stdout, _) = Run("convert", input, "-o", Path.Combine(folder, "named.epub"), "--headings", "^Part Two");
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("(1 chapters, 1 notes)", stdout);

        var (badCode, _, stderr) = Run("convert", input, "--headings", "(unclosed");
        Assert.Equal(ExitCode.Usage, badCode);
        Assert.Contains("--headings '(unclosed' is not a regular expression", stderr);
    }

    /// <summary>inspect shows the decisions with their lines, as text and as JSON, and writes no book.</summary>
    [Fact]
    public void Inspect_shows_what_was_decided_and_where()
    {
        var folder = TempFolder();
        var (code, stdout, _) = Run("inspect", Repository.BundledInput);
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("title:     A Review of This I Cannot Forget", stdout);
        Assert.Contains("author:    MC5", stdout);
        Assert.Contains("notes:     30 in 1 scope(s), 30 references linked", stdout);
        // The scope's notes, and the lines of the text that cite them (its first and last citing paragraphs).
        Assert.Contains("scope 1: notes 1\u201330 from line 196, 30 citations on lines 22\u2013170", stdout);
        Assert.Contains("line 227: website leftover", stdout);
        Assert.Contains("line 20: I. Bukharin\u2019s line  [an entry of the text's contents]", stdout);

        (code, stdout, _) = Run("inspect", Repository.BundledInput, "--json");
        Assert.Equal(ExitCode.Success, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("MC5", root.GetProperty("metadata").GetProperty("author").GetString());
        Assert.StartsWith("the author model's choice (line 5, p ", root.GetProperty("metadata").GetProperty("authorFrom").GetString());
        Assert.Equal(7, root.GetProperty("headings").GetArrayLength());
        Assert.Equal(30, root.GetProperty("noteScopes")[0].GetProperty("notes").GetArrayLength());
        Assert.Equal((22, 170), (root.GetProperty("noteScopes")[0].GetProperty("citedFromLine").GetInt32(), root.GetProperty("noteScopes")[0].GetProperty("citedToLine").GetInt32()));
        Assert.All(root.GetProperty("headings").EnumerateArray(), h => Assert.True(h.GetProperty("line").GetInt32() > 0));
        Assert.All(root.GetProperty("headings").EnumerateArray(), h => Assert.Equal("an entry of the text's contents", h.GetProperty("family").GetString()));
        Assert.Empty(Directory.GetFiles(folder));

        // The title page's other credits and the rights, in both forms.
        var credited = Path.Combine(folder, "credited.txt");
        File.WriteAllText(credited, "THE WOODCUTTER\nby Ann Writer\nTranslated by Bob Smith\nCopyright 1994 by Ann Writer\n\n"
            + "There was once a woodcutter so poor that he owned nothing but an axe and a coat with one\nsleeve, and every evening he came home with a bundle of sticks to sell in the town.\n");
        (code, stdout, _) = Run("inspect", credited);
        Assert.Contains("credit:    Translated by Bob Smith  [the title page]", stdout);
        Assert.Contains("rights:    Copyright 1994 by Ann Writer  [dc:rights and the colophon]", stdout);
        (code, stdout, _) = Run("inspect", credited, "--json");
        using var creditedJson = System.Text.Json.JsonDocument.Parse(stdout);
        var creditedMetadata = creditedJson.RootElement.GetProperty("metadata");
        Assert.Equal("Translated by Bob Smith", creditedMetadata.GetProperty("credits")[0].GetString());
        Assert.Equal("Copyright 1994 by Ann Writer", creditedMetadata.GetProperty("rights").GetString());
        Assert.Equal("Ann Writer", creditedMetadata.GetProperty("author").GetString());

        var (missing, _, stderr) = Run("inspect", Path.Combine(folder, "nothing.txt"));
        Assert.Equal(ExitCode.Failure, missing);
        Assert.Contains("no such file", stderr);
    }

    /// <summary>Reproducible across processes, not only within one: two separate runs of the command give the same bytes.</summary>
    [Fact]
    public async Task Two_separate_runs_give_the_same_bytes()
    {
        var books = new List<byte[]>();
        foreach (var run in new[] { "first", "second" })
        {
            var target = Path.Combine(Temp.Folder("epub-repro-" + run), "book.epub");
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "epub.dll"), "convert", Repository.BundledInput, "-o", target])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(ExitCode.Success, process.ExitCode);
            books.Add(await File.ReadAllBytesAsync(target));
        }
        Assert.Equal(books[0], books[1]);
        Assert.Equal(BuiltBook.Bundled.Bytes, books[0]);
    }

    /// <summary>SIGTERM (as Ctrl-C's SIGINT) mid-run: finished books stay, no partial book or temporary file.</summary>
    /// <summary>
    /// A signal during one long conversion ends the run at once, not when the conversion does: the
    /// input (four million short lines, one paragraph) takes far longer to convert than the wait
    /// allowed here, and nothing is left in the output folder.
    /// </summary>
    [Fact]
    public async Task A_signal_stops_a_long_conversion_at_once()
    {
        var input = Path.Combine(Temp.Folder("epub-signal-long-"), "long.txt");
        File.WriteAllText(input, new StringBuilder(8 * 1024 * 1024).Insert(0, "a\n", 4 * 1024 * 1024).ToString());
        var output = TempFolder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "epub.dll"), "convert", input, "-o", output + "/"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.Delay(1500); // well into the conversion
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        var stopped = process.WaitForExit(TimeSpan.FromSeconds(5));
        if (!stopped) process.Kill();
        Assert.True(stopped, "the run went on converting after SIGTERM");
        Assert.Equal(ExitCode.Cancelled, process.ExitCode);
        Assert.Contains("epub: cancelled", await stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public async Task A_signal_cancels_cleanly_leaving_only_finished_books()
    {
        var inputs = Temp.Folder("epub-signal-in-");
        var output = TempFolder();
        var paths = Enumerable.Range(0, 600).Select(i => Path.Combine(inputs, $"text-{i:000}.txt")).ToList();
        foreach (var path in paths) File.Copy(Repository.BundledInput, path);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "epub.dll"), "convert", .. paths, "-o", output + "/"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        while (Directory.GetFiles(output, "*.epub").Length == 0 && !process.HasExited) await Task.Delay(10); // books are staged as hidden temporary files first
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        await process.WaitForExitAsync();
        await stdout;

        Assert.Equal(ExitCode.Cancelled, process.ExitCode);
        Assert.Contains("epub: cancelled", await stderr);
        var left = Directory.GetFileSystemEntries(output);
        Assert.InRange(left.Length, 1, paths.Count - 1);
        Assert.All(left, f => Assert.EndsWith(".epub", f));
        var entries = BuiltBook.Bundled.Entries().Count;
        Assert.All(left, f => { using var zip = System.IO.Compression.ZipFile.OpenRead(f); Assert.Equal(entries, zip.Entries.Count); }); // whole books only
    }

    [Fact]
    public void Output_option_names_the_book_file()
    {
        var target = Path.Combine(TempFolder(), "review.epub");
        var (code, stdout, _) = Run("convert", Repository.BundledInput, "-o", target);
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("7 chapters, 30 notes", stdout);
        EpubCheck.AssertValid(target);
    }

    [Fact]
    public void Output_option_without_epub_extension_is_a_folder_made_if_missing()
    {
        var folder = Path.Combine(TempFolder(), "books");
        var (code, _, _) = Run("convert", Repository.BundledInput, "-o", folder);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(File.ReadAllBytes(BuiltBook.Bundled.Path), File.ReadAllBytes(Path.Combine(folder, "a-review-of-this-i-cannot-forget.epub")));
    }

    [Fact]
    public void Output_option_names_a_folder_for_several_inputs()
    {
        var folder = TempFolder();
        var other = Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus", "bracket-notes.txt");
        var (code, _, stderr) = Run("convert", Repository.BundledInput, other, "-o", folder);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(["a-review-of-this-i-cannot-forget.epub", "the-long-road-home.epub"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Messages.AssertHas(stderr, "bracket-notes.txt", 24, "warning", DiagnosticCode.NoteNeverCited);
        EpubCheck.AssertValid(folder);
    }

    [Fact]
    public void Verbose_reports_what_was_dropped()
    {
        var folder = TempFolder();
        var (code, _, stderr) = Run("convert", Repository.BundledInput, "-o", folder, "--verbose");
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(File.ReadAllBytes(BuiltBook.Bundled.Path), File.ReadAllBytes(Directory.GetFiles(folder).Single())); // the book EPUBCheck passes elsewhere
        Messages.AssertHas(stderr, Program.BundledInput, 227, "info", DiagnosticCode.WebsiteLeftoverDropped);
        Messages.AssertHas(stderr, Program.BundledInput, 229, "info", DiagnosticCode.WebsiteLeftoverDropped);
        Messages.AssertHas(stderr, Program.BundledInput, 1, "info", DiagnosticCode.ArchiveNoticeMoved);
        Assert.Contains("\"Buy This Book\"", stderr);
    }

    [Fact]
    public void Without_verbose_a_clean_conversion_says_nothing_on_stderr()
    {
        var folder = TempFolder();
        var (code, _, stderr) = Run("convert", Repository.BundledInput, "-o", folder);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", stderr);
        Assert.Equal(File.ReadAllBytes(BuiltBook.Bundled.Path), File.ReadAllBytes(Directory.GetFiles(folder).Single()));
    }

    /// <summary>The bundled text converted with <paramref name="options"/>: the book's path and its package document.</summary>
    private static (string Path, string Opf) ConvertBundledForPackage(params string[] options)
    {
        var target = Path.Combine(TempFolder(), "book.epub");
        var (code, _, _) = Run(["convert", Repository.BundledInput, "-o", target, .. options]);
        Assert.Equal(ExitCode.Success, code);
        using var zip = System.IO.Compression.ZipFile.OpenRead(target);
        using var reader = new StreamReader(zip.GetEntry("EPUB/content.opf")!.Open());
        return (target, reader.ReadToEnd());
    }

    [Fact]
    public void Metadata_overrides_reach_the_package()
    {
        var (target, opf) = ConvertBundledForPackage("--title", "A Review", "--author", "Someone", "--language", "en-GB", "--date", "1994-04");
        Assert.Contains("<dc:title id=\"title\">A Review</dc:title>", opf);
        Assert.Contains("<dc:creator id=\"creator\">Someone</dc:creator>", opf);
        Assert.Contains("<dc:language>en-GB</dc:language>", opf);
        Assert.Contains("<dc:date>1994-04</dc:date>", opf);
        EpubCheck.AssertValid(target);
    }

    [Fact]
    public void Each_writer_a_credit_names_is_a_creator_of_their_own()
    {
        var (target, opf) = ConvertBundledForPackage("--author", "Ann Writer and Bob Smith");
        Assert.Contains("<dc:creator id=\"creator\">Ann Writer</dc:creator>", opf);
        Assert.Contains("<dc:creator id=\"creator-2\">Bob Smith</dc:creator>", opf);
        Assert.Contains("<meta refines=\"#creator-2\" property=\"role\" scheme=\"marc:relators\">aut</meta>", opf);
        EpubCheck.AssertValid(target);
    }

    [Theory]
    [InlineData("Ann Writer and Bob Smith", "Ann Writer|Bob Smith")]
    [InlineData("Ann Writer, Bob Smith and Cy Young", "Ann Writer|Bob Smith|Cy Young")]
    [InlineData("Ann Writer & Bob Smith", "Ann Writer|Bob Smith")]
    [InlineData("Ann Writer; Bob Smith", "Ann Writer|Bob Smith")]
    [InlineData("Ann Writer with Bob Smith", "Ann Writer|Bob Smith")]
    [InlineData("Ann Writer with help", "Ann Writer with help")]
    [InlineData("Ann and Bob Smith", "Ann and Bob Smith")]
    [InlineData("Simon and Schuster", "Simon and Schuster")]
    [InlineData("Ann Writer, Ph.D.", "Ann Writer")]
    [InlineData("Ann Writer, M.D. and Bob Smith, PhD", "Ann Writer|Bob Smith")]
    [InlineData("Ann Writer, Jr.", "Ann Writer, Jr.")]
    [InlineData("Ann Writer, M.D., M.P.H.", "Ann Writer")]
    [InlineData("Lt. Col. Ann Writer, USAF (Ret.)", "Lt. Col. Ann Writer")]
    [InlineData("Ann Writer et al.", "Ann Writer")]
    [InlineData("Ann Writer (a.k.a. \"Nightjar\")", "Ann Writer")]
    [InlineData("Writer, Ann", "Writer, Ann")]
    [InlineData("Writer, A.", "Writer, A.")]
    [InlineData("Acme Tools, Inc.", "Acme Tools, Inc.")]
    [InlineData("Dr. Ann Writer", "Ann Writer")]
    [InlineData("Governor Bill Clinton and Senator Al Gore", "Bill Clinton|Al Gore")]
    [InlineData("Dr. Seuss", "Dr. Seuss")]
    [InlineData("Miss Manners", "Miss Manners")]
    [InlineData("the staff and friends of the farm", "the staff and friends of the farm")]
    public void A_credit_is_several_creators_only_when_each_part_is_a_name(string credit, string creators) =>
        Assert.Equal(creators.Split('|'), CreditNames.Split(credit));

    [Fact]
    public void Help_and_version_answer()
    {
        var help = Run("convert", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("--output", help.Out);
        Assert.Contains("--strict", help.Out);
        var version = Run("--version");
        Assert.Equal(0, version.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_a_usage_error_before_any_conversion()
    {
        var folder = TempFolder();
        var (code, _, stderr) = Run("convert", Repository.BundledInput, "-o", folder, "--date", "last spring");
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("--date 'last spring' is not a date", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = Run("convert", "--no-such-option");
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("--no-such-option", stderr);
    }
}
