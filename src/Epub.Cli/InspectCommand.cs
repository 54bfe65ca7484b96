using System.Text;
using System.Text.Json;
using Epub.Model;

namespace Epub.Cli;

/// <summary>
/// <c>epub inspect FILE [--json]</c>: what the converter decided about one text and where, with
/// line numbers, without writing a book: metadata, what was left out, headings, note scopes and
/// references, and every message. The JSON is written with <see cref="Utf8JsonWriter"/> (no
/// reflection), and documented in the README.
/// </summary>
internal sealed class InspectCommand(TextWriter stdout, TextWriter stderr, ConvertOptions options)
{
    public int Run(string input, bool json, bool labels = false)
    {
        var diagnostics = new Diagnostics(input);
        Document document;
        try
        {
            document = Pipeline.Default.Read(InputFiles.Read(input), Path.GetFileName(input), options with { SourceFolder = Path.GetDirectoryName(Path.GetFullPath(input)) }, diagnostics);
        }
        catch (InputException e)
        {
            stderr.WriteLine(e.Line > 0 ? $"epub: {input}:{e.Line}: error: {e.Message}" : $"epub: {input}: error: {e.Message}");
            return ExitCode.Failure;
        }
        if (labels) WriteLabels(document, input);
        else if (json) WriteJson(document, diagnostics);
        else WriteText(document, diagnostics);
        return ExitCode.Success;
    }

    /// <summary>
    /// The line labels in the format <c>--labels FILE</c> reads and the training tool keeps
    /// (line, tab, label): correct a line, give the file back with <c>--labels</c>, or add it to
    /// the training labels.
    /// </summary>
    private void WriteLabels(Document document, string input)
    {
        var text = new StringBuilder($"# line labels of {Path.GetFileName(input)}: text lines not listed are body\n");
        var labelled = document.HeadingLines.Select(line => (Line: line, Label: Readers.PlainText.Recognition.LinePins.Heading)).ToList();
        labelled.AddRange(document.PreformattedLines.Select(line => (line, Readers.PlainText.Recognition.LinePins.Preformatted)));
        foreach (var (line, label) in labelled.OrderBy(l => l.Line)) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{line}\t{label}\n");
        stdout.Write(text.ToString());
    }

    private void WriteText(Document document, Diagnostics diagnostics)
    {
        var m = document.Metadata;
        var text = new StringBuilder();
        text.AppendLine($"file:      {document.Provenance.SourceName} ({document.Provenance.SourceEncoding})");
        text.AppendLine($"title:     {m.Title}{(m.Subtitle is null ? "" : ": " + m.Subtitle)}{(m.TitleSource is null ? "" : $"  [{m.TitleSource}]")}");
        text.AppendLine($"author:    {m.Author ?? "-"}{(m.AuthorSource is null ? "" : $"  [{m.AuthorSource}]")}");
        text.AppendLine($"date:      {m.Date ?? "-"}");
        foreach (var credit in m.Credits) text.AppendLine($"credit:    {credit.Line}  [the title page]");
        if (m.Rights is string rights) text.AppendLine($"rights:    {rights}  [dc:rights and the colophon]");
        if (m.ReviewedWork is { } work) text.AppendLine($"reviews:   {work.Title}{(work.Author is null ? "" : " by " + work.Author)}");
        foreach (var leftOut in LeftOut.Of(document.Provenance)) text.AppendLine($"left out:  {leftOut}");
        foreach (var notice in document.Provenance.ArchiveNotices) text.AppendLine($"colophon:  archive notice \"{Shorten(notice)}\"");
        text.AppendLine($"headings:  {document.Sections.Count}");
        foreach (var section in document.Sections)
            text.AppendLine($"  line {section.Line}: {(section.Label is null ? "" : section.Label + ". ")}{Inline.PlainText(section.Title)}{(section.Evidence is null ? "" : $"  [{section.Evidence}]")}");
        var preformatted = PreformattedBlocks(document).ToList();
        if (preformatted.Count > 0)
        {
            text.AppendLine($"set as it stands: {preformatted.Count} block(s) of preformatted lines (tables, figures, drawings)");
            foreach (var block in preformatted) text.AppendLine($"  lines {block.Line}\u2013{block.Line + block.Lines.Count - 1}: {Shorten(block.Lines.First(l => l.Length > 0).Trim())}");
        }
        var scopes = document.Notes.GroupBy(n => n.Scope).ToList();
        text.AppendLine($"notes:     {document.Notes.Count} in {scopes.Count} scope(s), {document.References().Count(r => r.Reference.Note is not null)} references linked");
        var cited = CitedLines(document);
        foreach (var scope in scopes)
            text.AppendLine($"  scope {scope.Key.Index + 1}{(scope.Key.Title is null ? "" : " (" + scope.Key.Title + ")")}: notes {scope.First().Label}\u2013{scope.Last().Label} from line {scope.First().Line}, {scope.Sum(n => n.Citations.Count)} citations"
                            + (cited.TryGetValue(scope.Key, out var lines) ? $" on lines {lines.First}\u2013{lines.Last}" : ""));
        foreach (var d in diagnostics.Items) text.AppendLine($"message:   {d}");
        stdout.Write(text.ToString());
    }

