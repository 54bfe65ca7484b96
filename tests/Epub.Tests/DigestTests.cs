using System.Security.Cryptography;
using CsCheck;

namespace Epub.Tests;

/// <summary>The converter's own SHA-256 and SHA-1 (it does without OpenSSL where that is quicker) give the framework's digests.</summary>
public sealed class DigestTests
{
    // Lengths around the 64-byte block and the 56-byte point where the length no longer fits the last block.
    private static readonly Gen<byte[]> Messages = Gen.OneOf(Gen.Int[0, 200], Gen.Int[0, 5000]).SelectMany(n => Gen.Byte.Array[n]);

    [Fact]
    public void Sha256_is_the_framework_s_digest() =>
        Messages.Sample(bytes => Assert.Equal(SHA256.HashData(bytes), Digests.ManagedSha256(bytes)), iter: 500);

    [Fact]
    public void Sha1_is_the_framework_s_digest() =>
        Messages.Sample(bytes => Assert.Equal(SHA1.HashData(bytes), Digests.Sha1(bytes)), iter: 500);

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Sha256_gives_the_standard_s_examples(string message, string digest) =>
        Assert.Equal(digest, Convert.ToHexStringLower(Digests.ManagedSha256(System.Text.Encoding.ASCII.GetBytes(message))));
}
