using CsCheck;
using Epub.Model;
using Epub.Readers.PlainText;
using Epub.Training;

namespace Epub.Tests;

/// <summary>
/// The training tool's variants (a labelled text in another dress): only the dress changes; every
/// word stays, in order, and every label stays on the line that says it.
/// </summary>
public sealed class AugmentationTests
{
    private static readonly Gen<string> Word = Gen.OneOfConst("archive", "the", "method", "of", "question", "reader", "file", "board", "notes", "Second", "PART", "history");

    /// <summary>A labelled text: (heading words, paragraphs of 1–4 lines) per section.</summary>
    private static readonly Gen<LabelledText> Text =
        Gen.Select(Word.Array[1, 6], Gen.Int[1, 4].Array[1, 3], (heading, paragraphs) => (heading, paragraphs)).Array[1, 6].Select(Labelled);

    private static LabelledText Labelled((string[] Heading, int[] Paragraphs)[] sections)
    {
        var lines = new List<string>();
        var labels = new Dictionary<int, string>();
        foreach (var (heading, paragraphs) in sections)
        {
            labels[lines.Count + 1] = "heading";
            lines.Add(string.Join(' ', heading));
            lines.Add("");
            foreach (var length in paragraphs)
            {
                for (var k = 0; k < length; k++) lines.Add($"the reader of line {lines.Count} of the archive joins it to the next one");
                lines.Add("");
            }
        }
        var sheet = PlainTextReader.Sheet(lines, 0, lines.Count, out _, out _);
        return new LabelledText("generated", lines, sheet, labels, new MetadataHints(), 0, lines.Count);
    }

