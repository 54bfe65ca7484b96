using System.Runtime.InteropServices;
using System.Text;
using Epub.Model;
using SkiaSharp;

namespace Epub.Writers;

/// <summary>A cover image, as its bytes and media type: one the user gave, or one <see cref="CoverRenderer"/> drew.</summary>
public sealed record CoverImage(byte[] Content, string MediaType)
{
    public string FileName => MediaType == "image/png" ? "images/cover.png" : "images/cover.jpg";

    /// <summary>
    /// The media type a file's signature says it is (PNG or JPEG, the two core image types every
    /// reading system shows), or null: a file named .png that is not one would make an invalid book.
    /// </summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;
}

/// <summary>
/// Draws a book's typographic cover from its metadata, as Standard Ebooks and calibre make one when
/// a book has none: a plain background in one of a few quiet tones (picked by the title's hash, so a
/// book keeps its colour), the title large in a serif, wrapped at word boundaries and shrunk until it
/// fits, the subtitle under it, a thin rule, the author and the date. The PNG has no time or text
/// chunks, and the fonts are embedded, so the same metadata always gives the same bytes.
/// </summary>
public static class CoverRenderer
{
    public const int Width = 1600, Height = 2560;

    /// <summary>The text may use the page inside these margins; the frame is drawn halfway into them.</summary>
    private const float Margin = 200;

    /// <summary>Background, ink, and the rule's and frame's colour: dark cloth-like tones with cream ink, and one cream with dark ink.</summary>
    private static readonly (SKColor Background, SKColor Ink, SKColor Accent)[] Palettes =
    [
        (new SKColor(0x1F, 0x2A, 0x44), new SKColor(0xF3, 0xEC, 0xDC), new SKColor(0xC9, 0xA9, 0x6E)), // navy, cream, brass
        (new SKColor(0x5A, 0x1E, 0x1E), new SKColor(0xF5, 0xEB, 0xDD), new SKColor(0xD8, 0xB0, 0x7A)), // oxblood
        (new SKColor(0x22, 0x3D, 0x32), new SKColor(0xF0, 0xEB, 0xDA), new SKColor(0xC2, 0xAE, 0x78)), // bottle green
        (new SKColor(0x33, 0x3A, 0x40), new SKColor(0xEE, 0xEA, 0xE2), new SKColor(0xB7, 0x9E, 0x7D)), // slate
        (new SKColor(0xEF, 0xE6, 0xD2), new SKColor(0x2A, 0x24, 0x1E), new SKColor(0x8C, 0x2F, 0x26)), // cream, ink, vermilion
    ];

    private static readonly Lazy<SKTypeface> Serif = new(() => Typeface("Epub.fonts.DejaVuSerif.ttf"));

    /// <summary>For what the serif has no glyph for (DejaVu Sans also covers Arabic, Hebrew, Armenian, Georgian and more symbols).</summary>
    private static readonly Lazy<SKTypeface> Fallback = new(() => Typeface("Epub.fonts.DejaVuSans.ttf"));

    /// <summary>Fonts of each typeface to ask which characters it has glyphs for (the answer does not depend on the size).</summary>
    private static readonly Lazy<SKFont> SerifProbe = new(() => new SKFont(Serif.Value));

    /// <summary>Loaded only when a character is not in the serif (most covers never need it).</summary>
    private static readonly Lazy<SKFont> FallbackProbe = new(() => new SKFont(Fallback.Value));

