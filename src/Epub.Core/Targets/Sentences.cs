namespace Epub.Targets;

/// <summary>
/// Splits a run of text into its sentences, for Kobo's sentence spans: each piece keeps the white
/// space after it, so the pieces put together are the text exactly. A sentence ends at ".", "!",
/// "?" or "…" (with the quotes and brackets that close on it) where ordinary white space follows
/// and the next word does not start in lower case; never after an abbreviation ("Mr.", "e.g.",
/// "pp."), an initial ("J. Smith") or an item's opening numeral ("1. The first point"), inside a
/// number ("3.14", "$1.2": no space follows), or at a non-breaking space (which the typography
/// pass puts after "p." and initials to keep them with what follows).
/// </summary>
public static class Sentences
{
    /// <summary>Words a full stop follows without ending the sentence; compared without case.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "st", "sr", "jr", "gen", "col", "capt", "lt", "sgt", "gov", "pres", "sen", "rep",
        "mt", "ft", "no", "nos", "vol", "vols", "ch", "chap", "p", "pp", "ed", "eds", "trans", "cf", "vs", "viz", "etc", "al", "ibid", "op", "cit",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
    };

    public static List<string> Split(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!EndsSentence(text, i, out var end)) continue;
            // The white space after the sentence stays with it.
            var next = end;
            while (next < text.Length && IsBreakingSpace(text[next])) next++;
            if (next == end || next == text.Length || char.IsLower(text[next])) continue;
            pieces.Add(text[start..next]);
            start = next;
            i = next - 1;
        }
        if (start < text.Length) pieces.Add(text[start..]);
        return pieces;
    }

    /// <summary>Whether the character at <paramref name="i"/> closes a sentence; <paramref name="end"/> is past the quotes and brackets closing on it.</summary>
    private static bool EndsSentence(string text, int i, out int end)
    {
        end = i + 1;
        if (text[i] is not ('.' or '!' or '?' or '\u2026')) return false;
        while (end < text.Length && text[end] is '.' or '!' or '?' or '\u2026') end++; // "?!", "..."
        var closed = end;
        while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB') end++;
        // A quotation closing on the full stop ends with it: "No." said in quotes is a sentence, not "No. 5".
        return text[i] != '.' || end > closed || !(AfterAbbreviation(text, i) || AfterOpeningNumeral(text, i));
    }

    /// <summary>The full stop at <paramref name="dot"/> closes an abbreviation or an initial.</summary>
    private static bool AfterAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        // "e.g." and "U.S.": the word runs back over letters and the dots between them.
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart >= 2 && char.IsLetter(text[wordStart - 2])))) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        return Abbreviations.Contains(word);
    }

    /// <summary>The full stop at <paramref name="dot"/> follows a number that opens the text: an item's or a note's numeral ("1. The first point").</summary>
    private static bool AfterOpeningNumeral(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        return start < dot && text.AsSpan(0, start).IsWhiteSpace();
    }

    /// <summary>White space a sentence may end at: not the non-breaking kinds, which say "keep together".</summary>
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');
}
