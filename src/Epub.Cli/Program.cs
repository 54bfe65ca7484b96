using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Epub;
using Epub.Writers;

namespace Epub.Cli;

/// <summary>Exit codes, documented in the README.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int WarningsWhenStrict = 3;
    public const int Cancelled = 130;
}

public static partial class Program
{
    public const string BundledInput = "samples/000_ef3b7d9f5c3841a5.txt";

    public static int Main(string[] args)
    {
        // Ctrl-C and SIGTERM cancel the conversion instead of killing the process, so the book
        // being written (a temporary file) is deleted and no half-written file is left behind.
        using var interrupted = new CancellationTokenSource();
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        return Run(args, Console.Out, Console.Error, interrupted.Token);
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken interrupted = default)
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "Archived text files to convert (default: the bundled review)" };
        var output = new Option<string?>("--output", "-o") { Description = "The book file (ending in .epub, for one input), or a folder for the books (default: output/)", HelpName = "PATH" };
        var title = new Option<string?>("--title") { Description = "Book title, instead of the detected one" };
        var author = new Option<string?>("--author") { Description = "Author, instead of the detected one" };
        var language = new Option<string?>("--language") { Description = "Language as a BCP 47 tag (default: en)" };
        var date = new Option<string?>("--date") { Description = "Date of the text: YYYY, YYYY-MM or YYYY-MM-DD" };
        // Checked when the command line is read: a usage error (exit 2), before any input is converted.
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string value && Dates.Parse(value) is null)
                result.AddError($"--date '{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        });
        var encoding = new Option<string?>("--encoding") { Description = "Read the input in this encoding (default: detected)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also report what was moved or dropped, and error details" };
        var notes = new Option<NotePlacement>("--notes")
        {
            Description = "Where the notes go: endnotes (one document after the text) or chapter-end (after each chapter)",
            DefaultValueFactory = _ => NotePlacement.Endnotes,
            CustomParser = result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "endnotes";
                switch (value)
                {
                    case "endnotes": return NotePlacement.Endnotes;
                    case "chapter-end": return NotePlacement.ChapterEnd;
                    default:
                        result.AddError($"--notes '{value}' is not a placement (use endnotes or chapter-end)");
                        return NotePlacement.Endnotes;
                }
            },
        };
        var noNotes = new Option<bool>("--no-notes") { Description = "Take no notes from the text (when its numbers are not references)" };
        var noHeadings = new Option<bool>("--no-headings") { Description = "Find no headings: the text is one chapter" };
        var headings = new Option<string?>("--headings") { Description = "The headings are exactly the lines this regular expression matches", HelpName = "REGEX" };
        headings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not string pattern) return;
            try { _ = new Regex(pattern, RegexOptions.CultureInvariant); }
            catch (ArgumentException e) { result.AddError($"--headings '{pattern}' is not a regular expression: {e.Message}"); }
        });
        var strict = new Option<bool>("--strict") { Description = $"Exit with {ExitCode.WarningsWhenStrict} when there are warnings" };

        var convert = new Command("convert", "Convert archived texts into EPUB 3 books")
        {
            inputs, output, title, author, language, date, encoding, notes, noNotes, noHeadings, headings, verbose, strict,
        };
        var inspectInput = new Argument<string>("FILE") { Description = "The archived text to inspect" };
        var json = new Option<bool>("--json") { Description = "Print the decisions as JSON (described in the README)" };
        var inspect = new Command("inspect", "Show what the converter decides about a text, and where, without writing a book")
        {
            inspectInput, json, title, author, language, date, encoding, noNotes, noHeadings, headings,
        };
        var root = new RootCommand("epub: turns archived texts into EPUB 3 books. With no command, converts the bundled text into output/.")
        {
            convert, inspect, output, title, author, language, date, encoding, notes, noNotes, noHeadings, headings, verbose, strict,
        };

        ConvertOptions Options(ParseResult result) => new()
        {
            Title = result.GetValue(title),
            Author = result.GetValue(author),
            Language = result.GetValue(language),
            Date = result.GetValue(date),
            Encoding = result.GetValue(encoding),
            Modified = ModifiedFromEnvironment(stderr),
            Writer = new WriterOptions { Notes = result.GetValue(notes) },
            NoNotes = result.GetValue(noNotes),
            NoHeadings = result.GetValue(noHeadings),
            // A pattern that runs away on a pathological line gives up instead of hanging the conversion.
            Headings = result.GetValue(headings) is string pattern ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null,
        };

        inspect.SetAction(result => new InspectCommand(stdout, stderr, Options(result)).Run(result.GetValue(inspectInput)!, result.GetValue(json)));

        int Convert(ParseResult result, CancellationToken cancellation) => new ConvertCommand(stdout, stderr)
        {
            Options = Options(result),
            Verbose = result.GetValue(verbose),
            Strict = result.GetValue(strict),
        }.Run(result.GetValue(inputs) ?? [], result.GetValue(output), cancellation);

        convert.SetAction(result => Convert(result, interrupted));
        root.SetAction(result => Convert(result, interrupted));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"epub: {error.Message}");
            stderr.WriteLine("Try 'epub --help'.");
            return ExitCode.Usage;
        }
        // Signals are handled in Main, not by System.CommandLine (ProcessTerminationTimeout = null).
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null });
    }

    /// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org) sets the modified date; otherwise a fixed one.</summary>
    private static DateTimeOffset ModifiedFromEnvironment(TextWriter stderr)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch)) return ConvertOptions.DefaultModified;
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        stderr.WriteLine($"epub: warning: SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds; using {ConvertOptions.DefaultModified:yyyy-MM-dd}");
        return ConvertOptions.DefaultModified;
    }
}

