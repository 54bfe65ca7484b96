using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace Epub.Writers;

/// <summary>
/// Writes an 8-bit palette PNG from a coverage mask: coverage 0–255 becomes palette index 0–254 (the
/// palette's shades), and given rectangles take index 255 (the accent). One byte a pixel instead of
/// Skia's RGB encoding of four: a cover is encoded in a fraction of the time, and smaller. Only the
/// chunks PNG requires (IHDR, PLTE, IDAT, IEND) are written: no time, no text, no gamma, so the
/// bytes depend on the pixels alone (and on the runtime's zlib, as the book's zip entries already do).
/// </summary>
internal static class IndexedPng
{
    public const int AccentIndex = 255;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="mask">An Alpha8 bitmap: each pixel the ink's coverage.</param>
    /// <param name="palette">256 RGB triples.</param>
    /// <param name="accents">Rectangles set to <see cref="AccentIndex"/>, over the coverage.</param>
    public static byte[] Write(SKBitmap mask, byte[] palette, IReadOnlyList<SKRectI> accents)
    {
        if (mask.ColorType != SKColorType.Alpha8) throw new ArgumentException("the mask must be Alpha8", nameof(mask));
        int width = mask.Width, height = mask.Height, stride = mask.RowBytes;
        var pixels = mask.GetPixelSpan();

        // Coverage 0–255 onto the 255 shades 0–254, rounded.
        Span<byte> shade = stackalloc byte[256];
        for (var i = 0; i < 256; i++) shade[i] = (byte)((i * (AccentIndex - 1) + 127) / 255);

        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        Chunk(output, "IHDR"u8, header);
        Chunk(output, "PLTE"u8, palette);

        using var data = new MemoryStream();
        // Optimal (zlib's 6) takes no longer than Fastest here (the rows are long runs of the
        // background's index) and makes the file 40 % smaller; SmallestSize takes three times as long.
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + width]; // filter type 0 (none), then the indexes
            for (var y = 0; y < height; y++)
            {
                var line = pixels.Slice(y * stride, width);
                // Most rows have no ink: the background's index (0) in one vectorised fill.
                if (!line.ContainsAnyExcept((byte)0)) row.AsSpan(1).Clear();
                else for (var x = 0; x < width; x++) row[1 + x] = shade[line[x]];
                foreach (var rect in accents)
                    if (y >= rect.Top && y < rect.Bottom)
                        row.AsSpan(1 + Math.Max(0, rect.Left), Math.Min(width, rect.Right) - Math.Max(0, rect.Left)).Fill(AccentIndex);
                zlib.Write(row);
            }
        }
        Chunk(output, "IDAT"u8, data.GetBuffer().AsSpan(0, (int)data.Length));
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> content)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, content.Length);
        output.Write(number);
        output.Write(type);
        output.Write(content);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), content) ^ 0xFFFFFFFFu);
        output.Write(number);
    }

    /// <summary>The CRC-32 PNG's chunks end with (ISO 3309, as zip's), table-driven.</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = MakeTable();

        private static uint[] MakeTable()
        {
            var table = new uint[256];
            for (var n = 0u; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                table[n] = c;
            }
            return table;
        }

        public static uint Update(uint crc, ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }
    }
}
