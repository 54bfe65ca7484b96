using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText;

/// <summary>
/// Which lines open a numbered item (a list entry or a note): a line that starts with an
/// enumerator does so only when its number goes on a sequence of the same marker. Item 1
/// (A, I) opens one; item n opens one when an earlier item of that marker was n - 1 (or n - 2,
/// one item having lost its number), or when the last line opening with that marker, item or
/// not, was n - 1 (a list that starts above 1). A number out of sequence at the start of a wrapped line is
/// the sentence going on: "… 4 Wall., 475," / "500. For a later review …", or an area code
/// "(312) 555-0100" under an address, or a year.
/// One forward pass over the lines; each marker keeps only its last item and its last number.
/// </summary>
internal sealed partial class ItemStarts
{
    private readonly BitArray starts;
    private readonly int offset;

    public ItemStarts(List<string> lines, int start, int end)
    {
        offset = start;
        starts = new BitArray(Math.Max(0, end - start));
        var last = new Dictionary<string, int>();
        var seen = new Dictionary<string, int>(); // every enumerator, opening or not: a list may start above 1 ("5." after a heading, then "6.")
        var lastSymbol = "";
        var lastBare = 0;
        for (var i = start; i < end; i++)
        {
            // "*  The first note." / "** The second.": a page's symbol notes set line under line, each its own.
            var symbol = SymbolNoteMark(lines[i]);
            if (symbol.Length > 0 && lastSymbol.Length > 0 && symbol != lastSymbol) starts[i - start] = true;
            lastSymbol = symbol;
            if (i > start && GoesOnWithSentence(lines[i - 1], lines[i])) continue;
            if (OpensBareNumberedItem(lines, i, start, end, ref lastBare)) starts[i - start] = true;
            foreach (var (marker, value) in Enumerators(lines[i].TrimStart()))
            {
                var follows = (last.TryGetValue(marker, out var before) && value - before is 1 or 2)
                              || (seen.TryGetValue(marker, out var earlier) && value - earlier == 1);
                seen[marker] = value;
                if (value != 1 && !follows) continue;
                starts[i - start] = true;
                last[marker] = value;
            }
        }
    }

    /// <summary>How many lines on a bare-numbered note's first line the next one may stand: a note wraps over a few.</summary>
    private const int BareItemReach = 6;

    /// <summary>
    /// "1 See the collection …" / "2 Each letter …": notes typed with a bare number and one space
    /// before a capital, line under line. A number and a word may as well open a sentence ("3 Men
    /// came in"), so such a line opens an item only after a line that ends a sentence (or none),
    /// and only in strict sequence: item 1 where item 2 follows within a few lines, item n right
    /// after item n - 1.
    /// </summary>
    private static bool OpensBareNumberedItem(List<string> lines, int i, int start, int end, ref int lastBare)
    {
        if (Markers.BareNumberedNote().Match(lines[i].TrimStart()) is not { Success: true } m) return false;
        if (i > start && lines[i - 1].TrimEnd().Length > 0 && !ClosesSentence(lines[i - 1])) return false;
        var value = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        var opens = value == lastBare + 1 && lastBare > 0;
        for (var k = i + 1; !opens && value == 1 && k < Math.Min(end, i + 1 + BareItemReach); k++)
            opens = Markers.BareNumberedNote().Match(lines[k].TrimStart()) is { Success: true } next && next.Groups["n"].ValueSpan is "2" && ClosesSentence(lines[k - 1]);
        if (opens) lastBare = value;
        return opens;
    }

    /// <summary>A line ending a sentence, as the line over a bare-numbered note must ("… in 1917." / "2 Each …"): its stop, or a closing bracket or quote.</summary>
    private static bool ClosesSentence(string line) => line.TrimEnd() is [.., '.' or '!' or '?' or ')' or '"' or '\u201D'];

    /// <summary>Whether line <paramref name="line"/> (an index into the text's lines) opens an item.</summary>
    public bool Opens(int line) => line >= offset && line - offset < starts.Length && starts[line - offset];

