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
        // Each rule runs only where its trigger occurs: a vectorised search is far cheaper than a
        // regex scan of every paragraph (measured with tests/Epub.Benchmarks).
        if (text.Contains("..", StringComparison.Ordinal) || text.Contains(". .", StringComparison.Ordinal))
            text = Ellipses().Replace(text, "\u2026");
        if (text.Contains(" -", StringComparison.Ordinal) || text.Contains(" \u2014", StringComparison.Ordinal) || text.Contains('\u00A0'))
            text = SpacedDash().Replace(text, "\u2014");
        if (text.Contains("--", StringComparison.Ordinal))
            text = DoubleHyphen().Replace(text, "\u2014");
        // Quotes typed as TeX and Usenet typed them: ``so'' and `so'.
        if (text.Contains('`') || text.Contains("''", StringComparison.Ordinal))
            text = TypedQuotes(text);
        // The rules below change characters, never the length: one array, edited in place.
        var chars = text.ToCharArray();
        Quotes(chars, before);
        NumberRanges(chars);
        if (nonBreakingSpaces)
        {
            SpaceBeforeEllipses(chars);
            SpaceAfterAbbreviations(chars);
        }
        return new string(chars);
    }

    /// <summary>Ranges of pages or years, "256-7", "1936-1939": an en dash; not a date like 1994-03-12, nor a longer chain.</summary>
    private static void NumberRanges(Span<char> text)
    {
        for (var i = text.IndexOf('-'); i > 0 && i < text.Length - 1; i = text[(i + 1)..].IndexOf('-') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (!char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1])) continue;
            var left = i - 1;
            while (left > 0 && char.IsAsciiDigit(text[left - 1])) left--;
            var right = i + 1;
            while (right < text.Length - 1 && char.IsAsciiDigit(text[right + 1])) right++;
            var beforeLeft = left > 0 ? text[left - 1] : ' ';
            var afterRight = right < text.Length - 1 ? text[right + 1] : ' ';
            if (i - left > 4 || right - i > 4 || beforeLeft is '-' or '\u2013' or '/' || afterRight is '-' or '/') continue;
            text[i] = '\u2013';
        }
    }

    /// <summary>
    /// "``so''" and "`so'": two grave accents open a double quote, two apostrophes close one, one
    /// grave accent before a letter or digit opens a single quote (its apostrophe is closed by the
    /// straight-quote rules), or, inside a word, is its apostrophe. Two apostrophes after a digit are inches ("12''"), not a quote's close.
    /// </summary>
    private static string TypedQuotes(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '`' && next == '`') { result.Append('\u201C'); i++; }
            else if (c == '\'' && next == '\'' && !(i > 0 && char.IsAsciiDigit(text[i - 1]))) { result.Append('\u201D'); i++; }
            // A grave accent inside a word is an apostrophe typed on the wrong key ("Moray`s").
            else if (c == '`' && char.IsLetterOrDigit(next)) result.Append(i > 0 && char.IsLetter(text[i - 1]) ? '\u2019' : '\u2018');
            else result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>An ellipsis never starts a line.</summary>
    private static void SpaceBeforeEllipses(Span<char> text)
    {
        if (text.IndexOf('\u2026') < 0) return;
        for (var i = 1; i < text.Length - 1; i++)
            if (text[i] == ' ' && text[i + 1] == '\u2026' && !char.IsWhiteSpace(text[i - 1])) text[i] = Nbsp;
    }

    private static readonly string[] Abbreviations = ["p.", "pp.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "vol.", "ch."];

    /// <summary>
    /// "p. 61", "Mr. Smith", "No. 5" (before a capital or a digit), and an initial before a name,
    /// "D. Volkogonov", "W.W. Norton": the space after the stop does not break.
    /// </summary>
    private static void SpaceAfterAbbreviations(Span<char> text)
    {
        for (var stop = text.IndexOf(". "); stop >= 0 && stop + 2 < text.Length; stop = text[(stop + 1)..].IndexOf(". ") is var next and >= 0 ? stop + 1 + next : -1)
        {
            var i = stop + 1;
            var start = i - 1;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
            var token = text[start..i].ToString();
            var next = text[i + 1];
            var afterNext = i + 2 < text.Length ? text[i + 2] : ' ';
            if ((Abbreviations.Contains(token) && (char.IsUpper(next) || char.IsAsciiDigit(next)))
                || (IsInitials(token) && char.IsUpper(next) && char.IsLower(afterNext)))
                text[i] = Nbsp;
        }
    }

    /// <summary>"D." or "W.W.": capital letters, each followed by a stop.</summary>
    private static bool IsInitials(string token)
    {
        if (token.Length < 2 || token.Length % 2 != 0) return false;
        for (var i = 0; i < token.Length; i += 2)
            if (!char.IsUpper(token[i]) || token[i + 1] != '.') return false;
        return true;
    }

    /// <summary>Chooses each straight quote's curly form from its neighbours: after a space, an opening bracket, a dash or another opening quote it opens; otherwise it closes.</summary>
    private static void Quotes(Span<char> result, char before)
    {
        for (var i = result.IndexOfAny('"', '\''); i >= 0 && i < result.Length; i = result[(i + 1)..].IndexOfAny('"', '\'') is var next and >= 0 ? i + 1 + next : -1)
        {
            var c = result[i];
            var previous = i > 0 ? result[i - 1] : before;
            var next = i + 1 < result.Length ? result[i + 1] : '\0';
            var opens = OpensAfter(previous) && next != '\0' && !char.IsWhiteSpace(next);
            if (c == '"') result[i] = opens ? '\u201C' : '\u201D';
            else if (char.IsLetterOrDigit(previous) && char.IsLetter(next)) result[i] = '\u2019'; // don't, Stalin's
            else if (opens && IsElision(result[(i + 1)..])) result[i] = '\u2019';                // 'tis, '20s
            else result[i] = opens ? '\u2018' : '\u2019';
        }
    }

    private static bool OpensAfter(char previous) =>
        previous == '\0' || char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '-' or '\u2014' or '\u2013' or '\u201C' or '\u2018' or '/';

    /// <summary>An apostrophe at the start of a word that stands for left-out letters or digits.</summary>
    private static bool IsElision(ReadOnlySpan<char> after) => Elision().IsMatch(after);

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




}
