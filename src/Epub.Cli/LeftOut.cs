using Epub.Model;

namespace Epub.Cli;

/// <summary>What the converter left out of a text, one line each, as <c>inspect</c> shows it and <c>--report</c> lists it.</summary>
internal static class LeftOut
{
    public static List<string> Of(Provenance provenance) =>
    [
        .. provenance.Wrappers.Select(w => $"line {w.Line}: {w.What} ({w.Lines} line{(w.Lines == 1 ? "" : "s")})"),
        .. provenance.Dropped.Select(d => $"line {d.Line}: website leftover \"{d.Text}\""),
    ];
}
