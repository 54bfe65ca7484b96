using System.Globalization;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// Labels the lines of a plain text with the fitted models, in two looks: the first model reads
/// each line's own features; the second reads them again with what the first thought of the
/// line's neighbours and of its family across the document (<see cref="HeadingContext"/>).
/// The label is "heading" where the second probability passes the threshold chosen under
/// cross-validation. The reader assembles paragraphs and sections from the labels.
/// </summary>
internal static class LineLabeller
{
    public const string Heading = "heading";

    /// <summary>The first look: the line alone. Fitted by src/Epub.Training and embedded in the assembly.</summary>
    public static LineModel LineModel => lineModel.Value;

    private static readonly Lazy<LineModel> lineModel = new(() => Load("heading-line", LineSheet.FeatureNames));

    /// <summary>The second look: the line in its context.</summary>
    public static LineModel ContextModel => contextModel.Value;

    private static readonly Lazy<LineModel> contextModel = new(() => Load("heading-context", HeadingContext.AllFeatureNames));

    /// <summary>The author model: ranks the names the text offers (AuthorCandidates).</summary>
    public static LineModel AuthorModel => authorModel.Value;

    private static readonly Lazy<LineModel> authorModel = new(() => Load("author", AuthorCandidates.FeatureNames));

    /// <summary>The title model: ranks the readings of the title the text offers (TitleCandidates).</summary>
    public static LineModel TitleModel => titleModel.Value;

    private static readonly Lazy<LineModel> titleModel = new(() => Load("title", TitleCandidates.FeatureNames));

    /// <summary>The preformatted model: tables, columns of figures and diagrams (PreformattedLines).</summary>
    public static LineModel PreformattedModel => preformattedModel.Value;

    private static readonly Lazy<LineModel> preformattedModel = new(() => Load("preformatted", PreformattedLines.FeatureNames));

    /// <summary>The name the author model ranks first, when it passes the model's threshold.</summary>
    /// <remarks>The line is 1-based; 0 for a name from outside the body (the sender, the signature block, the title block).</remarks>
    public static (string Name, int Line, float Probability)? Author(List<AuthorCandidate> candidates, LineModel model)
    {
        (string, int, float)? best = null;
        var bestProbability = model.Threshold;
        foreach (var candidate in candidates)
        {
            var probability = model.Probability(candidate.Features);
            if (probability >= bestProbability) (best, bestProbability) = ((candidate.Name, candidate.Line + 1, probability), probability);
        }
        // The same name offered twice, once in capitals ("Pat EXAMPLE," signing, "Pat Example" at
        // the head): the book prints it as the text writes it in small letters.
        if (best is var (name, line, p) && candidates.FirstOrDefault(c => c.Name != name && c.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && c.Name.Count(char.IsUpper) < name.Count(char.IsUpper)) is { } lower)
            best = (lower.Name, line, p);
        return best;
    }

    /// <summary>
    /// Names a folder of models (NAME.model.tsv, as the training tool writes them) to use instead of
    /// the built-in ones. It is how the training tool's pipeline cross-validation converts each text
    /// of the corpus with models fitted without it (`folds`): the whole converter measured on texts
    /// its models never saw, not the line labeller alone.
    /// </summary>
    public const string ModelFolderVariable = "EPUB_MODEL_FOLDER";

    private static LineModel Load(string name, IEnumerable<string> features)
    {
        var folder = Environment.GetEnvironmentVariable(ModelFolderVariable);
        var model = string.IsNullOrEmpty(folder) ? LineModel.Load($"Epub.models.{name}.bin") : LineModel.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.model.tsv")));
        // A model fitted on other features than the code makes would score nonsense: refuse it (the suite catches it first).
        if (!model.FeatureNames.SequenceEqual(features)) throw new InvalidOperationException($"the model {name} was fitted on other features; run the training tool again");
        return model;
    }

    public static HeadingLabels Label(LineSheet sheet, IReadOnlyDictionary<int, bool>? pins = null) => Label(sheet, LineModel, ContextModel, pins);

