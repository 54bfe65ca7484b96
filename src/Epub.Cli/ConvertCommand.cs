using System.Text.RegularExpressions;
using Epub.Writers;

namespace Epub.Cli;

/// <summary>One call of <c>epub convert</c>: each input to a book, messages to stderr.</summary>
internal sealed partial class ConvertCommand(TextWriter stdout, TextWriter stderr)
{
    public required ConvertOptions Options { get; init; }
    public bool Verbose { get; init; }
    public bool Strict { get; init; }

    /// <summary>
    /// How many input bytes may be in conversion at once. Small texts convert in parallel; a
    /// large one waits until the others are written, so memory follows the largest input, not the
    /// batch (a conversion needs a few times its input's size).
    /// </summary>
    private const long BytesInFlight = 16L * 1024 * 1024;

    public int Run(string[] inputs, string? output, CancellationToken cancellation)
    {
        if (inputs.Length == 0) inputs = [Path.Combine(AppContext.BaseDirectory, Program.BundledInput)];
        // System.CommandLine hands an unknown "--option" to INPUT, which takes any word.
        if (inputs.FirstOrDefault(i => i.StartsWith('-') && !File.Exists(i)) is string unknown)
        {
            stderr.WriteLine($"epub: unknown option '{unknown}'. Try 'epub convert --help'.");
            return ExitCode.Usage;
        }
        var namesABook = output is not null && !Directory.Exists(output) && output.EndsWith(".epub", StringComparison.OrdinalIgnoreCase);
        if (inputs.Length > 1 && output is not null && (namesABook || File.Exists(output)))
        {
            // Several books cannot go into one file; making a folder called "x.epub" would surprise.
            stderr.WriteLine($"epub: -o {output}: with several inputs, -o names a folder for the books (for example -o books/)");
            return ExitCode.Usage;
        }
        // "-o book.epub" names the book; any other -o is a folder (made if missing), so "-o books" does what it says.
        var outputFile = namesABook ? output : null;
        var folder = outputFile is null ? output ?? "output" : Path.GetDirectoryName(Path.GetFullPath(outputFile))!;

        try
        {
            return ConvertAll(inputs, outputFile, folder, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the book being written was a temporary file, already deleted; finished books stay.
            stderr.WriteLine("epub: cancelled");
            return ExitCode.Cancelled;
        }
    }

    private int ConvertAll(string[] inputs, string? outputFile, string folder, CancellationToken cancellation)
    {
        var started = DateTime.UtcNow;
        foreach (var stale in AtomicFile.RemoveStale(folder, started))
            if (Verbose) stderr.WriteLine($"epub: {Path.Combine(folder, stale)}: removed a temporary file left by an interrupted run");

        // Every input's file, whatever path names it: no book may replace one.
        var inputFiles = new Dictionary<FileIdentity, string>();
        foreach (var input in inputs)
            if (InputFiles.Identify(input) is FileIdentity id) inputFiles.TryAdd(id, input);

        var failed = 0;
        var warned = false;
        var written = new HashSet<string>(StringComparer.Ordinal);
        // Inputs convert in parallel within a memory budget; books are written, and messages
        // printed, in input order, each as soon as it and those before it are done. Only the
        // conversions running and the finished books waiting for their turn are in memory.
        var running = new Queue<(Task<Result> Task, long Size)>();
        long inFlight = 0;
        var largeBefore = false;
        var parallel = Math.Max(1, Environment.ProcessorCount);
        void EmitOldest()
        {
            var (task, size) = running.Dequeue();
            inFlight -= size;
            var result = task.GetAwaiter().GetResult();
            cancellation.ThrowIfCancellationRequested();
            if (!Emit(result, outputFile, folder, written, inputFiles, cancellation)) failed++;
            warned |= result.Diagnostics.HasWarnings;
        }
        foreach (var input in inputs)
        {
            cancellation.ThrowIfCancellationRequested();
            var size = SizeOf(input);
            while (running.Count > 0 && (running.Count >= parallel || inFlight + size > BytesInFlight)) EmitOldest();
            if (size > BytesInFlight / 4)
            {
                if (running.Count == 0 && largeBefore) CompactMemory();
                largeBefore = true;
            }
            running.Enqueue((Task.Run(() => Prepare(input), cancellation), size));
            inFlight += size;
        }
        while (running.Count > 0) EmitOldest();
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

    /// <summary>One input, converted in memory: the zipped book and what the report needs of its document, or the reason there is none.</summary>
    private sealed record Result(string Input, Diagnostics Diagnostics, string? Title = null, int Chapters = 0, int Notes = 0, byte[]? Book = null, string? Error = null, Exception? Detail = null);

    private Result Prepare(string input)
    {
        var diagnostics = new Diagnostics(DisplayName(input));
        try
        {
            // A page's images are looked for beside it.
            var options = Options with { SourceFolder = Path.GetDirectoryName(Path.GetFullPath(input)) };
            var book = Pipeline.Default.Convert(InputFiles.Read(input), Path.GetFileName(input), options, diagnostics, out var document);
            // The document is not kept: only the book's bytes wait for their turn to be written.
            return new(input, diagnostics, document.Metadata.Title, document.Sections.Count, document.Notes.Count, book);
        }
        catch (InputException e)
        {
            return new(input, diagnostics, Error: e.Line > 0 ? $"epub: {DisplayName(input)}:{e.Line}: error: {e.Message}" : $"epub: {DisplayName(input)}: error: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours, not the input's fault: say so plainly, keep the trace for --verbose.
            return new(input, diagnostics, Error: $"epub: {DisplayName(input)}: internal error: {e.Message} (run with --verbose for details)", Detail: e);
        }
    }

    /// <summary>Writes the book (atomically) and reports on it; false when the input got no book.</summary>
    private bool Emit(Result result, string? outputFile, string folder, HashSet<string> written, Dictionary<FileIdentity, string> inputFiles, CancellationToken cancellation)
    {
        foreach (var d in result.Diagnostics.Items.OrderBy(d => d.Line))
            if (d.Severity == Severity.Warning || Verbose) stderr.WriteLine(d);
        if (result.Error is not null)
        {
            stderr.WriteLine(result.Error);
            if (Verbose && result.Detail is not null) stderr.WriteLine(result.Detail);
            return false;
        }
        var path = outputFile ?? Path.Combine(folder, BookFileName(result.Title, result.Input, folder, written));
        try
        {
            if (Directory.Exists(path)) throw new InputException($"the output {path} is a folder");
            // Compared as files, not as path strings: a link, a second name or "./x" is the same file.
            if (InputFiles.Identify(path) is FileIdentity id && inputFiles.TryGetValue(id, out var input))
                throw new InputException(input == result.Input ? $"the output {path} is the input itself" : $"the output {path} is the input {DisplayName(input)}");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            AtomicFile.Write(path, stream => stream.Write(result.Book), cancellation);
        }
        catch (InputException e)
        {
            stderr.WriteLine($"epub: {DisplayName(result.Input)}: error: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            stderr.WriteLine($"epub: {DisplayName(result.Input)}: error: cannot write the book {path}: {reason}");
            if (Verbose) stderr.WriteLine(e);
            return false;
        }
        written.Add(Path.GetFullPath(path));
        stdout.WriteLine($"{DisplayName(result.Input)} -> {path} ({result.Chapters} chapters, {result.Notes} notes)");
        return true;
    }

    /// <summary>
    /// "A Review of This I Cannot Forget" → "a-review-of-this-i-cannot-forget.epub"; the input's
    /// name when the title gives none. A name a book of this call already has gets "-2", "-3":
    /// every input gets its own book, and the same inputs always get the same names.
    /// </summary>
    internal static string BookFileName(string? title, string input, string folder, HashSet<string> written)
    {
        var slug = title is null ? "" : NonWord().Replace(title.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKD), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        if (slug.Length == 0) slug = Path.GetFileNameWithoutExtension(input);
        var name = slug + ".epub";
        for (var n = 2; written.Contains(Path.GetFullPath(Path.Combine(folder, name))); n++) name = $"{slug}-{n}.epub";
        return name;
    }

    /// <summary>The bundled text by its name in the repository, not by the build folder it was copied to.</summary>
    private static string DisplayName(string input) =>
        input == Path.Combine(AppContext.BaseDirectory, Program.BundledInput) ? Program.BundledInput : input;

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
