using System.Text.RegularExpressions;
using Epub.Model;
using Epub.Targets;
using Epub.Writers;

namespace Epub.Cli;

/// <summary>One call of <c>epub convert</c>: each input to a book, messages to stderr.</summary>
internal sealed partial class ConvertCommand(TextWriter stdout, TextWriter stderr)
{
    public required ConvertOptions Options { get; init; }
    public bool Verbose { get; init; }
    public bool Strict { get; init; }

    /// <summary>Only errors: no per-book lines, no progress, no summary, no warnings (the report, if asked for, still has them).</summary>
    public bool Quiet { get; init; }

    /// <summary>Draw a progress line (standard error is a terminal and not --quiet).</summary>
    public bool ShowProgress { get; init; }

    /// <summary>Conversions at once; by default one per processor.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>The reading systems each input gets a book for (<c>--target</c>), in the order given: one book per target.</summary>
    public IReadOnlyList<BookTarget> Targets { get; init; } = [BookTarget.Epub];

    public string? ReportPath { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>A file listing inputs one a line, or "-" for standard input.</summary>
    public string? InputList { get; init; }
    public TextReader Stdin { get; init; } = TextReader.Null;

    /// <summary>
    /// How many input bytes may be in conversion at once. Small texts convert in parallel; a
    /// large one waits until the others are written, so memory follows the largest input, not the
    /// batch (a conversion needs a few times its input's size).
    /// </summary>
    private const long BytesInFlight = 16L * 1024 * 1024;

    public int Run(string[] named, string? output, CancellationToken cancellation)
    {
        var names = named.ToList();
        if (InputList is not null)
        {
            try { names.AddRange(InputSet.ReadList(InputList, Stdin)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"epub: --input-list {InputList}: cannot be read ({(e is UnauthorizedAccessException ? "permission denied" : e.Message)})");
                return ExitCode.Usage;
            }
        }
        else if (names.Count == 0) names.Add(Path.Combine(AppContext.BaseDirectory, Program.BundledInput));
        // System.CommandLine hands an unknown "--option" to INPUT, which takes any word.
        if (named.FirstOrDefault(i => i.StartsWith('-') && !File.Exists(i) && !Directory.Exists(i)) is string unknown)
        {
            stderr.WriteLine($"epub: unknown option '{unknown}'. Try 'epub convert --help'.");
            return ExitCode.Usage;
        }
        var set = InputSet.Expand(names, Include, Exclude);
        var fromFolder = names.Any(Directory.Exists);
        var namesABook = output is not null && !Directory.Exists(output) && output.EndsWith(".epub", StringComparison.OrdinalIgnoreCase);
        if ((set.Inputs.Count > 1 || fromFolder) && output is not null && (namesABook || File.Exists(output)))
        {
            // Several books cannot go into one file; making a folder called "x.epub" would surprise.
            stderr.WriteLine($"epub: -o {output}: with several inputs or a folder, -o names a folder for the books (for example -o books/)");
            return ExitCode.Usage;
        }
        // "-o book.epub" names the book; any other -o is a folder (made if missing), so "-o books" does what it says.
        var outputFile = namesABook ? output : null;
        var folder = outputFile is null ? output ?? "output" : Path.GetDirectoryName(Path.GetFullPath(outputFile))!;

        var report = new BatchReport();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var batch = set.Inputs.Count > 1;
        try
        {
            return ConvertAll(set.Inputs, outputFile, folder, report, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: books being written were temporary files, already deleted; finished books stay.
            stderr.WriteLine("epub: cancelled");
            return ExitCode.Cancelled;
        }
        finally
        {
            if (ReportPath is not null) WriteReport(report);
            if (batch && !Quiet) report.WriteSummary(stderr, started.Elapsed, set.Filtered);
        }
    }

    private void WriteReport(BatchReport report)
    {
        try { report.Write(ReportPath!, CancellationToken.None); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"epub: --report {ReportPath}: cannot be written: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
    }

    private int ConvertAll(List<BatchInput> inputs, string? outputFile, string folder, BatchReport report, CancellationToken cancellation)
    {
        var started = DateTime.UtcNow;
        foreach (var stale in AtomicFile.RemoveStale(folder, started))
            if (Verbose) stderr.WriteLine($"epub: {Path.Combine(folder, stale)}: removed a temporary file left by an interrupted run");

        // Every input's file, whatever path names it: no book may replace one.
        var inputFiles = new Dictionary<FileIdentity, string>();
        foreach (var input in inputs)
            if (InputFiles.Identify(input.Path) is FileIdentity id) inputFiles.TryAdd(id, input.Path);

        var failed = 0;
        var warned = false;
        var warnings = 0;
        var done = 0;
        var written = new HashSet<string>(StringComparer.Ordinal);
        var progress = ShowProgress && inputs.Count > 1 ? new ProgressLine(stderr, inputs.Count) : null;
        // Inputs convert in parallel within a memory budget, and each worker writes its book to
        // a temporary file as soon as it is done; the books take their names, and messages are
        // printed, in input order, so names and output are the same run to run.
        var running = new Queue<(Task<Result> Task, long Size)>();
        // Every book a worker stages until it is named: the batch's end deletes what is left.
        var staging = new StagedFiles();
        long inFlight = 0;
        var largeBefore = false;
        var parallel = Math.Max(1, Jobs);
        void EmitOldest()
        {
            var (task, size) = running.Dequeue();
            inFlight -= size;
            // An interrupt does not wait for a long conversion to end: the wait gives up at once
            // (the worker's book, should it come, is discarded with the staging and never named).
            Task.WaitAny([task], cancellation);
            var result = task.GetAwaiter().GetResult();
            cancellation.ThrowIfCancellationRequested();
            progress?.Clear();
            var row = Emit(result, outputFile, folder, written, inputFiles, cancellation);
            report.Rows.Add(row);
            if (row.Status is ReportRow.Refused or ReportRow.Failed) failed++;
            warned |= result.Diagnostics.HasWarnings;
            warnings += row.WarningCount;
            progress?.Update(++done, warnings);
        }
        try
        {
            foreach (var input in inputs)
            {
                cancellation.ThrowIfCancellationRequested();
                if (input.Skipped is not null)
                {
                    // Reported in its place among the others, so the report follows the archive's order.
                    running.Enqueue((Task.FromResult(new Result(input, new Diagnostics(DisplayName(input.Path)), "") { Status = ReportRow.Skipped, Reason = input.Skipped }), 0));
                    continue;
                }
                var size = SizeOf(input.Path);
                while (running.Count > 0 && (running.Count >= parallel || inFlight + size > BytesInFlight)) EmitOldest();
                if (size > BytesInFlight / 4)
                {
                    if (running.Count == 0 && largeBefore) CompactMemory();
                    largeBefore = true;
                }
                var target = outputFile is not null ? folder : Path.Combine(folder, input.Folder);
                running.Enqueue((Task.Run(() => Prepare(input, target, staging, cancellation), cancellation), size));
                inFlight += size;
            }
            while (running.Count > 0) EmitOldest();
        }
        finally
        {
            // Cancelled or failed half-way: the books staged by workers, finished or still running
            // (the process may end before they do), are never named, and they stage nothing more.
            staging.Close();
            progress?.Clear();
        }
        if (failed > 0) return ExitCode.Failure;
        return Strict && warned ? ExitCode.WarningsWhenStrict : ExitCode.Success;
    }

    /// <summary>
    /// Before a large input, with nothing else converting: the GC keeps the memory the previous
    /// large input used (free regions stay committed, the large object heap is not compacted), so
    /// each large input of a batch would take more. An aggressive collection here gives it back
    /// (measured: 8 inputs of 16 MiB under a 72 MiB heap cap failed from the third without it),
    /// and costs a few milliseconds against a conversion of a second.
    /// </summary>
    private static void CompactMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static long SizeOf(string input)
    {
        try { return File.Exists(input) ? new FileInfo(input).Length : 0; }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>
    /// One input, converted and its book staged in <see cref="Result.Folder"/> (a temporary file,
    /// named later in input order), with what the report needs of its document; or the reason
    /// there is none.
    /// </summary>
    private sealed record Result(BatchInput Input, Diagnostics Diagnostics, string Folder)
    {
        public Metadata? Metadata { get; init; }
        public int Chapters { get; init; }
        public int NotesLinked { get; init; }
        public int NotesUnlinked { get; init; }
        public IReadOnlyList<string> LeftOut { get; init; } = [];
        /// <summary>Each target's book, staged (a temporary file), in the order of <see cref="Targets"/>.</summary>
        public IReadOnlyList<string> Staged { get; init; } = [];
        public string? Error { get; init; }
        public string? Status { get; init; }
        public string? Reason { get; init; }
        public Exception? Detail { get; init; }
        public long Milliseconds { get; init; }
    }

    private Result Prepare(BatchInput input, string folder, StagedFiles staging, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new Diagnostics(DisplayName(input.Path));
        var result = new Result(input, diagnostics, folder);
        try
        {
            // A page's images are looked for beside it.
            var options = Options with { SourceFolder = Path.GetDirectoryName(Path.GetFullPath(input.Path)) };
            var document = Pipeline.Default.Read(InputFiles.Read(input.Path), Path.GetFileName(input.Path), options, diagnostics);
            // The cover is drawn once and shared by every target's book. Only the staged books'
            // names wait for their turn: neither the document nor the books' bytes stay in memory.
            if (Targets.Count > 1) options = Pipeline.WithCoverDrawn(document, options);
            var staged = new string?[Targets.Count];
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var target in BookTargets.InWritingOrder(Targets))
                {
                    // Made in memory, then staged: a temporary file exists only while bytes are copied
                    // into it, so an interrupt rarely finds one to clean up.
                    using var book = new MemoryStream();
                    Pipeline.Write(document, options, target, book);
                    staged[Targets.ToList().IndexOf(target)] = AtomicFile.Stage(folder, book.WriteTo, cancellation, staging);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                foreach (var book in staged) if (book is not null) AtomicFile.Discard(book);
                var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                var intended = Path.Combine(folder, BookSlug(document.Metadata.Title, input) + BookTargets.Extension(Targets[0]));
                return result with { Error = $"epub: {DisplayName(input.Path)}: error: cannot write the book {intended}: {reason}", Status = ReportRow.Failed, Reason = $"cannot write the book: {reason}", Detail = e };
            }
            return result with
            {
                Metadata = document.Metadata,
                Chapters = document.Sections.Count,
                NotesLinked = document.Notes.Count(n => n.Citations.Count > 0),
                NotesUnlinked = document.Notes.Count(n => n.Citations.Count == 0),
                LeftOut = Cli.LeftOut.Of(document.Provenance),
                Staged = staged.Select(b => b!).ToList(),
                Milliseconds = clock.ElapsedMilliseconds,
            };
        }
        catch (InputException e)
        {
            return result with
            {
                Error = e.Line > 0 ? $"epub: {DisplayName(input.Path)}:{e.Line}: error: {e.Message}" : $"epub: {DisplayName(input.Path)}: error: {e.Message}",
                Status = ReportRow.Refused,
                Reason = e.Message,
                Milliseconds = clock.ElapsedMilliseconds,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours, not the input's fault: say so plainly, keep the trace for --verbose.
            return result with
            {
                Error = $"epub: {DisplayName(input.Path)}: internal error: {e.Message} (run with --verbose for details)",
                Status = ReportRow.Failed,
                Reason = "internal error: " + e.Message,
                Detail = e,
                Milliseconds = clock.ElapsedMilliseconds,
            };
        }
    }

    /// <summary>Names the staged book (a rename) and reports on it; the row says what became of the input.</summary>
    private ReportRow Emit(Result result, string? outputFile, string folder, HashSet<string> written, Dictionary<FileIdentity, string> inputFiles, CancellationToken cancellation)
    {
        var input = DisplayName(result.Input.Path);
        foreach (var d in result.Diagnostics.Items.OrderBy(d => d.Line))
            if ((d.Severity == Severity.Warning && !Quiet) || Verbose) stderr.WriteLine(d);
        var row = new ReportRow(input, result.Status ?? ReportRow.Converted)
        {
            Reason = result.Reason,
            Milliseconds = result.Milliseconds,
            Warnings = result.Diagnostics.Items.Where(d => d.Severity == Severity.Warning)
                .GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList(),
        };
        if (result.Status == ReportRow.Skipped)
        {
            if (Verbose) stderr.WriteLine($"epub: {input}: skipped: {result.Reason}");
            return row;
        }
        if (result.Error is not null)
        {
            stderr.WriteLine(result.Error);
            if (Verbose && result.Detail is not null) stderr.WriteLine(result.Detail);
            return row;
        }
        var paths = outputFile is not null ? BookPaths(outputFile, Targets) : BookFileNames(result.Metadata!.Title, result.Input, result.Folder, written, Targets).Select(n => Path.Combine(result.Folder, n)).ToList();
        for (var t = 0; t < paths.Count; t++)
        {
            var path = paths[t];
            try
            {
                if (Directory.Exists(path)) throw new InputException($"the output {path} is a folder");
                // Compared as files, not as path strings: a link, a second name or "./x" is the same file.
                if (InputFiles.Identify(path) is FileIdentity id && inputFiles.TryGetValue(id, out var other))
                    throw new InputException(other == result.Input.Path ? $"the output {path} is the input itself" : $"the output {path} is the input {DisplayName(other)}");
                AtomicFile.Commit(result.Staged[t], path, cancellation);
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                foreach (var staged in result.Staged.Skip(t)) AtomicFile.Discard(staged);
                var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                stderr.WriteLine(e is InputException ? $"epub: {input}: error: {e.Message}" : $"epub: {input}: error: cannot write the book {path}: {reason}");
                if (Verbose && e is not InputException) stderr.WriteLine(e);
                return row with { Status = ReportRow.Failed, Reason = e is InputException ? e.Message : $"cannot write the book: {reason}" };
            }
            written.Add(Path.GetFullPath(path));
        }
        if (!Quiet) stdout.WriteLine($"{input} -> {string.Join(", ", paths)} ({result.Chapters} chapters, {result.NotesLinked + result.NotesUnlinked} notes)");
        var metadata = result.Metadata!;
        return row with
        {
            Book = paths[0],
            Title = metadata.Title,
            TitleFrom = metadata.TitleSource ?? "the text",
            Author = metadata.Author,
            AuthorFrom = metadata.Author is null ? null : metadata.AuthorSource,
            Chapters = result.Chapters,
            NotesLinked = result.NotesLinked,
            NotesUnlinked = result.NotesUnlinked,
            LeftOut = result.LeftOut,
        };
    }

    /// <summary>
    /// "A Review of This I Cannot Forget" → "a-review-of-this-i-cannot-forget.epub"; the input's
    /// name when the title gives none, or when the input was found in a folder. A name a book of this call already has gets "-2", "-3":
    /// every input gets its own book, and the same inputs always get the same names.
    /// </summary>
    internal static string BookFileName(string? title, BatchInput input, string folder, HashSet<string> written) =>
        BookFileNames(title, input, folder, written, [BookTarget.Epub])[0];

    /// <summary>Each target's book name ("x.epub", "x.kepub.epub"), numbered together when any of them is taken, so an input's books keep one name.</summary>
    internal static List<string> BookFileNames(string? title, BatchInput input, string folder, HashSet<string> written, IReadOnlyList<BookTarget> targets)
    {
        var slug = BookSlug(title, input);
        var names = targets.Select(t => slug + BookTargets.Extension(t)).ToList();
        for (var n = 2; names.Any(name => written.Contains(Path.GetFullPath(Path.Combine(folder, name)))); n++)
            names = targets.Select(t => $"{slug}-{n}{BookTargets.Extension(t)}").ToList();
        return names;
    }

    /// <summary>
    /// The books of an input named by <c>-o FILE</c>: with one target, that file; with several,
    /// each target's name made from it ("book.epub" → "book.epub", "book.kepub.epub", "book.kindle.epub").
    /// </summary>
    internal static List<string> BookPaths(string outputFile, IReadOnlyList<BookTarget> targets)
    {
        if (targets.Count == 1) return [outputFile];
        var stem = outputFile[..^".epub".Length];
        foreach (var extension in BookTargets.ByName.Values.Select(BookTargets.Extension).Where(e => e != ".epub"))
            if (outputFile.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) stem = outputFile[..^extension.Length];
        return targets.Select(t => stem + BookTargets.Extension(t)).ToList();
    }

    private static string BookSlug(string? title, BatchInput input)
    {
        // An archive's books keep their sources' names, so each is found where its source was.
        var slug = title is null || input.NamedByFile ? "" : NonWord().Replace(title.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKD), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? Path.GetFileNameWithoutExtension(input.Path) : slug;
    }

    /// <summary>The bundled text by its name in the repository, not by the build folder it was copied to.</summary>
    private static string DisplayName(string input) =>
        input == Path.Combine(AppContext.BaseDirectory, Program.BundledInput) ? Program.BundledInput : input;

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
