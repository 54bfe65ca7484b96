using System.Text;
using Epub.Readers;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>Encodings an archive holds beyond the common ones: UTF-32 with its mark, and texts that mix UTF-8 and Windows-1252 lines.</summary>
public sealed class EncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string Text = "A Short Text\n\nIts one paragraph is prose about a café and a façade, long enough to be read as prose.\n";

    private static string BookText(BuiltBook book) =>
        string.Concat(book.Entries().Where(e => e.Name.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => Encoding.UTF8.GetString(e.Content)));

    /// <summary>A text whose line ends went twice through a CR LF conversion ("\r\r\n") reads as the same text with plain line ends, from bytes and from a decoded string alike.</summary>
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void Lines_ending_in_a_doubled_return_are_single_lines_not_double_spaced(string encodingName)
    {
        const string paragraph = "Its paragraph is prose about a caf\u00E9 and a fa\u00E7ade, wrapped over the\nlines as a typed text wraps them, long enough to be read as prose, and\nit goes on for a third line, as the paragraphs of a typed text do.\n\n";
        var text = "A Short Text\n\n" + string.Concat(Enumerable.Repeat(paragraph, 4));
        var encoding = encodingName == "utf-8" ? new UTF8Encoding(false) : (Encoding)new UnicodeEncoding(false, byteOrderMark: true);
        List<string> Paragraphs(string lineEnd) => BuiltBook.Build([.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("\n", lineEnd))], "doubled.txt")
            .Document.Paragraphs().Select(p => p.Paragraph.PlainText).ToList();
        var plain = Paragraphs("\n");
        Assert.Equal(4, plain.Count);
        Assert.Equal(plain, Paragraphs("\r\r\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf32_with_its_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();
        Assert.False(SourceDecoder.LooksBinary(bytes));
        var book = BuiltBook.Build(bytes, "utf32.txt");
        Assert.Equal(bigEndian ? "utf-32be" : "utf-32le", book.Document.Provenance.SourceEncoding);
        Assert.Contains("a café and a façade", BookText(book));
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void Utf16_little_endian_is_still_utf16_when_its_text_starts_with_a_nul()
    {
        // FF FE 00 00 is UTF-32 LE's mark, and also UTF-16 LE's followed by U+0000: the longer mark wins, as in every decoder that sniffs both.
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray();
        Assert.Equal("utf-16le", SourceDecoder.Open(bytes).EncodingName);
    }

    [Fact]
    public void A_text_mixing_utf8_and_windows_1252_lines_reads_each_line_in_its_own_with_one_warning()
    {
        var lines = new (string Text, bool Utf8)[]
        {
            ("A Short Text", true), ("", true),
            ("The first paragraph, saved as UTF-8, names a café and goes on long enough to be prose.", true), ("", true),
            ("The second, saved as Windows-1252, names a façade and goes on long enough to be prose.", false), ("", true),
            ("The third is ASCII alone and reads the same in either encoding, long enough to be prose.", true), ("", true),
            ("The fourth, Windows-1252 again, has a naïve “quotation” in it, long enough to be prose.", false),
        };
        var bytes = lines.SelectMany((l, i) => (i == 0 ? [] : "\r\n"u8.ToArray()).Concat((l.Utf8 ? Encoding.UTF8 : Windows1252).GetBytes(l.Text))).ToArray();
        var book = BuiltBook.Build(bytes, "mixed.txt");
        var text = BookText(book);
        Assert.Contains("café", text);
        Assert.Contains("façade", text);
        Assert.Contains("naïve", text);
        Assert.DoesNotContain("Ã", text);
        var warning = Assert.Single(book.Diagnostics.Items, d => d.Code == DiagnosticCode.MixedEncodings);
        Assert.Equal(5, warning.Line);
        Assert.Contains("2 line(s)", warning.Message);
        Assert.Contains("line 5, 9", warning.Message);
        Assert.Equal("utf-8/windows-1252", book.Document.Provenance.SourceEncoding);
        EpubCheck.AssertValid(book.Path);
    }

    [Fact]
    public void A_text_marked_as_utf8_with_a_line_that_is_not_is_read_with_a_warning_not_refused()
    {
        // A byte-order mark says UTF-8, and every line is ASCII but one saved by an 8-bit editor.
        var bytes = "\uFEFF"u8.ToArray().Concat(Encoding.UTF8.GetBytes("A Short Text\n\nThe first paragraph is ASCII alone and goes on long enough to be read as prose.\n\n"))
            .Concat(Windows1252.GetBytes("The second, saved as Windows-1252, names a façade and goes on long enough to be prose.\n")).ToArray();
        var book = BuiltBook.Build(bytes, "marked.txt");
        Assert.Contains("façade", BookText(book));
        var warning = Assert.Single(book.Diagnostics.Items, d => d.Code == DiagnosticCode.MixedEncodings);
        Assert.Equal(5, warning.Line);
        Assert.Equal("utf-8/windows-1252", book.Document.Provenance.SourceEncoding);
    }

    [Fact]
    public void A_windows_1252_text_stays_windows_1252_without_a_warning()
    {
        var book = BuiltBook.Build(Windows1252.GetBytes(Text + "\nA last paragraph with “curly quotes” and an em dash — as Windows wrote them, long enough.\n"), "legacy.txt");
        Assert.Equal("windows-1252", book.Document.Provenance.SourceEncoding);
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code == DiagnosticCode.MixedEncodings);
        Assert.Contains("a café and a façade", BookText(book));
    }
}
