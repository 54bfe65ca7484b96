using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// A fitted model of one line label: boosted regression trees over the line features, or a
/// logistic regression's weights (a ranker's few hundred candidates), with the calibration that turns their score into a probability and the decision threshold chosen by
/// cross-validation. Fitted by the training tool (src/Epub.Training), written as a small text
/// file and shipped compiled from it, and evaluated here with plain code: no ML runtime, no reflection, the same numbers on
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

    // A linear model's weight for each feature (empty for a forest): its score is the bias plus
    // each feature times its weight.
    private float[] weights = [];

    /// <summary>A model built into the assembly, in its compiled form (<see cref="Compile"/>).</summary>
    public static LineModel Load(string resourceName) => Read(EmbeddedData.Bytes(resourceName));

    /// <summary>
    /// Reads the model file the training tool writes (one record a line, fields separated by
    /// tabs): the readable record, read by the training tool and for EPUB_MODEL_FOLDER; the
    /// converter's own models are embedded compiled (<see cref="Read"/>).
    /// </summary>
    public static LineModel Parse(string text)
    {
        string? label = null;
        float threshold = 0.5f, bias = 0, slope = -1, offset = 0;
        string[]? features = null;
        float[] typical = [], weights = [];
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
                case "weights": weights = Floats(rest); break;
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
        if (weights.Length is not 0 && weights.Length != model.FeatureNames.Length) throw new FormatException("a linear model needs one weight a feature");
        model.weights = weights;
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

    // The compiled form: what the training tool writes beside each model file and the converter
    // ships. The text form stays the record a person reads; parsing it at every start was most
    // of a short text's conversion (hundreds of kilobytes of numbers turned into strings, lists
    // and floats), while these arrays are copied out as they lie. Little-endian throughout.
    private static ReadOnlySpan<byte> CompiledMagic => "EPUBLM02"u8;

    /// <summary>The model in its compiled form: the forest's arrays as the converter walks them.</summary>
    public byte[] Compile()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CompiledMagic);
            writer.Write(Label);
            foreach (var value in (float[])[Threshold, bias, slope, offset]) writer.Write(value);
            writer.Write(CrossValidated is not null);
            var (recall, precision, f1) = CrossValidated ?? default;
            foreach (var value in (float[])[recall, precision, f1]) writer.Write(value);
            writer.Write(FeatureNames.Length);
            foreach (var name in FeatureNames) writer.Write(name);
            Write(writer, Typical);
            Write(writer, roots);
            Write(writer, nodeFeature);
            Write(writer, nodeSplit);
            Write(writer, nodeLeft);
            Write(writer, nodeRight);
            Write(writer, leafValue);
            Write(writer, weights);
        }
        return bytes.ToArray();
    }

    private static void Write(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    private static void Write(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    /// <summary>Reads the compiled form <see cref="Compile"/> writes.</summary>
    public static LineModel Read(ReadOnlySpan<byte> compiled)
    {
        var reader = new CompiledReader(compiled);
        if (!reader.Take(CompiledMagic.Length).SequenceEqual(CompiledMagic)) throw new FormatException("not a compiled line model (run the training tool again)");
        var label = reader.String();
        var (threshold, bias, slope, offset) = (reader.Float(), reader.Float(), reader.Float(), reader.Float());
        var recorded = reader.Take(1)[0] != 0;
        (float, float, float)? crossValidated = (reader.Float(), reader.Float(), reader.Float());
        var features = new string[reader.Int()];
        for (var f = 0; f < features.Length; f++) features[f] = reader.String();
        var model = new LineModel { Label = label, Threshold = threshold, FeatureNames = features };
        (model.bias, model.slope, model.offset, model.CrossValidated) = (bias, slope, offset, recorded ? crossValidated : null);
        model.Typical = reader.Array<float>();
        (model.roots, model.nodeFeature, model.nodeSplit, model.nodeLeft, model.nodeRight, model.leafValue) =
            (reader.Array<int>(), reader.Array<int>(), reader.Array<float>(), reader.Array<int>(), reader.Array<int>(), reader.Array<float>());
        model.weights = reader.Array<float>();
        if (!reader.AtEnd || (model.weights.Length != 0 && model.weights.Length != features.Length) || model.Typical.Length != features.Length || model.nodeSplit.Length != model.nodeFeature.Length ||
            model.nodeLeft.Length != model.nodeFeature.Length || model.nodeRight.Length != model.nodeFeature.Length)
            throw new FormatException("a compiled line model whose parts do not fit together");
        return model;
    }

    private ref struct CompiledReader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> rest = bytes;

        public readonly bool AtEnd => rest.IsEmpty;

        public ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > rest.Length) throw new FormatException("a compiled line model cut short");
            var taken = rest[..count];
            rest = rest[count..];
            return taken;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        /// <summary>A string as BinaryWriter writes one: its UTF-8 length in 7-bit groups, then the bytes.</summary>
        public string String()
        {
            var (length, shift) = (0, 0);
            byte part;
            do { part = Take(1)[0]; length |= (part & 0x7F) << shift; shift += 7; } while ((part & 0x80) != 0 && shift < 35);
            return Encoding.UTF8.GetString(Take(length));
        }

        public T[] Array<T>() where T : unmanaged
        {
            var count = Int();
            if (count < 0 || count > rest.Length / 4) throw new FormatException("a compiled line model cut short");
            var values = MemoryMarshal.Cast<byte, T>(Take(count * 4)).ToArray();
            if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<T, int>(values.AsSpan()), MemoryMarshal.Cast<T, int>(values.AsSpan()));
            return values;
        }
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

    /// <summary>The trees' summed score, tree by tree in the trainer's order (the same sums, to the last bit, on every machine), or the linear model's.</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        var score = bias;
        for (var f = 0; f < weights.Length; f++) score += weights[f] * features[f];
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
