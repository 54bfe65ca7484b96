using System.Text;
using CsCheck;
using Epub.Model;
using Epub.Readers.PlainText.Recognition;
using Epub.Tests.Tools;

namespace Epub.Tests;

/// <summary>
/// Preformatted material in plain texts (tables set in spaces, columns of figures, drawings): the
/// fitted model's features and floor, and what a decision becomes in the book.
/// </summary>
public sealed class PreformattedTests
{
    /// <summary>
    /// The preformatted lines' F1 under grouped cross-validation (blocks decided as the converter
    /// decides them, at the threshold that weighs precision twice), set from the first honest run
    /// of the training tool as shipped (0.753 over 104 texts: precision 97 %, recall 62 %) less a
    /// margin for a retrain's noise.
    /// </summary>
    private const float CrossValidatedF1Floor = 0.72f;

    [Fact]
    public void The_preformatted_model_reads_the_features_the_lines_make_and_keeps_its_floor()
    {
        var model = LineLabeller.PreformattedModel;
        Assert.Equal(PreformattedLines.FeatureNames, model.FeatureNames);
        Assert.Equal(PreformattedLines.FeatureNames.Length, PreformattedLines.FeatureNames.Distinct().Count());
        Assert.True(model.CrossValidated is not null, "the preformatted model records no cross-validated figures: fit it with src/Epub.Training preformatted");
        Assert.True(model.CrossValidated.Value.F1 >= CrossValidatedF1Floor, $"cross-validated F1 {model.CrossValidated.Value.F1:0.000} is under the floor {CrossValidatedF1Floor}");
        Assert.InRange(model.Threshold, 0.05f, 0.95f);
    }

    private static readonly string[] Table =
    [
        "    Year        Members      Branches      Income",
        "    ----+-------------+-------------+-----------",
        "    1989           412            11        3,120",
        "    1990           538            14        4,075",
        "    1991           611            17        4,980",
        "    1992           702            19        5,514",
    ];

    [Fact]
    public void A_table_set_in_spaces_is_one_preformatted_block_as_it_stands_and_holds_no_heading()
    {
        var text = new StringBuilder("The Growth of the Society\n\nby Ann Writer\n\n");
        text.Append(Paragraph(0)).Append('\n').Append(Paragraph(1)); // the table typed right under its paragraph, no blank line between
        foreach (var line in Table) text.Append(line).Append('\n');
        text.Append('\n').Append(Paragraph(2)).Append('\n').Append(Paragraph(3));
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(text.ToString()), "table.txt");

