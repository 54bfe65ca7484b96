using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CsCheck;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// Random archived texts (title blocks, contents lists, headings, paragraphs with references,
/// hostile characters, notes; several encodings and line endings) through the whole converter:
/// no exception but a refusal, well-formed XHTML everywhere, every note link resolving both ways.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOfConst(
        "the", "archive", "Stalin's", "review", "don't", "line", "party", "1936-1939", "pp. 256-7", "p. 12", "café", "naïve",
        "\"quoted\"", "'single'", "'tis", "-", "--", "...", ". . .", "(NEP)", "(1924)", "(See", "this)", "[Stalin]",
        "<script>", "&amp;", "]]>", "<![CDATA[", "&", "<", "\u0007", "\u000B", "\uFFFE", "\t", "😀", "—", "“", "”", "Ω", ":", ";");

    private static Gen<string> Sentence(int notes) =>
        Gen.Select(Word.Array[1, 25], Gen.Int[0, notes], Gen.Bool, (words, note, bracket) =>
            string.Join(' ', words) + "." + (note > 0 ? (bracket ? $" [{note}]" : $" ({note})") : ""));

    private sealed record Sample(string Text, Encoding Encoding, string NewLine);

    private static readonly Gen<Sample> Documents =
        from notes in Gen.Int[0, 12]
        from title in Word.Array[1, 6]
        from byline in Gen.Bool
        from contents in Gen.Bool
        from sections in Gen.Int[0, 5]
        from paragraphs in Sentence(notes).Array[1, 4].Array[1, 20]
        from headings in Word.Array[1, 4].Array[5]
        from encoding in Gen.OneOfConst(new UTF8Encoding(false), new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode)
        from newline in Gen.OneOfConst("\n", "\r\n", "\r")
        from repeated in Gen.Int[0, 12]
        from asHtml in Gen.Int[0, 3]
        select new Sample(AsHtml(Compose(title, byline, contents, sections, paragraphs, headings, notes, repeated), asHtml == 0), encoding, newline);

    /// <summary>The same text as an old web page: each paragraph a &lt;p&gt;, the raw words (hostile markup included) unescaped.</summary>
    private static string AsHtml(string text, bool html) => !html ? text :
        "<!DOCTYPE html><html><head><title>Random</title><script>var x = 1 < 2;</script></head><body>\n" +
        string.Concat(text.Split("\n\n").Select(p => "<p>" + p.Replace("\n", "<br>\n") + "</p>\n")) + "</body></html>\n";

    private static string Compose(string[] title, bool byline, bool contents, int sections, string[][] paragraphs, string[][] headings, int notes, int repeated)
    {
        var text = new StringBuilder();
        text.Append(string.Join(' ', title)).Append('\n');
        if (byline) text.Append("by Some One\n");
        text.Append('\n');
        if (contents && sections > 1)
        {
            for (var s = 0; s < sections; s++) text.Append(s + 1).Append(". ").Append(string.Join(' ', headings[s])).Append('\n');
            text.Append('\n');
        }
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (sections > 0 && p % Math.Max(1, paragraphs.Length / sections) == 0 && p / Math.Max(1, paragraphs.Length / sections) < sections)
                text.Append(string.Join(' ', headings[p / Math.Max(1, paragraphs.Length / sections)])).Append("\n\n");
            text.Append(string.Join(' ', paragraphs[p])).Append("\n\n");
        }
        for (var n = 1; n <= notes; n++)
        {
            text.Append(n).Append(". Note ").Append(n).Append(" with \"quotes\" & <markup>.\n");
            if (n == repeated) text.Append(n).Append(". The same number again.\n"); // numbered twice
        }
        return text.ToString();
    }

    [Fact]
    public void Any_document_converts_to_well_formed_xhtml_with_resolving_note_links()
    {
        Documents.Sample(sample =>
        {
            var bytes = sample.Encoding.GetPreamble().Concat(sample.Encoding.GetBytes(sample.Text.Replace("\n", sample.NewLine))).ToArray();
            Model.Document document;
            try { document = Pipeline.Default.Read(bytes, "random.txt", new ConvertOptions(), new Diagnostics("random.txt")); }
            catch (InputException) { return; } // a refusal with a reason is an answer
            using var stream = new MemoryStream();
            Writers.EpubWriter.Write(Pipeline.Build(document, new ConvertOptions()), stream, ConvertOptions.DefaultModified);
            AssertLinksResolve(stream);
        }, iter: 150);
    }

    /// <summary>A few random books through EPUBCheck too (each run costs a JVM start, so not all 150).</summary>
    [Fact]
    public void Random_documents_make_books_that_EpubCheck_passes()
    {
        var folder = Directory.CreateTempSubdirectory("epub-random-").FullName;
        var count = 0;
        Documents.Sample(sample =>
        {
            var bytes = sample.Encoding.GetPreamble().Concat(sample.Encoding.GetBytes(sample.Text.Replace("\n", sample.NewLine))).ToArray();
            try { Tools.BuiltBook.Build(bytes, $"random-{count++}.txt", folder: folder); }
            catch (InputException) { }
        }, iter: 4, threads: 1);
        EpubCheck.AssertValid(folder);
    }

    [Fact]
    public void Typography_never_changes_letters_or_digits()
    {
        Gen.String.Sample(text =>
        {
            static string Kept(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());
            Assert.Equal(Kept(text), Kept(Typography.Apply(text, '\0')));
        }, iter: 2000);
    }

    [Fact]
    public void Date_parsing_never_throws_and_gives_w3cdtf()
    {
        Gen.String.Sample(text =>
        {
            var date = Dates.Parse(text);
            Assert.True(date is null || System.Text.RegularExpressions.Regex.IsMatch(date, @"^\d{4}(-\d{2}(-\d{2})?)?$"), date);
        }, iter: 2000);
    }

    private static void AssertLinksResolve(Stream epub)
    {
        using var zip = new ZipArchive(epub, ZipArchiveMode.Read);
        var documents = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml"))
            .ToDictionary(e => e.FullName["EPUB/".Length..], e => XDocument.Load(e.Open())); // throws on malformed XML
        var ids = documents.ToDictionary(d => d.Key, d => d.Value.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList());
        foreach (var (name, list) in ids) Assert.Equal(list.Count, list.Distinct().Count());
        foreach (var (name, xml) in documents)
            foreach (var href in xml.Descendants().Where(e => e.Name.LocalName == "a").Select(a => (string)a.Attribute("href")!))
            {
                var parts = href.Split('#');
                Assert.True(ids.ContainsKey(parts[0]), $"{name}: {href}");
                if (parts.Length > 1) Assert.Contains(parts[1], ids[parts[0]]);
            }
    }
}
