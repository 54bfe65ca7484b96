using System.Text;
using System.Text.Json;
using CsCheck;
using Epub.Cli;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>Whole archives: folders in, books in the same layout out, a report, padded texts read as texts.</summary>
public sealed class ArchiveTests
{
    private static (int Code, string Out, string Err) Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr, stdin: new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private const string Essay = "On Keeping Archives\n\nby Ada Stone\n\nArchives keep what people wrote, and the texts in them outlive the machines that made them.\nThis short essay says why that matters to readers now.\n";

    /// <summary>An archive as old collections hold it: texts in folders, an image, a zip, a hidden file, a binary without a telling name.</summary>
    private static string MakeArchive()
    {
        var archive = Temp.Folder("epub-archive-");
        Directory.CreateDirectory(Path.Combine(archive, "essays", "1994"));
        File.WriteAllText(Path.Combine(archive, "essays", "keeping.txt"), Essay);
        // Saved by DOS: an end-of-file mark, and the disk's slack after it.
        File.WriteAllText(Path.Combine(archive, "essays", "1994", "second.txt"), Essay.Replace("Keeping", "Reading") + "\u001AAn earlier draft of the essay.\n");
        File.Copy(Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus", "bracket-notes.txt"), Path.Combine(archive, "notes.txt"));
        File.WriteAllBytes(Path.Combine(archive, "essays", "cover.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]);
        File.WriteAllBytes(Path.Combine(archive, "old.zip"), [(byte)'P', (byte)'K', 3, 4, 0, 0]);
        File.WriteAllBytes(Path.Combine(archive, "essays", "DATA"), Enumerable.Range(0, 2048).Select(i => (byte)(i * 7 % 32)).ToArray());
        File.WriteAllText(Path.Combine(archive, ".listing"), "not a text of the archive\n");
        return archive;
    }

    [Fact]
    public void A_folder_becomes_books_in_the_same_layout_and_what_is_not_a_text_is_skipped_and_counted()
    {
        var archive = MakeArchive();
        var books = Temp.Folder("epub-books-");
        var report = Path.Combine(books, "report.jsonl");
        var (code, stdout, stderr) = Run(["convert", archive, "-o", books, "--report", report]);
        Assert.True(code == ExitCode.Success, stderr);

        string[] expected = ["essays/1994/second.epub", "essays/keeping.epub", "notes.epub"];
        Assert.Equal(expected, Directory.GetFiles(books, "*.epub", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(books, f)).Order(StringComparer.Ordinal));
        foreach (var book in expected) EpubCheck.AssertValid(Path.Combine(books, book));
        Assert.Equal(3, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // The summary ends the batch: three books, three files skipped (the hidden one is not counted: it is not the archive's).
        Assert.Matches(@"converted +3", stderr);
        Assert.Matches(@"skipped +3 +not texts or pages", stderr);

        var rows = File.ReadAllLines(report).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(["essays/1994/second.txt", "essays/DATA", "essays/cover.png", "essays/keeping.txt", "notes.txt", "old.zip"],
            rows.Select(r => Path.GetRelativePath(archive, r.GetProperty("input").GetString()!)));
        var keeping = rows[3];
        Assert.Equal("converted", keeping.GetProperty("status").GetString());
        Assert.Equal("On Keeping Archives", keeping.GetProperty("title").GetString());
        Assert.Equal("Ada Stone", keeping.GetProperty("author").GetString());
        Assert.Equal(Path.Combine(books, "essays", "keeping.epub"), keeping.GetProperty("book").GetString());
        Assert.Equal("binary data, not a text", rows[1].GetProperty("reason").GetString());
        Assert.Equal("a png file, not a text", rows[2].GetProperty("reason").GetString());
        // What was left out of each text, with its line: here the slack after the end-of-file mark.
        Assert.Equal(["line 7: what the file held after its end-of-file mark (1 line)"], rows[0].GetProperty("leftOut").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(keeping.GetProperty("leftOut").EnumerateArray());
        var notes = rows[4];
        Assert.True(notes.GetProperty("notesLinked").GetInt32() > 0);
        Assert.Contains("N002", notes.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void Include_and_exclude_globs_choose_the_files_of_a_folder()
    {
        var archive = MakeArchive();
        var books = Temp.Folder("epub-books-");
        var (code, _, stderr) = Run(["convert", archive, "-o", books, "--include", "essays/**", "--exclude", "**/1994/*", "--quiet"]);
        Assert.True(code == ExitCode.Success, stderr);
        Assert.Equal(["essays/keeping.epub"], Directory.GetFiles(books, "*.epub", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(books, f)));
        Assert.Equal("", stderr); // --quiet: errors only
    }

    [Fact]
    public void Inputs_can_be_listed_on_standard_input()
    {
        var archive = MakeArchive();
        var books = Temp.Folder("epub-books-");
        var list = $"{Path.Combine(archive, "notes.txt")}\n\n{Path.Combine(archive, "essays", "keeping.txt")}\n";
        var report = Path.Combine(books, "report.csv");
        var (code, stdout, stderr) = Run(["convert", "--input-list", "-", "-o", books, "--report", report], list);
        Assert.True(code == ExitCode.Success, stderr);
        Assert.Equal(2, Directory.GetFiles(books, "*.epub").Length);
        Assert.Contains("-> ", stdout);
        var csv = File.ReadAllLines(report);
        Assert.Equal("input,status,book,title,titleFrom,author,authorFrom,chapters,notesLinked,notesUnlinked,warnings,leftOut,reason,milliseconds", csv[0]);
        Assert.Equal(3, csv.Length);
        Assert.Contains(",converted,", csv[2]);
        Assert.Contains("On Keeping Archives", csv[2]);
    }

    [Fact]
    public void A_report_that_is_neither_jsonl_nor_csv_and_a_bad_job_count_are_usage_errors()
    {
        var (code, _, stderr) = Run(["convert", Repository.BundledInput, "--report", "report.txt"]);
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("JSON Lines (.jsonl) or CSV (.csv)", stderr);
        (code, _, stderr) = Run(["convert", Repository.BundledInput, "--jobs", "0"]);
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("--jobs", stderr);
    }

    [Fact]
    public void A_failed_input_is_in_the_report_with_its_reason_and_the_others_still_convert()
    {
        var archive = MakeArchive();
        File.WriteAllText(Path.Combine(archive, "blank.txt"), "\n\n   \n");
        var books = Temp.Folder("epub-books-");
        var report = Path.Combine(books, "report.jsonl");
        var (code, _, stderr) = Run(["convert", archive, "-o", books, "--report", report, "--jobs", "1"]);
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("blank.txt: error: the file holds no text", stderr);
        Assert.Matches(@"refused +1", stderr);
        Assert.Equal(3, Directory.GetFiles(books, "*.epub", SearchOption.AllDirectories).Length);
        var blank = File.ReadAllLines(report).Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("input").GetString()!.EndsWith("blank.txt"));
        Assert.Equal("refused", blank.GetProperty("status").GetString());
        Assert.StartsWith("the file holds no text", blank.GetProperty("reason").GetString());
    }

    /// <summary>Modem transfers padded files with NULs to whole blocks, and DOS ended them with ^Z: neither is part of the text.</summary>
    [Theory]
    [InlineData("nul-padded", "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0")]
    [InlineData("ctrl-z-ended", "\u001A")]
    [InlineData("ctrl-z-then-nuls", "\u001A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0")]
    public void A_padded_text_makes_the_same_book_as_the_unpadded_text(string name, string padding)
    {
        var plain = Book(Essay, "essay.txt");
        var padded = Book(Essay + padding, "essay.txt");
        Assert.Equal(plain.Bytes, padded.Bytes);
        Assert.Equal("", padded.Err);
        _ = name;
    }

    [Fact]
    public void What_follows_a_dos_end_of_file_mark_is_reported_and_left_out()
    {
        var (bytes, err) = Book(Essay + "\u001Aan earlier draft of the\nlast lines, left on the disk\n", "essay.txt");
        Messages.AssertHas(err, "essay.txt", 7, "warning", DiagnosticCode.AfterEndOfFile);
        var text = XhtmlText(bytes);
        Assert.DoesNotContain("earlier draft", text);
        Assert.Contains("what the file held after its end-of-file mark (2 lines from line 7)", text);
    }

    private static string XhtmlText(byte[] book)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(book));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml")).Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    private static (byte[] Bytes, string Err) Book(string text, string name)
    {
        var folder = Temp.Folder("epub-padded-");
        var input = Path.Combine(folder, name);
        File.WriteAllBytes(input, Encoding.UTF8.GetBytes(text));
        var output = Path.Combine(folder, "book.epub");
        var (code, _, stderr) = Run(["convert", input, "-o", output]);
        Assert.True(code == ExitCode.Success, stderr);
        return (File.ReadAllBytes(output), stderr);
    }

    /// <summary>A glob without wildcards matches exactly its path (or, without a '/', that name in any folder), and '*' never crosses a folder.</summary>
    [Fact]
    public void Globs_match_paths_as_gitignore_reads_them()
    {
        var segment = Gen.String[Gen.Char['a', 'e'], 1, 4];
        Gen.Select(segment.Array[1, 4], segment).Sample((parts, other) =>
        {
            var path = string.Join('/', parts);
            Assert.Matches(InputSet.Glob(path), path);
            Assert.Matches(InputSet.Glob("**/" + parts[^1]), path);
            Assert.Matches(InputSet.Glob(parts[^1]), path);
            Assert.Matches(InputSet.Glob("*"), path);
            Assert.Equal(parts.Length == 2, InputSet.Glob("*/*").IsMatch(path)); // with a '/', the glob is anchored at the folder's top
            if (other != parts[^1]) Assert.DoesNotMatch(InputSet.Glob(string.Join('/', parts[..^1].Append(other))), path);
        });
        Assert.Matches(InputSet.Glob("*.txt"), "a/b/c.txt");
        Assert.DoesNotMatch(InputSet.Glob("a/*.txt"), "a/b/c.txt");
        Assert.Matches(InputSet.Glob("a/**/*.txt"), "a/b/c.txt");
        Assert.Matches(InputSet.Glob("a/**/*.txt"), "a/c.txt");
        Assert.Matches(InputSet.Glob("c?.txt"), "x/c1.txt");
        Assert.DoesNotMatch(InputSet.Glob("c.txt"), "x/ac.txt");
    }
}
