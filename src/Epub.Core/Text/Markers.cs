using System.Text.RegularExpressions;

namespace Epub;

/// <summary>The enumerators archived texts put at the start of a line: notes, list items, contents entries.</summary>
internal static partial class Markers
{
    /// <summary>
    /// "1. ", "12) " (or a typist's "1.)", "1.-"), "[3] " or "[C] " or "[c] " or "[iv] " (a word processor's endnotes), "(4) ", "{5} " (a space may pad the number inside:
    /// "[ 3 ]", "[3 ]"; a stop inside or after: "[3.]", "(4.)", "[3]:"), "&lt;6&gt; ", "*7 " or "*7* ", "8  " (a bare
    /// number and a wide space or a tab), "9: " or "9 - ", "[10]Text" or "10.Text" (no space), "#11 ", "11/ " or "/11/ " (as government
    /// reports and the Federal Register number their footnotes), "(*11) " or "[*11] ", "^12 " (a caret,
    /// as typists marked a superscript), "¹³ " (a Unicode superscript), or the note named
    /// ("[Note 14] ", "[fn 15] ", "Note 16: ", "Footnote 17. ", "Endnote 18: "), or "n19 " (a legal database's printout) at the start of a note: the number
    /// (<see cref="NoteLabel"/> reads it), then the text.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<n>\d{1,4})(?:[.)]|\.[)\-:])\s+(?<text>\S.*)|\[ ?(?:(?<n>\d{1,4})\.?|(?<n>[A-Za-z])|(?<n>[ivxlc]{2,7}|[IVXLC]{2,7})) ?\][.:]?\s+(?<text>\S.*)|\( ?(?<n>\d{1,4})\.? ?\)[.:]?\s+(?<text>\S.*)|\{ ?(?<n>\d{1,4}) ?\}\s+(?<text>\S.*)|<(?<n>\d{1,4})>\s+(?<text>\S.*)|\*(?<n>\d{1,3})\*?\s+(?<text>\S.*)|(?<n>\d{1,3})(?:\s{2,}|\t)(?<text>[^\s\d].*)|(?<n>\d{1,4})\.(?<text>\p{Lu}\p{Ll}.*)"
        + @"|(?<n>\d{1,4})(?:\s?:|\s[-\u2013])\s+(?<text>\S.*)|\[(?<n>\d{1,4})\](?<text>[\p{Lu}\u201C""].*)|\#(?<n>\d{1,3})[.:)]?\s+(?<text>\S.*)"
        + @"|/?(?<n>\d{1,3})/\s+(?<text>\S.*)|[(\[]\*(?<n>\d{1,3})[)\]]\s+(?<text>\S.*)"
        + @"|\^\[?(?<n>\d{1,3})\]?[.:]?\s+(?<text>\S.*)|(?<n>[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3})[.:]?\s*(?<text>[^\s\u00B9\u00B2\u00B3\u2070\u2074-\u2079].*)"
        + @"|(?i:\[(?:(?:foot|end)\s?)?(?:note|fn|n)\.?\s?(?<n>\d{1,3})\][.:]?|(?:foot|end)?note\s+(?<n>\d{1,3})\s*[:.]|fn\s?(?<n>\d{1,3})[:.])\s+(?<text>\S.*)|n(?<n>\d{1,3})\s+(?<text>\S.*))$", RegexOptions.CultureInvariant)]
    public static partial Regex NoteLine();

    /// <summary>A note's or reference's label as the text counts it: superscript digits ("¹²") read as the digits they raise ("12").</summary>
    public static string NoteLabel(Match match) => Digits(match.Groups["n"].Value);

    /// <summary>
    /// A label's place in its numbering: its number, a roman numeral's value ("iv": 4, as word
    /// processors number endnotes), or a letter's place in the alphabet ("C" or "c": 3); null for
    /// other labels. A single "i", "v" or "x" is a letter, unless the label before it
    /// (<paramref name="previous"/>) makes it the next roman numeral ("iv" then "v"), or it opens
    /// the numbering ("i").
    /// </summary>
    public static int? LabelRank(string label, string? previous = null)
    {
        if (int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        if (RomanLabel(label) is int roman && (label.Length > 1 || (previous is null ? roman == 1 : RomanLabel(previous) == roman - 1 && previous.Length > 1)))
            return roman;
        return label is [var letter] && char.IsAsciiLetter(letter) ? char.ToUpperInvariant(letter) - 'A' + 1 : null;
    }

    /// <summary>A label's value as a roman numeral, in small letters or capitals throughout ("xiv", "XIV"); null for anything else.</summary>
    private static int? RomanLabel(string label) =>
        label.Length is > 0 and <= 7 && (label.All(char.IsLower) || label.All(char.IsUpper)) && RomanValue(label.ToUpperInvariant()) is > 0 and var value ? value : null;

    /// <summary>Superscript digits as plain ones; any other text as it is.</summary>
    public static string Digits(string label)
    {
        if (!label.AsSpan().ContainsAny(SuperscriptDigits)) return label;
        return string.Create(label.Length, label, static (into, from) =>
        {
            for (var i = 0; i < from.Length; i++) into[i] = SuperscriptDigits.IndexOf(from[i]) is >= 0 and var d ? (char)('0' + d) : from[i];
        });
    }

    /// <summary>⁰ to ⁹: three come from Latin-1, the others from the superscripts block.</summary>
    public const string SuperscriptDigits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /// <summary>
    /// "Copyright (c) 1991 by Ann Writer. All rights reserved.", "(c) 1994 A Press": a copyright
    /// notice, which names the owner and the year but is never the title.
    /// </summary>
    [GeneratedRegex(@"^(?:copyright\b|\(c\)\s*(?:\d|copyright)|\u00A9)|\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CopyrightNotice();

    /// <summary>"Re: ", "SUBJECT: ", "Title: ": a reply's or a form's label before a subject's words, the message's and not the words'.</summary>
    [GeneratedRegex(@"^(?:(?:re|fwd?|subj|subject|title|topic)[ ]?:[ ]*)+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SubjectLabel();

    /// <summary>"[To Be Continued]", "-- to be continued --", "(Continued next issue)": a part's end announcing the next.</summary>
    [GeneratedRegex(@"^\W{0,5}(?:to be continued|continued (?:next|in (?:the )?next) (?:issue|time|week|month|part))\W{0,5}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ToBeContinued();

    /// <summary>
    /// "2 I kept a record…": a typist's note number, one space and the note's first word, with no
    /// mark after the number. Only where the layout says notes stand (a page's foot, lines in
    /// sequence): elsewhere a number and a word may open a sentence.
    /// </summary>
    [GeneratedRegex(@"^(?<n>[0-9]{1,3}) (?<text>[\p{Lu}\u201C""].*)$", RegexOptions.CultureInvariant)]
    public static partial Regex BareNumberedNote();

    /// <summary>"by Ann Writer": a byline, the name after "by".</summary>
    [GeneratedRegex(@"^by\s+(?<name>\S.{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    /// <summary>A line that breaks off after a short lower-case word ("Testimony of Philip Zimmermann to"): it goes on in the next.</summary>
    [GeneratedRegex(@"\s[a-z]{1,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex EndsWithSmallWord();

    /// <summary>"I. ", "IV) ", "3. ", "B. " at the start of a contents entry or heading.</summary>
    [GeneratedRegex(@"^(?<label>[IVXLC]{1,7}|\d{1,3}|[A-Z])[.)]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex EnumeratedLine();

    /// <summary>"CONTENTS", "Table of Contents:", "CONTENTS.": the heading over a text's own contents list.</summary>
    [GeneratedRegex(@"^(table\s+of\s+)?contents[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ContentsHeading();

    /// <summary>A line that is only an item's number ("2.", "[3]"), its text on the next line.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|\[\d{1,4}\]|\(\d{1,3}\))\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex BareNumber();

    public static bool StartsItem(string line) => NoteLine().IsMatch(line) || EnumeratedLine().IsMatch(line);

    /// <summary>A quotation whole ("\"I cannot live without books.\""): it opens with a quotation mark and closes one, a stop after it or not.</summary>
    public static bool IsQuotation(string text) =>
        text is [('"' or '\u201C' or '`'), .., _] && text.TrimEnd('.', ',', '!', '?') is [.., '"' or '\u201D' or '\''];

    /// <summary>A line of words in capitals: at least <paramref name="minLetters"/> letters, none in lower case.</summary>
    public static bool IsCapitals(ReadOnlySpan<char> text, int minLetters = 3)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= minLetters;
    }

    /// <summary>The value of a Roman numeral, or 0 when it is not one.</summary>
    public static int RomanValue(string numeral)
    {
        var total = 0;
        var previous = 0;
        for (var i = numeral.Length - 1; i >= 0; i--)
        {
            var value = numeral[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return 0;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total;
    }

    /// <summary>The ordinal a label stands for: "IV" → 4, "3" → 3, "B" → 2; 0 when none.</summary>
    public static int Ordinal(string label) =>
        int.TryParse(label, out var n) ? n
        : label.Length == 1 && label[0] is >= 'A' and <= 'Z' && RomanValue(label) == 0 ? label[0] - 'A' + 1
        : RomanValue(label);
}
