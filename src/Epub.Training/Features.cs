using Epub.Readers.PlainText.Recognition;

namespace Epub.Training;

/// <summary>One text line of the corpus: its document, 0-based line, labels and feature vector.</summary>
internal sealed record Row(int Document, int Line, bool Heading, bool Title, bool Byline, float[] Features)
{
    /// <summary>How much the row counts in a fit, beside its document's share (see Trainer.Fit).</summary>
    public float Weight { get; init; } = 1;

    /// <summary>Labelled preformatted material (a table, a diagram).</summary>
    public bool Preformatted { get; init; }
}

internal sealed class Data(List<string> documents, List<Row> rows, string[] featureNames, int[]? sources = null)
{
    public List<string> Documents { get; } = documents;
    public List<Row> Rows { get; } = rows;

    /// <summary>The text a document was made from: itself for a text of the corpus, its source for a variant (Augmentation), so both stay in one fold.</summary>
    public int SourceOf(int document) => sources is null ? document : sources[document];

    public int[]? Sources => sources;

    /// <summary>Whether the document is a variant made for training, never to be scored.</summary>
    public bool IsVariant(int document) => SourceOf(document) != document;

    /// <summary>The texts of the corpus alone (their rows come first), with their probabilities: what every score is taken over.</summary>
    public (Data Data, float[] Probabilities) Real(float[] probabilities)
    {
        if (sources is null) return (this, probabilities);
        var count = Rows.FindIndex(r => IsVariant(r.Document));
        if (count < 0) count = Rows.Count;
        return (new Data(Documents, Rows[..count], FeatureNames), probabilities[..count]);
    }

    /// <summary>The features' names, in the vector's order: what the model file records.</summary>
    public string[] FeatureNames { get; } = featureNames;

    /// <summary>The same rows with the named features held at 0: how ablation asks whether a feature helps.</summary>
    public Data Without(IEnumerable<string> names)
    {
        var indexes = names.Select(n => Array.IndexOf(FeatureNames, n)).Where(i => i >= 0).ToArray();
        return new Data(Documents, Rows.Select(r =>
        {
            var copy = (float[])r.Features.Clone();
            foreach (var i in indexes) copy[i] = 0;
            return r with { Features = copy };
        }).ToList(), FeatureNames, sources);
    }
}

internal static class Features
{
    /// <summary>The feature groups ablation removes one at a time (the vector's own sections).</summary>
    public static readonly (string Group, string[] Names)[] Groups =
    [
        ("the line's case and ending", ["capitals", "title_case", "starts_upper", "starts_quote", "ends_full_stop", "ends_colon", "ends_comma", "ends_question", "ends_letter", "ends_function_word", "sentence_breaks"]),
        ("labels", ["label_roman", "label_arabic", "label_decimal", "label_letter", "label_parenthesised", "label_bracketed", "label_division", "matter_word"]),
        ("special shapes", ["letter_spaced", "date_shape", "address_shape", "byline_shape", "pronoun", "digit_share", "symbol_share", "speaker_label", "contents_entry"]),
        ("placement on the line", ["length_to_width", "words", "indent", "centred", "right_aligned"]),
        ("blank lines and rules", ["blank_before", "blank_after", "rule_above", "rule_below", "underline_fit", "run_lines", "run_position"]),
        ("neighbours", ["previous_length", "previous_ends_sentence", "next_length", "next_indent", "following_lines", "following_fill", "first_line_indent_below", "byline_below"]),
        ("position", ["position", "lines_before", "prose_before"]),
        ("the page", ["hard_wrapped", "indented_paragraphs", "capitals_common", "page_width", "alone_short_share"]),
        ("the family", ["family_size", "family_share", "family_over_prose", "label_in_sequence", "text_repeats", "said_before", "said_after"]),
    ];

