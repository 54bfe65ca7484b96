using System.Globalization;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// A fitted model of one line label: boosted regression trees over the line features, with the
/// calibration that turns their score into a probability and the decision threshold chosen by
/// cross-validation. Fitted by the training tool (src/Epub.Training), shipped as a small text
/// file and evaluated here with plain code: no ML runtime, no reflection, the same numbers on
/// every machine.
/// </summary>
internal sealed class LineModel
{
    public required string Label { get; init; }

    /// <summary>The probability at and above which a line gets the label.</summary>
    public required float Threshold { get; init; }

    public required string[] FeatureNames { get; init; }

    /// <summary>Each feature's median on lines of prose: what a feature is set back to when the labeller explains a decision.</summary>
    public float[] Typical { get; private set; } = [];

    /// <summary>Heading recall, precision and F1 under grouped cross-validation when the model was fitted (null when not recorded).</summary>
    public (float Recall, float Precision, float F1)? CrossValidated { get; private set; }

    private float bias, slope, offset;

    // Every tree's nodes in one set of arrays, each tree's after the one before, child indexes
    // made absolute (a leaf: the bitwise complement of its index in leafValue, which holds the
    // leaf's value times its tree's weight): the forest is walked in a few contiguous arrays, with
    // no object per tree. Scoring every line twice is most of a plain text's conversion time.
    private int[] roots = [], nodeFeature = [], nodeLeft = [], nodeRight = [];
    private float[] nodeSplit = [], leafValue = [];

    public static LineModel Load(string resourceName) => Parse(EmbeddedData.Text(resourceName));

    /// <summary>
    /// Reads the model file the training tool writes (one record a line, fields separated by
    /// tabs). Read as spans straight into the forest's arrays: the models are read at every
    /// start, and a string per field made reading them most of a short text's conversion time.
    /// </summary>
    public static LineModel Parse(string text)
    {
        string? label = null;
        float threshold = 0.5f, bias = 0, slope = -1, offset = 0;
        string[]? features = null;
        float[] typical = [];
        (float, float, float)? crossValidated = null;
        var forest = new ForestBuilder();
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var kind = tab < 0 ? line : line[..tab];
            var rest = tab < 0 ? ReadOnlySpan<char>.Empty : line[(tab + 1)..];
            switch (kind)
            {
                case "label": label = rest.ToString(); break;
                case "threshold": threshold = Floats(rest)[0]; break;
                case "bias": bias = Floats(rest)[0]; break;
                case "cross-validated": { var v = Floats(rest); crossValidated = (v[0], v[1], v[2]); break; }
                case "calibration": { var v = Floats(rest); (slope, offset) = (v[0], v[1]); break; }
                case "features": features = rest.ToString().Split('\t'); break;
                case "typical": typical = Floats(rest); break;
                case "tree": forest.Add(rest); break;
                default: throw new FormatException($"unknown model record '{kind}'");
            }
        }
        var model = new LineModel { Label = label ?? throw new FormatException("the model names no label"), Threshold = threshold, FeatureNames = features ?? throw new FormatException("the model names no features") };
        model.bias = bias;
        model.CrossValidated = crossValidated;
        model.Typical = typical.Length == model.FeatureNames.Length ? typical : new float[model.FeatureNames.Length];
        model.slope = slope;
        model.offset = offset;
        (model.roots, model.nodeFeature, model.nodeSplit, model.nodeLeft, model.nodeRight, model.leafValue) = forest.Build();
        return model;
    }

    private static float Number(ReadOnlySpan<char> s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static float[] Floats(ReadOnlySpan<char> fields)
    {
        var values = new List<float>();
        foreach (var range in fields.Split('\t')) values.Add(Number(fields[range]));
        return [.. values];
    }

    /// <summary>
    /// Lays the trees out for <see cref="Score"/> as they are read: each tree's nodes after the
    /// one before, child indexes made absolute (the trainer numbers a tree's leaves ~0, ~1, …),
    /// each leaf's value multiplied by its tree's weight.
    /// </summary>
    private sealed class ForestBuilder
    {
        private readonly List<int> roots = [], feature = [], left = [], right = [];
        private readonly List<float> split = [], leaf = [];

        /// <summary>One record: weight, then features… | splits… | left… | right… | leaves….</summary>
        public void Add(ReadOnlySpan<char> record)
        {
            var (nodeBase, leafBase) = (feature.Count, leaf.Count);
            var part = -1;
            var weight = 0f;
            foreach (var range in record.Split('\t'))
            {
                var field = record[range];
                if (part < 0) { weight = Number(field); part = 0; continue; }
                if (field is "|") { if (++part > 4) throw new FormatException("a tree record needs five parts"); continue; }
                switch (part)
                {
                    case 0: feature.Add(int.Parse(field, CultureInfo.InvariantCulture)); break;
                    case 1: split.Add(Number(field)); break;
                    case 2: left.Add(Absolute(int.Parse(field, CultureInfo.InvariantCulture))); break;
                    case 3: right.Add(Absolute(int.Parse(field, CultureInfo.InvariantCulture))); break;
                    default: leaf.Add(weight * Number(field)); break;
                }
            }
            if (part != 4 || split.Count != feature.Count || left.Count != feature.Count || right.Count != feature.Count || leaf.Count == leafBase)
                throw new FormatException("a tree record needs five parts, one entry a node in the first four");
            roots.Add(feature.Count == nodeBase ? ~leafBase : nodeBase);

            int Absolute(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
        }

        public (int[] Roots, int[] Feature, float[] Split, int[] Left, int[] Right, float[] Leaf) Build() =>
            ([.. roots], [.. feature], [.. split], [.. left], [.. right], [.. leaf]);
    }

    /// <summary>The trees' summed score, tree by tree in the trainer's order (the same sums, to the last bit, on every machine).</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        var score = bias;
        foreach (var root in roots)
        {
            var node = root;
            while (node >= 0) node = features[nodeFeature[node]] <= nodeSplit[node] ? nodeLeft[node] : nodeRight[node];
            score += leafValue[~node];
        }
        return score;
    }

    /// <summary>The calibrated probability of the label (Platt's sigmoid over the score).</summary>
    public float Probability(ReadOnlySpan<float> features) => 1f / (1f + MathF.Exp(slope * Score(features) + offset));
}
