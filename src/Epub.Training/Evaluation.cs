using System.Globalization;

namespace Epub.Training;

/// <summary>
/// Headings counted as the scorer counts them: a heading is found when any of its lines is
/// labelled one; a labelled run of lines that is no heading (nor the title) is invented.
/// </summary>
internal static class Evaluation
{
    public sealed record Counts(int Wanted, int Found, int Invented)
    {
        public double Recall => Wanted == 0 ? 1 : (double)Found / Wanted;
        public double Precision => Found + Invented == 0 ? 1 : (double)Found / (Found + Invented);
        public double F1 => F(1);

        /// <summary>F-beta: recall weighed beta times as much as precision (F0.5 weighs precision twice).</summary>
        public double F(double beta) => Recall + Precision == 0 ? 0 : (1 + beta * beta) * Precision * Recall / (beta * beta * Precision + Recall);

        public static Counts operator +(Counts a, Counts b) => new(a.Wanted + b.Wanted, a.Found + b.Found, a.Invented + b.Invented);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"headings {Recall:P1} ({Found}/{Wanted}), invented {Invented} ({(Wanted == 0 ? 0 : (double)Invented / Wanted):P1}), precision {Precision:P1}, F1 {F1:0.000}");
    }

    public static Dictionary<int, Counts> PerDocument(Data data, float[] probabilities, float threshold)
    {
        var result = new Dictionary<int, Counts>();
        for (var r = 0; r < data.Rows.Count;)
        {
            var document = data.Rows[r].Document;
            var end = r;
            while (end < data.Rows.Count && data.Rows[end].Document == document) end++;
            int wanted = 0, found = 0, invented = 0;
            // True headings: runs of consecutive heading lines.
            for (var k = r; k < end; k++)
            {
                if (!data.Rows[k].Heading || (k > r && data.Rows[k - 1].Heading && data.Rows[k].Line - data.Rows[k - 1].Line <= 3)) continue;
                wanted++;
                var hit = false;
                for (var j = k; j < end && data.Rows[j].Heading && (j == k || data.Rows[j].Line - data.Rows[j - 1].Line <= 3); j++) hit |= probabilities[j] >= threshold;
                if (hit) found++;
            }
            // Labelled runs: invented when none of their lines is a heading or the title.
            for (var k = r; k < end; k++)
            {
                if (probabilities[k] < threshold || (k > r && probabilities[k - 1] >= threshold && data.Rows[k].Line - data.Rows[k - 1].Line <= 3)) continue;
                var real = false;
                for (var j = k; j < end && probabilities[j] >= threshold && (j == k || data.Rows[j].Line - data.Rows[j - 1].Line <= 3); j++) real |= data.Rows[j].Heading || data.Rows[j].Title;
                if (!real) invented++;
            }
            result[document] = new Counts(wanted, found, invented);
            r = end;
        }
        return result;
    }

    /// <summary>The counts of the documents whose names start with <paramref name="part"/> ("text/", "pg/"; "": all).</summary>
    public static Counts Total(Data data, float[] probabilities, float threshold, string part = "") =>
        Sum(data, PerDocument(data, probabilities, threshold), part);

    private static Counts Sum(Data data, Dictionary<int, Counts> perDocument, string part) =>
        perDocument.Where(p => data.Documents[p.Key].StartsWith(part, StringComparison.Ordinal)).Aggregate(new Counts(0, 0, 0), (a, b) => a + b.Value);

    /// <summary>
    /// The threshold where F1 over the out-of-fold probabilities of the documents of
    /// <paramref name="part"/> is best on average over its neighbourhood (±0.05): the curve is flat
    /// and ragged near its peak, and its raw maximum moved by a factor of two between fits that
    /// differed by one feature. A threshold in the middle of a broad plateau moves less.
    /// </summary>
    public static float BestThreshold(Data data, float[] probabilities, string part = "")
    {
        var f1 = new double[99];
        for (var k = 2; k < f1.Length; k++) f1[k] = Total(data, probabilities, k / 100f, part).F1;
        var best = (F1: -1.0, Threshold: 0.5f);
        for (var k = 2; k < f1.Length; k++)
        {
            var (sum, count) = (0.0, 0);
            for (var j = Math.Max(2, k - 5); j <= Math.Min(f1.Length - 1, k + 5); j++) (sum, count) = (sum + f1[j], count + 1);
            if (sum / count > best.F1 + 1e-9) best = (sum / count, k / 100f);
        }
        return best.Threshold;
    }

    /// <summary>
    /// Found and invented headings, F1 and F0.5 at thresholds 0.10 to 0.90: how flat the curve is
    /// where the threshold was chosen. (Near its peak F1 is a plateau from about 0.15 to 0.6, within
    /// one bootstrap standard error of its best: the corpus cannot tell those thresholds apart.)
    /// </summary>
    public static void Curve(Data data, float[] probabilities, string part, TextWriter output)
    {
        output.WriteLine($"threshold curve ({(part == "" ? "all texts" : part)}): threshold, found, invented, F1, F0.5");
        for (var k = 10; k <= 90; k += 5)
        {
            var counts = Total(data, probabilities, k / 100f, part);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k / 100.0:0.00}\t{counts.Found}/{counts.Wanted}\t{counts.Invented}\t{counts.F1:0.000}\t{counts.F(0.5):0.000}"));
        }
    }

    public static string Summary(Data data, float[] probabilities) => Total(data, probabilities, BestThreshold(data, probabilities)).ToString();

    public static void Report(Data data, float[] probabilities, float threshold, string what, int worst, string? only = null)
    {
        var perDocument = PerDocument(data, probabilities, threshold);
        Console.WriteLine($"{what}, threshold {threshold:0.00}:");
        foreach (var part in new[] { Corpus.ArchivePart, "pg/" })
            Console.WriteLine($"  {part,-6} {Sum(data, perDocument, part)}");
        Console.WriteLine($"  all    {Sum(data, perDocument, "")}");
        if (worst == 0) return;
        Console.WriteLine($"  the {worst} worst documents{(only is null ? "" : $" of {only}")} (by missed plus invented headings):");
        foreach (var (document, counts) in perDocument.Where(p => data.Documents[p.Key].StartsWith(only ?? "", StringComparison.Ordinal)).OrderByDescending(p => p.Value.Wanted - p.Value.Found + p.Value.Invented).ThenBy(p => data.Documents[p.Key], StringComparer.Ordinal).Take(worst))
            Console.WriteLine($"    {data.Documents[document]}: found {counts.Found}/{counts.Wanted}, invented {counts.Invented}");
    }

    /// <summary>Per document, the heading lines missed and the lines taken for headings that are none, with their probabilities.</summary>
    public static void Details(Data data, List<LabelledText> texts, float[] probabilities, float threshold, TextWriter output)
    {
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var row = data.Rows[r];
            var taken = probabilities[r] >= threshold;
            if (taken == row.Heading || (taken && row.Title)) continue;
            var text = texts[row.Document].Lines[row.Line].Trim();
            output.WriteLine($"{data.Documents[row.Document]}:{row.Line + 1}: {(row.Heading ? "missed " : "invented")} p={probabilities[r]:0.00} {text[..Math.Min(90, text.Length)]}");
        }
    }

    /// <summary>Every row's out-of-fold probabilities beside its labels (document, line, heading, title, then one column a look), for studying thresholds without refitting.</summary>
    public static void Dump(Data data, string path, params float[][] looks)
    {
        using var output = File.CreateText(path);
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var row = data.Rows[r];
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{data.Documents[row.Document]}\t{row.Line + 1}\t{(row.Heading ? 1 : 0)}\t{(row.Title ? 1 : 0)}"));
            foreach (var look in looks) output.Write(string.Create(CultureInfo.InvariantCulture, $"\t{look[r]:0.#####}"));
            output.Write('\n');
        }
    }

    /// <summary>
    /// Authors counted as the scorer counts them: per text, the likeliest name when it passes the
    /// threshold; found when it is the author, wrong when it is not (a wrong author is worse than none).
    /// </summary>
    public static Counts Picks(Data data, float[] probabilities, float threshold, HashSet<int> withAuthor)
    {
        var best = new Dictionary<int, int>();
        for (var r = 0; r < data.Rows.Count; r++)
            if (probabilities[r] >= threshold && (!best.TryGetValue(data.Rows[r].Document, out var b) || probabilities[r] > probabilities[b])) best[data.Rows[r].Document] = r;
        var found = best.Values.Count(r => data.Rows[r].Byline);
        return new Counts(withAuthor.Count, found, best.Count - found);
    }

    public static float BestPickThreshold(Data data, float[] probabilities, HashSet<int> withAuthor)
    {
        var best = (F1: -1.0, Threshold: 0.5f);
        for (var t = 0.02f; t < 0.985f; t += 0.01f)
        {
            var f1 = Picks(data, probabilities, t, withAuthor).F1;
            if (f1 > best.F1 + 1e-9) best = (f1, MathF.Round(t, 2));
        }
        return best.Threshold;
    }

    /// <summary>
    /// Preformatted lines as the converter decides them: a block is taken when its text lines'
    /// mean probability passes the threshold; per text, its labelled lines found, and the lines
    /// taken that are not labelled (labelled lines outside the scored blocks count as missed).
    /// </summary>
    public static Dictionary<int, Counts> Blocks(Data data, int[] blockOf, int[] labelled, float[] probabilities, float threshold)
    {
        var result = Enumerable.Range(0, data.Documents.Count).ToDictionary(d => d, d => new Counts(labelled[d], 0, 0));
        foreach (var (start, end) in BlockRows(data, blockOf))
            if (MeanProbability(probabilities, start, end) >= threshold)
            {
                var found = Enumerable.Range(start, end - start).Count(k => data.Rows[k].Preformatted);
                var document = data.Rows[start].Document;
                result[document] = result[document] with { Found = result[document].Found + found, Invented = result[document].Invented + end - start - found };
            }
        return result;
    }

    /// <summary>The rows of each scored block, [Start, End), in order: the unit the converter decides.</summary>
    public static IEnumerable<(int Start, int End)> BlockRows(Data data, int[] blockOf)
    {
        for (var r = 0; r < data.Rows.Count;)
        {
            var end = r;
            while (end < data.Rows.Count && data.Rows[end].Document == data.Rows[r].Document && blockOf[end] == blockOf[r]) end++;
            yield return (r, end);
            r = end;
        }
    }

    /// <summary>A block's decision: its lines' mean probability.</summary>
    public static float MeanProbability(float[] probabilities, int start, int end)
    {
        float sum = 0;
        for (var k = start; k < end; k++) sum += probabilities[k];
        return sum / (end - start);
    }

    /// <summary>
    /// The threshold with the best F0.5 (precision weighed twice as much as recall): a block taken
    /// wrongly loses what the reader did with its lines (paragraphs, headings, note links), a
    /// table missed stays as it was before the model.
    /// </summary>
    public static float BestBlockThreshold(Data data, int[] blockOf, int[] labelled, float[] probabilities)
    {
        var best = (F: -1.0, Threshold: 0.5f);
        for (var t = 0.05f; t < 0.96f; t += 0.01f)
        {
            var counts = Blocks(data, blockOf, labelled, probabilities, t).Values.Aggregate(new Counts(0, 0, 0), (a, b) => a + b);
            var f = counts.Precision + counts.Recall == 0 ? 0 : 1.25 * counts.Precision * counts.Recall / (0.25 * counts.Precision + counts.Recall);
            if (f > best.F + 1e-9) best = (f, MathF.Round(t, 2));
        }
        return best.Threshold;
    }
}
