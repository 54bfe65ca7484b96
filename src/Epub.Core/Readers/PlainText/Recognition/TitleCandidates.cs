namespace Epub.Readers.PlainText.Recognition;

/// <summary>One reading of a text's title (Line -1: the mail subject or the title block's reading, not lines of the body), with what the title model reads of it.</summary>
internal sealed record TitleCandidate(string Title, int Line, int Lines, float[] Features);

/// <summary>
/// The readings a text offers as its title, for the fitted title model to rank: each line near the
/// head, and two or three consecutive lines of one block read together (a title broken over lines),
/// with the first line's own features from the sheet and what the reading adds (how many lines it
/// joins, where it stands among the text lines, the labeller's heading probability, whether the
/// mail subject or the title block says the same). The title block's rules and the subject are
/// evidence here, not the decision.
/// </summary>
internal static class TitleCandidates
{
    private static readonly string[] ReadingFeatureNames =
        ["text_lines_before", "lines_joined", "heading_probability", "same_as_subject", "title_block_names_it", "copyright", "file_name_shape",
         "field_label", "blank_after_last", "title_block_overlap"];

    public static readonly string[] FeatureNames = [.. ReadingFeatureNames, .. LineSheet.FeatureNames.Select(n => "line_" + n)];

    public static int FeatureCount => FeatureNames.Length;

    /// <summary>Where the title block's reading is marked in a reading's features.</summary>
    public static int TitleBlockSlot { get; } = Array.IndexOf(FeatureNames, "title_block_names_it");

    /// <summary>How many text lines at the head a title is looked for in, and how many lines one reading joins at most.</summary>
    private const int Head = 25, MostLines = 3;

    public static List<TitleCandidate> Find(LineSheet sheet, Func<int, float> headingProbability, string? subject)
    {
        var head = sheet.TextLines(Head, 0).ToList();
        var result = new List<TitleCandidate>();
        for (var k = 0; k < head.Count; k++)
        {
            var text = sheet.Text(head[k]).Trim();
            if (IsDecoration(text)) continue;
            for (var n = 1; n <= MostLines && k + n - 1 < head.Count; n++)
            {
                // Joined lines are consecutive lines of one block.
                if (n > 1 && head[k + n - 1] != head[k] + n - 1) break;
                if (n > 1) text += " " + sheet.Text(head[k + n - 1]).Trim();
                if (text.Length > 200) break;
                var features = new float[FeatureCount];
                sheet.Features(head[k], features.AsSpan(ReadingFeatureNames.Length));
                features[0] = MathF.Log2(1 + k);
                features[1] = n;
                features[2] = Enumerable.Range(head[k], n).Max(headingProbability);
                features[3] = Same(text, subject) ? 1 : 0;
                features[5] = text.Contains("(c)", StringComparison.OrdinalIgnoreCase) || text.Contains('\u00A9') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                features[6] = FileNameShaped(text) ? 1 : 0;
                features[7] = FieldLabelled(text) ? 1 : 0;
                var last = head[k + n - 1];
                features[8] = last + 1 < sheet.Count && string.IsNullOrWhiteSpace(sheet.Text(last + 1)) ? 1 : 0;
                result.Add(new TitleCandidate(text, head[k], n, features));
            }
        }
        if (subject is not null && !result.Any(c => c.Features[3] == 1))
        {
            var features = new float[FeatureCount];
            features[3] = 1;
            features[1] = 1;
            result.Add(new TitleCandidate(subject, -1, 0, features));
        }
        return result;
    }

    /// <summary>
    /// The title block's reading as evidence: the readings it matches are marked, and a reading no
    /// candidate holds joins them. Ready for the title model.
    /// </summary>
    /// <param name="titleAlone">The block's title without its subtitle: a reading that says it is the block's too.</param>
    public static List<TitleCandidate> WithTitleBlock(List<TitleCandidate> candidates, string? titleBlockTitle, string? titleAlone = null)
    {
        if (titleBlockTitle is null) return candidates;
        int slot = TitleBlockSlot, overlapSlot = Array.IndexOf(FeatureNames, "title_block_overlap");
        var named = false;
        var wanted = WordSet(titleBlockTitle);
        foreach (var candidate in candidates)
        {
            if (Same(candidate.Title, titleBlockTitle) || Same(candidate.Title, titleAlone)) { candidate.Features[slot] = 1; named = true; }
            // How much of the reading the title block's words cover, and it theirs (the block may have cleaned or joined lines).
            var words = WordSet(candidate.Title);
            var shared = words.Count(wanted.Contains);
            candidate.Features[overlapSlot] = words.Count == 0 || wanted.Count == 0 ? 0 : Math.Min((float)shared / words.Count, (float)shared / wanted.Count);
        }
        if (named) return candidates;
        var features = new float[FeatureCount];
        features[slot] = 1;
        features[overlapSlot] = 1;
        features[1] = 1;
        return [.. candidates, new TitleCandidate(titleBlockTitle, -1, 0, features)];
    }

    private static HashSet<string> WordSet(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);

    /// <summary>"FILE:  x", "SUBJECT: x", "NOTE: x": a field of a record, labelled, not a title.</summary>
    private static bool FieldLabelled(string text)
    {
        var trimmed = text.TrimStart('*', ' ');
        var colon = trimmed.IndexOf(':');
        return colon is > 1 and <= 12 && trimmed[..colon].All(c => char.IsLetter(c) || c is '(' or ')');
    }

    /// <summary>
    /// "^v^v^v^v^", "oOoOoOo": a frame's border drawn with one letter among its marks, no words.
    /// A letter-spaced title ("T I T L E") has several letters.
    /// </summary>
    private static bool IsDecoration(string text)
    {
        char? letter = null;
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return false;
            if (!char.IsLetter(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (letter is null) letter = lower;
            else if (letter != lower) return false;
        }
        return letter is not null && text.Length >= 8;
    }

    /// <summary>Letters and digits compared, case and punctuation aside.</summary>
    public static bool Same(string a, string? b) => b is not null && Key(a) == Key(b) && Key(a).Length > 0;

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>"RFK1.TXT", "file: notes.doc": a file's name, not a title.</summary>
    private static bool FileNameShaped(string text)
    {
        var dot = text.LastIndexOf('.');
        var extension = text.Length - dot - 1;
        return dot > 0 && !text.Contains(' ') && extension is >= 1 and <= 3 && text[(dot + 1)..].All(char.IsLetterOrDigit);
    }
}
