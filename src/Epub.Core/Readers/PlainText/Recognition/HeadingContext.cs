namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// The second look at a line: what the first model thought of the lines around it and of the
/// other lines of its family. A text keeps its conventions: where the lines shaped like this
/// one are headings, this one likely is; where a lone line looks like a heading among hundreds
/// of its family that do not, it likely is not. Stacked on the first model's probabilities, as
/// a cascade of labellers reads a document (GROBID's models feed each other).
/// </summary>
/// <remarks>
/// The second look reads the context alone, not the line's features again: the first look has
/// said what the line is, and a second model of all the line's features learns the corpus's
/// texts by heart (it is fitted on the texts without their variants, and under cross-validation
/// both looks together fell below the first look alone).
/// </remarks>
internal sealed class HeadingContext
{
    public static readonly string[] FeatureNames =
        ["p_line", "p_previous", "p_next", "p_family_others", "family_likely_others", "document_likely", "document_likely_share", "lines_before", "prose_before"];

    /// <summary>The features of the second model.</summary>
    public static int FeatureCount => FeatureNames.Length;

    public static IEnumerable<string> AllFeatureNames => FeatureNames;

    private const float Likely = 0.5f;

    public LineSheet Sheet => sheet;

    private readonly LineSheet sheet;
    private readonly float[] first;
    private readonly Dictionary<int, (float Sum, int Count, int Likely)> families = [];
    private readonly int likely, text;

    public HeadingContext(LineSheet sheet, float[] firstProbabilities)
    {
        this.sheet = sheet;
        first = firstProbabilities;
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i)) continue;
            text++;
            var high = first[i] >= Likely ? 1 : 0;
            likely += high;
            var (sum, count, familyLikely) = families.GetValueOrDefault(sheet.Family(i));
            families[sheet.Family(i)] = (sum + first[i], count + 1, familyLikely + high);
        }
    }

    /// <summary>Writes the second model's vector.</summary>
    public void Features(int i, Span<float> into)
    {
        var f = 0;
        into[f++] = first[i];
        into[f++] = Neighbour(i, -1);
        into[f++] = Neighbour(i, +1);
        var (sum, count, familyLikely) = families[sheet.Family(i)];
        var high = first[i] >= Likely ? 1 : 0;
        into[f++] = count <= 1 ? 0 : (sum - first[i]) / (count - 1);
        into[f++] = MathF.Log2(1 + familyLikely - high);
        into[f++] = MathF.Log2(1 + likely);
        into[f++] = text == 0 ? 0 : (float)likely / text;
        // Where the line stands: in a text whose only likely lines are its title block's, they
        // are no headings; the same few lines after the text's prose has begun are.
        into[f++] = sheet.LinesBefore(i);
        into[f++] = sheet.ProseBefore(i);
    }

    /// <summary>The first model's probability for the nearest text line on one side, within three lines (0 when none).</summary>
    private float Neighbour(int i, int step)
    {
        for (var k = i + step; k >= 0 && k < sheet.Count && Math.Abs(k - i) <= 3; k += step)
            if (sheet.IsText(k)) return first[k];
        return 0;
    }
}
