using Epub.Model;
using Epub.Passes;
using Epub.Readers;
using Epub.Readers.Html;
using Epub.Readers.PlainText;
using Epub.Targets;
using Epub.Writers;

namespace Epub;

/// <summary>What the person running the converter says, which wins over what is detected.</summary>
public sealed record ConvertOptions
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    public string? Date { get; init; }

    /// <summary>Read the input in this encoding instead of detecting it.</summary>
    public string? Encoding { get; init; }

    /// <summary>Take no notes from the text: its numbers stay as they are printed.</summary>
    public bool NoNotes { get; init; }

    /// <summary>Find no headings: the text is one chapter.</summary>
    public bool NoHeadings { get; init; }

    /// <summary>Line labels the person pinned (<c>--labels FILE</c>): 1-based line → heading or not; the other lines are labelled again around them.</summary>
    public IReadOnlyDictionary<int, bool>? LinePins { get; init; }

    /// <summary>Lines the person pinned preformatted (<c>--labels FILE</c>, 1-based): their blocks are set as they stand; a block with a line pinned heading or body is not.</summary>
    public IReadOnlySet<int>? PreformattedPins { get; init; }

    /// <summary>The headings are exactly the paragraphs this matches (checked against each paragraph's text).</summary>
    public System.Text.RegularExpressions.Regex? Headings { get; init; }

    /// <summary>The folder the input sits in: a page's images are looked for there (null: none are read).</summary>
    public string? SourceFolder { get; init; }

    /// <summary>How the writers shape the book (where the notes go).</summary>
    public WriterOptions Writer { get; init; } = new();

    /// <summary>The book's dcterms:modified and zip timestamps.</summary>
    public DateTimeOffset Modified { get; init; } = DefaultModified;

    /// <summary>
    /// A fixed "modified" date, so that the same input gives the same bytes on every run and
    /// every machine (the date this edition's method was set); SOURCE_DATE_EPOCH overrides it.
    /// </summary>
    public static readonly DateTimeOffset DefaultModified = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>A reader: recognises its kind of source from the text and turns it into a flat document tree.</summary>
public interface IReader
{
    string Name { get; }

    /// <summary>Whether the text is this reader's kind of source, judged from its start (<see cref="SourceText.Head"/>).</summary>
    bool CanRead(string head);

    /// <summary>The tree of the source, which the reader takes whole or as lines.</summary>
    Document Read(SourceText source, Diagnostics diagnostics);

    /// <summary>The tree, with what the person said that bears on reading (a plain text's pinned line labels).</summary>
    Document Read(SourceText source, Diagnostics diagnostics, ConvertOptions options) => Read(source, diagnostics);
}

/// <summary>A pass: one transformation of the tree, named for messages and for the benchmarks.</summary>
public sealed record Pass(string Name, Action<Document, Diagnostics> Run);

