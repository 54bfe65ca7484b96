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

    /// <summary>
    /// The source generator writes no code for a NonBacktracking expression: it builds the whole
    /// automaton at run time, in every process that meets it (one such expression was half of a
    /// small text's conversion). Linear time comes from anchors and bounded repeats instead.
    /// </summary>
    [Fact]
    public void No_generated_expression_is_built_at_run_time_or_holds_a_raw_control_character()
    {
        var assemblies = new[] { typeof(Debris).Assembly, typeof(Epub.Cli.Program).Assembly };
        var generated = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttributes(typeof(GeneratedRegexAttribute), false).OfType<GeneratedRegexAttribute>().FirstOrDefault()))
            .Where(x => x.Attribute is not null).ToList();
        Assert.True(generated.Count > 100, $"only {generated.Count} generated expressions found: the scan no longer sees them");
        var builtAtRunTime = generated.Where(x => x.Attribute!.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}").ToList();
        Assert.Empty(builtAtRunTime);
        // A raw control character in a pattern is an escape lost on its way into the source (a
        // backspace for "\b" left an expression matching nothing): patterns spell them as escapes.
        var withControls = generated.Where(x => x.Attribute!.Pattern.Any(char.IsControl))
            .Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}").ToList();
        Assert.Empty(withControls);
    }
}
