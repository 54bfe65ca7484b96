using System.CommandLine;
using Epub.Model;
using Epub.Passes;
using Epub.Targets;
using Epub.Writers;

namespace Epub.Cli;

/// <summary>
/// <c>epub join INPUT... -o BOOK.epub</c>: one book from many documents (a work archived as one
/// page per chapter, a newsletter's issues), each converted as <c>convert</c> would and joined as
/// one part of the book (<see cref="Anthology"/>). Every part is needed: one that cannot be read
/// stops the join, and no book is written.
/// </summary>
internal sealed class JoinCommand(TextWriter stdout, TextWriter stderr)
{
    public required ConvertOptions Options { get; init; }
    public bool Verbose { get; init; }
    public bool Strict { get; init; }

    /// <summary>The reading systems to make the book for (<c>--target</c>): one book each, named as <c>convert</c> names them.</summary>
    public IReadOnlyList<BookTarget> Targets { get; init; } = [BookTarget.Epub];

    /// <summary>
    /// The command, sharing convert's metadata options (and their validation) through
    /// <paramref name="shared"/>, and its <c>-v</c> and <c>--strict</c>.
    /// </summary>
    public static Command Define(TextWriter stdout, TextWriter stderr, Func<ParseResult, ConvertOptions> options,
        Option<bool> verbose, Option<bool> strict, Option<IReadOnlyList<BookTarget>> targets, IEnumerable<Option> shared, CancellationToken interrupted)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The documents, one part each, in this order; a folder stands for its text and page files, in name order",
        };
        var output = new Option<string?>("--output", "-o") { Description = "The book file, ending in .epub (default: output/, named after the title)", HelpName = "BOOK.epub" };
        output.Validators.Add(result =>
        {
            // A usage error: join makes one book, so -o can only name it (convert's -o may be a folder).
            if (result.GetValueOrDefault<string?>() is string path && (!path.EndsWith(".epub", StringComparison.OrdinalIgnoreCase) || Directory.Exists(path)))
                result.AddError($"-o {path}: join makes one book; -o names its file, ending in .epub (for example -o book.epub)");
        });
        var command = new Command("join", "Join several documents into one EPUB 3 book, each document a part") { inputs, output };
        foreach (var option in shared) command.Options.Add(option);
        command.Options.Add(targets);
        command.Options.Add(verbose);
        command.Options.Add(strict);
        command.SetAction(result => new JoinCommand(stdout, stderr)
        {
            Options = options(result),
            Verbose = result.GetValue(verbose),
            Strict = result.GetValue(strict),
            Targets = result.GetValue(targets)!,
        }.Run(result.GetValue(inputs) ?? [], result.GetValue(output), interrupted));
        return command;
    }

    public int Run(string[] inputs, string? output, CancellationToken cancellation)
    {
        // System.CommandLine hands an unknown "--option" to INPUT, which takes any word.
        if (inputs.FirstOrDefault(i => i.StartsWith('-') && !Path.Exists(i)) is string unknown)
        {
            stderr.WriteLine($"epub: unknown option '{unknown}'. Try 'epub join --help'.");
            return ExitCode.Usage;
        }
        try
        {
            return Join(inputs, output, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the book being written was a temporary file, already deleted.
            stderr.WriteLine("epub: cancelled");
            return ExitCode.Cancelled;
        }
    }

    private int Join(string[] inputs, string? output, CancellationToken cancellation)
    {
        // Folders are read as convert reads an archive: recursively, in ordinal order, what is not a text or page skipped.
        var parts = new List<(string Path, string Name)>();
        foreach (var input in InputSet.Expand(inputs, [], []).Inputs)
        {
            if (input.Skipped is not null)
            {
                if (Verbose) stderr.WriteLine($"epub: {input.Path}: skipped: {input.Skipped}");
                continue;
            }
            // A part found in a folder is named in the colophon by its path inside the folder.
            parts.Add((input.Path, input.NamedByFile ? Path.Combine(input.Folder, Path.GetFileName(input.Path)).Replace(Path.DirectorySeparatorChar, '/') : Path.GetFileName(input.Path)));
        }
        if (parts.Count == 0)
        {
            stderr.WriteLine($"epub: {string.Join(", ", inputs)}: error: no text or page to join; no book was written");
            return ExitCode.Failure;
        }

        // Every part is read before anything is written: one that cannot be read means no book.
        var documents = new List<Document>(parts.Count);
        var warned = false;
        foreach (var (path, name) in parts)
        {
            cancellation.ThrowIfCancellationRequested();
            var diagnostics = new Diagnostics(path);
            string? error = null;
            Exception? detail = null;
            try
            {
                // A page's images are looked for beside it; the book's title, author and date are not each part's.
                var options = Anthology.PartOptions(Options) with { SourceFolder = Path.GetDirectoryName(Path.GetFullPath(path)) };
                documents.Add(Pipeline.Default.Read(InputFiles.Read(path), name, options, diagnostics));
            }
            catch (InputException e)
            {
                error = e.Line > 0 ? $"epub: {path}:{e.Line}: error: {e.Message}" : $"epub: {path}: error: {e.Message}";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug of ours, not the input's fault: say so plainly, keep the trace for --verbose.
                (error, detail) = ($"epub: {path}: internal error: {e.Message} (run with --verbose for details)", e);
            }
            foreach (var d in diagnostics.Items.OrderBy(d => d.Line))
                if (d.Severity == Severity.Warning || Verbose) stderr.WriteLine(d);
            warned |= diagnostics.HasWarnings;
            if (error is not null)
            {
                stderr.WriteLine(error);
                if (Verbose && detail is not null) stderr.WriteLine(detail);
                stderr.WriteLine("epub: join: no book was written: every part is needed");
                return ExitCode.Failure;
            }
        }

        var book = Anthology.Join(documents, Options);
        var paths = output is not null
            ? ConvertCommand.BookPaths(output, Targets)
            : ConvertCommand.BookFileNames(book.Metadata.Title, new BatchInput(parts[0].Path, "", NamedByFile: false), "output", [], Targets).Select(n => Path.Combine("output", n)).ToList();
        if (!Write(book, paths, parts, cancellation)) return ExitCode.Failure;
        // Where no part has sections of its own, the parts are the book's chapters.
        var chapters = book.Sections.Any(s => s.Level > 1) ? book.Sections.Count(s => s.Level > 1) : book.Sections.Count;
        stdout.WriteLine($"{parts.Count} parts -> {string.Join(", ", paths)} ({chapters} chapters, {book.Notes.Count} notes)");
        return Strict && warned ? ExitCode.WarningsWhenStrict : ExitCode.Success;
    }

    /// <summary>Writes each target's book atomically (the cover drawn once for all); false, with the reason said, when one could not be.</summary>
    private bool Write(Document book, List<string> paths, List<(string Path, string Name)> parts, CancellationToken cancellation)
    {
        var options = Targets.Count > 1 ? Pipeline.WithCoverDrawn(book, Options) : Options;
        foreach (var target in BookTargets.InWritingOrder(Targets))
        {
            var path = paths[Targets.ToList().IndexOf(target)];
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            foreach (var stale in AtomicFile.RemoveStale(folder, DateTime.UtcNow))
                if (Verbose) stderr.WriteLine($"epub: {Path.Combine(folder, stale)}: removed a temporary file left by an interrupted run");
            try
            {
                // Compared as files, not as path strings: a link, a second name or "./x" is the same file.
                if (InputFiles.Identify(path) is FileIdentity id && parts.FirstOrDefault(p => InputFiles.Identify(p.Path) == id) is { Path: not null } input)
                {
                    stderr.WriteLine($"epub: {path}: error: the output is the input {input.Path}; no book was written");
                    return false;
                }
                Directory.CreateDirectory(folder);
                AtomicFile.Write(path, stream => Pipeline.Write(book, options, target, stream), cancellation);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"epub: error: cannot write the book {path}: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
                if (Verbose) stderr.WriteLine(e);
                return false;
            }
        }
        return true;
    }
}
