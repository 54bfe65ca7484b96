using SkiaSharp;

namespace Epub.Tests.Tools;

/// <summary>What an image shows, measured: a blank page has no variation in luminance.</summary>
public static class Pixels
{
    /// <summary>The variance of the luminance (0–255) over every fourth pixel of every fourth row.</summary>
    public static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, squares = 0;
        var n = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                var c = bitmap.GetPixel(x, y);
                var luminance = 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;
                sum += luminance;
                squares += luminance * luminance;
                n++;
            }
        return squares / n - sum / n * (sum / n);
    }
}
