using System.Globalization;
using Epub.Readers.PlainText;
using Epub.Readers.PlainText.Layout;

namespace Epub.Training;

/// <summary>
/// Labelled texts rewritten in another of the conventions archived texts set their headings in,
/// the words and labels unchanged: the same document with its headings in capitals and centred,
/// or run in over indented paragraphs with no blank lines, or in plain title case flush left.
/// A text of the corpus shows the model one convention; its variants teach that a heading is
/// known by where it stands and what follows it, not by the one dress its own texts gave it.
/// Variants are only ever trained on: cross-validation keeps a variant in its source's fold and
/// scores the real texts alone.
/// </summary>
internal static partial class Augmentation
{
    // Numbered headings and headings underlined with a rule were tried as dresses too: the first
    // look's cross-validated F1 fell (0.702 → 0.680), so they are not among them.
    public enum Dress { CentredCapitals, RunIn, FlushTitleCase }

    /// <summary>
    /// How many dresses each text is trained in besides its own. With one, the first look's
    /// cross-validated heading F1 rose (0.679 → 0.702; the archive's texts 0.729 → 0.768,
    /// invented headings 277 → 185), but both looks together fell (0.706 → 0.665 with the second
    /// look trained on the variants too, 0.634 without), and on the validation split the book's
    /// headings went from 67 % to 60 %: so the shipped models are fitted without variants, and
    /// `cv --dresses N` keeps the experiment one command away.
    /// </summary>
    public const int DressesPerText = 0;

    /// <summary>Variants of every text with headings: <paramref name="perText"/> dresses each (taken in turn, so every dress is seen about as often).</summary>
    public static List<(LabelledText Variant, int Source)> Variants(List<LabelledText> texts, int perText = 1)
    {
        var variants = new List<(LabelledText, int)>();
        var dresses = Enum.GetValues<Dress>();
        var turn = 0;
        for (var d = 0; d < texts.Count; d++)
        {
            if (!texts[d].Labels.ContainsValue("heading")) continue;
            for (var k = 0; k < Math.Min(perText, dresses.Length); k++) variants.Add((Dressed(texts[d], dresses[turn++ % dresses.Length]), d));
        }
        return variants;
    }

    /// <summary>
    /// Short texts cut from the long ones, words and labels unchanged: an excerpt (the head, its
    /// title block up to the first heading, at most a dozen text lines, then from a heading in the
    /// middle the text up to the heading after the next one, at most 120 lines) and a digest (the
    /// same head, then four headings from the middle, each with the first paragraph under it, as
    /// a newsletter's briefs or a zine's items stand). The corpus's short texts are mostly postings
    /// without headings, so without these the models learn that a short text's few likely lines are
    /// its title block's, and that a text dense with likely lines is verse or a list; a short essay
    /// with two headings, and a page of briefs, are common enough in an archive. Like the dresses, a
    /// cut text is only trained on and stays in its source's fold; unlike them it is also the second
    /// look's: the prior it corrects is the second look's.
    /// </summary>
    public static List<(LabelledText Variant, int Source)> Excerpts(List<LabelledText> texts, bool? plainCuts = null)
    {
        var cuts = new List<(LabelledText, int)>();
        for (var d = 0; d < texts.Count; d++)
        {
            var text = texts[d];
            var headings = text.Labels.Where(l => l.Value == "heading" && l.Key - 1 >= text.Start && l.Key - 1 < text.End).Select(l => l.Key - 1).Order().ToList();
            // Headings of one line each, in runs of their own (a two-line heading's second line is no new section).
            headings = headings.Where((h, k) => k == 0 || h - headings[k - 1] > 3).ToList();
            if (headings.Count < 3) continue;
            var head = new List<int>();
            var textLines = 0;
            for (var i = text.Start; i < headings[0] && textLines < 12; i++)
            {
                head.Add(i);
                if (!string.IsNullOrWhiteSpace(text.Lines[i])) textLines++;
            }
            if (head.Count > 0 && !string.IsNullOrWhiteSpace(text.Lines[head[^1]])) head.Add(-1); // a blank line between the head and the cut

            var middle = headings.Count / 2;
            var from = headings[middle];
            var to = Math.Min(from + 120, middle + 2 < headings.Count ? headings[middle + 2] : text.End);
            cuts.Add((Cut(text, "excerpt", [.. head, .. Enumerable.Range(from, to - from)]), d));

            var digest = new List<int>(head);
            var first = Math.Max(0, Math.Min(middle - 1, headings.Count - 4));
            foreach (var h in headings.Skip(first).Take(4))
            {
                digest.AddRange(FirstParagraphUnder(text, h));
                digest.Add(-1);
            }
            cuts.Add((Cut(text, "digest", digest), d));

            if (plainCuts ?? PlainCuts)
            {
                // The plain cut: the head over the body of a section, its heading left out, so no
                // line of it is a heading. Every excerpt and digest holds headings, so without these
                // the second look learns that a short text always has one: in a text whose lines
                // all look unlikely it lifts the likeliest of them, a one-line paragraph or a date.
                var section = headings[middle];
                var body = section;
                while (body < text.End && !string.IsNullOrWhiteSpace(text.Lines[body])) body++;
                var next = headings.FirstOrDefault(h => h > section, text.End);
                var stop = Math.Min(body + 120, next - 1);
                if (stop - body >= 20) cuts.Add((Cut(text, "plain", [.. head, .. Enumerable.Range(body, stop - body)]), d));
            }

            if (Leads && TitleBlock(text, headings[0]) is { Count: > 0 } titleBlock)
            {
                // The lead: the title block alone over a section from the middle, its heading first.
                var section = headings[middle + 1 < headings.Count ? middle + 1 : middle];
                var end = Math.Min(section + 120, headings.FirstOrDefault(h => h > section, text.End));
                cuts.Add((Cut(text, "lead", [.. titleBlock, -1, .. Enumerable.Range(section, end - section)]), d));
            }
        }
        return cuts;
    }

