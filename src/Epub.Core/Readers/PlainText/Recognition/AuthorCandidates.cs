using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Recognition;

/// <summary>One name the text offers as its author (Line -1: from its mail header or signature block, not a line of the body), with what the author model reads of it.</summary>
internal sealed record AuthorCandidate(string Name, int Line, float[] Features);

/// <summary>
/// The names a text offers as its author, each with named features, for the fitted author model to
/// rank (an editor weighs the same evidence: a credit word before the name, a copyright, a line
/// that is only the name, where it stands, whether its words are names or the text's own words).
/// Names are read at the head and at the end of the text, where credits stand, in these shapes:
/// the line itself ("by NAME", "NAME (c) 1994", "-NAME"), a name after a credit word inside a line
/// ("TITLE by NAME", "Copyright 1991 by NAME."), a name after a dash ("TITLE - NAME."), and, in the
/// text's last lines, the name a note on its author opens ("NAME is a farmer in Iowa.").
/// </summary>
internal static partial class AuthorCandidates
{
    public static readonly string[] FeatureNames =
    [
        "lines_from_start", "lines_from_end", "first_line", "credit_before", "copyright", "name_share_of_line", "name_words",
        "initials", "name_capitals", "dash_before", "words_in_lowercase_elsewhere", "mentions_elsewhere", "function_words",
        "given_name", "organisation_word", "honorific", "sender", "signature_block", "title_block_names_it",
        "address_in_line", "candidates", "offered_again", "signs_off", "centred", "blank_before", "blank_after", "length_to_width", "line_words",
    ];

    public static int FeatureCount => FeatureNames.Length;

    /// <summary>The line's own features the author model reads, by their place in the sheet's vector.</summary>
    private static readonly int[] LineFeatureIndexes =
        new[] { "centred", "blank_before", "blank_after", "length_to_width", "words" }.Select(n => Array.IndexOf(LineSheet.FeatureNames, n)).ToArray();

    /// <summary>How many text lines at the head and at the end names are read from: where credits stand.</summary>
    private const int Head = 40, Tail = 20;

