using System.Security.Cryptography;

namespace OpsHub.Ingest.Tests;

/// <summary>The door's per-thread SHA-256 gives the one-shot's hash for every input, one call after another.</summary>
public sealed class DoorSha256Tests
{
    [Fact]
    public async Task HashesEveryInputAsTheOneShotDoesWhateverCameBeforeOnItsThread()
    {
        var random = new Random(20261206);
        var inputs = Enumerable.Range(0, 500).Select(i => new byte[random.Next(i % 50 == 0 ? 5_000 : 300)]).ToList();
        inputs.ForEach(random.NextBytes);
        inputs.Add([]);

        // Four threads at once, each through every input in its own order.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            var hash = new byte[32];
            foreach (var input in t % 2 == 0 ? inputs : Enumerable.Reverse(inputs))
            {
                DoorSha256.Hash(input, hash);
                hash.ShouldBe(SHA256.HashData(input));
            }
        })));
    }
}