    /// <summary>The rows of the texts, then of their variants (each variant's source given), when any.</summary>
    public static Data Extract(List<LabelledText> texts, List<(LabelledText Variant, int Source)> variants)
    {
        var data = Extract([.. texts, .. variants.Select(v => v.Variant)]);
        int[] sources = [.. Enumerable.Range(0, texts.Count), .. variants.Select(v => v.Source)];
        return new Data(data.Documents, data.Rows, data.FeatureNames, sources);
    }

    public static Data Extract(List<LabelledText> texts)
    {
        var rows = new List<Row>();
        for (var d = 0; d < texts.Count; d++)
        {
            var text = texts[d];
            for (var i = 0; i < text.Sheet.Count; i++)
            {
                if (!text.Sheet.IsText(i)) continue;
                var features = new float[LineSheet.FeatureCount];
                text.Sheet.Features(i, features);
                var label = text.Labels.GetValueOrDefault(i + 1, "body");
                rows.Add(new Row(d, i, label == "heading", label == "title", label == "byline", features));
            }
        }
        return new Data(texts.Select(t => t.Key).ToList(), rows, LineSheet.FeatureNames);
    }

    /// <summary>
    /// The preformatted model's rows: every text line of the blocks the converter scores (those
    /// with a gap or a drawing character in some line), with the block it stands in; and, per
    /// text, how many text lines are labelled preformatted in all (some may stand outside the
    /// scored blocks: the evaluation counts them as missed).
    /// </summary>
    public static (Data Data, int[] BlockOf, int[] Labelled) Preformatted(List<LabelledText> texts)
    {
        var rows = new List<Row>();
        var blockOf = new List<int>();
        var labelled = new int[texts.Count];
        for (var d = 0; d < texts.Count; d++)
        {
            var text = texts[d];
            var lines = new PreformattedLines(text.Sheet, text.Layout!, text.HardWrapped);
            for (var i = 0; i < text.Sheet.Count; i++)
                if (text.Sheet.IsText(i) && text.Labels.GetValueOrDefault(i + 1) == PreformattedLines.Label) labelled[d]++;
            foreach (var block in lines.Blocks)
                for (var i = block.Start; i < block.End; i++)
                {
                    if (!text.Sheet.IsText(i)) continue;
                    var features = new float[PreformattedLines.FeatureCount];
                    lines.Features(i, block, features);
                    rows.Add(new Row(d, i, false, false, false, features) { Preformatted = text.Labels.GetValueOrDefault(i + 1) == PreformattedLines.Label });
                    blockOf.Add(block.Start);
                }
        }
        return (new Data(texts.Select(t => t.Key).ToList(), rows, PreformattedLines.FeatureNames), [.. blockOf], labelled);
    }

    /// <summary>The second look's rows: each line's features, then its context under the given first-look probabilities.</summary>
    public static Data InContext(List<LabelledText> texts, Data first, float[] firstLook)
    {
        var rows = new List<Row>(first.Rows.Count);
        for (var r = 0; r < first.Rows.Count;)
        {
            var document = first.Rows[r].Document;
            var sheet = texts[document].Sheet;
            var probabilities = new float[sheet.Count];
            var end = r;
            for (; end < first.Rows.Count && first.Rows[end].Document == document; end++) probabilities[first.Rows[end].Line] = firstLook[end];
            var context = new HeadingContext(sheet, probabilities);
            for (var k = r; k < end; k++)
            {
                var features = new float[HeadingContext.FeatureCount];
                context.Features(first.Rows[k].Line, features);
                rows.Add(first.Rows[k] with { Features = features });
            }
            r = end;
        }
        return new Data(first.Documents, rows, HeadingContext.AllFeatureNames.ToArray(), first.Sources);
    }

