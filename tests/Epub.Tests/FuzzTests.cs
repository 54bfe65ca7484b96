using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// Damaged copies of real documents (bytes flipped, cut short, lines repeated or lost, note
/// markers, tags, NULs and DOS end-of-file marks dropped in) through the whole converter: a copy
/// may be refused, with its reason, but nothing may fail inside the converter. Seeded, so a
/// failure is the same failure on every run and every machine.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The seed and the number of damaged copies; EPUB_FUZZ=SEED:COUNT runs a longer search by hand.</summary>
    private static readonly (int Seed, int Mutations) Run =
        Environment.GetEnvironmentVariable("EPUB_FUZZ")?.Split(':') is [var seed, var count] ? (int.Parse(seed), int.Parse(count)) : (17, 300);

    /// <summary>The suite's own documents, and a few small ones of the shared corpus when it is there (the suite does not need it).</summary>
    private static List<(string Name, byte[] Bytes)> Originals()
    {
        var corpus = Path.Combine(Repository.Root, "tests", "Epub.Tests", "Corpus");
        var files = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        files.Add(Repository.BundledInput);
        var shared = Path.Combine(Repository.Root, "..", "shared", "corpus");
        foreach (var (part, count) in new[] { ("text", 6), ("html", 1), ("pg", 1) })
        {
            var folder = Path.Combine(shared, part);
            if (!Directory.Exists(folder)) continue;
            // The smallest, so that the run stays short; ties in name order, so the choice is the same everywhere.
            files.AddRange(Directory.GetFiles(folder).Select(f => new FileInfo(f)).Where(f => f.Length < 120_000)
                .OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).Take(count).Select(f => f.FullName));
        }
        return files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).Where(f => f.Item2.Length > 0).ToList();
    }

    /// <summary>Stands for "é" as its Windows-1252 byte (the others go in as UTF-8): a text of mixed encodings.</summary>
    private const string Windows1252E = "\\xE9";

    /// <summary>What is dropped in: note markers, tags, NULs, ^Z, and the shapes the readers look for (notes, headings, rules, links, page breaks).</summary>
    private static readonly string[] Insertions =
    [
        "[12]", "*3", "(312)", "<b>", "\0", "\u001A", "[1]", "(1)", "\r", "</b>", "<p>", "&#0;", "1. ", "\n1. ", "\nNotes\n", "\n\nCHAPTER I\n\n",
        "\f", "\n-----\n", "[Footnote 1: ", "]", "<sup>1</sup>", "<a href=\"#n1\">1</a>", "<a name=\"n1\" id=\"n1\"></a>", "<h2>", "</h2>",
        "<pre>", "<table><tr><td>", "<div>", "<img src=\"x.png\" alt=\"\">", Windows1252E, "\u00e9", "\uFEFF", "&#xD800;", "&", "<!--", "<![CDATA[",
        "\n\n", "    ", "*", "_", "\"", "'", " -- ", "...", "p. 12", "http://",
        "\u0A67", "(\u0A68) a", "19\u0A67\u0A67", "[\u0663]", // digits of other scripts, which .NET's \\d and char.IsDigit take and int.Parse does not
    ];

    /// <summary>One random damage to the bytes, and what it was (for the failure message).</summary>
    private static (byte[] Bytes, string What) Mutate(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        switch (random.Next(7))
        {
            case 0:
            {
                var flips = random.Next(1, 20);
                for (var i = 0; i < flips && list.Count > 0; i++) list[random.Next(list.Count)] ^= (byte)random.Next(1, 256);
                return ([.. list], $"{flips} bytes flipped");
            }
            case 1:
            {
                var at = random.Next(list.Count + 1);
                return ([.. list.Take(at)], $"cut at byte {at}");
            }
            case 2 or 3:
            {
                var lines = Lines(bytes);
                if (lines.Count == 0) return (bytes, "unchanged");
                var at = random.Next(lines.Count);
                if (random.Next(2) == 0)
                {
                    var times = random.Next(1, 40);
                    for (var i = 0; i < times; i++) lines.Insert(at, lines[at]);
                    return (Join(lines), $"line {at + 1} repeated {times} times");
                }
                var removed = random.Next(1, Math.Min(20, lines.Count - at) + 1);
                lines.RemoveRange(at, removed);
                return (Join(lines), $"{removed} lines removed at line {at + 1}");
            }
            default:
            {
                var insertion = Insertions[random.Next(Insertions.Length)];
                var times = random.Next(1, 200);
                var run = random.Next(2) == 0;
                var insertionBytes = insertion == Windows1252E ? [0xE9] : Encoding.UTF8.GetBytes(insertion);
                if (run)
                {
                    var at = random.Next(list.Count + 1);
                    list.InsertRange(at, Enumerable.Repeat(insertionBytes, times).SelectMany(b => b));
                    return ([.. list], $"a run of {times} '{Escape(insertion)}' at byte {at}");
                }
                for (var i = 0; i < times; i++) list.InsertRange(random.Next(list.Count + 1), insertionBytes);
                return ([.. list], $"{times} '{Escape(insertion)}' scattered");
            }
        }
    }

    private static string Escape(string text) => text.Replace("\0", "\\0").Replace("\u001A", "^Z").Replace("\r", "\\r");

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            lines.Add(bytes[start..i]);
            start = i + 1;
        }
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany((line, i) => i == 0 ? line : [(byte)'\n', .. line])];

    [Fact]
    public void Damaged_documents_are_converted_or_refused_never_failed()
    {
        var originals = Originals();
        var (seed, mutations) = Run;
        var random = new Random(seed);
        var failures = new List<string>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < mutations; i++)
        {
            var (name, bytes) = originals[random.Next(originals.Count)];
            var what = new List<string>();
            var damages = random.Next(1, 4);
            for (var d = 0; d < damages; d++)
            {
                (bytes, var description) = Mutate(bytes, random);
                what.Add(description);
            }
            try { Pipeline.Default.Convert(bytes, name, new ConvertOptions(), new Diagnostics(name), out _); }
            catch (InputException) { refused++; }
            catch (Exception e)
            {
                // EPUB_FUZZ_DUMP=FOLDER keeps the failing copies, to be converted again by hand.
                if (Environment.GetEnvironmentVariable("EPUB_FUZZ_DUMP") is string dump) File.WriteAllBytes(Path.Combine(dump, $"{i}-{name}"), bytes);
                failures.Add($"#{i} {name} ({string.Join("; ", what)}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
        output.WriteLine($"{mutations} damaged copies of {originals.Count} documents (seed {seed}): {refused} refused, {failures.Count} failed, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, $"{failures.Count} of {mutations} damaged documents (seed {seed}) failed inside the converter:\n" + string.Join("\n\n", failures));
        Assert.True(refused < mutations / 2, $"{refused} of {mutations} damaged documents were refused: the damage is too heavy to test the converter");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(mutations / 5.0), $"the damaged documents took {clock.Elapsed.TotalSeconds:F0} s");
    }

    // ---- What the damaged copies found, each as the smallest input that showed it ----------------

    private const string Prose = "The paragraph is prose, long enough to be read as prose and not as a heading of any kind at all.";

    private static Diagnostics Converts(string text, string name)
    {
        var diagnostics = new Diagnostics(name);
        Pipeline.Default.Convert(Encoding.UTF8.GetBytes(text), name, new ConvertOptions(), diagnostics, out _);
        return diagnostics;
    }

    /// <summary>Removing "&amp;#0;" from "&amp;#&amp;#0;0;" leaves "&amp;#0;" again, which the HTML decoder made a NUL.</summary>
    [Fact]
    public void A_forbidden_character_reference_formed_by_removing_another_is_removed_too()
    {
        var diagnostics = Converts($"<html><head><title>Refs</title></head><body><h1>Refs</h1><p>{Prose} &#&#0;0; and &&#0;#0; and &#x&#7;7;</p></body></html>", "refs.html");
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCode.ControlCharacters);
    }

    /// <summary>.NET's \d and char.IsDigit take every script's digits, int.Parse only ASCII ones.</summary>
    [Fact]
    public void Digits_of_other_scripts_are_text_not_numbers()
    {
        Assert.Null(Dates.Parse("19\u0A67\u0A67"));
        Assert.Null(Dates.Parse("March \u0A67, 1994"));
        Converts($"A Title\n\n\u0A67. {Prose}\n\nThere are (\u0A68) a few, (\u0A69) and more [\u0663] of them.\n\n\u0A67\u0A68 {Prose}\n", "digits.txt");
        Converts($"From: someone@example.com\nDate: \u0A67\u0A68 Nov \u0A6F\u0A68\n\nA Title\n\n{Prose}\n", "mail.txt");
    }

    /// <summary>A bare superscript number in a note's own text, or in a heading, that cites no note stays a superscript.</summary>
    [Fact]
    public void A_superscript_citing_no_note_inside_a_note_or_a_heading_stays_a_superscript()
    {
        Converts($"<html><head><title>Sup</title></head><body><h1>Sup</h1><p>{Prose}<sup>1</sup></p><p>{Prose}<sup>2</sup></p>" +
                 "<ol><li>The first note, which cites another<sup>7</sup>.</li><li>The second note.</li></ol></body></html>", "in-note.html");
        Converts($"<html><head><title>Sup</title></head><body><h1>Sup</h1><h2>A heading<sup>3</sup></h2><p>{Prose}</p><h2>Another</h2><p>{Prose}</p></body></html>", "in-heading.html");
    }

    /// <summary>White space is kept in a &lt;pre&gt;, and a form feed is white space to HTML but no character XML can hold.</summary>
    [Fact]
    public void A_form_feed_in_a_preformatted_block_ends_its_line()
    {
        Converts($"<html><head><title>Pre</title></head><body><h1>Pre</h1><p>{Prose}</p><pre>page one\fpage two</pre></body></html>", "pre.html");
    }

    /// <summary>A form feed inside a mail header's sender reached the title page as the author's name.</summary>
    [Fact]
    public void A_form_feed_in_a_value_that_becomes_metadata_is_a_space()
    {
        var text = $"From: ann\fwriter@example.com (Ann\fWriter)\nSubject: A\fTitle\nDate: 12 Nov 92\n\n{Prose}\n\n{Prose}\n";
        var diagnostics = new Diagnostics("mail.txt");
        Pipeline.Default.Convert(Encoding.UTF8.GetBytes(text), "mail.txt", new ConvertOptions(), diagnostics, out var document);
        Assert.Equal("Ann Writer", document.Metadata.Author);
    }
}
