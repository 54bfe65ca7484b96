using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Epub;
using Epub.Targets;
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
        return Run(args, Console.Out, Console.Error, interrupted.Token, Console.In);
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken interrupted = default, TextReader? stdin = null)
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
        foreach (var option in new[] { title, author, language })
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is string value && string.IsNullOrWhiteSpace(MetadataText.WithoutControls(value)))
                    result.AddError($"{option.Name} is empty; give a value, or leave the option out to use what is detected");
            });
        language.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string value && !string.IsNullOrWhiteSpace(value) && !LanguageTag.IsWellFormed(value))
                result.AddError($"--language '{value}' is not a language tag; a BCP 47 tag is expected (en, fr, de-CH, zh-Hant)");
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
        var labels = new Option<string?>("--labels") { Description = "Pin line labels from FILE (lines such as '120 heading' or '88 body', as inspect --labels writes them); the other lines are labelled again around them", HelpName = "FILE" };
        labels.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string file && ReadPins(file, out var error) is null) result.AddError(error!);
        });
        var inspectLabels = new Option<string?>("--labels")
        {
            Description = "Print the line labels (in the format --labels reads); with FILE, pin those labels first",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrOne,
        };
        inspectLabels.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string file && ReadPins(file, out var error) is null) result.AddError(error!);
        });
        var strict = new Option<bool>("--strict") { Description = $"Exit with {ExitCode.WarningsWhenStrict} when there are warnings" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only: no progress, no per-book lines, no warnings, no summary" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Convert this many inputs at once (default: one per processor)", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs takes a number of conversions at once, 1 or more");
        });
        var report = new Option<string?>("--report") { Description = "Write what became of each input to FILE (.jsonl or .csv): book, title, author and where they came from, chapters, notes, warnings, time", HelpName = "FILE" };
        report.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string file && BatchReport.CheckPath(file) is string error) result.AddError(error);
        });
        var include = new Option<string[]>("--include") { Description = "In folders, convert only the files matching this glob (\"*.txt\", \"essays/**\"); may be repeated", HelpName = "GLOB", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "In folders, leave out the files matching this glob; may be repeated", HelpName = "GLOB" };
        var inputList = new Option<string?>("--input-list") { Description = "Read the inputs from FILE, one path a line ('-': standard input), beside any given as arguments", HelpName = "FILE" };

        var cover = new Option<string?>("--cover") { Description = "Use this PNG or JPEG as the books' cover, instead of drawing one from the title and author", HelpName = "IMAGE" };
        cover.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string file && ReadCover(file, out var error) is null) result.AddError(error!);
        });
        var noCover = new Option<bool>("--no-cover") { Description = "Give the books no cover" };
        noCover.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<bool>() && result.Parent?.GetResult(cover) is { Implicit: false })
                result.AddError("--cover and --no-cover contradict each other; give one of them");
        });

        var targets = TargetOption();

        var convert = new Command("convert", "Convert archived texts into EPUB 3 books")
        {
            inputs, output, title, author, language, date, encoding, notes, noNotes, noHeadings, headings, labels, cover, noCover, targets, verbose, strict,
            quiet, jobs, report, include, exclude, inputList,
        };
        var inspectInput = new Argument<string>("FILE") { Description = "The archived text to inspect" };
        var json = new Option<bool>("--json") { Description = "Print the decisions as JSON (described in the README)" };
        var inspect = new Command("inspect", "Show what the converter decides about a text, and where, without writing a book")
        {
            inspectInput, json, title, author, language, date, encoding, noNotes, noHeadings, headings, inspectLabels,
        };
        var root = new RootCommand("epub: turns archived texts into EPUB 3 books. With no command, converts the bundled text into output/.")
        {
            convert, inspect, output, title, author, language, date, encoding, notes, noNotes, noHeadings, headings, labels, cover, noCover, targets, verbose, strict,
            quiet, jobs, report, include, exclude, inputList,
        };

        ConvertOptions Options(ParseResult result)
        {
            // The --labels file is read once: its heading pins and its preformatted pins.
            var pins = Pins(result);
            return new()
            {
                Title = MetadataText.Clean(result.GetValue(title), "--title", stderr),
                Author = MetadataText.Clean(result.GetValue(author), "--author", stderr),
                Language = result.GetValue(language),
                Date = result.GetValue(date),
                Encoding = result.GetValue(encoding),
                Modified = ModifiedFromEnvironment(stderr),
                Writer = new WriterOptions
                {
                    Notes = result.GetValue(notes),
                    Cover = !result.GetValue(noCover),
                    // Read once for the whole call: every book of a batch gets the same cover.
                    CoverImage = result.GetValue(cover) is string image ? ReadCover(image, out _) : null,
                },
                NoNotes = result.GetValue(noNotes),
                NoHeadings = result.GetValue(noHeadings),
                // A pattern that runs away on a pathological line gives up instead of hanging the conversion.
                Headings = result.GetValue(headings) is string pattern ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null,
                LinePins = pins?.Headings,
                PreformattedPins = pins?.Preformatted,
            };
        }

        (IReadOnlyDictionary<int, bool> Headings, IReadOnlySet<int> Preformatted)? Pins(ParseResult result) =>
            (result.GetResult(labels) is not null ? result.GetValue(labels) : result.GetResult(inspectLabels) is not null ? result.GetValue(inspectLabels) : null) is string file ? ReadPins(file, out _) : null;

        inspect.SetAction(result => new InspectCommand(stdout, stderr, Options(result)).Run(result.GetValue(inspectInput)!, result.GetValue(json), result.GetResult(inspectLabels) is not null));
        // epub join: one book from many documents, with convert's metadata options (and their checks).
        root.Subcommands.Add(JoinCommand.Define(stdout, stderr, Options, verbose, strict, targets, [title, author, language, date, encoding, notes, cover, noCover], interrupted));

        int Convert(ParseResult result, CancellationToken cancellation) => new ConvertCommand(stdout, stderr)
        {
            Options = Options(result),
            Verbose = result.GetValue(verbose),
            Strict = result.GetValue(strict),
            Quiet = result.GetValue(quiet),
            ShowProgress = !result.GetValue(quiet) && stderr == Console.Error && !Console.IsErrorRedirected,
            Jobs = result.GetValue(jobs),
            Targets = result.GetValue(targets)!,
            ReportPath = result.GetValue(report),
            Include = result.GetValue(include) ?? [],
            Exclude = result.GetValue(exclude) ?? [],
            InputList = result.GetValue(inputList),
            Stdin = stdin ?? Console.In,
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

    /// <summary>
    /// <c>--target epub|kobo|kindle</c>: the reading systems to make each book for, repeatable and
    /// comma-separated ("--target epub,kobo"), each once, in the order first given; by default the standard EPUB.
    /// </summary>
    private static Option<IReadOnlyList<BookTarget>> TargetOption() => new("--target")
    {
        Description = "Make each book for these reading systems: epub (the standard book), kobo (NAME.kepub.epub), kindle (NAME.kindle.epub); repeatable or comma-separated (default: epub)",
        HelpName = "epub|kobo|kindle",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => [BookTarget.Epub],
        CustomParser = result =>
        {
            var targets = new List<BookTarget>();
            foreach (var name in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries)))
            {
                if (!BookTargets.ByName.TryGetValue(name, out var target))
                {
                    result.AddError($"--target '{name}' is not a target (use epub, kobo or kindle)");
                    return [BookTarget.Epub];
                }
                if (!targets.Contains(target)) targets.Add(target);
            }
            return targets.Count > 0 ? targets : [BookTarget.Epub];
        },
    };

    /// <summary>The pinned labels of a <c>--labels</c> file; null with the reason (naming the file and line) when it cannot be read.</summary>
    private static (IReadOnlyDictionary<int, bool> Headings, IReadOnlySet<int> Preformatted)? ReadPins(string file, out string? error)
    {
        error = null;
        try { return Readers.PlainText.Recognition.LinePins.Parse(File.ReadAllText(file)); }
        catch (InputException e) { error = $"--labels {file}:{e.Line}: {e.Message}"; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"--labels {file}: cannot be read ({e.Message})"; }
        return null;
    }

    /// <summary>
    /// The image a <c>--cover</c> names, if it is a PNG or a JPEG by its first bytes (not its name:
    /// anything else would make a book whose cover no reader shows); null with the reason otherwise.
    /// </summary>
    private const int MaxCoverBytes = 32 * 1024 * 1024;

    private static CoverImage? ReadCover(string file, out string? error)
    {
        error = null;
        try
        {
            // Read up to a limit, not by the file's length: a device such as /dev/zero has none and never ends.
            using var stream = File.OpenRead(file);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            for (int read; (read = stream.Read(buffer)) > 0;)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > MaxCoverBytes)
                {
                    error = $"--cover {file}: larger than {MaxCoverBytes / (1024 * 1024)} MiB, too large for a cover";
                    return null;
                }
            }
            var bytes = copy.ToArray();
            if (CoverImage.MediaTypeOf(bytes) is string mediaType) return new(bytes, mediaType);
            error = $"--cover {file}: not a PNG or JPEG image (by its first bytes); a cover must be one of the two";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"--cover {file}: cannot be read ({e.Message})"; }
        return null;
    }

    /// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org) sets the modified date; otherwise a fixed one.</summary>
    private static DateTimeOffset ModifiedFromEnvironment(TextWriter stderr)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch)) return ConvertOptions.DefaultModified;
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            var modified = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (EpubWriter.ZipTime(modified) != modified)
                stderr.WriteLine($"epub: warning: SOURCE_DATE_EPOCH {epoch} is {modified:yyyy-MM-dd}, which ZIP cannot store; the books' files are dated {EpubWriter.ZipTime(modified):yyyy-MM-dd} and their modified date stays {modified:yyyy-MM-dd}");
            return modified;
        }
        stderr.WriteLine($"epub: warning: SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds; using {ConvertOptions.DefaultModified:yyyy-MM-dd}");
        return ConvertOptions.DefaultModified;
    }
}

/// <summary>Text given on the command line for the metadata.</summary>
internal static class MetadataText
{
    /// <summary>The value without the characters XML forbids (a BEL would make the book invalid and ring the terminal).</summary>
    public static string WithoutControls(string value) => Readers.TextCleaner.RemoveControls(value, out _);

    public static string? Clean(string? value, string option, TextWriter stderr)
    {
        if (value is null) return null;
        var clean = Readers.TextCleaner.RemoveControls(value, out var removed).Trim();
        if (removed > 0) stderr.WriteLine($"epub: warning: {option}: removed {removed} control character(s), which are not text [{DiagnosticCode.ControlCharacters}]");
        return clean;
    }
}

/// <summary>BCP 47 (RFC 5646) well-formedness, as dc:language and xml:lang need it.</summary>
internal static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Pattern().IsMatch(tag);

    // language (2–3 letters, extlangs, or 4–8 letters), script, region, variants, extensions, private use; or private use alone.
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?|[xX](?:-[A-Za-z0-9]{1,8})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