    /// <summary>
    /// The author model's rows: every name a text offers, labelled by whether it is the author the
    /// answers give (as the scorer matches them: a surname among its words). Texts without an
    /// author in the answers teach when no name is the author.
    /// </summary>
    public static (Data Data, List<string> Texts, HashSet<int> Answered) Authors(string corpus, List<string> keys, IReadOnlyDictionary<string, string?> answers) =>
        Ranked(corpus, keys, answers, "author", d => Epub.Passes.AuthorPass.Candidates(d)?.Select(c => (c.Name, c.Line, c.Features)),
            (names, want) => names.Select(n => Corpus.SameAuthor(n, want)).ToList(), AuthorCandidates.FeatureNames);

    /// <summary>
    /// The title model's rows: every reading of the title a text offers, labelled by whether it is
    /// the answers' title: of the readings the scorer would accept, the one saying most of it (a
    /// subtitle line alone may pass the scorer's test, but a reader wants the title and subtitle).
    /// </summary>
    public static (Data Data, List<string> Texts, HashSet<int> Answered) Titles(string corpus, List<string> keys, IReadOnlyDictionary<string, string?> answers) =>
        Ranked(corpus, keys, answers, "title", d => Epub.Passes.TitlePass.Candidates(d)?.Select(c => (c.Title, c.Line, c.Features)), (readings, want) =>
        {
            var coverage = readings.Select(r => Corpus.SameTitle(r, want) ? Corpus.TitleCoverage(r, want) : -1).ToList();
            var most = coverage.Count == 0 ? -1 : coverage.Max();
            return coverage.Select(c => c >= 0 && c >= most - 1e-6).ToList();
        }, TitleCandidates.FeatureNames);

    /// <summary>
    /// A ranking model's rows: the converter's own pipeline is run on each text (so the title
    /// block's reading is among the evidence), the named pass only handing over its candidates (the
    /// model being fitted is not asked). Texts the pass does not decide (a catalogue's header) are
    /// left out, as the pass leaves them.
    /// </summary>
    private static (Data Data, List<string> Texts, HashSet<int> Answered) Ranked(string corpus, List<string> keys, IReadOnlyDictionary<string, string?> answers, string pass,
        Func<Epub.Model.Document, IEnumerable<(string Text, int Line, float[] Features)>?> candidates, Func<List<string>, string, List<bool>> label, string[] featureNames)
    {
        var rows = new List<Row>();
        var texts = new List<string>();
        var answered = new HashSet<int>();
        var documents = new List<string>();
        List<(string Text, int Line, float[] Features)>? offered = null;
        var passes = Epub.Pipeline.Default.Passes.Select(p => p.Name == pass ? new Epub.Pass(pass, (d, _) => offered = candidates(d)?.ToList()) : p).ToList();
        var pipeline = new Epub.Pipeline(Epub.Pipeline.Default.Readers.ToList(), passes);
        foreach (var key in keys)
        {
            var path = Path.Combine(corpus, key);
            offered = null;
            pipeline.Read(File.ReadAllBytes(path), key, new Epub.ConvertOptions(), new Epub.Diagnostics(path));
            if (offered is null) continue;
            var d = documents.Count;
            documents.Add(key);
            var want = answers.GetValueOrDefault(key);
            if (want is not null) answered.Add(d);
            var labels = want is null ? offered.Select(_ => false).ToList() : label(offered.Select(c => c.Text).ToList(), want);
            for (var k = 0; k < offered.Count; k++)
            {
                rows.Add(new Row(d, offered[k].Line, false, false, labels[k], offered[k].Features));
                texts.Add(offered[k].Text);
            }
        }
        return (new Data(documents, rows, featureNames), texts, answered);
    }

    /// <summary>Each feature's median over the lines that are not headings: a typical line of prose.</summary>
    public static float[] Typical(Data data)
    {
        var typical = new float[data.Rows[0].Features.Length];
        var body = data.Rows.Where(r => !r.Heading).ToList();
        for (var f = 0; f < typical.Length; f++)
        {
            var values = body.Select(r => r.Features[f]).Order().ToList();
            typical[f] = values.Count == 0 ? 0 : values[values.Count / 2];
        }
        return typical;
    }
}