    private static string Words(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [Fact]
    public void A_variant_keeps_every_word_in_order_and_every_label_on_its_line()
    {
        Text.Sample(text =>
        {
            foreach (var dress in Enum.GetValues<Augmentation.Dress>())
            {
                var variant = Augmentation.Dressed(text, dress);
                Assert.Equal(text.Lines.Where(l => l.Trim().Length > 0).Select(Words), variant.Lines.Where(l => l.Trim().Length > 0).Select(Words));
                Assert.Equal(text.Labels.Count, variant.Labels.Count);
                var original = text.Labels.OrderBy(l => l.Key).Select(l => (Words(text.Lines[l.Key - 1]), l.Value));
                var dressed = variant.Labels.OrderBy(l => l.Key).Select(l => (Words(variant.Lines[l.Key - 1]), l.Value));
                Assert.Equal(original, dressed);
                Assert.Equal(variant.Lines.Count, variant.Sheet.Count);
                Assert.InRange(variant.End, variant.Start, variant.Lines.Count);
            }
        }, iter: 200);
    }

    /// <summary>
    /// A plain cut is a short text with no heading: its lines are the source's own, in order, and
    /// none of them is labelled a heading (the cut's whole point is a short text without one).
    /// </summary>
    [Fact]
    public void A_plain_cut_holds_no_heading_and_only_the_sources_lines_in_order()
    {
        Gen.Int[3, 6].Select(Gen.Int[5, 9].Array[4, 6], (sections, paragraphs) => (sections, paragraphs)).Sample(shape =>
        {
            var text = Labelled(Enumerable.Range(0, shape.sections).Select(s => (new[] { "PART", $"N{s}" }, shape.paragraphs)).ToArray());
            foreach (var (variant, _) in Augmentation.Excerpts([text], plainCuts: true).Where(c => c.Variant.Key.EndsWith("#plain", StringComparison.Ordinal)))
            {
                Assert.DoesNotContain("heading", variant.Labels.Values);
                Assert.DoesNotContain(variant.Lines, l => l.StartsWith("PART", StringComparison.Ordinal));
                var source = text.Lines.Where(l => l.Length > 0).ToList();
                var at = 0;
                foreach (var line in variant.Lines.Where(l => l.Length > 0))
                {
                    at = source.IndexOf(line, at) + 1;
                    Assert.True(at > 0, line);
                }
            }
            Assert.Contains(Augmentation.Excerpts([text], plainCuts: true), c => c.Variant.Key.EndsWith("#plain", StringComparison.Ordinal));
        }, iter: 50);
    }

    [Fact]
    public void Run_in_headings_stand_over_indented_paragraphs_with_no_blank_lines()
    {
        Text.Sample(text =>
        {
            var variant = Augmentation.Dressed(text, Augmentation.Dress.RunIn);
            Assert.DoesNotContain(variant.Lines.Skip(variant.Start).Take(variant.End - variant.Start), l => l.Trim().Length == 0);
            // Every paragraph's first line is indented; headings are centred, so indented too.
            for (var i = 1; i < text.Lines.Count; i++)
                if (text.Lines[i - 1].Length == 0 && text.Lines[i].Length > 0)
                    Assert.Contains(variant.Lines, l => l.StartsWith(' ') && Words(l) == Words(text.Lines[i]));
        }, iter: 100);
    }

    /// <summary>A labelled text whose paragraphs hold short sentences among long ones.</summary>
    private static LabelledText WithShortSentences((string[] Heading, int[] Paragraphs)[] sections)
    {
        var text = Labelled(sections);
        var lines = text.Lines.Select((l, i) => l.Length == 0 || text.Labels.ContainsKey(i + 1) ? l : i % 3 == 0 ? $"Nobody came that day. The reader of line {i} of the archive joins it to the next one." : l).ToList();
        return text with { Lines = lines, Sheet = PlainTextReader.Sheet(lines, 0, lines.Count, out _, out _) };
    }

    [Fact]
    public void An_aside_is_a_short_sentence_of_the_paragraph_above_it_set_alone_and_unlabelled()
    {
        var withAsides = 0;
        Gen.Select(Word.Array[1, 6], Gen.Int[2, 4].Array[1, 4], (heading, paragraphs) => (heading, paragraphs)).Array[2, 8].Select(WithShortSentences).Sample(text =>
        {
            var found = Augmentation.Asides([text]);
            if (found.Count == 0) return;
            Interlocked.Increment(ref withAsides);
            var variant = found.Single().Variant;
            Assert.Equal(variant.Lines.Count, variant.Sheet.Count);
            // Every label stays on the line that says it, and no aside takes one.
            var original = text.Labels.OrderBy(l => l.Key).Select(l => (text.Lines[l.Key - 1], l.Value));
            Assert.Equal(original, variant.Labels.OrderBy(l => l.Key).Select(l => (variant.Lines[l.Key - 1], l.Value)));
            // The original lines stay in order; what is new is each aside, a line between blank
            // lines that says a sentence of the paragraph over it.
            var k = 0;
            for (var i = 0; i < variant.Lines.Count; i++)
            {
                if (k < text.Lines.Count && variant.Lines[i] == text.Lines[k]) { k++; continue; }
                var aside = variant.Lines[i];
                Assert.Equal("Nobody came that day.", aside);
                Assert.Equal(("", ""), (variant.Lines[i - 1], variant.Lines[i + 1]));
                var paragraph = variant.Lines.Take(i - 1).Reverse().TakeWhile(l => l.Length > 0).ToList();
                Assert.True(paragraph.Count >= 2 && paragraph.Any(l => l.Contains(aside, StringComparison.Ordinal)), $"line {i + 1}: {aside}");
                i++; // the blank line the aside brought with it
            }
            Assert.Equal(text.Lines.Count, k);
        }, iter: 100);
        // Most such texts offer a short sentence: the property is not held by texts with no aside.
        Assert.True(withAsides >= 50, $"{withAsides} of 100 texts had asides");
    }

    [Fact]
    public void Centred_capitals_and_title_case_dress_only_the_headings()
    {
        var text = Labelled([(["the", "second", "PART", "of", "history"], [2, 1])]);
        var capitals = Augmentation.Dressed(text, Augmentation.Dress.CentredCapitals);
        Assert.Equal("THE SECOND PART OF HISTORY", capitals.Lines[0].Trim());
        Assert.StartsWith("  ", capitals.Lines[0]);
        Assert.Equal("The Second Part of History", Augmentation.Dressed(text, Augmentation.Dress.FlushTitleCase).Lines[0]);
        Assert.Equal(text.Lines.Skip(1), capitals.Lines.Skip(1));
    }
}
