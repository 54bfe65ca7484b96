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
        var refused = 0;
        const int iterations = 150;
        Documents.Sample(sample =>
        {
            var bytes = sample.Encoding.GetPreamble().Concat(sample.Encoding.GetBytes(sample.Text.Replace("\n", sample.NewLine))).ToArray();
            Model.Document document;
            try { document = Pipeline.Default.Read(bytes, "random.txt", new ConvertOptions(), new Diagnostics("random.txt")); }
            catch (InputException e)
            {
                // Every random document has a title and paragraphs of words: only binary-looking
                // ones (mostly control characters), and pages whose raw "<script>" word swallows
                // the rest (as it does in a browser), may be refused; they are counted.
                Assert.True(e.Message.Contains("binary") || e.Message.Contains("no text"), e.Message);
                Interlocked.Increment(ref refused);
                return;
            }
            using var stream = new MemoryStream();
            Writers.EpubWriter.Write(Pipeline.Build(document, new ConvertOptions()), stream, ConvertOptions.DefaultModified);
            AssertLinksResolve(stream);
        }, iter: iterations);
        Assert.True(refused * 10 < iterations, $"{refused} of {iterations} random documents were refused");
    }

    /// <summary>Random books through EPUBCheck too (one shared Java VM checks them all).</summary>
    [Fact]
    public void Random_documents_make_books_that_EpubCheck_passes()
    {
        var folder = Temp.Folder("epub-random-");
        var count = 0;
        Documents.Sample(sample =>
        {
            var bytes = sample.Encoding.GetPreamble().Concat(sample.Encoding.GetBytes(sample.Text.Replace("\n", sample.NewLine))).ToArray();
            try { Tools.BuiltBook.Build(bytes, $"random-{count++}.txt", folder: folder); }
            catch (InputException) { }
        }, iter: 20, threads: 1);
        EpubCheck.AssertValid(folder);
    }

    /// <summary>
    /// The plain-text reader's lines are decoded from the bytes line by line (never the whole
    /// text and its lines at once): they must be exactly the lines of the whole decoded text, for
    /// any mix of line endings, tabs, control characters, multi-byte characters and encodings.
    /// </summary>
    [Fact]
    public void Lines_decoded_from_bytes_are_the_lines_of_the_whole_text()
    {
        var piece = Gen.OneOfConst("a", "café", "😀", "\t", "\n", "\r", "\r\n", "\u0007", "\f", " ", "\u001A", "—", "Ω", "ÿ");
        var sample =
            from pieces in piece.Array[0, 60]
            from encoding in Gen.OneOfConst<Encoding>(new UTF8Encoding(false), new UTF8Encoding(true), Encoding.Unicode, Encoding.Latin1)
            select (string.Concat(pieces), encoding);
        sample.Sample(s =>
        {
            var (text, encoding) = s;
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            // The one difference, by design: "\r BEL \n" (or Ctrl-Z) is two line ends read as lines, one once the control character is gone from the whole text.
            if (bytes.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(text, "\r[\u0007\u001A]")) return;
            var forced = encoding is UTF8Encoding ? null : encoding.WebName;
            var whole = Readers.SourceDecoder.Open(bytes, forced).TakeText(new Diagnostics("p"));
            var lines = Readers.SourceDecoder.Open(bytes, forced).TakeLines(new Diagnostics("p"));
            Assert.Equal(Readers.SourceText.SplitLines(whole.EndsWith('\u001A') ? whole[..^1] : whole), lines);
        });
    }

    /// <summary>
    /// A text put together from UTF-8 and Windows-1252 pieces, line by line: every line reads as
    /// it was written, whichever encoding it was saved in, and the lines read as Windows-1252 are
    /// exactly those saved so with a character beyond ASCII (when the text has UTF-8 ones too).
    /// Each word holds at most one such character, followed by ASCII or the line's end: its
    /// Windows-1252 byte then never happens to make a valid UTF-8 sequence.
    /// </summary>
    [Fact]
    public void Lines_mixing_utf8_and_windows_1252_each_read_as_written()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var word = Gen.OneOfConst("the", "archive", "café", "naïve", "€5", "—", "“quoted”", "Œuvre", "ÿ", "façade", "1936", "p.", "fiancée", "");
        var line = Gen.Select(word.Array[0, 10], Gen.Bool, (words, utf8) => (Text: string.Join(' ', words), Utf8: utf8));
        var sample = Gen.Select(line.Array[1, 30], Gen.OneOfConst("\n", "\r\n", "\r"), (lines, newline) => (lines, newline));
        sample.Sample(s =>
        {
            var (lines, newline) = s;
            var bytes = lines.SelectMany((l, i) => (i == 0 ? [] : Encoding.ASCII.GetBytes(newline)).Concat((l.Utf8 ? Encoding.UTF8 : windows1252).GetBytes(l.Text))).ToArray();
            if (bytes.Length == 0 || bytes.All(b => b == (byte)' ')) return;
            var read = Readers.SourceDecoder.Open(bytes).TakeLines(new Diagnostics("mixed"));
            Assert.Equal(lines.Select(l => l.Text), read);
            Assert.Equal(string.Join(newline, lines.Select(l => l.Text)), Readers.SourceDecoder.Open(bytes).TakeText(new Diagnostics("mixed")));
            var legacy = lines.Select((l, i) => (l, Number: i + 1)).Where(x => !x.l.Utf8 && !Ascii.IsValid(x.l.Text)).Select(x => x.Number).ToList();
            var mixed = legacy.Count > 0 && lines.Any(l => l.Utf8 && !Ascii.IsValid(l.Text));
            var found = Readers.SourceDecoder.Open(bytes).Windows1252Lines;
            if (!mixed) Assert.Null(found);
            else
            {
                Assert.Equal(legacy.Count, found!.Count);
                Assert.Equal(legacy.Take(5), found.First);
            }
        }, iter: 500);
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

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Dates as archived texts print them, valid or not: each that parses gives the year, month and day it says.</summary>
    [Fact]
    public void Dates_as_texts_print_them_parse_to_what_they_say()
    {
        var parsed = 0;
        Gen.Select(Gen.Int[1500, 2099], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 4]).Sample((year, month, day, form) =>
        {
            var monthName = month is >= 1 and <= 12 ? Months[month - 1] : "Smarch";
            var text = form switch
            {
                0 => $"{monthName}, {year}",
                1 => $"{monthName} {day}, {year}",
                2 => $"{year}-{month:00}-{day:00}",
                3 => $"{day} {monthName} {year}",
                _ => $"{year}",
            };
            var date = Dates.Parse(text);
            var validMonth = month is >= 1 and <= 12;
            var validDay = validMonth && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            var expected = form switch
            {
                0 => validMonth ? $"{year}-{month:00}" : null,
                1 or 2 or 3 => validDay ? $"{year}-{month:00}-{day:00}" : null,
                _ => $"{year}",
            };
            if (date is not null) Interlocked.Increment(ref parsed);
            if (expected is not null) Assert.Equal(expected, date);
            else Assert.True(date is null, $"{text} -> {date}");
        }, iter: 1000);
        Assert.True(parsed > 500, $"only {parsed} of 1000 dates parsed: the property hardly ran");
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

    /// <summary>
    /// The reader's item sequence: in random lines where items of several markers run in sequence
    /// (some with a number lost) among prose lines that open with numbers out of every sequence,
    /// each item line opens an item and no other line does.
    /// </summary>
    [Fact]
    public void Only_numbers_going_on_their_markers_sequence_open_items()
    {
        var shapes = new Func<int, string>[] { n => $"{n}. Item text", n => $"[{n}] Note text", n => $"({n}) Note text", n => $"*{n} Note text" };
        Gen.Select(Gen.Int[0, 3].Array[1, 30], Gen.Int[0, 4].Array[30], Gen.Int[10, 89].Array[30]).Sample((markers, kinds, strays) =>
        {
            var lines = new List<string>();
            var opens = new List<bool>();
            var next = new int[shapes.Length];
            for (var k = 0; k < markers.Length; k++)
            {
                var marker = markers[k];
                // kinds: 0 a lost number (skip one), 1 a prose line opening with a number far out of sequence, else the next item.
                if (kinds[k] == 0 && next[marker] > 0) next[marker]++;
                if (kinds[k] == 1)
                {
                    // Tens apart: two strays one apart would be a list that starts above 1, which opens items.
                    lines.Add(shapes[marker](10 * strays[k]).Replace("text", "goes on with the sentence", StringComparison.Ordinal));
                    opens.Add(false);
                    continue;
                }
                lines.Add(shapes[marker](++next[marker]));
                opens.Add(true);
            }
            var items = new Epub.Readers.PlainText.ItemStarts(lines, 0, lines.Count);
            Assert.Equal(opens, Enumerable.Range(0, lines.Count).Select(items.Opens));
        }, iter: 300);
    }

    [Fact]
    public void Closing_up_double_spacing_keeps_every_word_in_order_and_is_done_once()
    {
        var prose = Gen.OneOfConst("the", "valley", "water", "rights,", "report.", "Farmers", "wrote", "letters", "—", "1936", "\"quoted\"", "naïve", "(see", "below)");
        var paragraph = Gen.Select(prose.Array[5, 80], Gen.Int[0, 6], (words, indent) => (Words: words, Indent: indent));
        var sample = Gen.Select(paragraph.Array[1, 8], Gen.Int[40, 95], Gen.Int[0, 3], Gen.Bool, (paragraphs, width, gaps, underline) => (paragraphs, width, gaps, underline));
        sample.Sample(s =>
        {
            var lines = new List<string>();
            foreach (var (words, indent) in s.paragraphs)
            {
                var line = new StringBuilder(new string(' ', indent));
                foreach (var word in words)
                {
                    if (line.Length > indent && line.Length + 1 + word.Length > s.width) { lines.Add(line.ToString()); lines.Add(s.underline && lines.Count % 5 == 0 ? "   ----" : ""); line.Clear(); }
                    if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                    line.Append(word);
                }
                lines.Add(line.ToString());
                lines.AddRange(Enumerable.Repeat("", 1 + s.gaps));
            }
            static List<string> Words(IEnumerable<string> text) =>
                text.Where(l => !Epub.Readers.PlainText.Recognition.LineSheet.IsRule(l)).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            var before = Words(lines);
            var count = lines.Count;
            Epub.Readers.PlainText.Layout.LineSpacing.CloseUp(lines, 0, lines.Count);
            Assert.Equal(count, lines.Count);
            Assert.Equal(before, Words(lines));
            Assert.Equal(0, Epub.Readers.PlainText.Layout.LineSpacing.CloseUp(lines, 0, lines.Count));
        }, iter: 300);
    }
    /// <summary>
    /// The readers of formats whose fields are certain (mail, board and digest headers, a
    /// database record's fields, a FAQ's subject lines, a board's prompts and marks) on random
    /// heads made of their pieces, blank lines and rules: they never fail, keep every line's
    /// place, and leave a line only blank or with its own words (a subject stands where its header did).
    /// </summary>
    [Fact]
    public void Header_shaped_heads_are_read_without_failing_and_lines_keep_their_places()
    {
        var piece = Gen.OneOfConst("", "   ", "----------", "Subject: A Title", "Subj: x", "From: Ann Writer", "  To: ALL", "Date: 1 Mar 92",
            "#: 12 S1/General", "Sb: y", "Fm: Ann 71327,1251", "Archive-name: a/b", "TITLE(S):  z", "HEADLINE: h", "BYLINE: By A B, Staff",
            "BODY:", "LENGTH: 9 words", "Today's Topics:", "Example Digest", "...START X", "END X", "-- More --", " * SLMR 2.1a * t",
            "Uploaded to X by Y", "( 5 5 5 )  5 5 5  -  0 1 4 2", "Prose that runs on for a while, as a paragraph of the text does here.");
        piece.Array[0, 30].Sample(pieces =>
        {
            var lines = pieces.ToList();
            var before = lines.ToList();
            var document = new Model.Document();
            Readers.PlainText.PlainTextReader.Prepare(lines, document, new Diagnostics("p"));
            Assert.Equal(before.Count, lines.Count);
            for (var i = 0; i < lines.Count; i++)
                Assert.True(string.IsNullOrWhiteSpace(lines[i]) || before.Any(b => b.Contains(lines[i].Trim(), StringComparison.Ordinal)), $"line {i + 1}: '{lines[i]}'");
        }, iter: 3_000);
    }

    /// <summary>
    /// Signing a text as PGP's cleartext framework does (armour around it, every line that begins
    /// with a dash escaped as "- ") and unwrapping it gives the text back: the armour's lines are
    /// the ones left out, every other line is the text's own again.
    /// </summary>
    [Fact]
    public void A_signed_text_unwrapped_is_the_text_again()
    {
        var line = Gen.OneOfConst("", "Keep what you can.", "- a point", "-- ", "--", "-----", "Hash: not armour", "  indented: yes", "- - twice").Array[0, 12];
        Gen.Select(line, Gen.Bool, (text, hashHeader) => (text, hashHeader)).Sample(sample =>
        {
            var (text, hashHeader) = sample;
            var signed = new List<string> { "-----BEGIN PGP SIGNED MESSAGE-----" };
            if (hashHeader) signed.Add("Hash: SHA1");
            signed.Add("");
            var first = signed.Count;
            signed.AddRange(text.Select(l => l.StartsWith('-') ? "- " + l : l));
            signed.AddRange(["-----BEGIN PGP SIGNATURE-----", "Version: 2.6.2", "", "iQCVAwUBLk3Xq2oYbWF4Y5ZtAQFb", "=Xy7q", "-----END PGP SIGNATURE-----"]);
            var armour = Epub.Readers.PlainText.Layout.SignedText.Unwrap(signed, 0, signed.Count);
            Assert.Equal(text, signed.Skip(first).Take(text.Length));
            Assert.Equal(Enumerable.Range(0, first - 1).Concat(Enumerable.Range(first + text.Length, 6)), armour);
        }, iter: 2_000);
    }

    /// <summary>
    /// Lines encoded quoted-printable as RFC 2045 writes them (octets outside printable ASCII and "="
    /// escaped, a space closing a line escaped, lines longer than 20 broken softly) decode to
    /// themselves, one line each, wherever the soft breaks fell (between an escaped character's octets too).
    /// </summary>
    [Fact]
    public void A_quoted_printable_body_decodes_to_its_lines()
    {
        var line = Gen.OneOfConst("a", "=", " ", "caf\u00E9", "\u20AC", "x=3D", "From", ".", "\t").Array[0, 40].Select(parts => string.Concat(parts));
        line.Array[1, 8].Sample(text =>
        {
            var encoded = new List<string> { "header stays" };
            foreach (var original in text)
            {
                var escaped = new StringBuilder();
                var bytes = Encoding.UTF8.GetBytes(original);
                for (var k = 0; k < bytes.Length; k++)
                {
                    var b = bytes[k];
                    var last = k == bytes.Length - 1;
                    escaped.Append(b is >= 33 and <= 126 and not (byte)'=' || (b is (byte)' ' or (byte)'\t' && !last) ? ((char)b).ToString() : $"={b:X2}");
                }
                // Soft breaks every 20 characters, never inside an escape's three.
                var whole = escaped.ToString();
                var at = 0;
                while (whole.Length - at > 20)
                {
                    var cut = at + 20;
                    while (cut > at && whole[cut - 1] == '=' || cut - 2 > at && whole[cut - 2] == '=') cut--;
                    encoded.Add(whole[at..cut] + "=");
                    at = cut;
                }
                encoded.Add(whole[at..]);
            }
            encoded.Add("after");
            var count = encoded.Count;
            Epub.Readers.PlainText.Layout.QuotedPrintable.Decode(encoded, 1, encoded.Count - 1, Encoding.UTF8);
            // The lines the soft breaks joined leave blank lines at the range's end: the line after it keeps its place.
            Assert.Equal(["header stays", .. text, .. Enumerable.Repeat("", count - 2 - text.Length), "after"], encoded);
        }, iter: 2_000);
    }

    /// <summary>
    /// A header's words encoded as RFC 2047 writes them (Q or B, UTF-8, split over several encoded
    /// words with white space between) decode to themselves; text around them stays.
    /// </summary>
    [Fact]
    public void Encoded_words_decode_to_their_text()
    {
        var piece = Gen.OneOfConst("a", " ", "caf\u00E9", "\u20AC", "_", "=", "?", "Le", "\u00FC").Array[1, 12].Select(parts => string.Concat(parts));
        Gen.Select(piece.Array[1, 4], Gen.Bool, (words, base64) => (words, base64)).Sample(sample =>
        {
            var (words, base64) = sample;
            static string Q(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => b == (byte)' ' ? "_" : b is >= 33 and <= 126 and not ((byte)'=' or (byte)'?' or (byte)'_') ? ((char)b).ToString() : $"={b:X2}"));
            var encoded = string.Join(" ", words.Select(w => base64 ? $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(w))}?=" : $"=?UTF-8?Q?{Q(w)}?="));
            Assert.Equal("Re: " + string.Concat(words) + " (x)", Epub.Readers.PlainText.Layout.EncodedWords.Decode("Re: " + encoded + " (x)"));
        }, iter: 2_000);
    }

    /// <summary>A text with no armour's markers comes out of unwrapping as it went in.</summary>
    [Fact]
    public void A_text_without_a_signature_is_left_as_it_is()
    {
        Gen.OneOfConst("", "Keep what you can.", "- a point", "-----BEGIN PGP SIGNATURE", "-----END PGP SIGNATURE-----", "Hash: SHA1").Array[0, 15].Sample(text =>
        {
            var lines = text.ToList();
            Assert.Empty(Epub.Readers.PlainText.Layout.SignedText.Unwrap(lines, 0, lines.Count));
            Assert.Equal(text, lines);
        }, iter: 2_000);
    }
}
