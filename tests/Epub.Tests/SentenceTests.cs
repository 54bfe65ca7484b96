using CsCheck;
using Epub.Targets;

namespace Epub.Tests;

/// <summary>The sentence splitter behind Kobo's spans: it loses nothing and cuts no abbreviation or number.</summary>
public sealed class SentenceTests
{
    [Theory]
    [InlineData("One. Two? Three!", new[] { "One. ", "Two? ", "Three!" })]
    [InlineData("He said \u201CNo.\u201D Then he left.", new[] { "He said \u201CNo.\u201D ", "Then he left." })]
    [InlineData("Mr. Smith met Dr. Jones at 3.30 p.m. on Monday.", new[] { "Mr. Smith met Dr. Jones at 3.30 p.m. on Monday." })]
    [InlineData("See pp. 12\u201314, e.g. the notes. Then J. R. Hale wrote.", new[] { "See pp. 12\u201314, e.g. the notes. ", "Then J. R. Hale wrote." })]
    [InlineData("It cost $1.2 million. Wait\u2026 and then? Nothing.", new[] { "It cost $1.2 million. ", "Wait\u2026 and then? ", "Nothing." })]
    [InlineData("1. The first point. The second.", new[] { "1. The first point. ", "The second." })]
    [InlineData("It was 1936. Then came 1937.", new[] { "It was 1936. ", "Then came 1937." })]
    [InlineData("  ", new[] { "  " })]
    [InlineData("", new string[0])]
    public void Splits_at_sentence_ends_only(string text, string[] sentences) => Assert.Equal(sentences, Sentences.Split(text));

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOfConst("Mr.", "Mrs.", "Dr.", "St.", "e.g.", "i.e.", "p.", "pp.", "etc.", "J.", "U.S.", "3.14", "$1.2", "0.5%", "1.", "v2.0"),
        Gen.OneOfConst("The", "party", "said", "it", "Stalin", "line", "\u201CNo.\u201D", "(so.)", "end.", "Why?", "Yes!", "\u2026", "and", "\u00A0", "\n", "\t"),
        Gen.String[0, 6]);

    private static readonly Gen<string> Texts = Gen.Select(Piece.Array[0, 40], Gen.OneOfConst(" ", "  ", "\n", "\u00A0").Array[40], (pieces, spaces) =>
        string.Concat(pieces.Select((p, i) => p + spaces[i])));

    /// <summary>The words an abbreviation, an initial or a number is made of, which a sentence never ends after or inside.</summary>
    private static readonly string[] Unbreakable = ["Mr.", "Mrs.", "Dr.", "St.", "e.g.", "i.e.", "p.", "pp.", "etc.", "J.", "U.S."];

    [Fact]
    public void The_sentences_put_together_are_the_text_and_none_ends_at_an_abbreviation_or_inside_a_number()
    {
        Texts.Sample(text =>
        {
            var sentences = Sentences.Split(text);
            Assert.Equal(text, string.Concat(sentences));
            Assert.DoesNotContain("", sentences);
            foreach (var sentence in sentences.SkipLast(1))
            {
                var end = sentence.TrimEnd();
                // A break follows white space after the end, so a number ("3.14", "$1.2") is never cut.
                Assert.True(end.Length < sentence.Length, $"'{sentence}' ends without white space in '{text}'");
                var last = end.Split(' ', '\n', '\t', '\u00A0')[^1];
                Assert.DoesNotContain(last, Unbreakable);
            }
        }, iter: 2000);
    }
}
