using System.Text;
using System.Text.RegularExpressions;

namespace Epub;

/// <summary>
/// Book typography for one run of text (Standard Ebooks' typogrify, SmartyPants): curly quotes
/// and apostrophes, em and en dashes, ellipses, non-breaking spaces. It changes characters, never
/// words. <see cref="Apply"/> is given the character before the run (or '\0' at the start of a
/// paragraph), so a run that follows a note reference or emphasis is treated as the same text.
/// </summary>
public static partial class Typography
{
    public const char Nbsp = '\u00A0';

    public static string Apply(string text, char before, bool nonBreakingSpaces = true)
    {
        if (text.Length == 0) return text;
        text = Ellipses().Replace(text, "\u2026");
        text = SpacedDash().Replace(text, "\u2014");
        text = DoubleHyphen().Replace(text, "\u2014");
        text = NumberRange().Replace(text, "$1\u2013$2");
        text = Quotes(text, before);
        if (!nonBreakingSpaces) return text;
        text = SpaceBeforeEllipsis().Replace(text, Nbsp.ToString());
        text = AfterAbbreviation().Replace(text, "$1" + Nbsp);
        text = AfterInitial().Replace(text, "$1" + Nbsp);
        return text;
    }

    /// <summary>Chooses each straight quote's curly form from its neighbours: after a space, an opening bracket, a dash or another opening quote it opens; otherwise it closes.</summary>
    private static string Quotes(string text, char before)
    {
        if (text.AsSpan().IndexOfAny('"', '\'') < 0) return text;
        var result = new StringBuilder(text);
        for (var i = 0; i < result.Length; i++)
        {
            var c = result[i];
            if (c is not ('"' or '\'')) continue;
            var previous = i > 0 ? result[i - 1] : before;
            var next = i + 1 < result.Length ? result[i + 1] : '\0';
            var opens = OpensAfter(previous) && next != '\0' && !char.IsWhiteSpace(next);
            if (c == '"') result[i] = opens ? '\u201C' : '\u201D';
            else if (char.IsLetterOrDigit(previous) && char.IsLetter(next)) result[i] = '\u2019'; // don't, Stalin's
            else if (opens && IsElision(text, i)) result[i] = '\u2019';                          // 'tis, '20s
            else result[i] = opens ? '\u2018' : '\u2019';
        }
        return result.ToString();
    }

    private static bool OpensAfter(char previous) =>
        previous == '\0' || char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2014' or '\u2013' or '\u201C' or '\u2018' or '/';

    /// <summary>An apostrophe at the start of a word that stands for left-out letters or digits.</summary>
    private static bool IsElision(string text, int quote) => Elision().IsMatch(text.AsSpan(quote + 1));

    [GeneratedRegex(@"^(?:\d\ds\b|\d\d\b|tis\b|twas\b|em\b|cause\b|til\b|n\b|round\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elision();

    /// <summary>"..." and ". . ."; a sentence's own stop before one ("struggle. ... more") stays.</summary>
    [GeneratedRegex(@"\.\.\.|\. \. \.", RegexOptions.CultureInvariant)]
    private static partial Regex Ellipses();

    /// <summary>A hyphen or two with spaces around them, used as a dash; a spaced em dash is closed up too.</summary>
    [GeneratedRegex(@"[ \u00A0]+(?:-{1,2}|\u2014)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    /// <summary>Two hyphens touching a word on either side (a typewriter's dash); three or more are left alone.</summary>
    [GeneratedRegex(@"[ \u00A0]*(?<!-)--(?!-)[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleHyphen();

    /// <summary>Ranges of pages or years: "256-7", "1936-1939"; not a date like 1994-03-12, nor a longer chain.</summary>
    [GeneratedRegex(@"(?<![\d\-\u2013/])(\d{1,4})-(\d{1,4})(?![\d\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"(?<=\S) (?=\u2026)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeEllipsis();

    /// <summary>"p. 61", "pp. 256–7", "Mr. Smith", "Dr. Who", "St. Petersburg", "No. 5": the two never part.</summary>
    [GeneratedRegex(@"\b(pp?\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|No\.|vol\.|ch\.) (?=[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterAbbreviation();

    /// <summary>"D. Volkogonov", "W.W. Norton": an initial stays with the name after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])((?:\p{Lu}\.)+) (?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex AfterInitial();
}
