using System.Security.Cryptography;
using Epub.Model;
using Epub.Passes;
using Epub.Readers;
using Epub.Readers.Html;
using Epub.Readers.PlainText;
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

    /// <summary>The book's dcterms:modified and zip timestamps.</summary>
    public DateTimeOffset Modified { get; init; } = DefaultModified;

    /// <summary>
    /// A fixed "modified" date, so that the same input gives the same bytes on every run and
    /// every machine (the date this edition's method was set); SOURCE_DATE_EPOCH overrides it.
    /// </summary>
    public static readonly DateTimeOffset DefaultModified = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>The whole conversion: reader, passes, writer.</summary>
public static class Converter
{
    public static string Generator { get; } = "epub " + (typeof(Converter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>Reads bytes into a finished document tree: all passes run, metadata filled in.</summary>
    public static Document Read(byte[] bytes, string sourceName, ConvertOptions options, Diagnostics diagnostics)
    {
        if (bytes.Length == 0) throw new InputException("the file is empty");
        var source = SourceDecoder.Decode(bytes, options.Encoding);
        CheckIsText(source.Text);
        var text = TextCleaner.Clean(source.Text, diagnostics);

        var document = HtmlReader.LooksLikeHtml(text) ? HtmlReader.Read(text) : PlainTextReader.Read(text);
        if (document.Blocks.Count == 0) throw new InputException("the file holds no text, only blank lines");

        document.Provenance.SourceName = sourceName;
        document.Provenance.SourceEncoding = source.EncodingName;
        document.Provenance.SourceSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        ArchiveDebrisPass.Run(document, diagnostics);
        TitleBlockPass.Run(document);
        NotesPass.Run(document, diagnostics);
        StructurePass.Run(document, diagnostics);
        QuotationPass.Run(document);
        TypographyPass.Run(document);
        ApplyOptions(document.Metadata, options, sourceName);
        document.Metadata.Identifier = "urn:uuid:" + Uuid.V5(Uuid.UrlNamespace, "sha256:" + document.Provenance.SourceSha256);
        return document;
    }

    public static Book Build(Document document) => EpubWriter.Build(document, Generator);

    private static void ApplyOptions(Metadata metadata, ConvertOptions options, string sourceName)
    {
        if (options.Title is not null) { metadata.Title = options.Title; metadata.Subtitle = null; }
        metadata.Title ??= Path.GetFileNameWithoutExtension(sourceName);
        if (options.Author is not null) { metadata.Author = options.Author; metadata.Byline = null; }
        if (options.Language is not null) metadata.Language = options.Language;
        if (options.Date is not null)
        {
            metadata.Date = Dates.Parse(options.Date) ?? throw new InputException($"--date '{options.Date}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
            metadata.DateText = options.Date;
        }
        metadata.Modified = options.Modified;
    }

    /// <summary>Binary data (an image, a zip, a PDF) decodes to text full of NULs and control characters.</summary>
    private static void CheckIsText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') throw new InputException("the file is binary data, not text");
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f' or '\u001A')) control++;
        }
        if (control * 20 > sample.Length) throw new InputException("the file is binary data, not text");
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
        var hash = SHA1.HashData([.. ns, .. bytes]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
