using System.Text.RegularExpressions;
using CsCheck;
using Epub.Readers.PlainText.Layout;

namespace Epub.Tests;

/// <summary>
/// Expressions rewritten so that a long run of white space costs linear time (atomic groups
/// instead of overlapping quantifiers) must still say what they said: on random lines made of
/// the characters they care about, the rewritten expression and the original agree.
/// </summary>
public sealed class RegexTimeTests
{
    // The originals, as they were before the runs of white space were made atomic (the part
    // marker's since widened to leaders and START, in the same overlapping form).
    private static readonly Regex OriginalPartMarker = new(@"^[\s.:>*=-]*(BEGIN|START|END)\s*[:\s]\s*[\w.-]+\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex OriginalLabelledRule = new(
        @"^\s*(?:[-=]{3,}\s*(?=[^-=]*[A-Za-z])\S[^-=]{0,50}?\s*[-=]*|[-=]{2}\s*(?=[^-=]*[A-Za-z])\S[^-=]{0,50}?\s*[-=]{2,}|\*{4,}\s*[A-Z][A-Z ]{1,20}\s*\*{4,})\s*$",
        RegexOptions.CultureInvariant);

    private static Gen<string> LineOf(params string[] pieces) => Gen.OneOfConst(pieces).Array[0, 14].Select(p => string.Concat(p));

    [Fact]
    public void The_part_marker_says_what_it_said()
    {
        LineOf("BEGIN", "START", "END", " ", "  ", ":", "\t", "REF", "2", ".", "...", "-", "*", "x", "Part").Sample(line =>
            Assert.Equal(OriginalPartMarker.IsMatch(line), Debris.PartMarker().IsMatch(line)), iter: 20_000);
        Assert.Matches(Debris.PartMarker(), "END: REF2");
        Assert.Matches(Debris.PartMarker(), "BEGIN REF3");
        Assert.Matches(Debris.PartMarker(), "...START TEXTS");
        Assert.DoesNotMatch(Debris.PartMarker(), "ENDING");
    }

    [Fact]
    public void The_labelled_rule_says_what_it_said()
    {
        LineOf("---", "-", "==", "=", "****", "*", " ", "   ", "Note", "a", "REF1", "B", ":", ".").Sample(line =>
            Assert.Equal(OriginalLabelledRule.IsMatch(line), Debris.LabelledRule().IsMatch(line)), iter: 20_000);
        Assert.Matches(Debris.LabelledRule(), "------ Note headers follow ------");
        Assert.Matches(Debris.LabelledRule(), "----REF1----");
        Assert.DoesNotMatch(Debris.LabelledRule(), "--------------");
    }
}
