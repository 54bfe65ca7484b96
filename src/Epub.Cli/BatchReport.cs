using System.Globalization;
using System.Text;
using System.Text.Json;
using Epub.Writers;

namespace Epub.Cli;

/// <summary>What became of one input of a batch: a line of <c>--report</c>.</summary>
internal sealed record ReportRow(string Input, string Status)
{
    public const string Converted = "converted", Refused = "refused", Failed = "failed", Skipped = "skipped";

    public string? Book { get; init; }
    public string? Title { get; init; }
    public string? TitleFrom { get; init; }
    public string? Author { get; init; }
    public string? AuthorFrom { get; init; }
    public int Chapters { get; init; }
    public int NotesLinked { get; init; }
    public int NotesUnlinked { get; init; }

    /// <summary>The warnings' codes with how many of each, in code order.</summary>
    public IReadOnlyList<(string Code, int Count)> Warnings { get; init; } = [];

    public int WarningCount => Warnings.Sum(w => w.Count);

    /// <summary>What was left out of the text (wrappers, debris, page furniture, website leftovers), with the line each began on.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>Why the input got no book (refused, failed or skipped).</summary>
    public string? Reason { get; init; }

    public long Milliseconds { get; init; }
}

/// <summary>
/// The batch's report: one row an input, written as JSON Lines (<c>.jsonl</c>) or CSV
/// (<c>.csv</c>, RFC 4180) by the file's extension, so a person can sort by what was found and
/// look first at the books that need it; and the short summary every batch ends with.
/// </summary>
internal sealed class BatchReport
{
    private static readonly string[] Columns =
        ["input", "status", "book", "title", "titleFrom", "author", "authorFrom", "chapters", "notesLinked", "notesUnlinked", "warnings", "leftOut", "reason", "milliseconds"];

    public List<ReportRow> Rows { get; } = [];

    /// <summary>Null when the extension is one the report can be written as; otherwise why not.</summary>
    public static string? CheckPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".csv" ? null
            : $"--report {path}: the report is written as JSON Lines (.jsonl) or CSV (.csv); name the file with one of those extensions";

    /// <summary>Writes the report atomically: a reader of the file never sees half of it.</summary>
    public void Write(string path, CancellationToken cancellation)
    {
        var csv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        AtomicFile.Write(path, stream =>
        {
            if (csv) WriteCsv(stream);
            else WriteJsonLines(stream);
        }, cancellation);
    }

    private void WriteJsonLines(Stream stream)
    {
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var row in Rows)
        {
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                json.WriteString("input", row.Input);
                json.WriteString("status", row.Status);
                if (row.Book is not null) json.WriteString("book", row.Book);
                if (row.Title is not null) json.WriteString("title", row.Title);
                if (row.TitleFrom is not null) json.WriteString("titleFrom", row.TitleFrom);
                if (row.Author is not null) json.WriteString("author", row.Author);
                if (row.AuthorFrom is not null) json.WriteString("authorFrom", row.AuthorFrom);
                if (row.Status == ReportRow.Converted)
                {
                    json.WriteNumber("chapters", row.Chapters);
                    json.WriteNumber("notesLinked", row.NotesLinked);
                    json.WriteNumber("notesUnlinked", row.NotesUnlinked);
                }
                json.WriteStartArray("warnings");
                foreach (var (code, count) in row.Warnings)
                    for (var i = 0; i < count; i++) json.WriteStringValue(code);
                json.WriteEndArray();
                if (row.Status == ReportRow.Converted)
                {
                    json.WriteStartArray("leftOut");
                    foreach (var leftOut in row.LeftOut) json.WriteStringValue(leftOut);
                    json.WriteEndArray();
                }
                if (row.Reason is not null) json.WriteString("reason", row.Reason);
                json.WriteNumber("milliseconds", row.Milliseconds);
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }

    private void WriteCsv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (var row in Rows)
        {
            string?[] fields =
            [
                row.Input, row.Status, row.Book, row.Title, row.TitleFrom, row.Author, row.AuthorFrom,
                Number(row, row.Chapters), Number(row, row.NotesLinked), Number(row, row.NotesUnlinked),
                string.Join(' ', row.Warnings.Select(w => $"{w.Code}:{w.Count}")), string.Join("; ", row.LeftOut), row.Reason, row.Milliseconds.ToString(CultureInfo.InvariantCulture),
            ];
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string? Number(ReportRow row, int value) => row.Status == ReportRow.Converted ? value.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string Quote(string? field) =>
        field is null ? "" : field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// The table a batch ends with: how many inputs became books, were refused, failed or were
    /// skipped, the warnings by code, and the time. What a person reads to know whether to look further.
    /// </summary>
    public void WriteSummary(TextWriter writer, TimeSpan elapsed, int filtered)
    {
        int Count(string status) => Rows.Count(r => r.Status == status);
        var warnings = Rows.Sum(r => r.WarningCount);
        var byCode = Rows.SelectMany(r => r.Warnings)
            .GroupBy(w => w.Code).Select(g => (Code: g.Key, Count: g.Sum(w => w.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        var documents = Rows.Count(r => r.Status != ReportRow.Skipped);
        var rate = elapsed.TotalSeconds > 0 ? documents / elapsed.TotalSeconds : 0;
        var refusals = Rows.Where(r => r.Status == ReportRow.Refused && r.Reason is not null)
            .GroupBy(r => r.Reason!).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()} {g.Key}").ToList();

        writer.WriteLine("epub: summary");
        void Line(string what, int count, string? detail = null) =>
            writer.WriteLine($"  {what,-10} {count,6}{(detail is null ? "" : "   " + detail)}");
        Line("converted", Count(ReportRow.Converted));
        Line("refused", Count(ReportRow.Refused), refusals.Count > 0 ? string.Join("; ", refusals) : null);
        Line("failed", Count(ReportRow.Failed), Count(ReportRow.Failed) > 0 ? "internal errors: please report them" : null);
        Line("skipped", Count(ReportRow.Skipped), Count(ReportRow.Skipped) > 0 ? "not texts or pages, in the folders" : null);
        if (filtered > 0) Line("filtered", filtered, "left out by --include/--exclude");
        Line("warnings", warnings, byCode.Count > 0 ? string.Join(", ", byCode.Take(6).Select(c => $"{c.Code} {c.Count}")) : null);
        writer.WriteLine($"  {"time",-10} {elapsed.TotalSeconds,6:0.0} s   {rate:0.0} documents a second");
    }
}