    /// <summary>
    /// The font read in place: an embedded resource is memory of the program's own image, there
    /// as long as the program runs, so Skia is given its address instead of a copy (copying the two
    /// fonts twice over was a third of the cover's time in the native binary).
    /// </summary>
    private static unsafe SKTypeface Typeface(string resource)
    {
        using var stream = (UnmanagedMemoryStream)EmbeddedData.Open(resource);
        using var data = SKData.Create((IntPtr)stream.PositionPointer, checked((int)stream.Length));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"{resource} is not a font Skia can read");
    }

    private static bool InSerif(int codepoint) => SerifProbe.Value.ContainsGlyph(codepoint);

    private static bool InFallback(int codepoint) => FallbackProbe.Value.ContainsGlyph(codepoint);

    public static CoverImage Render(Metadata metadata) =>
        new(Render(metadata.Title ?? "Untitled", metadata.Subtitle, metadata.Author, metadata.DateText ?? metadata.Date), "image/png");

    public static byte[] Render(string title, string? subtitle, string? author, string? date) =>
        Render(title, subtitle, author, date, out _);

    /// <param name="textBounds">Where text was drawn, the union of every line's box: for tests that it stays inside the page.</param>
    public static unsafe byte[] Render(string title, string? subtitle, string? author, string? date, out SKRect textBounds)
    {
        // The text is drawn as coverage only (one byte a pixel, a quarter of RGBA's memory and work);
        // the PNG's palette turns coverage into the tones between the background and the ink. The
        // page starts as zeroed memory the system has not yet handed over (calloc's promise), and
        // neither clearing nor encoding touches the rows no text crosses: most of a cover is
        // empty, and touching its four megabytes was most of the cover's time.
        var info = new SKImageInfo(Width, Height, SKColorType.Alpha8, SKAlphaType.Premul);
        var pixels = NativeMemory.AllocZeroed((nuint)info.BytesSize64);
        try
        {
            using var mask = new SKBitmap();
            if (!mask.InstallPixels(info, (IntPtr)pixels, info.RowBytes)) throw new InvalidOperationException("Skia refused the cover's page");
            return Render(mask, title, subtitle, author, date, out textBounds);
        }
        finally
        {
            NativeMemory.Free(pixels);
        }
    }

    private static byte[] Render(SKBitmap mask, string title, string? subtitle, string? author, string? date, out SKRect textBounds)
    {
        // A tone per title: the first byte of its SHA-256, stable across runs and platforms (unlike
        // string.GetHashCode), and spread evenly over the few tones (FNV's low bits are not).
        var (background, ink, accent) = Palettes[Digests.Sha256(Encoding.UTF8.GetBytes(title))[0] % Palettes.Length];
        using var canvas = new SKCanvas(mask);
        using var inkPaint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var page = new Page(canvas, inkPaint);

        const float textWidth = Width - 2 * Margin;
        // The title as large as it fits in the upper part of the page, never above 190 px; the rest smaller than it.
        var titleBlock = Fit(title, textWidth, maxHeight: 1150, largest: 190, smallest: 40, leading: 1.18f);
        var subtitleBlock = subtitle is null ? null : Fit(subtitle, textWidth, maxHeight: 420, largest: Math.Min(96, titleBlock.Size * 0.55f), smallest: 32, leading: 1.25f);
        var authorBlock = author is null ? null : Fit(author, textWidth, maxHeight: 300, largest: Math.Min(92, titleBlock.Size * 0.75f), smallest: 32, leading: 1.2f);

        // The title's block is centred a little above the page's middle, the rest hangs under it.
        var blockHeight = titleBlock.Height + (subtitleBlock is null ? 0 : 60 + subtitleBlock.Height);
        var y = Math.Max(Margin + 80, 1000 - blockHeight / 2);
        page.Draw(titleBlock, y);
        y += titleBlock.Height;
        if (subtitleBlock is not null)
        {
            y += 60;
            page.Draw(subtitleBlock, y);
            y += subtitleBlock.Height;
        }
        y += 110;
        // The rule and the frame: axis-aligned on whole pixels, so set straight into the image in the accent.
        var ruleTop = (int)MathF.Round(y);
        SKRectI[] accents =
        [
            new(Width / 2 - 180, ruleTop, Width / 2 + 180, ruleTop + 4),
            new(FrameInset, FrameInset, Width - FrameInset, FrameInset + FrameWidth),
            new(FrameInset, Height - FrameInset - FrameWidth, Width - FrameInset, Height - FrameInset),
            new(FrameInset, FrameInset, FrameInset + FrameWidth, Height - FrameInset),
            new(Width - FrameInset - FrameWidth, FrameInset, Width - FrameInset, Height - FrameInset),
        ];
        y = ruleTop + 4 + 110;
        if (authorBlock is not null) page.Draw(authorBlock, y);
        if (date is not null)
        {
            var dateBlock = Fit(date, textWidth, maxHeight: 120, largest: 56, smallest: 24, leading: 1.2f);
            page.Draw(dateBlock, Height - Margin - 40 - dateBlock.Height);
        }
        canvas.Flush();
        textBounds = page.Bounds;
        return IndexedPng.Write(mask, page.InkedRows, Shades(background, ink, accent), accents);
    }

    /// <summary>The frame's distance from the page's edge and its width, in pixels.</summary>
    private const int FrameInset = 90, FrameWidth = 3;

    /// <summary>The palette: 255 steps from the background (no ink) to the ink (full coverage), then the accent.</summary>
    private static byte[] Shades(SKColor background, SKColor ink, SKColor accent)
    {
        var palette = new byte[256 * 3];
        for (var i = 0; i < IndexedPng.AccentIndex; i++)
        {
            palette[i * 3] = Mix(background.Red, ink.Red, i);
            palette[i * 3 + 1] = Mix(background.Green, ink.Green, i);
            palette[i * 3 + 2] = Mix(background.Blue, ink.Blue, i);
        }
        palette[IndexedPng.AccentIndex * 3] = accent.Red;
        palette[IndexedPng.AccentIndex * 3 + 1] = accent.Green;
        palette[IndexedPng.AccentIndex * 3 + 2] = accent.Blue;
        return palette;
    }

    /// <summary>Step <paramref name="step"/> of the 254 from one channel value to another, rounded.</summary>
    private static byte Mix(byte from, byte to, int step)
    {
        const int steps = IndexedPng.AccentIndex - 1;
        return (byte)((from * (steps - step) + to * step + steps / 2) / steps);
    }

    /// <summary>Lines of text set at one size, centred.</summary>
    private sealed record Block(List<string> Lines, float Size, float Leading)
    {
        public float LineHeight => Size * Leading;
        public float Height => Lines.Count * LineHeight;
    }

    /// <summary>
    /// The text wrapped at word boundaries to <paramref name="width"/> at the largest size from
    /// <paramref name="largest"/> down whose lines fit the width and the height. At the smallest
    /// size a word wider than the page is broken, and lines past the height end in an ellipsis.
    /// </summary>
    private static Block Fit(string text, float width, float maxHeight, float largest, float smallest, float leading)
    {
        var words = Words(text);
        for (var size = largest; size > smallest; size *= 0.94f)
        {
            var lines = Wrap(words, width, size, breakWords: false);
            if (lines is not null && lines.Count * size * leading <= maxHeight) return new(lines, size, leading);
        }
        var last = Wrap(words, width, smallest, breakWords: true)!;
        var fitting = Math.Max(1, (int)(maxHeight / (smallest * leading)));
        if (last.Count > fitting)
        {
            last.RemoveRange(fitting, last.Count - fitting);
            var end = last[^1];
            while (end.Length > 0 && Measure(end + "\u2026", smallest) > width) end = end[..^1];
            last[^1] = end.TrimEnd() + "\u2026";
        }
        return new(last, smallest, leading);
    }

    /// <summary>The words to wrap, a dash standing alone kept with the word before it: a line never opens with "—".</summary>
    private static string[] Words(string text)
    {
        var words = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (words.Count > 0 && word is "\u2014" or "\u2013" or "-" or "--") words[^1] += " " + word;
            else words.Add(word);
        return words.Count == 0 ? [" "] : [.. words];
    }

    /// <summary>Greedy wrapping; null when a word is wider than the line and words may not be broken.</summary>
    private static List<string>? Wrap(string[] words, float width, float size, bool breakWords)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate, size) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            if (Measure(word, size) <= width) continue;
            if (!breakWords) return null;
            // A word wider than the page (a URL, a long compound): broken where it must be.
            while (Measure(line, size) > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && Measure(line[..cut], size) > width) cut--;
                if (char.IsHighSurrogate(line[cut - 1])) cut--;
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static float Measure(string text, float size)
    {
        var width = 0f;
        foreach (var (run, typeface) in Runs(text))
        {
            using var font = Font(typeface, size);
            width += font.MeasureText(run);
        }
        return width;
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };

    /// <summary>The characters of the text neither embedded font has a glyph for (they would show as boxes).</summary>
    public static IReadOnlyList<string> MissingGlyphs(string text)
    {
        var missing = new List<string>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codepoint = char.ConvertToUtf32(text, i);
            if (!char.IsWhiteSpace(text, i) && !InSerif(codepoint) && !InFallback(codepoint)) missing.Add(char.ConvertFromUtf32(codepoint));
        }
        return missing;
    }

    /// <summary>The text cut into runs, each in the serif or, where the serif has no glyph, the fallback.</summary>
    private static IEnumerable<(string Run, SKTypeface Typeface)> Runs(string text)
    {
        var serif = Serif.Value;
        var start = 0;
        SKTypeface? current = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codepoint = char.ConvertToUtf32(text, i);
            var typeface = InSerif(codepoint) || !InFallback(codepoint) ? serif : Fallback.Value;
            if (current is not null && typeface != current)
            {
                yield return (text[start..i], current);
                start = i;
            }
            current = typeface;
        }
        if (current is not null) yield return (text[start..], current);
    }

    /// <summary>Draws blocks centred on the page and keeps the union of their ink's boxes.</summary>
    private sealed class Page(SKCanvas canvas, SKPaint paint)
    {
        public SKRect Bounds { get; private set; } = SKRect.Empty;

        /// <summary>The rows each drawn run's box covers, a pixel wider each way for antialiasing: no other row has ink.</summary>
        public List<(int Top, int Bottom)> InkedRows { get; } = [];

        public void Draw(Block block, float top)
        {
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines[i];
                var baseline = top + i * block.LineHeight + block.Size * 0.93f;
                var x = Width / 2f - Measure(line, block.Size) / 2;
                foreach (var (run, typeface) in Runs(line))
                {
                    using var font = Font(typeface, block.Size);
                    canvas.DrawText(run, x, baseline, SKTextAlign.Left, font, paint);
                    var advance = font.MeasureText(run, out var box);
                    box.Offset(x, baseline);
                    Bounds = Bounds.IsEmpty ? box : SKRect.Union(Bounds, box);
                    InkedRows.Add(((int)MathF.Floor(box.Top) - 1, (int)MathF.Ceiling(box.Bottom) + 1));
                    x += advance;
                }
            }
        }
    }
}