    /// <summary>The blocks set as they stand (a plain text's tables and drawings, a page's pre), in reading order.</summary>
    private static IEnumerable<Preformatted> PreformattedBlocks(Document document) =>
        document.Blocks.Concat(document.Sections.SelectMany(s => s.Blocks)).OfType<Preformatted>();

    /// <summary>Each scope's citations: the lines of the first and the last paragraph that cite its notes (where its text runs).</summary>
    private static Dictionary<NoteScope, (int First, int Last)> CitedLines(Document document)
    {
        var lines = new Dictionary<NoteScope, (int First, int Last)>();
        foreach (var (_, paragraph) in document.Paragraphs())
            foreach (var reference in Inlines.References(paragraph.Inlines))
                if (reference.Note is { Scope: var scope })
                    lines[scope] = lines.TryGetValue(scope, out var seen) ? (Math.Min(seen.First, paragraph.Line), Math.Max(seen.Last, paragraph.Line)) : (paragraph.Line, paragraph.Line);
        return lines;
    }

    private void WriteJson(Document document, Diagnostics diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var m = document.Metadata;
            w.WriteStartObject();
            w.WriteString("file", document.Provenance.SourceName);
            w.WriteString("encoding", document.Provenance.SourceEncoding);
            w.WriteStartObject("metadata");
            w.WriteString("title", m.Title);
            w.WriteString("subtitle", m.Subtitle);
            w.WriteString("author", m.Author);
            w.WriteString("authorFrom", m.AuthorSource);
            if (m.TitleSource is not null) w.WriteString("titleFrom", m.TitleSource);
            w.WriteString("date", m.Date);
            if (m.Credits.Count > 0)
            {
                w.WriteStartArray("credits");
                foreach (var credit in m.Credits) w.WriteStringValue(credit.Line);
                w.WriteEndArray();
            }
            if (m.Rights is not null) w.WriteString("rights", m.Rights);
            if (m.ReviewedWork is { } work)
            {
                w.WriteStartObject("reviewedWork");
                w.WriteString("title", work.Title);
                w.WriteString("subtitle", work.Subtitle);
                w.WriteString("author", work.Author);
                w.WriteString("imprint", work.Imprint);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("leftOut");
            foreach (var (line, what, count) in document.Provenance.Wrappers)
            {
                w.WriteStartObject();
                w.WriteNumber("line", line);
                w.WriteString("what", what);
                w.WriteNumber("lines", count);
                w.WriteEndObject();
            }
            foreach (var (line, dropped) in document.Provenance.Dropped)
            {
                w.WriteStartObject();
                w.WriteNumber("line", line);
                w.WriteString("what", "website leftover");
                w.WriteString("text", dropped);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("headings");
            foreach (var section in document.Sections)
            {
                w.WriteStartObject();
                w.WriteNumber("line", section.Line);
                w.WriteString("label", section.Label);
                w.WriteString("text", Inline.PlainText(section.Title));
                w.WriteString("family", section.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("preformatted");
            foreach (var block in PreformattedBlocks(document))
            {
                w.WriteStartObject();
                w.WriteNumber("line", block.Line);
                w.WriteNumber("lines", block.Lines.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("noteScopes");
            var cited = CitedLines(document);
            foreach (var scope in document.Notes.GroupBy(n => n.Scope))
            {
                w.WriteStartObject();
                w.WriteNumber("scope", scope.Key.Index + 1);
                w.WriteString("title", scope.Key.Title);
                if (cited.TryGetValue(scope.Key, out var lines))
                {
                    w.WriteNumber("citedFromLine", lines.First);
                    w.WriteNumber("citedToLine", lines.Last);
                }
                w.WriteStartArray("notes");
                foreach (var note in scope)
                {
                    w.WriteStartObject();
                    w.WriteString("label", note.Label);
                    w.WriteString("id", note.Id);
                    w.WriteNumber("line", note.Line);
                    w.WriteNumber("citations", note.Citations.Count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("messages");
            foreach (var d in diagnostics.Items)
            {
                w.WriteStartObject();
                w.WriteString("severity", d.Severity == Severity.Warning ? "warning" : "info");
                w.WriteString("code", d.Code);
                w.WriteNumber("line", d.Line);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "\u2026" : text;
}
