using System.Text.RegularExpressions;

namespace Epub;

/// <summary>Dates as title blocks print them ("March, 1994", "12 March 1994", "1994-03-12").</summary>
public static partial class Dates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The W3CDTF form ("1994", "1994-03", "1994-03-12") of a line that is only a date, or null.</summary>
    public static string? Parse(string line)
    {
        var iso = IsoDate().Match(line);
        if (iso.Success)
        {
            var text = line.Trim();
            // "1994-02-30" has the shape of a date and is none.
            return text.Length < 10 || int.Parse(text[8..10]) <= DateTime.DaysInMonth(int.Parse(text[..4]), int.Parse(text[5..7])) ? text : null;
        }
        var m = WrittenDate().Match(line);
        if (!m.Success) return null;
        var year = m.Groups["year"].Value;
        if (!m.Groups["month"].Success) return year;
        var month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var dayGroup = m.Groups["day"].Success ? m.Groups["day"] : m.Groups["day2"];
        if (!dayGroup.Success) return $"{year}-{month:00}";
        var day = int.Parse(dayGroup.Value);
        return day >= 1 && day <= DateTime.DaysInMonth(int.Parse(year), month) ? $"{year}-{month:00}-{day:00}" : null;
    }

    // [0-9], not \d: .NET's \d takes every script's digits, which int.Parse refuses; dates are printed in ASCII ones.
    [GeneratedRegex(@"^\s*(1[5-9][0-9][0-9]|20[0-9][0-9])(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:(?<day2>[0-9]{1,2})\s+)?(?:(?<month>Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?\s*(?:(?<day>[0-9]{1,2})(st|nd|rd|th)?)?,?\s+)?(?<year>1[5-9][0-9][0-9]|20[0-9][0-9])\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();
}
