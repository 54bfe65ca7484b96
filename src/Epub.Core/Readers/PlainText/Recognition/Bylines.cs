using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>
/// The name a line the labeller took for a byline gives: the line without its credit words
/// ("by", "Written by:"), copyright marks, dates, addresses and what follows a dash or comma
/// ("Ann Writer - A Daily Paper - May 1, 1994" → "Ann Writer"). Which line is a
/// byline is the model's decision; this only reads the name out of it.
/// </summary>
internal static partial class Bylines
{
    public static string? NameIn(string line, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.English;
        var text = Copyright().Replace(line, " ");
        text = Year().Replace(text, " ");
        text = text.Trim().TrimStart('-', '\u2014', '\u2013', '(', '[', '*', ' ', '|').Trim();
        // Credit words at the start: "by", "Written by:", "Compiled and edited by".
        while (true)
        {
            var m = FirstWord().Match(text);
            if (!m.Success || !(lexicon.Has("credit", m.Groups["word"].Value) || lexicon.Has("function", m.Groups["word"].Value))) break;
            text = text[m.Length..].TrimStart(':', ' ', '-');
        }
        // A subject's label opening the line ("Re: …", "SUBJECT: …"): what follows names the piece,
        // not a person. Another field's label ("Reporter: NAME") goes, and its value is read.
        if (FieldLabel().Match(text) is { Success: true } label)
        {
            if (Markers.SubjectLabel().IsMatch(text)) return null;
            text = text[label.Length..].TrimStart();
        }
        // Decoration around a name: "(_>NAME<_)", "*NAME*".
        text = text.TrimStart('(', '_', '<', '>', '*', '"', ' ');
        var name = Separator().Split(text)[0].Trim().TrimEnd('.', ',', ';', ':', ')', ']', '*', '|', '_', '<', '>', '"').Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A name: one to five words (two names joined by "and": up to nine), the first and last
        // capitalised (initials allowed), no digits.
        var most = name.Contains(" and ", StringComparison.Ordinal) || name.Contains(" & ", StringComparison.Ordinal) ? 9 : 5;
        // Digits only inside a word that opens with a capital (a collective's signature such as
        // "XY7"), never a number of its own (a year, a date, an address).
        if (words.Length < 1 || words.Length > most || words.Any(w => w.Any(char.IsDigit) && !char.IsUpper(w[0])) || name.Contains('@')) return null;
        if (!char.IsUpper(words[0][0]) || !char.IsUpper(words[^1][0])) return null;
        return OpensLetterFormula(name, lexicon) ? null : name;
    }

    /// <summary>A letter's salutation or close read as a name ("Dear Sysops", "Sincerely"): its first word is the formula's.</summary>
    public static bool OpensLetterFormula(string name, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.English;
        var first = LineSheet.FirstWord(name).TrimEnd(",:.");
        return lexicon.Has("salutation", first) || lexicon.Has("signoff", first);
    }

    /// <summary>Whether a line carries a copyright notice ("(c)", "\u00A9", "Copyright", "c. 1993").</summary>
    public static bool HasCopyright(string line) => Copyright().IsMatch(line);

    /// <summary>"Copyright (c) 1991 by …", "© 1993 Ann Writer. All rights reserved.": a notice with its year or its reservation ("Copyright and the Law" may head a section).</summary>
    public static bool IsCopyrightNotice(ReadOnlySpan<char> line) =>
        Markers.CopyrightNotice().IsMatch(line) && (Year().IsMatch(line) || line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase));

    /// <summary>A name without the copyright notice closing it ("NAME (c) 1994", "NAME, Copyright 1993"); a name that only holds the word ("Universal Copyright Convention") stays.</summary>
    public static string WithoutClosingNotice(string name) => ClosingNotice().Replace(name, "") is { Length: > 0 } bare ? bare : name;

    [GeneratedRegex(@"[\s,]*(?:\(c\)|\u00A9|\bcopyright\b)(?:\s*(?:\(c\)|\u00A9|[0-9]{4}(?:\s*[-,]\s*[0-9]{2,4})?))*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingNotice();

    [GeneratedRegex(@"\(c\)|\u00A9|\bcopyright\b|\bc\.(?=\s)|\ball rights reserved\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<word>[A-Za-z]{1,12})\b[:.]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^[A-Za-z]{1,12}[ ]?:\s", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    // A full stop then a sentence ("NAME. Permission to copy granted."): a capitalised word of three
    // letters or more and a lower-case one; initials ("M. J. NAME") and "Dr. NAME" go on.
    [GeneratedRegex(@"\s+[-\u2014\u2013]+\s+|,|\(|<|\[|\s{3,}|\s/\s|\.\s+(?=[A-Z][a-z]{2,}\s+[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
