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

    private sealed record Tree(float Weight, int[] Feature, float[] Split, int[] Left, int[] Right, float[] Leaves);

    public static LineModel Load(string resourceName) => Parse(EmbeddedData.Text(resourceName));

    /// <summary>Reads the model file the training tool writes (one record a line, fields separated by tabs).</summary>
    public static LineModel Parse(string text)
    {
        string? label = null;
        float threshold = 0.5f, bias = 0, slope = -1, offset = 0;
        string[]? features = null;
        float[] typical = [];
        (float, float, float)? crossValidated = null;
        var trees = new List<Tree>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "label": label = fields[1]; break;
                case "threshold": threshold = Number(fields[1]); break;
                case "bias": bias = Number(fields[1]); break;
                case "cross-validated": crossValidated = (Number(fields[1]), Number(fields[2]), Number(fields[3])); break;
                case "calibration": (slope, offset) = (Number(fields[1]), Number(fields[2])); break;
                case "features": features = fields[1..]; break;
                case "typical": typical = Floats(fields[1..]); break;
                case "tree":
                {
                    // tree  weight  features…  |  splits…  |  left…  |  right…  |  leaves…
                    var parts = new List<string>[5];
                    for (var p = 0; p < parts.Length; p++) parts[p] = [];
                    var part = 0;
                    for (var k = 2; k < fields.Length; k++)
                    {
                        if (fields[k] == "|") { if (++part >= parts.Length) throw new FormatException("a tree record needs five parts"); }
                        else parts[part].Add(fields[k]);
                    }
                    if (part != 4) throw new FormatException("a tree record needs five parts");
                    trees.Add(new Tree(Number(fields[1]), Ints(parts[0]), Floats(parts[1]), Ints(parts[2]), Ints(parts[3]), Floats(parts[4])));
                    break;
                }
                default: throw new FormatException($"unknown model record '{fields[0]}'");
            }
        }
        var model = new LineModel { Label = label ?? throw new FormatException("the model names no label"), Threshold = threshold, FeatureNames = features ?? throw new FormatException("the model names no features") };
        model.bias = bias;
        model.CrossValidated = crossValidated;
        model.Typical = typical.Length == model.FeatureNames.Length ? typical : new float[model.FeatureNames.Length];
        model.slope = slope;
        model.offset = offset;
        model.Flatten(trees);
        return model;

        static float Number(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        static float[] Floats(IReadOnlyList<string> values)
        {
            var result = new float[values.Count];
            for (var k = 0; k < result.Length; k++) result[k] = Number(values[k]);
            return result;
        }
        static int[] Ints(IReadOnlyList<string> values)
        {
            var result = new int[values.Count];
            for (var k = 0; k < result.Length; k++) result[k] = int.Parse(values[k], CultureInfo.InvariantCulture);
            return result;
        }
    }

    /// <summary>Lays the trees out for <see cref="Score"/>: negative child indexes are leaves (~index), as the trainer numbers them.</summary>
    private void Flatten(List<Tree> trees)
    {
        roots = new int[trees.Count];
        var (nodes, leaves) = (trees.Sum(t => t.Feature.Length), trees.Sum(t => t.Leaves.Length));
        (nodeFeature, nodeSplit, nodeLeft, nodeRight, leafValue) = (new int[nodes], new float[nodes], new int[nodes], new int[nodes], new float[leaves]);
        int nodeBase = 0, leafBase = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            int Absolute(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            roots[t] = tree.Feature.Length == 0 ? ~leafBase : nodeBase;
            for (var n = 0; n < tree.Feature.Length; n++)
            {
                nodeFeature[nodeBase + n] = tree.Feature[n];
                nodeSplit[nodeBase + n] = tree.Split[n];
                nodeLeft[nodeBase + n] = Absolute(tree.Left[n]);
                nodeRight[nodeBase + n] = Absolute(tree.Right[n]);
            }
            for (var l = 0; l < tree.Leaves.Length; l++) leafValue[leafBase + l] = tree.Weight * tree.Leaves[l];
            nodeBase += tree.Feature.Length;
            leafBase += tree.Leaves.Length;
        }
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