    /// <summary>
    /// "… as shown by Smith" / "[8] and later by Jones": after a line that ends no sentence, a
    /// reference's mark ("[8]", "(8)", "{8}", "&lt;8&gt;", "*8") followed by a word in lower case is a reference the
    /// wrapping put first, not a note. ("2. oranges" stays an item: that is a list's mark.)
    /// </summary>
    private static bool GoesOnWithSentence(string previous, string line)
    {
        var before = previous.TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or ':' or ';' or '!' or '?' or ')' or '"' or '\u201D') return false;
        var text = line.TrimStart();
        // "… heard from (footnote" / "12) many witnesses …": the number closes the bracket the
        // line above opened a few characters before its end, a reference the wrapping cut in two.
        if (ClosesBracketAbove(before, text)) return true;
        // "… anywhere else" / "(1). Francis Place …": a bracketed number the sentence's stop or
        // comma follows is the sentence's reference; a list's or a note's mark stands before its words.
        if (ReferenceBeforeStop().IsMatch(text)) return true;
        // A mark that opens with a digit ("2.", "2)") is a list's; every other a note line opens with is a reference's bracket or star.
        if (text.Length == 0 || char.IsAsciiDigit(text[0])) return false;
        var m = Markers.NoteLine().Match(text);
        return m.Success && m.Groups["text"].Value is [char first, ..] && char.IsLower(first);
    }

    /// <summary>How far before the end of a line a bracket a reference opens may stand: "(see footnote" is 13 characters.</summary>
    private const int OpenReferenceLength = 16;

    /// <summary>
    /// Whether <paramref name="text"/> opens with a number that closes the bracket
    /// <paramref name="before"/> left open near its end ("(footnote" / "12)", "[note" / "3]").
    /// </summary>
    private static bool ClosesBracketAbove(string before, string text)
    {
        var open = before.LastIndexOfAny(['(', '[']);
        if (open < 0 || before.Length - open > OpenReferenceLength || before.AsSpan(open).IndexOfAny(')', ']') >= 0) return false;
        var close = before[open] == '(' ? ')' : ']';
        var digits = 0;
        while (digits < text.Length && digits < 4 && char.IsAsciiDigit(text[digits])) digits++;
        return digits is > 0 and < 4 && digits < text.Length && text[digits] == close;
    }

    /// <summary>
    /// The readings of the enumerator a line starts with: the marker's shape ("n.", "[n]", "(n)",
    /// "*n", "n  ", Roman, letter) and its value. "C." may be the third letter or a hundred: both.
    /// </summary>
    internal static IEnumerable<(string Marker, int Value)> Enumerators(string line)
    {
        var m = Markers.NoteLine().Match(line);
        if (!m.Success) m = Markers.EnumeratedLine().Match(line);
        if (!m.Success) yield break;
        var group = m.Groups["n"].Success ? m.Groups["n"] : m.Groups["label"];
        var label = Markers.Digits(group.Value);
        var shape = MarkerShape().Replace(line[..Math.Min(line.Length, group.Index + group.Length + 1)], "");
        if (int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            yield return ("n" + shape, number);
            yield break;
        }
        if (label.Length == 1 && char.IsAsciiLetterUpper(label[0])) yield return ("A" + shape, label[0] - 'A' + 1);
        if (label.Length == 1 && char.IsAsciiLetterLower(label[0])) yield return ("a" + shape, label[0] - 'a' + 1);
        if (Markers.RomanValue(label) is > 0 and var roman) yield return ("I" + shape, roman);
    }

    /// <summary>The mark a symbol note's line opens with ("*", "**", "†", "‡", a typewriter's "+" and "++", before a space and a capital), or "".</summary>
    private static string SymbolNoteMark(string line)
    {
        var m = SymbolNoteLine().Match(line);
        return m.Success ? m.Groups["mark"].Value : "";
    }

    [GeneratedRegex(@"^\s*(?<mark>\*{1,3}|[\u2020\u2021]{1,2}|\+{1,2})\s+[\p{Lu}""\u201C(\[]", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolNoteLine();

    /// <summary>"(1). …", "[12], …": a bracketed number with the stop or comma of the sentence it ends right after it.</summary>
    [GeneratedRegex(@"^[(\[]\d{1,3}[)\]][.,;:](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceBeforeStop();

    /// <summary>What of the line up to the label's end is not the label: the brackets, stop or star around it.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\s]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerShape();
}
