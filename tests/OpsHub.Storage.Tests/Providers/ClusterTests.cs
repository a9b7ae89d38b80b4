using Microsoft.Extensions.Hosting;
using OpsHub.Testing;

namespace OpsHub.Storage.Tests.Providers;

/// <summary>Two silos and a client in one process, meeting only through PostgreSQL membership.</summary>
public sealed class ClusterTests(PostgresServerFixture postgres)
{
    private static readonly TimeSpan _convergenceTimeout = TimeSpan.FromSeconds(30);

    private readonly string _clusterId = $"cluster-{Guid.NewGuid():N}";

    [Fact]
    public async Task SeesBothSilosActiveWhenTwoSilosJoinThroughPostgres()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(ClusterTests), TestContext.Current.CancellationToken);
        var first = await ClusterSilo.StartSiloAsync(database, _clusterId, "first");
        var second = await ClusterSilo.StartSiloAsync(database, _clusterId, "second");
        IHost? client = null;
        try
        {
            var expected = new[] { first.Address(), second.Address() }.Order().ToArray();

            (await ActiveSilosAsync(first, expected.Length)).ShouldBe(expected);
            (await ActiveSilosAsync(second, expected.Length)).ShouldBe(expected);

            client = await ClusterSilo.StartClientAsync(database, _clusterId);
            (await ActiveSilosAsync(client, expected.Length)).ShouldBe(expected);
        }
        finally
        {
            if (client is not null)
            {
                await client.StopAndDisposeAsync();
            }

            await second.StopAndDisposeAsync();
            await first.StopAndDisposeAsync();
        }
    }

    [Fact]
    public async Task MarksSiloDeadWhenItStops()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(ClusterTests), TestContext.Current.CancellationToken);
        var survivor = await ClusterSilo.StartSiloAsync(database, _clusterId, "survivor");
        try
        {
            var leaver = await ClusterSilo.StartSiloAsync(database, _clusterId, "leaver");
            var leaving = leaver.Address();
            await ActiveSilosAsync(survivor, 2);

            await leaver.StopAndDisposeAsync();

            var status = await EventuallyAsync(
                async () => (await survivor.Management().GetHosts(onlyActive: false, TestContext.Current.CancellationToken)).GetValueOrDefault(leaving),
                seen => seen == SiloStatus.Dead);
            status.ShouldBe(SiloStatus.Dead);
            var active = await survivor.Management().GetHosts(onlyActive: true, TestContext.Current.CancellationToken);
            active.Keys.ShouldBe([survivor.Address()]);
        }
        finally
        {
            await survivor.StopAndDisposeAsync();
        }
    }

    private static async Task<SiloAddress[]> ActiveSilosAsync(IHost host, int count) =>
        await EventuallyAsync(
            async () => (await host.Management().GetHosts(onlyActive: true, TestContext.Current.CancellationToken)).Keys.Order().ToArray(),
            silos => silos.Length == count);

    // Membership spreads by gossip and table reads; poll briefly rather than sleep a fixed time.
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(_convergenceTimeout);
        var value = await probe();
        while (!done(value) && !timeout.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
            value = await probe();
        }

        return value;
    }
}