        var block = Assert.Single(book.Document.Blocks.OfType<Preformatted>());
        Assert.Equal(Table.Select(l => l[4..]), block.Lines); // the common indent off, the columns kept
        var tableLines = Enumerable.Range(block.Line, Table.Length);
        Assert.Empty(book.Document.HeadingLines.Intersect(tableLines));
        Assert.Contains(book.TextDocuments(), name => book.Text(name).Contains("<pre>Year        Members", StringComparison.Ordinal));
        // inspect names the block and its lines.
        var listed = Assert.Single(System.Text.Json.JsonDocument.Parse(Inspect(text.ToString(), "--json")).RootElement.GetProperty("preformatted").EnumerateArray());
        Assert.Equal((block.Line, Table.Length), (listed.GetProperty("line").GetInt32(), listed.GetProperty("lines").GetInt32()));
        // The prose around it is paragraphs still.
        Assert.Equal(4, book.Document.Blocks.OfType<Paragraph>().Count(p => p.PlainText.StartsWith("The society kept paragraph", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A table inside a note (a note that gives figures) goes on with its note: the list of notes
    /// is not cut there, and the notes after it are still notes, each linked from the text.
    /// </summary>
    [Fact]
    public void A_table_inside_a_note_goes_on_with_its_note()
    {
        var text = new StringBuilder("The Growth of the Society\n\nby Ann Writer\n\n");
        for (var n = 1; n <= 4; n++) text.Append(Paragraph(n).Replace("report as", $"report [{n}] as", StringComparison.Ordinal)).Append('\n');
        text.Append("NOTES\n\n[1] The first report was typed in the spring.\n\n[2] The figures were these:\n\n");
        foreach (var line in Table) text.Append(line).Append('\n');
        text.Append("\n[3] The third report is lost.\n\n[4] The fourth was sent twice.\n");
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(text.ToString()), "notes.txt");
        Assert.Equal(["1", "2", "3", "4"], book.Document.Notes.Select(n => n.Label));
        Assert.Equal(4, book.Document.References().Count(r => r.Reference.Note is not null));
        Assert.Contains("1992", book.Document.Notes[1].Paragraphs.Select(p => p.PlainText).Last(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A table cites notes as prose does: its references link to their notes and back, and the
    /// columns after a reference stay where they stood (the brackets' width becomes space).
    /// </summary>
    [Fact]
    public void References_inside_a_table_link_to_their_notes_and_keep_its_columns()
    {
        string[] cited = [.. Table[..3], "    1990 [2]       538            14        4,075", .. Table[4..]];
        var text = new StringBuilder("The Growth of the Society\n\nby Ann Writer\n\n");
        text.Append(Paragraph(0).Replace("report as", "report [1] as", StringComparison.Ordinal)).Append('\n');
        foreach (var line in cited) text.Append(line).Append('\n');
        text.Append('\n').Append(Paragraph(1).Replace("report as", "report [3] as", StringComparison.Ordinal));
        text.Append("\nNOTES\n\n[1] The first report was typed in the spring.\n\n[2] Two branches sent no figures.\n\n[3] The third report is lost.\n");
        var book = BuiltBook.Build(Encoding.UTF8.GetBytes(text.ToString()), "cited.txt");

        Assert.Equal(["1", "2", "3"], book.Document.Notes.Select(n => n.Label));
        var table = Assert.Single(book.Document.Blocks.OfType<Preformatted>());
        var reference = Assert.Single(Inlines.References(table.Content.Inlines));
        Assert.Same(book.Document.Notes[1], reference.Note);
        Assert.Equal(3, book.Document.References().Count(r => r.Reference.Note is not null));
        var xhtml = book.TextDocuments().Select(book.Text).Single(t => t.Contains("<pre>", StringComparison.Ordinal));
        Assert.Matches($"""1990 <a href="[^"]*#{reference.Note!.Id}"[^>]*>2</a>         538""", xhtml); // the brackets' two characters become spaces before the 7 that followed
    }

    /// <summary>
    /// A person corrects the decision as any label: <c>inspect --labels</c> lists the block's lines
    /// as preformatted, a line pinned body keeps its block out, and a line pinned preformatted sets
    /// its run of lines as it stands, whatever the model thought.
    /// </summary>
    [Fact]
    public void Pins_take_a_block_out_or_set_a_run_as_it_stands()
    {
        var text = new StringBuilder("The Growth of the Society\n\nby Ann Writer\n\n");
        text.Append(Paragraph(0)).Append('\n');
        foreach (var line in Table) text.Append(line).Append('\n');
        text.Append('\n').Append(Paragraph(1));
        var source = Encoding.UTF8.GetBytes(text.ToString());
        var block = Assert.Single(BuiltBook.Build(source, "table.txt").Document.Blocks.OfType<Preformatted>());

        Assert.Contains($"{block.Line}\tpreformatted\n", Inspect(text.ToString(), "--labels"), StringComparison.Ordinal);

        var (headings, preformatted) = LinePins.Parse($"{block.Line + 2}\tbody\n");
        var corrected = BuiltBook.Build(source, "table.txt", new ConvertOptions { LinePins = headings, PreformattedPins = preformatted }).Document;
        Assert.Empty(corrected.Blocks.OfType<Preformatted>());

        var prose = block.Line + Table.Length + 1; // the first line of the paragraph after the table and its blank line
        (headings, preformatted) = LinePins.Parse($"{prose}\tpreformatted\n");
        var pinned = BuiltBook.Build(source, "table.txt", new ConvertOptions { LinePins = headings, PreformattedPins = preformatted }).Document;
        Assert.Equal([block.Line, prose], pinned.Blocks.OfType<Preformatted>().Select(b => b.Line));
    }

    /// <summary>
    /// Running prose is never preformatted, however its sentences are spaced: two spaces after a
    /// full stop are a typist's habit, not a column. (The model is not even asked: no line has a gap.)
    /// </summary>
    [Fact]
    public void Prose_with_two_spaces_after_its_sentences_is_never_preformatted()
    {
        var word = Gen.OneOfConst("archive", "the", "method", "of", "question", "reader", "file", "board", "notes", "history", "kept", "was");
        var sentence = Gen.Select(word.Array[3, 12], words => char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".");
        sentence.Array[8, 30].Array[2, 6].Sample(paragraphs =>
        {
            var text = new StringBuilder("Notes on Keeping\n\n");
            foreach (var sentences in paragraphs)
            {
                // Wrapped at 64 columns, sentences joined by two spaces.
                var line = new StringBuilder();
                foreach (var w in string.Join("  ", sentences).Split(' '))
                {
                    if (line.Length + 1 + w.Length > 64 && line.Length > 0) { text.Append(line.ToString().TrimEnd()).Append('\n'); line.Clear(); }
                    line.Append(w).Append(' ');
                }
                text.Append(line.ToString().TrimEnd()).Append("\n\n");
            }
            var document = BuiltBook.Build(Encoding.UTF8.GetBytes(text.ToString()), "prose.txt").Document;
            Assert.Empty(document.Blocks.OfType<Preformatted>());
        }, iter: 40);
    }

    /// <summary>What <c>epub inspect</c> prints for the text, with the given option, run as a person runs it (on a file).</summary>
    private static string Inspect(string text, string option)
    {
        var path = Path.Combine(Path.GetTempPath(), $"epub-preformatted-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, Epub.Cli.Program.Run(["inspect", path, option], stdout, new StringWriter()));
            return stdout.ToString();
        }
        finally { File.Delete(path); }
    }

    private static string Paragraph(int n) =>
        $"""
        The society kept paragraph {n} of its report as the secretary typed it, wrapped at a fixed
        width by the program that sent it, and a reader who opens it years later still has to join
        its lines and find which of them were meant to stand apart from the rest of the report.

        """;
}