/// <summary>One call of <c>epub convert</c>: each input to a book, messages to stderr.</summary>
internal sealed partial class ConvertCommand(TextWriter stdout, TextWriter stderr)
{
    public required ConvertOptions Options { get; init; }
    public bool Verbose { get; init; }
    public bool Strict { get; init; }

    public int Run(string[] inputs, string? output, CancellationToken cancellation)
    {
        if (inputs.Length == 0) inputs = [Path.Combine(AppContext.BaseDirectory, Program.BundledInput)];
        // System.CommandLine hands an unknown "--option" to INPUT, which takes any word.
        if (inputs.FirstOrDefault(i => i.StartsWith('-') && !File.Exists(i)) is string unknown)
        {
            stderr.WriteLine($"epub: unknown option '{unknown}'. Try 'epub convert --help'.");
            return ExitCode.Usage;
        }
        // "-o book.epub" names the book; any other -o is a folder (made if missing), so "-o books" does what it says.
        var outputIsFile = output is not null && inputs.Length == 1 && !Directory.Exists(output)
                           && output.EndsWith(".epub", StringComparison.OrdinalIgnoreCase);
        if (output is not null && inputs.Length > 1 && File.Exists(output))
        {
            stderr.WriteLine($"epub: {output}: is a file; with several inputs, -o names a folder");
            return ExitCode.Usage;
        }
        var folder = outputIsFile ? null : output ?? "output";

        try
        {
            return ConvertAll(inputs, outputIsFile ? output! : null, folder, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the book being written was a temporary file, already deleted; finished books stay.
            stderr.WriteLine("epub: cancelled");
            return ExitCode.Cancelled;
        }
    }

    private int ConvertAll(string[] inputs, string? outputFile, string? folder, CancellationToken cancellation)
    {
        var failed = 0;
        var warned = false;
        var written = new HashSet<string>(StringComparer.Ordinal);
        // Inputs are converted in parallel, a bounded batch at a time (memory stays flat for any
        // number of inputs); books are written and messages printed in input order.
        foreach (var batch in inputs.Chunk(BatchSize))
        {
            var results = new Result[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellation }, i => results[i] = Prepare(batch[i]));
            foreach (var result in results)
            {
                cancellation.ThrowIfCancellationRequested();
                if (!Emit(result, outputFile, folder, written, cancellation)) failed++;
                warned |= result.Diagnostics.HasWarnings;
            }
        }
        if (failed > 0) return ExitCode.Failure;
        return Strict && warned ? ExitCode.WarningsWhenStrict : ExitCode.Success;
    }

