using System.Security.Cryptography;
using System.Text;

namespace OpsHub.Ingest.Guards;

/// <summary>
/// The key of this process's own warm-up requests (<see cref="Http.DoorHttpWarmup"/>): 32 random bytes drawn when the
/// warm-up starts, held only in memory and only while it runs. A request carrying it is the <see cref="Source"/>,
/// whose bodies go through the door and keep nothing.
/// </summary>
public sealed class WarmUpKey
{
    private volatile byte[]? _sha256;

    /// <summary>The source of the warm-up's requests; its own rate-limit bucket, wide enough not to slow it.</summary>
    public static IngestSource Source { get; } = new("opshub-warmup", 10_000, 10_000, []) { KeepsNothing = true };

    /// <summary>Draws a new key and admits it; returns it, for the warm-up's requests only.</summary>
    public string Open()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _sha256 = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return key;
    }

    /// <summary>From now on <paramref name="key"/> admits nothing (a key opened since stays open).</summary>
    public void Close(string key)
    {
        var sha256 = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        if (Admits(sha256))
        {
            _sha256 = null;
        }
    }

    /// <summary>Whether <paramref name="sha256"/> is the hash of the open key.</summary>
    public bool Admits(ReadOnlySpan<byte> sha256) => _sha256 is { } open && CryptographicOperations.FixedTimeEquals(open, sha256);
}
