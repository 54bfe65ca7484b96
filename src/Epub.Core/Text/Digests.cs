using System.Buffers.Binary;
using System.Numerics;

namespace Epub;

/// <summary>
/// SHA-256 (the source's fingerprint in the colophon and the report) and SHA-1 (name-based UUIDs,
/// RFC 9562 version 5), as FIPS 180-4 defines them.
/// </summary>
/// <remarks>
/// Why not System.Security.Cryptography: on Linux it loads OpenSSL (libssl, libcrypto and its
/// configuration) the first time a hash is asked for, which cost a NativeAOT conversion of a 50 KB
/// text about 5 ms of its 35 and 3 MiB. Nothing here is a secret or an attacker's choice to resist:
/// the digests name content, so a plain implementation checked against the framework's in the
/// suite does the job.
/// </remarks>
internal static class Digests
{
    private static readonly uint[] Sha256Rounds =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>The SHA-256 digest of the bytes (32 bytes).</summary>
    public static byte[] Sha256(ReadOnlySpan<byte> data) =>
        Digest(data, [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19], 64, Sha256Block);

    /// <summary>The SHA-1 digest of the bytes (20 bytes).</summary>
    public static byte[] Sha1(ReadOnlySpan<byte> data) =>
        Digest(data, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0], 80, Sha1Block);

    private delegate void BlockFunction(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> schedule);

    /// <summary>
    /// Runs the block function over the message in 64-byte blocks, padded as both hashes pad it
    /// (a 1 bit, zeros, the length in bits, big-endian), and writes the state big-endian.
    /// </summary>
    private static byte[] Digest(ReadOnlySpan<byte> data, Span<uint> state, int scheduleLength, BlockFunction block)
    {
        Span<uint> schedule = stackalloc uint[scheduleLength];
        var whole = data.Length / 64 * 64;
        for (var offset = 0; offset < whole; offset += 64) block(state, data.Slice(offset, 64), schedule);
        var tail = data.Length - whole;
        Span<byte> padded = stackalloc byte[tail + 9 <= 64 ? 64 : 128];
        padded.Clear();
        data[whole..].CopyTo(padded);
        padded[tail] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded[^8..], (ulong)data.Length * 8);
        for (var offset = 0; offset < padded.Length; offset += 64) block(state, padded.Slice(offset, 64), schedule);
        var digest = new byte[state.Length * 4];
        for (var i = 0; i < state.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        return digest;
    }

    private static void Sha256Block(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> w)
    {
        for (var t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (var t = 16; t < 64; t++)
        {
            var s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + Sha256Rounds[t] + w[t];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            (h, g, f, e, d, c, b, a) = (g, f, e, d + t1, c, b, a, t1 + t2);
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }

    private static void Sha1Block(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> w)
    {
        for (var t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (var t = 16; t < 80; t++) w[t] = BitOperations.RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (var t = 0; t < 80; t++)
        {
            var (f, k) = t switch
            {
                < 20 => ((b & c) | (~b & d), 0x5a827999u),
                < 40 => (b ^ c ^ d, 0x6ed9eba1u),
                < 60 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdcu),
                _ => (b ^ c ^ d, 0xca62c1d6u),
            };
            var next = BitOperations.RotateLeft(a, 5) + f + e + k + w[t];
            (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, next);
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e;
    }
}
