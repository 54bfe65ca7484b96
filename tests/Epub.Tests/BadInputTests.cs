using System.IO.Compression;
using System.Text;
using Epub.Cli;
using Epub.Tests.Tools;
using Epub.Writers;

namespace Epub.Tests;

/// <summary>Messy archives: every input gets a valid book, a book with warnings, or a clear refusal, and nothing half-written.</summary>
public sealed class BadInputTests
{
    private static string Nasty(string name) => Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus", "nasty", name);

    private static (int Code, string Out, string Err, string Folder) Convert(string input, params string[] extra)
    {
        var folder = Temp.Folder("epub-bad-");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["convert", input, "-o", folder + "/", .. extra], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString(), folder);
    }

    private static string BookText(string folder)
    {
        var book = Assert.Single(Directory.GetFiles(folder));
        using var zip = ZipFile.OpenRead(book);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml")).Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Theory]
    [InlineData("utf8-bom.txt", "caf\u00e9s and na\u00efve")]
    [InlineData("utf16le-bom.txt", "caf\u00e9s and na\u00efve")]
    [InlineData("utf16be-no-bom.txt", "caf\u00e9s and na\u00efve")]
    [InlineData("windows-1252.txt", "\u201CQuoted\u201D words in a caf\u00e9\u2014and the Euro sign \u20ac")]
    [InlineData("latin1.txt", "caf\u00e9s and na\u00efve")]
    [InlineData("crlf-cr-mixed.txt", "First paragraph of prose")]
    [InlineData("ctrl-z.txt", "closes the text.</p>")]
    [InlineData("tabs.txt", "An indented paragraph, with a tab inside it")]
    [InlineData("markup.txt", "&lt;script&gt;alert(\u2018x\u2019)&lt;/script&gt; &amp;amp; ]]&gt; &lt;![CDATA[ stays text, as does &lt;b&gt;this&lt;/b&gt;.")]
    public void Messy_text_becomes_a_valid_book(string name, string expected)
    {
        var (code, _, stderr, folder) = Convert(Nasty(name));
        Assert.True(code == ExitCode.Success, stderr);
        var text = BookText(folder);
        Assert.Contains(expected, text);
        Assert.DoesNotContain("\uFFFD", text);
        Assert.Empty(EpubCheck.Messages(Directory.GetFiles(folder).Single()));
    }

    [Fact]
    public void Mixed_line_endings_keep_the_title_block_apart()
    {
        var (_, _, _, folder) = Convert(Nasty("crlf-cr-mixed.txt"));
        var text = BookText(folder);
        Assert.Contains("<time datetime=\"2001-05\">May 2001</time>", text);
        Assert.Contains("Second paragraph, also prose", text);
        EpubCheck.AssertValid(folder);
    }

    [Fact]
    public void Characters_xml_forbids_are_removed_with_a_warning_naming_the_line()
    {
        var (code, _, stderr, folder) = Convert(Nasty("control-chars.txt"));
        Assert.Equal(ExitCode.Success, code);
        Messages.AssertHas(stderr, "control-chars.txt", 3, "warning", DiagnosticCode.ControlCharacters);
        Assert.Contains("removed 2 control character(s)", stderr);
        Assert.Contains("a bell and a vertical tab inside it", BookText(folder));
        EpubCheck.AssertValid(folder);
    }

    [Theory]
    [InlineData("undefined-1252-bytes.txt", 3, 1, "A caf\u00e9 with an undefined  byte and \u201Cquotes\u201D.")]
    [InlineData("control-chars.html", 3, 1, "A bell in a page, and a form feed too.")] // the form feed is HTML white space; the bell goes
    public void Control_characters_from_any_reader_are_removed_with_a_warning(string name, int line, int count, string expected)
    {
        var (code, _, stderr, folder) = Convert(Nasty(name));
        Assert.Equal(ExitCode.Success, code);
        Messages.AssertHas(stderr, name, line, "warning", DiagnosticCode.ControlCharacters);
        Assert.Contains($"removed {count} control character(s)", stderr);
        Assert.Contains(expected, BookText(folder));
        EpubCheck.AssertValid(folder);
    }

    [Fact]
    public void Forced_encoding_wins_over_detection()
    {
        var (code, _, _, folder) = Convert(Nasty("utf8-bom.txt"), "--encoding", "iso-8859-1");
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("caf\u00c3\u00a9s", BookText(folder)); // what those bytes are in Latin-1
        EpubCheck.AssertValid(folder);
        var unknown = Convert(Nasty("utf8-bom.txt"), "--encoding", "no-such-encoding");
        Assert.Equal(ExitCode.Failure, unknown.Code);
        Assert.Contains("unknown encoding 'no-such-encoding'", unknown.Err);
    }

    [Theory]
    [InlineData("empty.txt", "the file is empty")]
    [InlineData("blank.txt", "the file holds no text")]
    [InlineData("binary.bin", "the file is binary data")]
    [InlineData("no-such-file.txt", "no such file")]
    public void Unusable_input_is_refused_with_its_reason_and_nothing_is_written(string name, string reason)
    {
        var (code, _, stderr, folder) = Convert(Nasty(name));
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains($"{name}: error: {reason}", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_it_is_read()
    {
        var folder = Temp.Folder("epub-big-");
        var big = Path.Combine(folder, "big.txt");
        using (var stream = File.Create(big)) stream.SetLength(Readers.SourceDecoder.MaxBytes + 1L); // sparse: nothing is written
        var (code, _, stderr, output) = Convert(big);
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("big.txt: error: the file is 64 MiB; the limit is 64 MiB", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void Output_that_is_the_input_is_refused_and_the_input_survives()
    {
        var folder = Temp.Folder("epub-same-");
        var input = Path.Combine(folder, "text.epub");
        File.Copy(Nasty("utf8-bom.txt"), input);
        var before = File.ReadAllBytes(input);
        var stderr = new StringWriter();
        var code = Program.Run(["convert", input, "-o", input], new StringWriter(), stderr);
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("is the input itself", stderr.ToString());
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Output_location_that_cannot_be_written_is_refused()
    {
        var file = Path.Combine(Temp.Folder("epub-ro-"), "a-file");
        File.WriteAllText(file, "x");
        var stderr = new StringWriter();
        var code = Program.Run(["convert", Nasty("utf8-bom.txt"), "-o", Path.Combine(file, "book.epub")], new StringWriter(), stderr);
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("utf8-bom.txt: error: cannot write the book", stderr.ToString());
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Note_problems_are_warnings_with_lines_and_strict_makes_them_fail()
    {
        var (code, _, stderr, folder) = Convert(Nasty("note-problems.txt"));
        Assert.Equal(ExitCode.Success, code);
        Messages.AssertLacks(stderr, DiagnosticCode.NoteCitedAgain); // a note cited twice is no fault: it links back to both
        Messages.AssertHas(stderr, "note-problems.txt", 5, "warning", DiagnosticCode.ReferenceWithoutNote);
        Messages.AssertHas(stderr, "note-problems.txt", 11, "warning", DiagnosticCode.NoteNumberedTwice);
        Messages.AssertHas(stderr, "note-problems.txt", 12, "warning", DiagnosticCode.NoteOutOfOrder);
        Messages.AssertHas(stderr, "note-problems.txt", 12, "warning", DiagnosticCode.NoteNeverCited);
        Assert.Empty(EpubCheck.Messages(Directory.GetFiles(folder).Single()));

        var strict = Convert(Nasty("note-problems.txt"), "--strict");
        Assert.Equal(ExitCode.WarningsWhenStrict, strict.Code);
        EpubCheck.AssertValid(strict.Folder); // the book is still made
    }

    [Fact]
    public void A_failed_write_leaves_neither_book_nor_temporary_file()
    {
        var folder = Temp.Folder("epub-atomic-");
        var path = Path.Combine(folder, "book.epub");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a book"u8);
            throw new InvalidOperationException("disk gone");
        }));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void A_cancelled_write_leaves_the_previous_book_untouched()
    {
        var folder = Temp.Folder("epub-cancel-");
        var path = Path.Combine(folder, "book.epub");
        File.WriteAllText(path, "previous");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, stream => stream.Write("new"u8), cancelled.Token));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// An interrupted batch ends without waiting for its workers, and the process with it: a worker
    /// caught half-way through staging its book (file created, bytes still coming) would leave the
    /// temporary file behind. Closing the ledger deletes it, and a worker that comes to stage
    /// afterwards is refused instead of creating a file nobody will delete.
    /// </summary>
    [Fact]
    public async Task Closing_a_batch_deletes_the_books_half_staged_and_stages_no_more()
    {
        var folder = Temp.Folder("epub-staged-");
        var ledger = new StagedFiles();
        var writing = new ManualResetEventSlim();
        var closed = new ManualResetEventSlim();
        var worker = Task.Run(() => AtomicFile.Stage(folder, stream =>
        {
            stream.Write("half a book"u8);
            writing.Set();
            closed.Wait();
        }, ledger: ledger));
        writing.Wait();
        Assert.Single(Directory.GetFileSystemEntries(folder));
        ledger.Close();
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        closed.Set();
        await worker; // the orphaned write ends on an unlinked file
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Stage(folder, stream => stream.Write("late"u8), ledger: ledger));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Large_inputs_convert_a_long_book_a_megabyte_line_and_thousands_of_notes()
    {
        var text = new StringBuilder("A Very Long Text\nby Someone\n\n");
        const int notes = 3000;
        for (var i = 1; i <= notes; i++)
            text.Append("Paragraph ").Append(i).Append(" of a long text, with a claim that needs a source.(").Append(i).Append(")\n\n");
        text.Append(string.Concat(Enumerable.Repeat("One enormous line of words - with \"quotes\" and dashes. ", 20_000))).Append("\n\n");
        for (var i = 1; i <= notes; i++) text.Append(i).Append(". Source number ").Append(i).Append(".\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 1_000_000);

        var book = BuiltBook.Build(bytes, "long.txt");
        Assert.Equal(notes, book.Document.Notes.Count);
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.Empty(EpubCheck.Messages(book.Path));
    }
}