    /// <summary>How many of a text's own short sentences its asides variant sets alone.</summary>
    private const int AsidesPerText = 4;

    /// <summary>The most words an aside has: a one-line paragraph, not a sentence wrapped over lines.</summary>
    private const int LongestAside = 9;

    /// <summary>
    /// The text with a few of its own short sentences set alone between its paragraphs, labelled
    /// body: a one-line paragraph ("Why?", "Nobody answered.", "Motion carried.") is common in
    /// essays, postings and fiction, and stands where a heading does (alone between blank lines,
    /// short, over prose). The corpus's texts hold few of them and many headings, so without these
    /// the models learn that any short line alone over prose names a section. The words are the
    /// text's own: a sentence of its prose, in its case, at its paragraphs' indent. Like the cut
    /// texts, the variant stays in its source's fold and both looks learn from it.
    /// Measured and not in the shipped regimen (`train --asides` keeps the experiment): 88 texts
    /// gave asides; both looks cross-validated, the archive's texts rose (F1 0.780 → 0.791, 493 →
    /// 496 of 658 headings found, invented 113 → 100) and the synthetic heading probes invented
    /// fewer (134 → 118 lines), but Project Gutenberg's fell (0.690 → 0.677) and on the validation
    /// split the texts' invented headings rose (31 → 43, found 120 → 119 of 148): what the corpus
    /// gained did not carry to texts it has never met.
    /// </summary>
    public static List<(LabelledText Variant, int Source)> Asides(List<LabelledText> texts)
    {
        var variants = new List<(LabelledText, int)>();
        for (var d = 0; d < texts.Count; d++)
        {
            var text = texts[d];
            var paragraphs = BodyParagraphs(text).ToList();
            var asides = new SortedDictionary<int, string>();
            // Spread through the text: from evenly spaced paragraphs, each the first on from there that has a short sentence.
            for (var k = 1; k <= AsidesPerText; k++)
            {
                for (var p = paragraphs.Count * k / (AsidesPerText + 1); p < paragraphs.Count * (k + 1) / (AsidesPerText + 1); p++)
                {
                    var (from, to) = paragraphs[p];
                    if (ShortestSentence(text.Lines, from, to) is not string sentence) continue;
                    asides[to] = text.Lines[from][..LineLayout.LeadingSpaces(text.Lines[from])] + sentence;
                    break;
                }
            }
            if (asides.Count == 0) continue;
            var lines = new List<string>(text.Lines.Count + 2 * asides.Count);
            var labels = new Dictionary<int, string>();
            var (newStart, newEnd) = (text.Start, text.End);
            for (var i = 0; i < text.Lines.Count; i++)
            {
                if (i == text.Start) newStart = lines.Count;
                if (i == text.End) newEnd = lines.Count;
                // Before the blank line that closes the paragraph: a blank line, then the aside.
                if (asides.TryGetValue(i, out var aside)) lines.AddRange(["", aside]);
                if (text.Labels.TryGetValue(i + 1, out var label)) labels[lines.Count + 1] = label;
                lines.Add(text.Lines[i]);
            }
            if (text.End >= text.Lines.Count) newEnd = lines.Count;
            var sheet = PlainTextReader.Sheet(lines, newStart, newEnd, out _, out _);
            variants.Add((new LabelledText($"{text.Key}#asides", lines, sheet, labels, text.Hints, newStart, newEnd), d));
        }
        return variants;
    }

