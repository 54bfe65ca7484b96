using System.Globalization;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// A person's corrections to the line labels (<c>--labels FILE</c>): lines such as "120 heading",
/// "88 body" or "140 preformatted", 1-based, '#' starting a comment. The format is what <c>epub inspect --labels</c>
/// writes and what the training tool reads, so a corrected file is also a training example.
/// </summary>
public static class LinePins
{
    public const string Heading = "heading";
    public const string Body = "body";
    public const string Preformatted = PreformattedLines.Label;

    /// <summary>
    /// The pinned lines: line number (1-based) → whether it is a heading (a line pinned
    /// preformatted is no heading), and the lines pinned preformatted; a line that is not a label
    /// line is refused with its number.
    /// </summary>
    public static (IReadOnlyDictionary<int, bool> Headings, IReadOnlySet<int> Preformatted) Parse(string text)
    {
        var pins = new Dictionary<int, bool>();
        var preformatted = new HashSet<int>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                throw new InputException($"'{line}' is not a label line (a line number, then {Heading}, {Body} or {Preformatted})", lineNumber);
            pins[number] = fields[1] switch
            {
                Heading => true,
                Body or Preformatted => false,
                _ => throw new InputException($"'{fields[1]}' is not a label this version pins (use {Heading}, {Body} or {Preformatted})", lineNumber),
            };
            if (fields[1] == Preformatted) preformatted.Add(number);
            else preformatted.Remove(number);
        }
        return (pins, preformatted);
    }
}
