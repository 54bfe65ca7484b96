using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Epub;

/// <summary>
/// SHA-256 (the source's fingerprint in the colophon and the report) and SHA-1 (name-based UUIDs,
/// RFC 9562 version 5), as FIPS 180-4 defines them.
/// </summary>
/// <remarks>
/// Why not System.Security.Cryptography alone: on Linux it loads OpenSSL (libssl, libcrypto and
/// its configuration) the first time a hash is asked for, which cost a NativeAOT conversion of a
/// 50 KB text about 5 ms of its 35 and 3 MiB. Nothing here is a secret or an attacker's choice to
/// resist: the digests name content, so a plain implementation checked against the framework's in
/// the suite does the job. OpenSSL hashes with the processor's SHA instructions, about ten times
/// as fast as this code (measured: 1 GB/s against 120 MB/s), so a source large enough to repay
/// its loading, or a batch's sources after its first megabyte, are hashed by the framework.
/// </remarks>
internal static class Digests
{
    private static ReadOnlySpan<uint> Sha256Rounds =>
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

    /// <summary>From this many bytes on, the framework hashes: loading OpenSSL (5 ms) costs what 600 KB take here at 120 MB/s, and from a mebibyte its speed repays the load with room to spare.</summary>
    private const int FrameworkFrom = 1 << 20;

    /// <summary>The bytes this process has hashed here so far.</summary>
    private static long hashedHere;

    /// <summary>The SHA-256 digest of the bytes (32 bytes).</summary>
    public static byte[] Sha256(ReadOnlySpan<byte> data)
    {
        // A large source, and every source once the process has hashed a megabyte here (a batch of
        // texts), goes to the framework: what is still to hash repays OpenSSL's load.
        if (data.Length >= FrameworkFrom || Interlocked.Read(ref hashedHere) >= FrameworkFrom) return System.Security.Cryptography.SHA256.HashData(data);
        Interlocked.Add(ref hashedHere, data.Length);
        return ManagedSha256(data);
    }

    /// <summary>SHA-256 computed here, whatever the size (the suite checks it against the framework's).</summary>
    internal static byte[] ManagedSha256(ReadOnlySpan<byte> data) =>
        Hash(data, [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19], stackalloc uint[64], Sha256Block);

    /// <summary>The SHA-1 digest of the bytes (20 bytes).</summary>
    public static byte[] Sha1(ReadOnlySpan<byte> data) =>
        Hash(data, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0], stackalloc uint[80], Sha1Block);

    private delegate void BlockFunction(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> schedule);

    /// <summary>Runs the hash's block function over the message's whole blocks, then over its padded last ones; the state, big-endian, is the digest.</summary>
    private static byte[] Hash(ReadOnlySpan<byte> data, Span<uint> state, Span<uint> schedule, BlockFunction block)
    {
        var whole = data.Length / 64 * 64;
        for (var offset = 0; offset < whole; offset += 64) block(state, data.Slice(offset, 64), schedule);
        var padded = Padded(data[whole..], data.Length, stackalloc byte[128]);
        for (var offset = 0; offset < padded.Length; offset += 64) block(state, padded.Slice(offset, 64), schedule);
        var digest = new byte[state.Length * 4];
        for (var i = 0; i < state.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        return digest;
    }

    /// <summary>
    /// The message's last blocks, padded as both hashes pad it: the tail, a 1 bit, zeros, and the
    /// message's length in bits, big-endian (one block, or two when the length no longer fits).
    /// </summary>
    private static Span<byte> Padded(ReadOnlySpan<byte> tail, int length, Span<byte> buffer)
    {
        var padded = buffer[..(tail.Length + 9 <= 64 ? 64 : 128)];
        padded.Clear();
        tail.CopyTo(padded);
        padded[tail.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded[^8..], (ulong)length * 8);
        return padded;
    }

    private static void Sha256Block(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> w)
    {
        for (var t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(t * 4, 4));
        for (var t = 16; t < 64; t++)
        {
            uint w15 = w[t - 15], w2 = w[t - 2];
            w[t] = w[t - 16] + (BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3))
                 + w[t - 7] + (BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10));
        }
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        // Eight rounds a turn, each writing the variable that would have been shifted out: the
        // letters turn by renaming, not by seven copies a round.
        ReadOnlySpan<uint> k = Sha256Rounds;
        for (var t = 0; t < 64; t += 8)
        {
            Sha256Round(a, b, c, ref d, e, f, g, ref h, k[t] + w[t]);
            Sha256Round(h, a, b, ref c, d, e, f, ref g, k[t + 1] + w[t + 1]);
            Sha256Round(g, h, a, ref b, c, d, e, ref f, k[t + 2] + w[t + 2]);
            Sha256Round(f, g, h, ref a, b, c, d, ref e, k[t + 3] + w[t + 3]);
            Sha256Round(e, f, g, ref h, a, b, c, ref d, k[t + 4] + w[t + 4]);
            Sha256Round(d, e, f, ref g, h, a, b, ref c, k[t + 5] + w[t + 5]);
            Sha256Round(c, d, e, ref f, g, h, a, ref b, k[t + 6] + w[t + 6]);
            Sha256Round(b, c, d, ref e, f, g, h, ref a, k[t + 7] + w[t + 7]);
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }

    /// <summary>One round: d takes d + T1, h takes T1 + T2 (the new a, under the next round's names).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Sha256Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint roundWord)
    {
        var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + roundWord;
        var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        d += t1;
        h = t1 + t2;
    }

    private static void Sha1Block(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> w)
    {
        w = w[..80];
        for (var t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (var t = 16; t < 80; t++) w[t] = BitOperations.RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (var t = 0; t < 80; t++)
        {
            var mixed = t < 20 ? ((b & c) | (~b & d)) + 0x5a827999u
                : t < 40 ? (b ^ c ^ d) + 0x6ed9eba1u
                : t < 60 ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdcu
                : (b ^ c ^ d) + 0xca62c1d6u;
            var next = BitOperations.RotateLeft(a, 5) + mixed + e + w[t];
            e = d; d = c; c = BitOperations.RotateLeft(b, 30); b = a; a = next;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e;
    }
}