    /// <param name="sender">The name of a mail or news header's sender, if the text had one.</param>
    /// <param name="signedBy">The name a signature block closing the text gives, if it had one.</param>
    public static List<AuthorCandidate> Find(LineSheet sheet, string? sender = null, string? signedBy = null, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.English;
        var lines = sheet.TextLines(Head, Tail).ToList();
        var found = new List<(string Name, int Line, bool Credited, bool Dashed)>();
        // The sender and the signer: names from outside the body, weighed with the body's own.
        foreach (var given in new[] { sender, signedBy })
            if (given is not null && Bylines.NameIn(given, lexicon) is string name && !found.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                found.Add((name, -1, false, false));
        // A credit standing over the name ("by" centred on its line, the name on the next).
        var creditAbove = -1;
        var lastLines = lines.Skip(Math.Max(0, lines.Count - AboutTheAuthorLines)).ToHashSet();
        foreach (var i in lines)
        {
            var text = sheet.Text(i).Trim();
            if (text.Length == 0 || text.Length > 200) continue;
            var underCredit = creditAbove >= 0 && i - creditAbove <= 2;
            creditAbove = EndsOnCredit(text, lexicon) ? i : -1;
            // A dash and a name under a quotation ("\"I cannot live without books.\"" / "-- Thomas
            // Jefferson") name who said it, as an epigraph's source does: no writer of the text.
            if (text[0] is '-' or '\u2014' or '\u2013' && UnderQuotation(sheet, i)) continue;
            // A name read twice from one line ("(c) Copyright 1993 by NAME": the line as a whole,
            // then after its credit word) is one candidate with what each reading saw of it.
            var firstOnLine = found.Count;
            void Add(string? name, bool credited, bool dashed)
            {
                if (name is null) return;
                for (var k = firstOnLine; k < found.Count; k++)
                    if (found[k].Name == name)
                    {
                        found[k] = found[k] with { Credited = found[k].Credited || credited, Dashed = found[k].Dashed || dashed };
                        return;
                    }
                found.Add((name, i, credited, dashed));
            }
            var opensWithCredit = underCredit || FirstWordIsCredit(text, lexicon);
            // A name credited for another work than the writing ("Translated by NAME", "Illustrated by
            // NAME") is no author's: the title page credits it in its role.
            if (!lexicon.Has("another_work", LineSheet.FirstWord(text).TrimEnd(":,.")))
                Add(Bylines.NameIn(text, lexicon), opensWithCredit, text[0] is '-' or '\u2014' or '\u2013');
            // A credit word inside the line: "TITLE by NAME", "Copyright 1991 by NAME. All rights reserved."
            for (var k = text.IndexOf(' '); k > 0 && k + 1 < text.Length; k = text.IndexOf(' ', k + 1))
            {
                var rest = text.AsSpan(k + 1);
                var word = rest[..Math.Max(0, rest.IndexOfAny(' ', ':') is var e && e > 0 ? e : rest.Length)];
                if (word.Length > 0 && lexicon.Has("credit", word) && !word.Equals("from", StringComparison.OrdinalIgnoreCase) && !lexicon.Has("another_work", LineSheet.LastWord(text.AsSpan(0, k)).TrimEnd(":,.")))
                    Add(Bylines.NameIn(rest.ToString(), lexicon), true, false);
            }
            // A writer's name over what they say, the line ending on a colon ("NAME writes:").
            if (text[^1] == ':' && text.LastIndexOf(' ') is var space && space > 0 && lexicon.Has("writes", text.AsSpan(space + 1, text.Length - space - 2)))
                Add(Bylines.NameIn(text[..space], lexicon), true, false);
            // What a person said, named with its speaker: "Testimony of NAME to …", "Remarks by NAME".
            if (SpokenBy().Match(text) is { Success: true } spoken && lexicon.Has("spoken", spoken.Groups["what"].ValueSpan))
                Add(Bylines.NameIn(LeadingCapitalised(text[(spoken.Index + spoken.Length)..]), lexicon), true, false);
            // The writer naming themself: "My name is NAME", "The author, NAME, farms in Iowa".
            if (SelfNamed().Match(text) is { Success: true } named && lexicon.Has("named", named.Groups["what"].ValueSpan))
                Add(Bylines.NameIn(LeadingCapitalised(text[(named.Index + named.Length)..]).TrimEnd(','), lexicon), true, false);
            // A note on the author closing the text ("NAME is a farmer in Iowa.", "[NAME, a farmer, was …]"):
            // a person's name, then a verb of the lexicon's that says what the person is or does. A credit.
            if (lastLines.Contains(i) && AboutTheAuthor().Match(text) is { Success: true } about && lexicon.Has("about", about.Groups["verb"].ValueSpan)
                && !lexicon.Has("function", about.Groups["first"].ValueSpan) && Bylines.NameIn(about.Groups["name"].Value, lexicon) is { } subject && subject.Contains(' '))
                Add(subject, true, false);
            // A name after a dash: "TITLE - NAME."
            var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0) dash = text.LastIndexOf(" -- ", StringComparison.Ordinal);
            if (dash > 0) Add(Bylines.NameIn(text[(dash + 1)..].TrimStart('-', ' '), lexicon), false, true);
        }
        if (found.Count == 0) return [];
        bool Same(string name, string? other) => other is not null && Bylines.NameIn(other, lexicon) is string o && o.Equals(name, StringComparison.OrdinalIgnoreCase);

        // The names' words as the rest of the text uses them: in lower case (a common word, not a
        // name) and how often the last name comes back. One pass over the text, whatever its length.
        var wanted = new Dictionary<string, (int Lower, int Mentions)>(StringComparer.OrdinalIgnoreCase);
        // And how many candidates end on each surname: a name the text offers again (offered_again).
        var offers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _, _, _) in found)
        {
            string? surname = null;
            foreach (var word in Words(name)) { wanted.TryAdd(word, (0, 0)); surname = word; }
            if (surname is { Length: >= 3 }) offers[surname] = offers.GetValueOrDefault(surname) + 1;
        }
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i)) continue;
            var text = sheet.Text(i);
            for (var k = 0; k < text.Length;)
            {
                if (!char.IsLetter(text[k])) { k++; continue; }
                var s = k;
                while (k < text.Length && (char.IsLetter(text[k]) || text[k] is '\'' or '-')) k++;
                var word = text.AsSpan(s, k - s);
                if (word.Length < 3 || !lookup.TryGetValue(word, out var key, out var counts)) continue;
                wanted[key] = (counts.Lower + (char.IsLower(word[0]) ? 1 : 0), counts.Mentions + 1);
            }
        }

        var first = lines.Count > 0 ? lines[0] : -1;
        // Each candidate line's place among the text lines, in one pass (no table over every line).
        var textLineIndex = found.Where(c => c.Line >= 0).Select(c => c.Line).Distinct().ToDictionary(l => l, _ => 0);
        var total = 0;
        for (var i = 0; i < sheet.Count; i++)
        {
            if (!sheet.IsText(i)) continue;
            if (textLineIndex.ContainsKey(i)) textLineIndex[i] = total;
            total++;
        }
        Span<float> lineFeatures = stackalloc float[LineSheet.FeatureCount];
        var result = new List<AuthorCandidate>(found.Count);
        foreach (var (name, line, credited, dashed) in found)
        {
            var text = line >= 0 ? sheet.Text(line).Trim() : name;
            if (line >= 0) sheet.Features(line, lineFeatures);
            else lineFeatures.Clear();
            var words = Words(name).ToList();
            var significant = words.Where(w => w.Length >= 3).ToList();
            var lowerShare = significant.Count == 0 ? 0 : (float)significant.Count(w => wanted[w].Lower > 0) / significant.Count;
            var last = words.Count > 0 ? words[^1] : "";
            var mentions = last.Length >= 3 && wanted.TryGetValue(last, out var c) ? c.Mentions - 1 : 0;
            // A name from outside the body stands before its first line (a header) or after its last (a signature).
            var index = line >= 0 ? textLineIndex[line] : Same(name, sender) ? 0 : Math.Max(0, total - 1);
            var features = new float[FeatureCount];
            var f = 0;
            features[f++] = MathF.Log2(1 + index);
            features[f++] = MathF.Log2(total - index);
            features[f++] = line == first ? 1 : 0;
            features[f++] = credited ? 1 : 0;
            features[f++] = Bylines.HasCopyright(text) ? 1 : 0;
            features[f++] = (float)name.Length / Math.Max(1, text.Length);
            features[f++] = words.Count;
            features[f++] = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.TrimEnd('.').Length == 1);
            features[f++] = Markers.IsCapitals(name, 2) ? 1 : 0;
            features[f++] = dashed ? 1 : 0;
            features[f++] = lowerShare;
            features[f++] = Math.Min(20, Math.Max(0, mentions));
            features[f++] = words.Count == 0 ? 0 : (float)words.Count(w => lexicon.Has("function", w) || lexicon.Has("credit", w) || lexicon.Has("month", w) || lexicon.Has("matter", w) || lexicon.Has("division", w)) / words.Count;
            var opening = words.Count > 1 && lexicon.Has("honorific", words[0]) ? 1 : 0;
            // The given name is the first word that is neither a title nor an initial ("W. Anthony NAME").
            var given = words.Skip(opening).FirstOrDefault(w => w.Length > 1);
            features[f++] = given is not null && lexicon.Has("given", given) ? 1 : 0;
            features[f++] = words.Any(w => lexicon.Has("organisation", w)) ? 1 : 0;
            features[f++] = opening;
            features[f++] = Same(name, sender) ? 1 : 0;
            features[f++] = Same(name, signedBy) ? 1 : 0;
            features[f++] = 0; // title_block_names_it: set by the author pass, once the title block is read
            features[f++] = text.Contains('@') ? 1 : 0;
            features[f++] = MathF.Log2(1 + found.Count);
            // The same name offered by another line, or by the header or the signature: a text
            // names its author at its head and signs at its end; a name merely mentioned is offered once.
            features[f++] = last.Length >= 3 && offers.TryGetValue(last, out var offered) ? Math.Min(3, offered - 1) : 0;
            // The whole line is the name: "City, State" over the date opens a sign-off too, and is no name.
            features[f++] = line >= 0 && name.Length >= text.TrimEnd('.', ',').Length && SignsOff(sheet, line) ? 1 : 0;
            foreach (var feature in LineFeatureIndexes) features[f++] = lineFeatures[feature];
            System.Diagnostics.Debug.Assert(f == FeatureCount);
            result.Add(new AuthorCandidate(name, line, features));
        }
        return result;
    }

    /// <summary>The most lines, and the longest, of a writer's sign-off under the text: the name, a place, a date.</summary>
    private const int SignOffLines = 4, SignOffLength = 40;

    /// <summary>
    /// Whether the line opens the text's last run of lines, a few short ones set apart after its
    /// prose: the name a writer signs with, over a place and a date ("NAME" / "City, State" / "March 1994").
    /// </summary>
    private static bool SignsOff(LineSheet sheet, int line)
    {
        var (start, end) = sheet.Run(line);
        if (start != line || end - start > SignOffLines || start == 0) return false;
        for (var k = end; k < sheet.Count; k++) if (sheet.IsText(k)) return false;
        for (var k = start; k < end; k++) if (sheet.Text(k).Trim().Length > SignOffLength) return false;
        return true;
    }

    /// <summary>
    /// The title block's reading as evidence: the candidate it names is marked, and a name it read
    /// that no line offered joins the candidates. Ready for the author model.
    /// </summary>
    public static List<AuthorCandidate> WithTitleBlock(List<AuthorCandidate> candidates, string? titleBlockAuthor)
    {
        if (titleBlockAuthor is null) return candidates;
        var slot = Array.IndexOf(FeatureNames, "title_block_names_it");
        var named = false;
        foreach (var candidate in candidates)
            if (candidate.Name.Equals(titleBlockAuthor, StringComparison.OrdinalIgnoreCase)) { candidate.Features[slot] = 1; named = true; }
        if (named) return candidates;
        var features = new float[FeatureCount];
        features[slot] = 1;
        features[Array.IndexOf(FeatureNames, "name_words")] = titleBlockAuthor.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        features[Array.IndexOf(FeatureNames, "candidates")] = MathF.Log2(2 + candidates.Count);
        return [.. candidates, new AuthorCandidate(titleBlockAuthor, -1, features)];
    }

    /// <summary>How many of the text's last lines a note on its author may open.</summary>
    private const int AboutTheAuthorLines = 8;

    /// <summary>The most lines a quotation over its source may run to.</summary>
    private const int LongestQuotation = 4;

    /// <summary>
    /// Whether the text lines right above line <paramref name="i"/> are a quotation whole
    /// (<see cref="Markers.IsQuotation"/>), read as one within a few lines.
    /// </summary>
    private static bool UnderQuotation(LineSheet sheet, int i)
    {
        var last = i - 1;
        while (last >= 0 && !sheet.IsText(last) && i - last <= 2) last--;
        if (last < 0 || !sheet.IsText(last)) return false;
        var quotation = sheet.Text(last).Trim();
        for (var first = last; first >= 0 && last - first < LongestQuotation && sheet.IsText(first); first--)
        {
            if (first < last) quotation = sheet.Text(first).Trim() + " " + quotation;
            if (Markers.IsQuotation(quotation)) return true;
        }
        return false;
    }

    /// <summary>"NAME is …", "[NAME, a farmer near Ames, was …": a name of two to four capitalised words, an aside, a lower-case verb.</summary>
    [GeneratedRegex(@"^[\[(]?\s*(?<name>(?<first>[A-Z][\w'\u2019-]*)\.?(?:\s+[A-Z][\w'\u2019-]*\.?){1,3})(?:,\s[^,]{1,80},)?\s+(?<verb>\p{Ll}+)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheAuthor();

    [GeneratedRegex(@"\b(?<what>\p{L}{5,12})[ ]{1,3}(?:of|by|with)[ ]{1,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenBy();

    /// <summary>"my name is ", "the author, ", "The writer is ": what follows may be the writer's name (the lexicon's "named" words say which nouns).</summary>
    [GeneratedRegex(@"\b(?:the|my)[ ]{1,3}(?<what>\p{L}{4,8})(?:[ ]{0,2},|[ ]{1,3}is)[ ]{1,3}(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfNamed();

    /// <summary>The words opening the text while each opens with a capital ("Ann Writer to the Board" -> "Ann Writer").</summary>
    private static string LeadingCapitalised(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = 0;
        while (count < words.Length && char.IsUpper(words[count][0])) count++;
        return string.Join(' ', words.Take(count));
    }

    private static bool FirstWordIsCredit(string text, Lexicon lexicon)
    {
        var trimmed = text.AsSpan().TrimStart("-\u2014\u2013([*| ");
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end])) end++;
        return end > 0 && lexicon.Has("credit", trimmed[..end]);
    }

    /// <summary>A short line that ends on a credit, the name to follow on the next ("by", "Translated By", "Ranting by:").</summary>
    private static bool EndsOnCredit(string text, Lexicon lexicon)
    {
        var words = text.Split([' ', ':', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && lexicon.Has("credit", words[^1]);
    }

    private static IEnumerable<string> Words(string name)
    {
        foreach (var part in name.Split([' ', '.', ',', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
            if (part.All(char.IsLetter)) yield return part;
    }
}