    /// <summary>
    /// Both looks. Pinned lines (1-based) are certain in the first look, so the second look reads
    /// its neighbours and family with them: a line pinned a heading lifts the lines shaped like it,
    /// one pinned body lowers them. The pinned lines keep their pins.
    /// </summary>
    public static HeadingLabels Label(LineSheet sheet, LineModel lineModel, LineModel contextModel, IReadOnlyDictionary<int, bool>? pins = null)
    {
        var first = Probabilities(sheet, lineModel, sheet.Features, LineSheet.FeatureCount);
        var readAgain = new Dictionary<int, (int From, int To)>();
        ReadShortRunsWhole(sheet, lineModel, first, readAgain);
        ReadLinesSetApart(sheet, lineModel, first, readAgain);
        GiveBylinesLikelihoodToTheirTitles(sheet, first);
        Pin(first, sheet, pins);
        var context = new HeadingContext(sheet, first);
        var second = Probabilities(sheet, contextModel, context.Features, HeadingContext.FeatureCount);
        GiveBylinesLikelihoodToTheirTitles(sheet, second);
        Pin(second, sheet, pins);
        return new HeadingLabels(context, lineModel, contextModel, second, pins, readAgain);
    }

    /// <summary>The longest run of lines read whole as one line: a heading wraps over two or three, a paragraph runs longer.</summary>
    private const int LongestWrappedHeading = 3;

    /// <summary>
    /// A heading too long for its page is broken over two or three lines, none of them alone
    /// between blank lines and each a fragment: read one at a time, neither looks like a heading.
    /// So each short run is read once more as the one line it would be on a wider page
    /// (<see cref="LineSheet.RunFeatures"/>); where the first look finds that line likely, and
    /// likelier than any line of the run alone, every line of the run takes its probability and
    /// the second look reads them as the one heading they are. A two-line paragraph of prose read
    /// whole is a line of prose, and a heading over the first line of its paragraph is likelier
    /// alone: neither is lifted. Each line so read is noted in <paramref name="readAgain"/> with its run.
    /// </summary>
    private static void ReadShortRunsWhole(LineSheet sheet, LineModel model, float[] first, Dictionary<int, (int From, int To)> readAgain)
    {
        Span<float> vector = stackalloc float[LineSheet.FeatureCount];
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i)) continue;
            // The first line of each run: the loop goes on from the run's end.
            var (start, end) = sheet.Run(i);
            if (end - start is < 2 or > LongestWrappedHeading || !sheet.MayBeOneLineBroken(start, end)) { i = end - 1; continue; }
            sheet.RunFeatures(start, end, vector);
            var whole = model.Probability(vector);
            var alone = 0f;
            for (var k = start; k < end; k++) alone = MathF.Max(alone, first[k]);
            if (whole >= LikelyReadAgain && whole > alone)
            {
                for (var k = start; k < end; k++) (first[k], readAgain[k]) = (whole, (start, end));
            }
            i = end - 1;
        }
    }

    /// <summary>
    /// Two layouts set a heading apart from the lines around it with no blank line: a text with no
    /// blank lines between its paragraphs (each known by its indent) sets it apart by its case
    /// alone, a line in capitals between lines in small letters; and a run-in title stands at the
    /// margin directly over its paragraph's indented first line. Read as it stands such a line is one more
    /// line of a paragraph; so it is read once more as a line of its own
    /// (<see cref="LineSheet.AloneFeatures"/>), and where the first look finds it likely so, and
    /// likelier than as it stands, it takes that probability (noted in <paramref name="readAgain"/>).
    /// </summary>
    private static void ReadLinesSetApart(LineSheet sheet, LineModel model, float[] first, Dictionary<int, (int From, int To)> readAgain)
    {
        Span<float> vector = stackalloc float[LineSheet.FeatureCount];
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i) || !(sheet.SetApartByCase(i) || sheet.SetApartByIndent(i))) continue;
            sheet.AloneFeatures(i, vector);
            var alone = model.Probability(vector);
            if (alone >= LikelyReadAgain && alone > first[i])
            {
                (first[i], readAgain[i]) = (alone, (i, i + 1));
            }
        }
    }

    /// <summary>
    /// A byline ("by Ann Writer") credits the line over it: a title and its byline, one line
    /// under the other, are one heading's block, and what makes the pair look like a heading
    /// (set apart, centred, short, in capitals) is the title's. Read one at a time, a title can
    /// look less like one than its byline (a question or an exclamation; a name in title case);
    /// the title then takes the byline's likelier reading and the byline the title's, so the second
    /// look reads the title as the heading. A byline never names a section itself.
    /// </summary>
    internal static void GiveBylinesLikelihoodToTheirTitles(LineSheet sheet, float[] probabilities)
    {
        for (var i = 1; i < sheet.Count; i++)
        {
            var title = i - 1;
            if (!sheet.IsText(i) || !sheet.IsText(title) || probabilities[i] <= probabilities[title] || sheet.Run(title).Start != title || sheet.IsProse(title)) continue;
            if (!sheet.IsByline(i) || sheet.IsByline(title)) continue;
            (probabilities[title], probabilities[i]) = (probabilities[i], probabilities[title]);
        }
    }

    /// <summary>How likely a line read again (a run whole, a line alone) must be to take that reading: even odds, as the second look's family counts call a line likely.</summary>
    private const float LikelyReadAgain = 0.5f;

    private static void Pin(float[] probabilities, LineSheet sheet, IReadOnlyDictionary<int, bool>? pins)
    {
        if (pins is null) return;
        foreach (var (line, heading) in pins)
            if (line - 1 < sheet.Count && sheet.IsText(line - 1)) probabilities[line - 1] = heading ? 1 : 0;
    }

    public delegate void FeatureWriter(int line, Span<float> into);

    /// <summary>A model's probability for each line of the sheet (NaN for blank lines and rules).</summary>
    public static float[] Probabilities(LineSheet sheet, LineModel model, FeatureWriter features, int count)
    {
        var probabilities = new float[sheet.Count];
        Span<float> vector = stackalloc float[count];
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i)) { probabilities[i] = float.NaN; continue; }
            features(i, vector);
            probabilities[i] = model.Probability(vector);
        }
        return probabilities;
    }
}

