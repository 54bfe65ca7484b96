namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// The words of one language that the line features look for, grouped by what they signal
/// (a division of a work, front matter, function words, months, credits, sign-offs). They live
/// in a data file, so another language is another file, not more code.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, HashSet<string>> groups = new(StringComparer.Ordinal);

    public static Lexicon English { get; } = Load("Epub.lexicon.english.txt");

    private Lexicon() { }

    public static Lexicon Load(string resourceName) => Parse(EmbeddedData.Text(resourceName));

    public static Lexicon Parse(string text)
    {
        var lexicon = new Lexicon();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"lexicon line without a group: {line}");
            var group = line[..colon].Trim();
            if (!lexicon.groups.TryGetValue(group, out var words)) lexicon.groups[group] = words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(word);
        }
        return lexicon;
    }

    /// <summary>Whether the word (any case) is in the group; false for a group the file lacks.</summary>
    public bool Has(string group, ReadOnlySpan<char> word) =>
        groups.TryGetValue(group, out var words) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
