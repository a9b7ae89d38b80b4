using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsHub.Testing;
using Orleans.Configuration;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace OpsHub.Storage.Tests.Providers;

/// <summary>Orleans' own ADO.NET membership table and gateway list, run against our queries.</summary>
public sealed class ClusteringTableTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    // Whole microseconds: PostgreSQL keeps microseconds, .NET ticks are a tenth of one.
    private static readonly DateTime _started = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1_234_560);
    private static readonly DateTime _alive = _started.AddMinutes(1).AddTicks(10);

    private readonly string _clusterId = $"cluster-{Guid.NewGuid():N}";
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private string _connectionString = string.Empty;
    private AdoNetClusteringTable _table = null!;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync(nameof(ClusteringTableTests));
        _table = NewTable();
        await _table.InitializeMembershipTableAsync(tryInitTableVersion: true, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task ReadsVersionZeroWithoutMembersWhenDeploymentIsNew()
    {
        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);

        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
    }

    [Fact]
    public async Task KeepsTableVersionWhenAnotherSiloInitialisesTheTable()
    {
        await InsertAsync(Entry(1000));

        await NewTable().InitializeMembershipTableAsync(tryInitTableVersion: true, TestContext.Current.CancellationToken);

        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Version.Version.ShouldBe(1);
        data.Members.Count.ShouldBe(1);
    }

    [Fact]
    public async Task InsertsMemberAndBumpsVersionWhenVersionMatches()
    {
        var entry = Entry(1000, SiloStatus.Joining, proxyPort: 2000);

        (await InsertAsync(entry)).ShouldBeTrue();

        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Version.Version.ShouldBe(1);
        var (stored, etag) = data.Members.ShouldHaveSingleItem();
        etag.ShouldBe("1");
        stored.SiloAddress.ShouldBe(entry.SiloAddress);
        stored.SiloName.ShouldBe("silo-1000");
        stored.HostName.ShouldBe("host-a");
        stored.Status.ShouldBe(SiloStatus.Joining);
        stored.ProxyPort.ShouldBe(2000);
        stored.SuspectTimes.ShouldBeNull();
        stored.StartTime.ShouldBe(_started);
        stored.StartTime.Kind.ShouldBe(DateTimeKind.Utc);
        stored.IAmAliveTime.ShouldBe(_alive);
    }

    [Fact]
    public async Task RejectsInsertWhenTableVersionIsStale()
    {
        var stale = (await _table.ReadAllAsync(TestContext.Current.CancellationToken)).Version;
        (await InsertAsync(Entry(1000))).ShouldBeTrue();

        var inserted = await _table.InsertRowAsync(Entry(1001), stale.Next(), TestContext.Current.CancellationToken);

        inserted.ShouldBeFalse();
        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Version.Version.ShouldBe(1);
        data.Members.ShouldHaveSingleItem().Item1.SiloAddress.Endpoint.Port.ShouldBe(1000);
    }

    [Fact]
    public async Task RejectsInsertWhenMemberExists()
    {
        (await InsertAsync(Entry(1000))).ShouldBeTrue();

        (await InsertAsync(Entry(1000, SiloStatus.Active))).ShouldBeFalse();

        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Version.Version.ShouldBe(1);
        data.Members.ShouldHaveSingleItem().Item1.Status.ShouldBe(SiloStatus.Joining);
    }

    [Fact]
    public async Task UpdatesMemberAndBumpsVersionWhenVersionMatches()
    {
        var entry = Entry(1000);
        await InsertAsync(entry);
        var suspecter = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 1001), 7);
        var before = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        entry.Status = SiloStatus.Active;
        entry.IAmAliveTime = _alive.AddMinutes(5);
        entry.SuspectTimes = [Tuple.Create(suspecter, _alive.AddMinutes(4))];

        var updated = await _table.UpdateRowAsync(entry, before.Version.VersionEtag, before.Version.Next(), TestContext.Current.CancellationToken);

        updated.ShouldBeTrue();
        var row = await _table.ReadRowAsync(entry.SiloAddress, TestContext.Current.CancellationToken);
        row.Version.Version.ShouldBe(2);
        var stored = row.Members.ShouldHaveSingleItem().Item1;
        stored.Status.ShouldBe(SiloStatus.Active);
        stored.IAmAliveTime.ShouldBe(_alive.AddMinutes(5));
        var suspicion = stored.SuspectTimes.ShouldNotBeNull().ShouldHaveSingleItem();
        suspicion.Item1.ShouldBe(suspecter);
        // The provider writes suspicion times as text with millisecond precision.
        suspicion.Item2.ShouldBe(new DateTime(2025, 3, 4, 5, 11, 7, 123, DateTimeKind.Utc), TimeSpan.Zero);
    }

    [Fact]
    public async Task RejectsUpdateWhenTableVersionIsStale()
    {
        var entry = Entry(1000);
        await InsertAsync(entry);
        var stale = (await _table.ReadAllAsync(TestContext.Current.CancellationToken)).Version;
        await InsertAsync(Entry(1001));
        entry.Status = SiloStatus.Dead;

        var updated = await _table.UpdateRowAsync(entry, stale.VersionEtag, stale.Next(), TestContext.Current.CancellationToken);

        updated.ShouldBeFalse();
        var row = await _table.ReadRowAsync(entry.SiloAddress, TestContext.Current.CancellationToken);
        row.Version.Version.ShouldBe(2);
        row.Members.ShouldHaveSingleItem().Item1.Status.ShouldBe(SiloStatus.Joining);
    }

    [Fact]
    public async Task ReadsTableVersionWhenRowIsMissing()
    {
        await InsertAsync(Entry(1000));

        var row = await _table.ReadRowAsync(SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 1000), 99), TestContext.Current.CancellationToken);

        row.Members.ShouldBeEmpty();
        row.Version.Version.ShouldBe(1);
    }

    [Fact]
    public async Task UpdatesIAmAliveWithoutBumpingVersion()
    {
        var entry = Entry(1000);
        await InsertAsync(entry);
        entry.IAmAliveTime = _alive.AddHours(1);

        await _table.UpdateIAmAliveAsync(entry, TestContext.Current.CancellationToken);

        var row = await _table.ReadRowAsync(entry.SiloAddress, TestContext.Current.CancellationToken);
        row.Version.Version.ShouldBe(1);
        row.Members.ShouldHaveSingleItem().Item1.IAmAliveTime.ShouldBe(_alive.AddHours(1));
    }

    [Fact]
    public async Task ListsOnlyActiveGatewaysWhenClientAsks()
    {
        await InsertAsync(Entry(1000, SiloStatus.Active, proxyPort: 2000));
        await InsertAsync(Entry(1001, SiloStatus.Joining, proxyPort: 2001));
        await InsertAsync(Entry(1002, SiloStatus.Active, proxyPort: 0));
        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            _services,
            Options.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = _connectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "opshub-tests" }));
        await gateways.InitializeGatewayListProviderAsync(TestContext.Current.CancellationToken);

        var uris = await gateways.GetGatewaysAsync(TestContext.Current.CancellationToken);

        uris.ShouldHaveSingleItem().ToGatewayAddress().ShouldNotBeNull().Endpoint.ShouldBe(new IPEndPoint(IPAddress.Loopback, 2000));
    }

    [Fact]
    public async Task RemovesOnlyDeadSilosSilentSinceCutoffWhenCleaningUp()
    {
        await InsertAsync(Entry(1000, SiloStatus.Dead));
        await InsertAsync(Entry(1001, SiloStatus.Dead, alive: _alive.AddHours(2)));
        await InsertAsync(Entry(1002, SiloStatus.Active));

        await _table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(_alive.AddHours(1)), TestContext.Current.CancellationToken);

        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Members.Select(member => member.Item1.SiloAddress.Endpoint.Port).Order().ShouldBe([1001, 1002]);
    }

    [Fact]
    public async Task ForgetsDeploymentWhenTableEntriesAreDeleted()
    {
        await InsertAsync(Entry(1000));
        var otherCluster = await NewTable("other-" + _clusterId).InitializeAndInsertAsync(Entry(1000));

        await _table.DeleteMembershipTableEntriesAsync(_clusterId, TestContext.Current.CancellationToken);
        await _table.InitializeMembershipTableAsync(tryInitTableVersion: true, TestContext.Current.CancellationToken);

        var data = await _table.ReadAllAsync(TestContext.Current.CancellationToken);
        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
        (await otherCluster.ReadAllAsync(TestContext.Current.CancellationToken)).Members.Count.ShouldBe(1);
    }

    private AdoNetClusteringTable NewTable(string? clusterId = null) =>
        new(
            _services,
            Options.Create(new ClusterOptions { ClusterId = clusterId ?? _clusterId, ServiceId = "opshub-tests" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = _connectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);

    private async Task<bool> InsertAsync(MembershipEntry entry)
    {
        var version = (await _table.ReadAllAsync(TestContext.Current.CancellationToken)).Version;
        return await _table.InsertRowAsync(entry, version.Next(), TestContext.Current.CancellationToken);
    }

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Joining, int proxyPort = 0, DateTime? alive = null) =>
        new()
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1),
            SiloName = $"silo-{port}",
            HostName = "host-a",
            Status = status,
            ProxyPort = proxyPort,
            StartTime = _started,
            IAmAliveTime = alive ?? _alive,
        };
}
