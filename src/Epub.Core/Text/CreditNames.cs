using System.Text.RegularExpressions;

namespace Epub;

/// <summary>
/// The people one credit names, each as a catalogue lists them: read by the author pass (the
/// model's one name among a title block's several) and by the package writer (one dc:creator each).
/// </summary>
internal static partial class CreditNames
{
    /// <summary>
    /// The writers a credit names: "A and B", "A & B", "A with B", "A, B and C", "A; B" are several when each
    /// part is a name of two words or more ("Ann Writer and Bob Smith"); otherwise the credit is
    /// one ("Ann and Bob Smith", a couple under one surname; "Simon and Schuster").
    /// </summary>
    public static List<string> Split(string author)
    {
        // A degree after the name ("Ann Writer, Ph.D.") is the byline's, not the name's: catalogues leave it out.
        author = WithoutCredentials(Degree().Replace(author, ""));
        // So is a title before it ("Dr. Ann Writer", "Governor Bill Clinton"), where a name of two words or more follows.
        var parts = CreatorSeparator().Split(author).Select(p => Honorific().Replace(p.Trim(), "")).ToList();
        return parts.Count > 1 && parts.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 5 } words && words.All(word => char.IsUpper(word[0])))
            ? parts
            : [Honorific().Replace(author.Trim(), "")];
    }

    /// <summary>
    /// So are what else a byline adds after the name: degrees and a service after commas ("NAME,
    /// M.D., M.P.H.", "NAME, USAF (Ret.)"), "et al.", an alias in parentheses ("NAME (a.k.a.
    /// "Handle")"). A generation's or a company's suffix ("Jr.", "III", "Inc.") is the name's own.
    /// </summary>
    private static string WithoutCredentials(string name)
    {
        var bare = Alias().Replace(EtAl().Replace(name, ""), "");
        while (Credential().Match(bare) is { Success: true } last && !NameSuffix().IsMatch(last.Groups["what"].Value)) bare = bare[..last.Index];
        return bare.Trim() is { Length: > 0 } trimmed ? trimmed : name;
    }

    /// <summary>
    /// ", M.P.H.", ", USAF (Ret.)": a comma and a degree's pieces with their stops (two or more),
    /// an abbreviation ("Ret."), or a service's capitals, at the name's end. A given name after a
    /// surname ("Writer, Ann") has small letters and no stop; its initial alone ("Writer, A.") is no degree.
    /// </summary>
    [GeneratedRegex(@",\s*(?<what>(?:(?:[A-Z][A-Za-z]{0,2}\.){2,4}|[A-Z][a-z]{1,2}\.|[A-Z]{2,4})(?:\s*\([A-Za-z.]{1,8}\))?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credential();

    [GeneratedRegex(@"^(?:Jr|Sr|I{1,3}|IV|VI{0,3}|Inc|Ltd|Co|Corp|LLC)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameSuffix();

    [GeneratedRegex(@",?\s+et\s+al\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"\s*\((?:a\.?\s?k\.?\s?a\.?|alias)\s[^)]{1,40}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alias();

    [GeneratedRegex(@",\s*(?:Ph\.?\s?D|M\.?\s?D|D\.?\s?D|M\.?\s?A|M\.?\s?S|M\.?\s?Sc|B\.?\s?A|J\.?\s?D|Esq)\.?(?=\s*(?:$|,|;|\s(?:and|&)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex Degree();

    [GeneratedRegex(@"^(?:Dr|Prof|Professor|Rev|Reverend|Gov|Governor|Sen|Senator|Rep|Representative|President|Judge|Justice|Mr|Mrs|Ms|Miss)\.?\s+(?=[A-Z][\w.'\u2019-]*\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\s*;\s*|,?\s+(?:and|&|with)\s+|,\s+(?=[^,]+(?:,?\s+(?:and|&)\s+))", RegexOptions.CultureInvariant)]
    private static partial Regex CreatorSeparator();
}
