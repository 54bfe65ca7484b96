using System.Globalization;
using System.Text;
using Epub.Readers.PlainText.Recognition;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Epub.Training;

/// <summary>Fits the heading model with ML.NET's boosted trees; fixed seed and one thread, so the same labels give the same parameters.</summary>
internal static class Trainer
{
    private sealed class Example
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        public float[] Features { get; set; } = [];
    }

    /// <summary>A fitted model: boosted trees (Trees), or a logistic regression (Weights, one a feature, and Bias).</summary>
    public sealed record Fitted(RegressionTreeEnsemble? Trees, double Slope, double Offset, string[] FeatureNames, float[]? Weights = null, double Bias = 0, Fitted[]? Members = null);

    /// <summary>
    /// The trees' size and how much each leaf must hold: chosen by cross-validation (the tune command), not by looking at a document.
    /// No trees (<see cref="Linear"/>): a logistic regression over the features, its weights held back by L2.
    /// </summary>
    public sealed record Shape(int Trees, int Leaves, int MinimumPerLeaf, double FeatureFraction = 1.0, double L2 = 0, double BaggingFraction = 1.0, int Seeds = 1, int Seed = 1)
    {
        public static Shape Linear(double l2) => new(0, 0, 0, L2: l2);

        public bool IsLinear => Trees == 0;

        public override string ToString() => IsLinear ? $"a logistic regression (L2 {L2})" : $"{Trees} trees of {Leaves} leaves, at least {MinimumPerLeaf} lines a leaf, {FeatureFraction:P0} of the features a tree";
    }

    // The tune command's candidates, first look F1 under cross-validation: 200×16 (min 20) 0.687,
    // 100×8 (50) 0.678, 300×8 (100) 0.697, 400×4 (50) 0.711. With both looks, 400×4 gained over all
    // the texts (0.706 → 0.722) but lost on the archive's own texts (0.769 → 0.747), did no better on
    // the validation split (67 % → 69 % of headings, 59 → 61 invented) and lost conventions the suite
    // checks: 200×16 stays. Trees seeing a random half or 70 % of the features (cv
    // --feature-fraction) scored 0.691 and 0.680 against 0.687: noise, so every tree sees them all.
    //
    // Each look is three such fits averaged (their calibrated log-odds), each on a random 70 % of
    // the rows a tree: a single fit is unsteady (refits after small changes moved a short text's
    // obvious heading from 0.9 to 0.2), and averaging steadies it. Out of fold, both looks, on the
    // archive's texts at each threshold from 0.3 to 0.6: some 30 fewer invented headings for as
    // many found (at 0.45: 497 found, 117 invented, against 492 and 141); over Project
    // Gutenberg's books about as before. Bagging alone (one fit): first look F1 as without it.
    public static Shape Chosen { get; set; } = new(200, 16, 20, BaggingFraction: 0.7, Seeds: 3);

    /// <summary>
    /// The second look's trees (it learns from the corpus's texts and the short texts cut from them). It reads nine numbers of
    /// context, not the line's sixty features again (see HeadingContext), so it needs fewer and
    /// smaller trees than the first look: 100 trees of 8 leaves, at least 50 lines a leaf, three fits averaged as the first look's are. (When it
    /// read all the line's features too, tune-context chose 200×16 (min 20); with the first look's
    /// gains from the bare-label labels and the screen measure, that second look fell below the
    /// first look alone under cross-validation, F1 0.667 against 0.723.)
    /// </summary>
    public static Shape ContextChosen { get; set; } = new(100, 8, 50, BaggingFraction: 0.7, Seeds: 3);

    /// <summary>
    /// For the rankers' few hundred candidates (of some sixty to eighty texts), a logistic
    /// regression: trees learned the texts by heart. Cross-validated by document, authors found /
    /// wrong names of 61 texts, titles of 79: 100 trees of 4 leaves (at least 5) 41/10 and 54/14;
    /// 300 one-split trees (an additive model) 42/6 and 51/79 found; L2 0.3: authors 43/8; L2 1:
    /// 44/9 and 58/21; L2 3: 44/9 and 59/18; L2 10: 44/9 and 58/14; L2 30: titles 58/15; L2 100:
    /// 57/13. (`--ranker-l2 X` or `--ranker-shape T,L,M` repeats the measure.)
    /// </summary>
    public static Shape Ranker { get; set; } = Shape.Linear(10);

    /// <summary>The preformatted model's trees (a few thousand scored lines, a few hundred of them preformatted).</summary>
    public static Shape PreformattedShape { get; set; } = new(100, 8, 20);

    public static Fitted Fit(Data data, List<int> documents, Func<Row, bool>? label = null, Shape? shape = null)
    {
        shape ??= Chosen;
        if (shape.IsLinear) return FitLinear(data, documents, label ?? (r => r.Heading), shape.L2);
        // Several fits on random samples of the rows, their calibrated log-odds averaged: one model
        // whose trees are all of theirs (Write scales each member's trees by its calibration).
        if (shape.Seeds > 1)
        {
            var members = Enumerable.Range(0, shape.Seeds).Select(k => Fit(data, documents, label, shape with { Seeds = 1, Seed = 1 + k })).ToArray();
            return new Fitted(null, -1, members.Average(m => m.Offset), data.FeatureNames, Members: members);
        }
        var ml = new MLContext(seed: 1);
        var chosen = documents.ToHashSet();
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, data.Rows[0].Features.Length);
        // Every document weighs about the same, whatever its length: a long book would otherwise
        // teach its own conventions to the model of every short posting.
        var lengths = data.Rows.GroupBy(r => r.Document).ToDictionary(g => g.Key, g => g.Count());
        // The heading models do not learn from the title block's lines: the title pass decides those,
        // and learnt as "not a heading" they taught that a heading-shaped line before the prose is
        // none, which cost the first section heading under a title (cross-validated, both looks, one
        // fit a look: F1 0.740 -> 0.742, archive texts 0.771 -> 0.776). The heading models are the
        // fits with the default label; the preformatted model and the rankers name theirs.
        var headingModel = label is null;
        label ??= r => r.Heading;
        var examples = data.Rows.Where(r => chosen.Contains(r.Document) && !(headingModel && (r.Title || r.Byline)))
            .Select(r => new Example { Label = label(r), Features = r.Features, Weight = r.Weight * (float)(1000.0 / Math.Max(1000, lengths[r.Document])) });
        var view = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = shape.Trees,
            NumberOfLeaves = shape.Leaves,
            MinimumExampleCountPerLeaf = shape.MinimumPerLeaf,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = shape.Seed,
            FeatureFraction = shape.FeatureFraction,
            BaggingSize = shape.BaggingFraction < 1 ? 1 : 0,
            BaggingExampleFraction = shape.BaggingFraction,
            ExampleWeightColumnName = nameof(Example.Weight),
        });
        var model = trainer.Fit(view);
        var calibrated = model.Model;
        var platt = (PlattCalibrator)calibrated.Calibrator;
        return new Fitted(calibrated.SubModel.TrainedTreeEnsemble, platt.Slope, platt.Offset, data.FeatureNames);
    }

    /// <summary>
    /// A logistic regression (L-BFGS, L2-regularised) over features scaled to unit spread, so one
    /// penalty weighs every feature alike; the scales are folded back into the weights, so the
    /// converter multiplies its raw features. Rows weigh as for the trees (a long document's share held
    /// down; a ranker's few candidates a text count one each).
    /// </summary>
    private static Fitted FitLinear(Data data, List<int> documents, Func<Row, bool> label, double l2)
    {
        var chosen = documents.ToHashSet();
        var rows = data.Rows.Where(r => chosen.Contains(r.Document)).ToList();
        var width = data.FeatureNames.Length;
        var scale = new float[width];
        for (var f = 0; f < width; f++)
        {
            var mean = rows.Average(r => (double)r.Features[f]);
            var spread = Math.Sqrt(rows.Average(r => (r.Features[f] - mean) * (r.Features[f] - mean)));
            scale[f] = spread > 1e-9 ? (float)(1 / spread) : 0;
        }
        var lengths = rows.GroupBy(r => r.Document).ToDictionary(g => g.Key, g => g.Count());
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var examples = rows.Select(r => new Example
        {
            Label = label(r),
            Features = r.Features.Select((v, f) => v * scale[f]).ToArray(),
            Weight = r.Weight * (float)(1000.0 / Math.Max(1000, lengths[r.Document])),
        });
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = (float)l2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(Example.Weight),
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(examples, schema)).Model.SubModel;
        var weights = model.Weights.Select((w, f) => w * scale[f]).ToArray();
        // The regression's own probability is the sigmoid of its score: calibration slope -1, offset 0.
        return new Fitted(null, -1, 0, data.FeatureNames, weights, model.Bias);
    }

    /// <summary>
    /// Out-of-fold probabilities of one look: each of the given documents scored by a model fitted
    /// on the others of them, k folds by document (rows of other documents are left at 0). A
    /// variant (Augmentation) goes in its source's fold, so no text is scored by a model that saw
    /// it in another dress.
    /// </summary>
    public static float[] OutOfFold(Data data, List<int> documents, int folds, Func<Row, bool>? label = null, Shape? shape = null)
    {
        var probabilities = new float[data.Rows.Count];
        var foldOf = documents.Select(data.SourceOf).Distinct().Select((source, k) => (source, k % folds)).ToDictionary(p => p.source, p => p.Item2);
        var chosen = documents.ToHashSet();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = FirstLookTraining(data, documents.Where(d => foldOf[data.SourceOf(d)] != fold));
            var model = Parse(Fit(data, training, label, shape));
            for (var r = 0; r < data.Rows.Count; r++)
                if (chosen.Contains(data.Rows[r].Document) && foldOf[data.SourceOf(data.Rows[r].Document)] == fold) probabilities[r] = model.Probability(data.Rows[r].Features);
        }
        return probabilities;
    }

    /// <summary>
    /// Out-of-fold probabilities of both looks, honestly nested: for each outer fold, the second
    /// look is fitted on first-look probabilities that are themselves out-of-fold (inner folds
    /// over the training documents only), then scores the held-out documents. Outer folds run two
    /// at a time; each fit is single-threaded with a fixed seed, so the result does not depend on it.
    /// Texts are the corpus's and their variants, as the data's documents.
    /// </summary>
    public static float[] CrossValidateBothLooks(List<LabelledText> texts, Data first, int folds, int innerFolds) =>
        CrossValidateBothLooks(texts, first, folds, innerFolds, [ContextChosen])[0];

    /// <summary>
    /// The same, for several shapes of the second look at once: each outer fold's first look is
    /// fitted once and every shape of the second look stacked on it (the context tune command).
    /// </summary>
    public static float[][] CrossValidateBothLooks(List<LabelledText> texts, Data first, int folds, int innerFolds, Shape[] contextShapes, float[]? inSampleWeights = null)
    {
        var weights = inSampleWeights ?? [InSampleWeight];
        var variants = contextShapes.SelectMany(shape => weights.Select(weight => (Shape: shape, Weight: weight))).ToArray();
        var probabilities = variants.Select(_ => new float[first.Rows.Count]).ToArray();
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var training = Enumerable.Range(0, first.Documents.Count).Where(d => first.SourceOf(d) % folds != fold).ToList();
            var firstLook = OutOfFold(first, training, innerFolds);
            var lineModel = Parse(Fit(first, FirstLookTraining(first, training)));
            for (var r = 0; r < first.Rows.Count; r++)
                if (first.SourceOf(first.Rows[r].Document) % folds == fold) firstLook[r] = lineModel.Probability(first.Rows[r].Features);
            var second = Features.InContext(texts, first, firstLook);
            for (var s = 0; s < variants.Length; s++)
            {
                var secondTraining = SecondLookData(texts, first, second, lineModel, training, variants[s].Weight);
                var contextModel = Parse(Fit(secondTraining, ContextTraining(secondTraining, training), shape: variants[s].Shape));
                for (var r = 0; r < second.Rows.Count; r++)
                    if (second.SourceOf(second.Rows[r].Document) % folds == fold) probabilities[s][r] = contextModel.Probability(second.Rows[r].Features);
            }
        });
        return probabilities;
    }

    /// <summary>Whether the second look learns from both regimes of the first look (EPUB_BOTH_REGIMES=0: out-of-fold alone; an experiment's switch).</summary>
    public static bool BothRegimes { get; set; } = Environment.GetEnvironmentVariable("EPUB_BOTH_REGIMES") != "0";

    /// <summary>How much a training text's copy with its fitted first look counts against its out-of-fold copy (tune-regimes).</summary>
    public static float InSampleWeight { get; set; } = float.Parse(Environment.GetEnvironmentVariable("EPUB_IN_SAMPLE_WEIGHT") ?? "1", CultureInfo.InvariantCulture);

    /// <summary>
    /// The rows the second look learns from. On a text it has never met the first look errs as it
    /// does out of fold, and the second look learns from those probabilities; but on the texts it
    /// was fitted on the first look is near certain, and there the second look, which learned that
    /// a rejected line in a family of found headings is often a missed one, lifts every line of
    /// that family. So it learns from both: each training text once with its out-of-fold first
    /// look, once with the first look fitted on it.
    /// </summary>
    public static Data SecondLookData(List<LabelledText> texts, Data first, Data outOfFold, LineModel fittedFirstLook, IEnumerable<int> training, float? inSampleWeight = null)
    {
        var weight = inSampleWeight ?? InSampleWeight;
        if (!BothRegimes || weight <= 0) return outOfFold;
        var chosen = training.ToHashSet();
        var inSample = new float[first.Rows.Count];
        for (var r = 0; r < first.Rows.Count; r++)
            if (chosen.Contains(first.Rows[r].Document)) inSample[r] = fittedFirstLook.Probability(first.Rows[r].Features);
        var fitted = Features.InContext(texts, first, inSample);
        return new Data(first.Documents, [.. outOfFold.Rows, .. fitted.Rows.Where(r => chosen.Contains(r.Document)).Select(r => r with { Weight = weight })], outOfFold.FeatureNames, first.Sources);
    }

    /// <summary>The model a fit gives, for scoring in the training tool.</summary>
    public static LineModel Scorer(Fitted fitted) => Parse(fitted);

    /// <summary>Whether the first look learns from the digests too (EPUB_DIGESTS_FIRST_LOOK=0 keeps them to the second look: an experiment's switch).</summary>
    public static bool DigestsInFirstLook { get; set; } = Environment.GetEnvironmentVariable("EPUB_DIGESTS_FIRST_LOOK") != "0";

    /// <summary>The documents the first look learns from (see DigestsInFirstLook); out of fold, it gives the digests probabilities either way.</summary>
    public static List<int> FirstLookTraining(Data data, IEnumerable<int> documents) => documents.Where(d => DigestsInFirstLook || !Augmentation.IsDigest(data.Documents[d])).ToList();

    /// <summary>
    /// The documents the second look learns from: the corpus's texts, the short texts cut from
    /// them and their asides variants, not their dresses. Trained on the dresses too, it leaned on their uniform dress (every
    /// heading of a variant shares one shape, so its family gives it away) and lost on real texts
    /// under cross-validation (F1 0.706 → 0.665).
    /// </summary>
    public static List<int> ContextTraining(Data data, IEnumerable<int> documents) =>
        documents.Where(d => !data.IsVariant(d) || Augmentation.IsCut(data.Documents[d]) || Augmentation.IsAsides(data.Documents[d])).ToList();

    private static LineModel Parse(Fitted fitted) => LineModel.Parse(Write(fitted, 0.5f, new float[fitted.FeatureNames.Length], fitted.FeatureNames));

    /// <summary>The model file the converter reads (see LineModel.Parse): label, threshold, calibration, features, typical values, trees.</summary>
    public static string Write(Fitted fitted, float threshold, float[] typical, string[] featureNames, Evaluation.Counts? crossValidated = null, string label = "heading")
    {
        var text = new StringBuilder();
        text.Append(label == "author" ? "# The author model (the names a text offers, ranked), written by src/Epub.Training (train); do not edit by hand.\n"
            : label == "title" ? "# The title model (the readings of the title a text offers, ranked), written by src/Epub.Training (train); do not edit by hand.\n"
            : label == PreformattedLines.Label ? "# The preformatted model (tables, diagrams: lines whose spacing is their meaning), written by src/Epub.Training (train); do not edit by hand.\n"
            : label != "heading" ? $"# The line labeller's {label} model (the line alone), written by src/Epub.Training (train); do not edit by hand.\n"
            : featureNames.Length == LineSheet.FeatureCount
            ? "# The line labeller's first look (the line alone), written by src/Epub.Training (train); do not edit by hand.\n"
            : "# The line labeller's second look (the line in its context), written by src/Epub.Training (train); do not edit by hand.\n");
        text.Append(CultureInfo.InvariantCulture, $"label\t{label}\n");
        // What the model scored on texts it had not seen (grouped cross-validation): the suite's floor checks it.
        if (crossValidated is not null)
            text.Append(CultureInfo.InvariantCulture, $"cross-validated\t{crossValidated.Recall:0.0000}\t{crossValidated.Precision:0.0000}\t{crossValidated.F1:0.0000}\n");
        text.Append(CultureInfo.InvariantCulture, $"threshold\t{threshold:R}\n");
        text.Append(CultureInfo.InvariantCulture, $"calibration\t{(float)fitted.Slope:R}\t{(float)fitted.Offset:R}\n");
        var members = fitted.Members ?? [fitted];
        // A member's trees count by its own calibration, shared out among the members (one member: as fitted).
        double Scale(Fitted member) => fitted.Members is null ? 1 : -member.Slope / members.Length;
        text.Append(CultureInfo.InvariantCulture, $"bias\t{(float)members.Sum(m => Scale(m) * (m.Trees?.Bias ?? m.Bias)):R}\n");
        text.Append("features\t").AppendJoin('\t', featureNames).Append('\n');
        text.Append("typical\t").AppendJoin('\t', typical.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        if (fitted.Weights is not null)
            text.Append("weights\t").AppendJoin('\t', fitted.Weights.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        foreach (var member in members)
            for (var t = 0; t < (member.Trees?.Trees.Count ?? 0); t++)
            {
                var tree = member.Trees!.Trees[t];
                text.Append(CultureInfo.InvariantCulture, $"tree\t{(float)(member.Trees.TreeWeights[t] * Scale(member)):R}\t");
                text.AppendJoin('\t', tree.NumericalSplitFeatureIndexes).Append("\t|\t");
                text.AppendJoin('\t', tree.NumericalSplitThresholds.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append("\t|\t");
                text.AppendJoin('\t', tree.LeftChild).Append("\t|\t");
                text.AppendJoin('\t', tree.RightChild).Append("\t|\t");
                text.AppendJoin('\t', tree.LeafValues.Select(v => ((float)v).ToString("R", CultureInfo.InvariantCulture))).Append('\n');
            }
        return text.ToString();
    }
}

