using System.Security.Cryptography;

namespace OpsHub.Ingest;

/// <summary>
/// SHA-256 of the short inputs the door hashes for every event (an id-less event's bytes, an idempotency key), through
/// one <see cref="IncrementalHash"/> per thread: the one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// sets up and frees OpenSSL's digest context on every call, which cost more than hashing a few hundred bytes.
/// </summary>
internal static class DoorSha256
{
    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>Writes the SHA-256 of <paramref name="data"/> to <paramref name="destination"/> (32 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            hash.AppendData(data);
            hash.GetHashAndReset(destination);
        }
        catch
        {
            // A failure part-way would leave data in the digest for the next call: start that one afresh.
            _hash = null;
            hash.Dispose();
            throw;
        }
    }
}
