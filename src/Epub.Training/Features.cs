using Epub.Readers.PlainText.Recognition;

namespace Epub.Training;

/// <summary>One text line of the corpus: its document, 0-based line, labels and feature vector.</summary>
internal sealed record Row(int Document, int Line, bool Heading, bool Title, bool Byline, float[] Features);

internal sealed class Data(List<string> documents, List<Row> rows, string[] featureNames)
{
    public List<string> Documents { get; } = documents;
    public List<Row> Rows { get; } = rows;

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
        }).ToList(), FeatureNames);
    }
}

internal static class Features
{
    /// <summary>The feature groups ablation removes one at a time (the vector's own sections).</summary>
    public static readonly (string Group, string[] Names)[] Groups =
    [
        ("the line's case and ending", ["capitals", "title_case", "starts_upper", "starts_quote", "ends_full_stop", "ends_colon", "ends_comma", "ends_question", "ends_letter", "ends_function_word", "sentence_breaks"]),
        ("labels", ["label_roman", "label_arabic", "label_decimal", "label_letter", "label_parenthesised", "label_bracketed", "label_division", "matter_word"]),
        ("special shapes", ["letter_spaced", "date_shape", "address_shape", "byline_shape", "digit_share", "symbol_share"]),
        ("placement on the line", ["length_to_width", "words", "indent", "centred", "right_aligned"]),
        ("blank lines and rules", ["blank_before", "blank_after", "rule_above", "rule_below", "underline_fit", "run_lines", "run_position"]),
        ("neighbours", ["previous_length", "previous_ends_sentence", "next_length", "next_indent", "following_lines", "following_fill", "first_line_indent_below", "byline_below"]),
        ("position", ["position", "lines_before"]),
        ("the page", ["hard_wrapped", "indented_paragraphs", "capitals_common", "page_width", "alone_short_share"]),
        ("the family", ["family_size", "family_share", "family_over_prose", "label_in_sequence", "text_repeats", "said_before", "said_after"]),
    ];

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
        return new Data(first.Documents, rows, HeadingContext.AllFeatureNames.ToArray());
    }

    /// <summary>
    /// The author model's rows: every name a text offers, as the converter's author pass sees them
    /// (the whole pipeline is run, so the title block's reading is among the evidence), labelled by
    /// whether it is the author the answers give (as the scorer matches them: a surname among its
    /// words). Texts without an author in the answers teach when no name is the author; texts whose
    /// catalogue header names the author are left out, as the pass leaves them.
    /// </summary>
    public static (Data Data, List<string> Names, HashSet<int> WithAuthor) Authors(string corpus, List<string> keys, IReadOnlyDictionary<string, string?> expectedAuthors)
    {
        var rows = new List<Row>();
        var names = new List<string>();
        var withAuthor = new HashSet<int>();
        var documents = new List<string>();
        // The converter's own pipeline, up to the author pass's candidates (the model being fitted is not asked).
        var passes = Epub.Pipeline.Default.Passes.Select(p => p.Name == "author" ? new Epub.Pass("author", (d, _) => Epub.Passes.AuthorPass.Candidates(d)) : p).ToList();
        var pipeline = new Epub.Pipeline(Epub.Pipeline.Default.Readers.ToList(), passes);
        foreach (var key in keys)
        {
            var path = Path.Combine(corpus, key);
            var document = pipeline.Read(File.ReadAllBytes(path), key, new Epub.ConvertOptions(), new Epub.Diagnostics(path));
            if (document.Metadata.AuthorSource == Epub.Readers.Gutenberg.HeaderSource) continue;
            var d = documents.Count;
            documents.Add(key);
            var want = expectedAuthors.GetValueOrDefault(key);
            if (want is not null) withAuthor.Add(d);
            foreach (var candidate in document.Metadata.Hints.AuthorCandidates ?? [])
            {
                rows.Add(new Row(d, candidate.Line, false, false, want is not null && Corpus.SameAuthor(candidate.Name, want), candidate.Features));
                names.Add(candidate.Name);
            }
        }
        return (new Data(documents, rows, AuthorCandidates.FeatureNames), names, withAuthor);
    }

    /// <summary>
    /// The title model's rows: every reading of the title a text offers, as the converter's title
    /// pass sees them (the whole pipeline is run, so the title block's reading is among the
    /// evidence), labelled by whether it is the answers' title as the scorer matches titles.
    /// Texts whose catalogue header gives the title are left out, as the pass leaves them.
    /// </summary>
    public static (Data Data, List<string> Readings, HashSet<int> WithTitle) Titles(string corpus, List<string> keys, IReadOnlyDictionary<string, string?> expectedTitles)
    {
        var rows = new List<Row>();
        var readings = new List<string>();
        var withTitle = new HashSet<int>();
        var documents = new List<string>();
        var passes = Epub.Pipeline.Default.Passes.Select(p => p.Name switch
        {
            "title" => new Epub.Pass("title", (d, _) => Epub.Passes.TitlePass.Candidates(d)),
            "author" => new Epub.Pass("author", (_, _) => { }),
            _ => p,
        }).ToList();
        var pipeline = new Epub.Pipeline(Epub.Pipeline.Default.Readers.ToList(), passes);
        foreach (var key in keys)
        {
            var path = Path.Combine(corpus, key);
            var document = pipeline.Read(File.ReadAllBytes(path), key, new Epub.ConvertOptions(), new Epub.Diagnostics(path));
            if (document.Metadata.TitleSource == Epub.Readers.Gutenberg.HeaderSource) continue;
            var d = documents.Count;
            documents.Add(key);
            var want = expectedTitles.GetValueOrDefault(key);
            if (want is not null) withTitle.Add(d);
            // The title is the reading that says most of it (a subtitle line alone may pass the
            // scorer's test, but the reading with title and subtitle is the one a reader wants).
            var offered = document.Metadata.Hints.TitleCandidates ?? [];
            var coverage = offered.Select(c => want is not null && Corpus.SameTitle(c.Title, want) ? Corpus.TitleCoverage(c.Title, want) : -1).ToList();
            var most = coverage.Count == 0 ? -1 : coverage.Max();
            for (var k = 0; k < offered.Count; k++)
            {
                rows.Add(new Row(d, offered[k].Line, false, false, coverage[k] >= 0 && coverage[k] >= most - 1e-6, offered[k].Features));
                readings.Add(offered[k].Title);
            }
        }
        return (new Data(documents, rows, TitleCandidates.FeatureNames), readings, withTitle);
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