    private const int BatchSize = 64;

    /// <summary>One input, converted in memory: the zipped book, or the reason there is none.</summary>
    private sealed record Result(string Input, Diagnostics Diagnostics, Model.Document? Document, byte[]? Book, string? Error, Exception? Detail = null);

    private Result Prepare(string input)
    {
        var diagnostics = new Diagnostics(DisplayName(input));
        try
        {
            var book = Pipeline.Default.Convert(ReadInput(input), Path.GetFileName(input), Options, diagnostics, out var document);
            return new(input, diagnostics, document, book, null);
        }
        catch (InputException e)
        {
            return new(input, diagnostics, null, null, e.Line > 0 ? $"epub: {DisplayName(input)}:{e.Line}: error: {e.Message}" : $"epub: {DisplayName(input)}: error: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours, not the input's fault: say so plainly, keep the trace for --verbose.
            return new(input, diagnostics, null, null, $"epub: {DisplayName(input)}: internal error: {e.Message} (run with --verbose for details)", e);
        }
    }

    /// <summary>Writes the book (atomically) and reports on it; false when the input got no book.</summary>
    private bool Emit(Result result, string? outputFile, string? folder, HashSet<string> written, CancellationToken cancellation)
    {
        foreach (var d in result.Diagnostics.Items.OrderBy(d => d.Line))
            if (d.Severity == Severity.Warning || Verbose) stderr.WriteLine(d);
        if (result.Error is not null)
        {
            stderr.WriteLine(result.Error);
            if (Verbose && result.Detail is not null) stderr.WriteLine(result.Detail);
            return false;
        }
        var document = result.Document!;
        var path = outputFile ?? Path.Combine(folder!, BookFileName(document.Metadata.Title, result.Input, written));
        try
        {
            CheckOutputPath(result.Input, path);
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
            stderr.WriteLine($"epub: {DisplayName(result.Input)}: error: cannot write the book: {e.Message}");
            if (Verbose) stderr.WriteLine(e);
            return false;
        }
        written.Add(Path.GetFileName(path));
        stdout.WriteLine($"{DisplayName(result.Input)} -> {path} ({document.Sections.Count} chapters, {document.Notes.Count} notes)");
        return true;
    }

    internal static byte[] ReadInput(string input)
    {
        if (Directory.Exists(input)) throw new InputException("is a folder, not a file");
        if (!File.Exists(input)) throw new InputException("no such file");
        Readers.SourceDecoder.CheckSize(new FileInfo(input).Length);
        try { return File.ReadAllBytes(input); }
        catch (UnauthorizedAccessException) { throw new InputException("cannot be read (permission denied)"); }
    }

    private static void CheckOutputPath(string input, string path)
    {
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(path), StringComparison.Ordinal))
            throw new InputException($"the output {path} is the input itself");
        if (Directory.Exists(path)) throw new InputException($"the output {path} is a folder");
    }

    /// <summary>"A Review of This I Cannot Forget" → "a-review-of-this-i-cannot-forget.epub"; the input's name when the title gives none or is taken.</summary>
    private static string BookFileName(string? title, string input, HashSet<string> written)
    {
        var slug = title is null ? "" : NonWord().Replace(title.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKD), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        var name = slug.Length > 0 ? slug + ".epub" : Path.GetFileNameWithoutExtension(input) + ".epub";
        return written.Contains(name) ? Path.GetFileNameWithoutExtension(input) + ".epub" : name;
    }

    /// <summary>The bundled text by its name in the repository, not by the build folder it was copied to.</summary>
    private static string DisplayName(string input) =>
        input == Path.Combine(AppContext.BaseDirectory, Program.BundledInput) ? Program.BundledInput : input;

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