    /// <summary>The text's paragraphs of prose: runs of two lines or more, none labelled, each closed by a blank line, after the text's first two runs (its title block).</summary>
    private static IEnumerable<(int From, int To)> BodyParagraphs(LabelledText text)
    {
        var runs = 0;
        for (var i = text.Start; i < text.End;)
        {
            if (string.IsNullOrWhiteSpace(text.Lines[i])) { i++; continue; }
            var from = i;
            var labelled = false;
            while (i < text.End && !string.IsNullOrWhiteSpace(text.Lines[i])) labelled |= text.Labels.ContainsKey(++i);
            if (runs++ >= 2 && !labelled && i - from >= 2 && i < text.End) yield return (from, i);
        }
    }

    /// <summary>The paragraph's shortest whole sentence of two to <see cref="LongestAside"/> words (one word if it asks or exclaims), opening with a capital; null when it has none.</summary>
    private static string? ShortestSentence(List<string> lines, int from, int to)
    {
        var joined = string.Join(' ', lines.Skip(from).Take(to - from).Select(l => l.Trim()));
        string? best = null;
        foreach (System.Text.RegularExpressions.Match m in SentencePattern().Matches(joined))
        {
            var sentence = m.Value;
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Words of prose: no figures, brackets or one-letter abbreviations ("n.", "v.t.") a dictionary's or a letter's lines are made of.
            var full = words.Count(w => (w.Count(char.IsLetter) >= 2 && !w.Contains('.', StringComparison.Ordinal)) || (w.EndsWith('.') && w.Count(char.IsLetter) >= 3));
            if (words.Length > LongestAside || full < words.Length || (words.Length < 2 && sentence[^1] == '.') || sentence.Any(c => char.IsDigit(c) || c is '[' or ']' or '(' or ')')) continue;
            // A whole sentence: no quotation's part, not cut after an abbreviation ("St. Louis", "Nov. 3") nor ending on one ("The Rev.").
            if (sentence.Contains('"') || (m.Index + m.Length < joined.Length && joined[m.Index + m.Length] is '"' or '\'' or ')' or ']')) continue;
            if (Abbreviation(words[^1]) || Abbreviation(LastWordBefore(joined, m.Index))) continue;
            // In its text's case: a line of capitals in a paragraph of small letters is a shout, which may be set as a heading.
            if (Markers.IsCapitals(sentence) && !Markers.IsCapitals(joined)) continue;
            if (best is null || sentence.Length < best.Length) best = sentence;
        }
        return best;
    }

    /// <summary>A capital's abbreviation with its stop: an initial ("J."), a title or a month ("Mr.", "Rev.", "Nov.").</summary>
    private static bool Abbreviation(string word) => word.Length is >= 2 and <= 5 && word[^1] == '.' && char.IsUpper(word[0]) && word[1..^1].All(char.IsLower);

    private static string LastWordBefore(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        var space = before.LastIndexOf(' ');
        return before[(space + 1)..].ToString();
    }

    // A sentence: after the paragraph's start or another sentence's end, a capital, then no stop up to its own.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[.?!][""')\]]?\s)[A-Z][^.?!]{0,80}[.?!](?=[""')\]]?(?:\s|$))")]
    private static partial System.Text.RegularExpressions.Regex SentencePattern();

    /// <summary>
    /// Whether the cut texts include a lead (`train --leads`): the text's title block and nothing
    /// else of its head, straight over a section from the middle. A posting's first heading often
    /// stands right under its title and byline ("INTRODUCTION" under the author's name), and a text
    /// gives one such line at most. Measured and not in the shipped regimen (2026-12-06, both looks
    /// cross-validated, against `train` on the same code): the first headings of the archive's texts
    /// were found no more often (29 of 46 against 30), the archive's texts F1 0.784 against 0.787,
    /// Project Gutenberg's 0.733 against 0.702; on the validation split 127 of 148 headings with 51
    /// invented, against 128 with 57 (and the shipped models' 120 with 31).
    /// </summary>
    public static bool Leads { get; set; }

    /// <summary>Whether each text with headings gives a plain cut too (an experiment: `train --plain-cuts`).</summary>
    public static bool PlainCuts { get; set; }

    /// <summary>The head's title block: its lines from the text's start to its last title or byline line before the first heading, with the blank lines among them (empty when the head labels none).</summary>
    private static List<int> TitleBlock(LabelledText text, int firstHeading)
    {
        var last = -1;
        for (var i = text.Start; i < firstHeading; i++)
            if (text.Labels.GetValueOrDefault(i + 1) is "title" or "byline") last = i;
        return last < 0 ? [] : Enumerable.Range(text.Start, last + 1 - text.Start).ToList();
    }

    /// <summary>Whether a document is a cut text (an excerpt, a digest or a lead), which the second look trains on too.</summary>
    public static bool IsCut(string key) => key.EndsWith("#excerpt", StringComparison.Ordinal) || key.EndsWith("#lead", StringComparison.Ordinal) || key.EndsWith("#plain", StringComparison.Ordinal) || IsDigest(key);

