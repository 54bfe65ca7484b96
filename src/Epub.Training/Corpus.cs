using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Epub.Model;
using Epub.Readers.PlainText;
using Epub.Readers.PlainText.Recognition;

namespace Epub.Training;

/// <summary>One labelled text: its prepared lines, its sheet and each line's label (1-based line → label; unlisted text lines are body).</summary>
internal sealed record LabelledText(string Key, List<string> Lines, LineSheet Sheet, Dictionary<int, string> Labels, MetadataHints Hints, int Start = 0, int End = 0)
{
    /// <summary>The page's layout and whether it is hard-wrapped, as the reader measured them (what the preformatted features read).</summary>
    public Epub.Readers.PlainText.Layout.LineLayout? Layout { get; init; }

    public bool HardWrapped { get; init; }
}

/// <summary>
/// The corpus as the training tool reads it: each plain text prepared exactly as the converter
/// prepares it (same decoding, wrappers, debris), so that line numbers and features match.
/// </summary>
internal static partial class Corpus
{
    /// <summary>The corpus's folder of archived texts (the other, "pg/", holds Project Gutenberg's books).</summary>
    public const string ArchivePart = "text/";

    /// <summary>The plain texts the answers cover (the texts and the Project Gutenberg texts), in name order.</summary>
    public static List<string> TextKeys(string corpus)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "expected.json")));
        return expected.RootElement.EnumerateObject().Select(p => p.Name).Where(k => k.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether a name is the author the answers give, as the scorer matches them: one of the
    /// answer's surnames (before any "(" or ";", names split at commas and "and") among the name's words.
    /// </summary>
    public static bool SameAuthor(string name, string want)
    {
        var first = want.Split(';', '(')[0];
        var have = Words(name).ToHashSet(StringComparer.Ordinal);
        foreach (var part in Regex.Split(first, ",| and | & "))
            if (Words(part).LastOrDefault() is string surname && have.Contains(surname)) return true;
        return false;
    }

    /// <summary>Whether a reading is the title the answers give, as the scorer matches them: most of its words, and not many more.</summary>
    public static bool SameTitle(string reading, string want)
    {
        var wanted = Words(want).ToHashSet();
        var found = Words(reading);
        return wanted.Count > 0 && wanted.Intersect(found).Count() >= 0.6 * wanted.Count && found.Count <= 2 * wanted.Count + 4;
    }

    /// <summary>How many of the answer's title words a reading holds.</summary>
    public static double TitleCoverage(string reading, string want)
    {
        var wanted = Words(want).ToHashSet();
        return wanted.Count == 0 ? 0 : (double)wanted.Intersect(Words(reading)).Count() / wanted.Count;
    }

    public static (List<string> Lines, int Start, int End, MetadataHints Hints) Prepare(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var diagnostics = new Diagnostics(path);
        var source = Pipeline.Open(bytes, new ConvertOptions());
        var lines = source.TakeLines(diagnostics);
        var document = new Document();
        var (start, end) = PlainTextReader.Prepare(lines, document, diagnostics);
        return (lines, start, end, document.Metadata.Hints);
    }

    public static LabelledText Load(string corpus, string labelsFolder, string key)
    {
        var (lines, start, end, hints) = Prepare(Path.Combine(corpus, key));
        var sheet = PlainTextReader.Sheet(lines, start, end, out var wrapWidth, out var layout);
        var labels = new Dictionary<int, string>();
        var file = Path.Combine(labelsFolder, key + ".tsv");
        if (File.Exists(file))
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                labels[int.Parse(fields[0], CultureInfo.InvariantCulture)] = fields[1];
            }
        return new LabelledText(key, lines, sheet, labels, hints, start, end) { Layout = layout, HardWrapped = wrapWidth is not null };
    }

    // ---- Deriving labels from the answers ----

    /// <summary>
    /// Aligns one text's answers to its lines: each expected heading to the line (or two to four
    /// lines of one run) that says it, in order, preferring a line standing on its own over an
    /// entry of a contents list; the title to the lines near the head that hold its words; the
    /// author's name to a short line near the head; debris strings to the lines that hold them.
    /// </summary>
    public static (Dictionary<int, string> Labels, List<string> Unmatched) Derive(string corpus, string key, JsonElement answer)
    {
        var (lines, start, end, _) = Prepare(Path.Combine(corpus, key));
        var labels = new Dictionary<int, string>();
        var unmatched = new List<string>();
        var text = Enumerable.Range(0, lines.Count).Where(i => i >= start && i < end && !string.IsNullOrWhiteSpace(lines[i]) && !LineSheet.IsRule(lines[i])).ToList();
        var position = new Dictionary<int, int>();
        for (var k = 0; k < text.Count; k++) position[text[k]] = k;

        // Debris first: the weakest label, overwritten by any other.
        if (answer.TryGetProperty("absent", out var absent))
            foreach (var debris in absent.EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length >= 3))
                foreach (var i in text.Where(i => lines[i].Contains(debris, StringComparison.OrdinalIgnoreCase))) labels[i + 1] = "debris";

        var head = text.Take(40).ToList();
        if (answer.TryGetProperty("title", out var title) && title.GetString() is string titleText) LabelTitle(lines, head, titleText, labels);
        if (answer.TryGetProperty("author", out var author) && author.GetString() is string authorText) LabelByline(lines, text, authorText, labels);

        if (answer.TryGetProperty("headings", out var headings))
        {
            var wanted = headings.EnumerateArray().Select(h => h.GetString() ?? "").ToList();
            var spans = AlignHeadings(lines, text, wanted, unmatched);
            foreach (var span in spans)
                foreach (var i in span) labels[i + 1] = "heading";
        }
        return (labels, unmatched);
    }

    private static void LabelTitle(List<string> lines, List<int> head, string title, Dictionary<int, string> labels)
    {
        var want = Words(title).ToHashSet();
        if (want.Count == 0) return;
        (double Score, int From, int Length) best = (0, -1, 0);
        for (var from = 0; from < head.Count; from++)
            for (var length = 1; length <= 4 && from + length <= head.Count; length++)
            {
                // A title's lines follow one another (blank lines between them allowed, at most two).
                if (length > 1 && head[from + length - 1] - head[from + length - 2] > 3) break;
                var found = Enumerable.Range(from, length).SelectMany(k => Words(lines[head[k]])).ToList();
                if (found.Count == 0) continue;
                var shared = found.Count(want.Contains);
                var recall = (double)want.Count(found.Contains) / want.Count;
                var precision = (double)shared / found.Count;
                var score = recall * precision - 0.001 * from;
                if (recall >= 0.5 && precision >= 0.6 && score > best.Score) best = (score, from, length);
            }
        for (var k = best.From; k >= 0 && k < best.From + best.Length; k++) labels[head[k] + 1] = "title";
    }

    private static void LabelByline(List<string> lines, List<int> text, string author, Dictionary<int, string> labels)
    {
        var first = Regex.Split(author, @";|\(")[0];
        var surnames = Regex.Split(first, ",| and | & ").Select(n => Words(n)).Where(w => w.Count > 0).Select(w => w[^1]).ToHashSet();
        if (surnames.Count == 0) return;
        // At the head (a byline under the title) and at the end (a signature block): a short line
        // that is mostly the name, once credit words, copyright marks and dates are set aside.
        foreach (var i in text.Take(40).Concat(text.TakeLast(20)))
        {
            var line = lines[i].Trim();
            if (line.Length > 80 || labels.ContainsKey(i + 1)) continue;
            var words = Words(line);
            var rest = words.Where(w => !CreditWords.Contains(w) && !char.IsDigit(w[0])).ToList();
            if (rest.Count is > 0 and <= 6 && words.Any(surnames.Contains)) labels[i + 1] = "byline";
        }
    }

    private static readonly HashSet<string> CreditWords =
        ["by", "written", "edited", "compiled", "translated", "posted", "from", "copyright", "c", "all", "rights", "reserved", "author",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// Expected headings to spans of lines, in order: a longest-common-subsequence alignment that
    /// matches as many headings as it can and, among equal counts, prefers lines set apart (a
    /// blank line or rule above) to lines packed among other matches (a contents list).
    /// </summary>
    private static List<List<int>> AlignHeadings(List<string> lines, List<int> text, List<string> wanted, List<string> unmatched)
    {
        // Every span that says a wanted heading.
        var candidates = new List<(int Heading, List<int> Span, double Quality)>();
        for (var k = 0; k < text.Count; k++)
        {
            for (var length = 1; length <= 4 && k + length <= text.Count; length++)
            {
                var span = text.GetRange(k, length);
                if (length > 1 && span[^1] - span[^2] > 2) break; // one run of lines, or lines a blank line apart ("BOOK I" / "TITLE")
                var said = Norm(string.Join(' ', span.Select(i => lines[i].Trim())));
                if (said.Length > 250) break;
                for (var h = 0; h < wanted.Count; h++)
                {
                    var want = Norm(wanted[h]);
                    if (want.Length == 0 || !HeadMatch(said, want) || said.Length > want.Length + 15) continue;
                    // Saying the heading whole, its label too, beats saying it without the label: a
                    // bare label over the title ("CHAPTER I" / "OUR RICHES") is part of the heading.
                    var whole = said == want ? 2 : Unnumbered(said) == Unnumbered(want) ? 1.5 : 1;
                    var apart = span[0] == 0 || string.IsNullOrWhiteSpace(lines[span[0] - 1]) || LineSheet.IsRule(lines[span[0] - 1]);
                    candidates.Add((h, span, whole + (apart ? 1 : 0) - 0.1 * (length - 1)));
                }
            }
        }
        // Packed among matches of other headings: an entry of a contents list.
        var starts = candidates.Select(c => c.Span[0]).ToHashSet();
        for (var c = 0; c < candidates.Count; c++)
        {
            var (h, span, quality) = candidates[c];
            var neighbours = candidates.Count(o => o.Heading != h && Math.Abs(o.Span[0] - span[0]) <= 2 && o.Span[0] != span[0]);
            if (neighbours >= 1) candidates[c] = (h, span, quality - 1.5);
        }
        candidates = candidates.OrderBy(c => c.Span[0]).ThenBy(c => c.Heading).ToList();

        // Weighted LCS over (wanted headings in order) × (candidates in line order).
        var n = wanted.Count;
        var m = candidates.Count;
        var score = new double[n + 1, m + 1];
        for (var h = 1; h <= n; h++)
            for (var c = 1; c <= m; c++)
            {
                var best = Math.Max(score[h - 1, c], score[h, c - 1]);
                if (candidates[c - 1].Heading == h - 1) best = Math.Max(best, score[h - 1, c - 1] + 10 + candidates[c - 1].Quality);
                score[h, c] = best;
            }
        var chosen = new List<List<int>>();
        var found = new bool[n];
        for (int h = n, c = m; h > 0 && c > 0;)
        {
            if (score[h, c] == score[h - 1, c]) h--;
            else if (score[h, c] == score[h, c - 1]) c--;
            else { chosen.Add(candidates[c - 1].Span); found[h - 1] = true; h--; c--; }
        }
        for (var h = 0; h < n; h++)
            if (!found[h]) unmatched.Add(wanted[h]);
        chosen.Reverse();
        return chosen;
    }

    // The scorer's comparison of headings: folded, letters and digits only, numbers optional.
    public static string Norm(string s)
    {
        var folded = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormKD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        return NotWord().Replace(folded.ToString(), " ").Trim();
    }

    private static string Unnumbered(string s) => Numbering().Replace(s, "");

    private static bool HeadMatch(string found, string want)
    {
        foreach (var (x, h) in new[] { (found, want), (Unnumbered(found), Unnumbered(want)) })
            if (h.Length > 0 && (x == h || (h.Length > 12 && (x.StartsWith(h, StringComparison.Ordinal) || (h.StartsWith(x, StringComparison.Ordinal) && x.Length > 12)))))
                return true;
        return false;
    }

    private static List<string> Words(string s) => Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 || char.IsDigit(w[0])).ToList();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"^(?:chapter |part |section )?(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) ")]
    private static partial Regex Numbering();
}