/// <summary>
/// The whole conversion, in one place for the command line, the tests and the benchmarks: the
/// registry of readers (the first that recognises the text reads it), the passes in their order,
/// and the writers with the options the command line gives them.
/// </summary>
public sealed class Pipeline(IReadOnlyList<IReader> readers, IReadOnlyList<Pass> passes)
{
    public static string Generator { get; } = "epub " + (typeof(Pipeline).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>
    /// Readers most specific first (plain text reads anything). Passes: the archive's wrapper
    /// comes off before the title block is read; notes are recognised before the structure pass
    /// (a notes heading is no section) and resolved after it (scopes take their section's name);
    /// bulleted lists before quotations (a list set in from the margin is a list, not a quotation);
    /// typography last, over everything the others made.
    /// </summary>
    public static Pipeline Default { get; } = new(
        [new HtmlReader(), new PlainTextReader()],
        [
            new("archive-debris", ArchiveDebrisPass.Run),
            new("title-block", (d, _) => TitleBlockPass.Run(d)),
            new("title", (d, _) => TitlePass.Run(d)),
            new("author", (d, _) => AuthorPass.Run(d)),
            new("notes", NotesPass.Run),
            new("structure", StructurePass.Run),
            new("note-links", NoteLinkPass.Run),
            new("lists", (d, _) => ListPass.Run(d)),
            new("quotation", (d, _) => QuotationPass.Run(d)),
            new("inline-markup", (d, _) => InlineMarkupPass.Run(d)),
            new("typography", (d, _) => TypographyPass.Run(d)),
        ]);

    public IReadOnlyList<IReader> Readers { get; } = readers;

    public IReadOnlyList<Pass> Passes { get; } = passes;

    /// <summary>Opens the bytes in their encoding, refusing binary data: what every reader reads from.</summary>
    public static SourceText Open(byte[] bytes, ConvertOptions options)
    {
        if (bytes.Length == 0) throw new InputException("the file is empty");
        var source = SourceDecoder.Open(bytes, options.Encoding);
        if (source.ReadsBytesAsCharacters && SourceDecoder.LooksBinary(bytes)) throw new InputException("the file is binary data, not text");
        CheckIsText(source.Head);
        return source;
    }

    /// <summary>Reads bytes into a finished document tree: all passes run, metadata filled in.</summary>
    public Document Read(byte[] bytes, string sourceName, ConvertOptions options, Diagnostics diagnostics)
    {
        var document = ReadTree(bytes, options, diagnostics, out var encoding, out var sha256);
        Images.Resolve(document, options.SourceFolder, diagnostics);
        if (document.Blocks.Count == 0 && document.Sections.Count == 0) throw new InputException("the file holds no text, only blank lines");

        document.Provenance.SourceName = sourceName;
        document.Provenance.SourceEncoding = encoding;
        document.Provenance.SourceSha256 = sha256;

        foreach (var pass in Passes)
        {
            // The person's corrections win over recognition: no notes, no headings, or exactly the headings they name.
            // Named headings are marked before the notes are read: a heading ends the note list above it, which
            // would otherwise run on through the heading and the section under it.
            if (options.Headings is not null && pass.Name is "notes") StructurePass.MarkHeadings(document, options.Headings);
            if (options.NoNotes && pass.Name is "notes") continue;
            if (options.NoHeadings && pass.Name is "structure") continue;
            pass.Run(document, diagnostics);
        }
        ApplyOptions(document.Metadata, options, sourceName);
        document.Metadata.Identifier = "urn:uuid:" + Uuid.V5(Uuid.UrlNamespace, "sha256:" + document.Provenance.SourceSha256);
        return document;
    }

    /// <summary>
    /// The reader's tree of the bytes. The reader takes the text whole or as lines, and the source
    /// lets its bytes go then: memory holds the input about once at a time (nothing here may keep
    /// the decoded text, twice the input's size in UTF-16, alive through the passes).
    /// </summary>
    private Document ReadTree(byte[] bytes, ConvertOptions options, Diagnostics diagnostics, out string encodingName, out string sha256)
    {
        var source = Open(bytes, options);
        encodingName = source.EncodingName;
        sha256 = source.Sha256;
        foreach (var reader in Readers)
        {
            if (!reader.CanRead(source.Head)) continue;
            var document = reader.Read(source, diagnostics, options);
            if (source.Windows1252Lines is { } windows1252)
            {
                var named = string.Join(", ", windows1252.First) + (windows1252.Count > windows1252.First.Count ? ", \u2026" : "");
                diagnostics.Warn(DiagnosticCode.MixedEncodings, windows1252.First[0], $"the text mixes UTF-8 and Windows-1252: {windows1252.Count} line(s) that are not valid UTF-8 were read as Windows-1252 (line {named}), the others as UTF-8");
            }
            if (source.EndOfFile is { LinesAfter: > 0 } mark)
            {
                diagnostics.Warn(DiagnosticCode.AfterEndOfFile, mark.Line, $"the text ends at a DOS end-of-file mark (^Z); the {mark.LinesAfter} line(s) after it (disk slack, often an earlier draft) were left out");
                // Wrappers are named by the 1-based line they begin on: what follows the mark begins on the mark's own line.
                document.Provenance.Wrappers.Add((mark.Line, "what the file held after its end-of-file mark", mark.LinesAfter));
            }
            return document;
        }
        throw new InvalidOperationException("no reader takes the text (the plain-text reader takes any)");
    }

    /// <summary>The book's files from the finished tree, shaped by the writer options.</summary>
    public static Book Build(Document document, ConvertOptions options) => EpubWriter.Build(document, Generator, options.Writer);

    /// <summary>
    /// The book for one target, zipped: the tree transformed for the target, then written by the
    /// one writer. A tree meant for several targets is written in <see cref="BookTargets.InWritingOrder"/>.
    /// </summary>
    public static void Write(Document document, ConvertOptions options, BookTarget target, Stream output)
    {
        BookTargets.Apply(document, target, options.Writer);
        EpubWriter.Write(Build(document, options), output, options.Modified);
    }

    /// <summary>
    /// The options for writing one tree for several targets: a cover to draw is drawn once, here,
    /// and every target packages the same image (as it packages one given with --cover).
    /// </summary>
    public static ConvertOptions WithCoverDrawn(Document document, ConvertOptions options) =>
        options.Writer is { Cover: true, CoverImage: null }
            ? options with { Writer = options.Writer with { CoverImage = CoverRenderer.Render(document.Metadata) } }
            : options;

    /// <summary>Bytes in, zipped book out (the standard EPUB).</summary>
    public byte[] Convert(byte[] bytes, string sourceName, ConvertOptions options, Diagnostics diagnostics, out Document document)
    {
        document = Read(bytes, sourceName, options, diagnostics);
        using var zip = new MemoryStream();
        Write(document, options, BookTarget.Epub, zip);
        return zip.ToArray();
    }

    private static void ApplyOptions(Metadata metadata, ConvertOptions options, string sourceName)
    {
        metadata.Title ??= metadata.Hints.Title;
        if (metadata.Author is not null) metadata.AuthorSource ??= "the source's title matter";
        else if (metadata.Hints.SignedBy is string signed) (metadata.Author, metadata.AuthorSource) = (signed, "a signature block closing the text");
        else if (metadata.Hints.Author is string sender) (metadata.Author, metadata.AuthorSource) = (sender, "the sender's header or the page's metadata");
        metadata.Date ??= metadata.Hints.Date;
        if (options.Title is not null) (metadata.Title, metadata.Subtitle, metadata.TitleSource) = (options.Title, null, "--title");
        // The last resort: no title in the text, so the file's own name (said by inspect, so a person can give --title).
        if (metadata.Title is null) (metadata.Title, metadata.TitleSource) = (Path.GetFileNameWithoutExtension(sourceName), "the file's name: the text gives no title");
        if (options.Author is not null) { metadata.Author = options.Author; metadata.AuthorSource = "--author"; metadata.Byline = null; }
        // A credit of the title page naming the author ("Written and compiled by NAME", "Given by
        // NAME") is the byline as the source prints it: the title page sets it once, with the name.
        if (metadata.Author is string writer && metadata.Byline is null && metadata.Credits.Find(c => c.Name == writer) is { } ownCredit)
        {
            metadata.Byline = ownCredit.Line;
            metadata.Credits.Remove(ownCredit);
        }
        if (options.Language is not null) metadata.Language = options.Language;
        if (options.Date is not null)
        {
            metadata.Date = Dates.Parse(options.Date) ?? throw new InputException($"--date '{options.Date}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
            metadata.DateText = options.Date;
        }
        metadata.Modified = options.Modified;

        // A form feed is the one character not XML's that a line keeps (it is a page break in the
        // text); in a value read from a line (a header's sender, a title block's line) it is white space.
        static string? Spaced(string? value) => value?.Replace('\f', ' ');
        (metadata.Title, metadata.Subtitle, metadata.Collection) = (Spaced(metadata.Title), Spaced(metadata.Subtitle), Spaced(metadata.Collection));
        (metadata.Author, metadata.Byline, metadata.DateText, metadata.Rights) = (Spaced(metadata.Author), Spaced(metadata.Byline), Spaced(metadata.DateText), Spaced(metadata.Rights));
        for (var k = 0; k < metadata.Credits.Count; k++) metadata.Credits[k] = metadata.Credits[k] with { Line = Spaced(metadata.Credits[k].Line)!, Name = Spaced(metadata.Credits[k].Name)! };
        if (metadata.ReviewedWork is { } work)
            metadata.ReviewedWork = new ReviewedWork(Spaced(work.Author), Spaced(work.Title)!, Spaced(work.Subtitle), Spaced(work.Imprint));
    }

    /// <summary>
    /// Binary data (an image, a zip, a PDF) decodes to text full of NULs and control characters.
    /// A real text may hold a stray one (a NUL where a transfer broke, a form feed between pages):
    /// those are removed with a warning, not taken for binary.
    /// </summary>
    private static void CheckIsText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        var nul = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var c = sample[i];
            if (c == '\0') nul++;
            else if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f' or '\u001A') && !SourceDecoder.IsOverstrike(sample, i)) control++;
        }
        if (SourceDecoder.TooManyControls(nul, control, sample.Length)) throw new InputException("the file is binary data, not text");
    }
}

/// <summary>Name-based UUIDs (RFC 9562, version 5): the same content always gets the same identifier.</summary>
public static class Uuid
{
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static string V5(Guid @namespace, string name)
    {
        var ns = @namespace.ToByteArray(bigEndian: true);
        var bytes = System.Text.Encoding.UTF8.GetBytes(name);
        var hash = Digests.Sha1([.. ns, .. bytes]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