/// <summary>The heading probability of every line, and why a line is a heading.</summary>
internal sealed class HeadingLabels(HeadingContext context, LineModel lineModel, LineModel model, float[] probabilities, IReadOnlyDictionary<int, bool>? pins = null, Dictionary<int, (int From, int To)>? readAgain = null)
{
    public float Probability(int line) => line >= 0 && line < probabilities.Length ? probabilities[line] : float.NaN;

    public bool IsHeading(int line) => Probability(line) >= model.Threshold;

    /// <summary>Whether the line took its label as one of a run of lines read whole (a heading broken over lines).</summary>
    public bool ReadWithItsRun(int line) => readAgain is not null && readAgain.TryGetValue(line, out var run) && run.To - run.From > 1;

    /// <summary>Whether the line's label was pinned (by --labels, or a digest's or a FAQ's subject line).</summary>
    public bool IsPinned(int line) => pins is not null && pins.ContainsKey(line + 1);

    /// <summary>
    /// The features that weigh most in the line's probability: each is set in turn to its value on
    /// a typical line of prose (the models' medians) and the change in probability ranks them. The
    /// line's own features are weighed in the first look, its context in the second (the second
    /// look's reading of the first, its first feature, is no reason a person can check).
    /// </summary>
    public string Reasons(int line, int count = 3)
    {
        if (pins is not null && pins.ContainsKey(line + 1)) return "pinned: by --labels, or a digest's or a FAQ's subject line";
        Span<float> own = stackalloc float[LineSheet.FeatureCount];
        Span<float> around = stackalloc float[HeadingContext.FeatureCount];
        // A line read again (a run read whole, a line read alone) is explained as it was read.
        var readAs = readAgain is not null && readAgain.TryGetValue(line, out var span) ? span : ((int From, int To)?)null;
        if (readAs is (int from, int to) && to - from > 1) context.Sheet.RunFeatures(from, to, own);
        else if (readAs is not null) context.Sheet.AloneFeatures(line, own);
        else context.Sheet.Features(line, own);
        context.Features(line, around);
        var effects = new List<(string Name, float Effect)>();
        Weigh(lineModel, own, 0, effects);
        Weigh(model, around, 1, effects);
        var top = effects.Where(e => e.Effect > 0.005f).OrderByDescending(e => e.Effect).ThenBy(e => e.Name, StringComparer.Ordinal).Take(count)
            .Select(e => $"{e.Name.Replace('_', ' ')} +{e.Effect.ToString("0.00", CultureInfo.InvariantCulture)}");
        var reasons = string.Join(", ", top);
        if (readAs is null) return reasons;
        var (readFrom, readTo) = readAs.Value;
        return readTo - readFrom > 1 ? $"its {readTo - readFrom} lines read as one: {reasons}" : $"read as a line of its own: {reasons}";
    }

    private static void Weigh(LineModel model, Span<float> features, int from, List<(string, float)> effects)
    {
        var probability = model.Probability(features);
        for (var f = from; f < features.Length; f++)
        {
            var kept = features[f];
            if (kept == model.Typical[f]) continue;
            features[f] = model.Typical[f];
            effects.Add((model.FeatureNames[f], probability - model.Probability(features)));
            features[f] = kept;
        }
    }
}