    /// <summary>Whether a document is a text with asides set alone (<see cref="Asides"/>), which the second look trains on too.</summary>
    public static bool IsAsides(string key) => key.EndsWith("#asides", StringComparison.Ordinal);

    /// <summary>
    /// Whether a document is a digest: the second look's alone. Its paragraphs are cut at eight
    /// lines and its sections close together, which says nothing true of a line's own shape; fitted
    /// on, the first look took a date alone between paragraphs for a heading.
    /// </summary>
    public static bool IsDigest(string key) => key.EndsWith("#digest", StringComparison.Ordinal);

    /// <summary>A heading's lines (a title under its label, an underline) and the first paragraph under it: to the first blank line after some text, at most eight text lines.</summary>
    private static IEnumerable<int> FirstParagraphUnder(LabelledText text, int heading)
    {
        var i = heading;
        do
        {
            while (i < text.End && !string.IsNullOrWhiteSpace(text.Lines[i])) yield return i++;
            while (i < text.End && string.IsNullOrWhiteSpace(text.Lines[i])) yield return i++;
        } while (i < text.End && text.Labels.GetValueOrDefault(i + 1) == "heading");
        var lines = 0;
        while (i < text.End && !string.IsNullOrWhiteSpace(text.Lines[i]) && lines++ < 8) yield return i++;
    }

    private static LabelledText Cut(LabelledText text, string kind, List<int> keep)
    {
        var lines = new List<string>(keep.Count);
        var labels = new Dictionary<int, string>();
        foreach (var i in keep)
        {
            if (i >= 0 && text.Labels.TryGetValue(i + 1, out var label)) labels[lines.Count + 1] = label;
            lines.Add(i >= 0 ? text.Lines[i] : "");
        }
        var sheet = PlainTextReader.Sheet(lines, 0, lines.Count, out _, out _);
        return new LabelledText($"{text.Key}#{kind}", lines, sheet, labels, text.Hints, 0, lines.Count);
    }

    public static LabelledText Dressed(LabelledText text, Dress dress)
    {
        var (start, end) = (text.Start, text.End);
        var (newStart, newEnd) = (start, end);
        bool IsHeading(int i) => text.Labels.GetValueOrDefault(i + 1) == "heading";
        bool IsBlank(int i) => i >= start && i < end && string.IsNullOrWhiteSpace(text.Lines[i]);
        var width = Width(text.Lines, start, end);
        var lines = new List<string>(text.Lines.Count);
        var labels = new Dictionary<int, string>();
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            var inside = i >= start && i < end;
            if (inside && dress == Dress.RunIn && IsBlank(i))
            {
                // The blank lines go: a heading stands straight over its text, a paragraph is known by its indent.
                continue;
            }
            if (inside && IsHeading(i))
                line = dress switch
                {
                    Dress.CentredCapitals => Centred(line.Trim().ToUpper(CultureInfo.InvariantCulture), width),
                    Dress.RunIn => Centred(line.Trim(), width),
                    _ => TitleCase(line.Trim()),
                };
            else if (inside && dress == Dress.RunIn && i > start && IsBlank(i - 1) && line.Length > 0 && !char.IsWhiteSpace(line[0]))
                line = "     " + line;
            if (text.Labels.TryGetValue(i + 1, out var label)) labels[lines.Count + 1] = label;
            if (i == start) newStart = lines.Count;
            if (i == end) newEnd = lines.Count;
            lines.Add(line);
        }
        if (end >= text.Lines.Count) newEnd = lines.Count;
        var sheet = PlainTextReader.Sheet(lines, newStart, newEnd, out _, out _);
        return new LabelledText($"{text.Key}#{dress}", lines, sheet, labels, text.Hints, newStart, newEnd);
    }

    /// <summary>The text's measure: the length most of its long lines reach (the 90th percentile of line lengths).</summary>
    private static int Width(List<string> lines, int start, int end)
    {
        var lengths = lines.Skip(start).Take(end - start).Where(l => l.Trim().Length > 0).Select(l => l.TrimEnd().Length).Order().ToList();
        return lengths.Count == 0 ? 72 : Math.Max(40, lengths[lengths.Count * 9 / 10]);
    }

    private static string Centred(string text, int width) => new string(' ', Math.Max(0, (width - text.Length) / 2)) + text;

    private static readonly HashSet<string> SmallWords = ["a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "by", "at", "with", "from", "as"];

    /// <summary>As a heading in title case: every word's first letter a capital and the rest small (words of capitals included), the small words small but the first.</summary>
    private static string TitleCase(string text)
    {
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var lower = words[w].ToLowerInvariant();
            words[w] = w > 0 && SmallWords.Contains(lower) ? lower : lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
        }
        return string.Join(' ', words);
    }
}
