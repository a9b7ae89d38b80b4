using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Dashboard.Live;
using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Grains.Abstractions.Queues;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>A real .NET SignalR client on the KPI hub.</summary>
public sealed class KpiHubTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task JoinedClientReceivesPushedFiguresWhenADossierIsReceived()
    {
        await using var server = new OpsHubServer(await postgres.CreateDatabaseAsync("hub", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        await using var hub = Connect(server);
        var pushed = new TaskCompletionSource<UnitSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<UnitSnapshot>(KpiHub.UnitChanged, s => pushed.TrySetResult(s));
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var before = await hub.InvokeAsync<UnitSnapshot>(nameof(KpiHub.JoinUnit), Events.Unit, TestContext.Current.CancellationToken);
        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        var after = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        after.UnitCode.ShouldBe(Events.Unit);
        after.Open.ShouldBe(before.Open + 1);
        after.Version.ShouldBeGreaterThan(before.Version);
    }

    [Fact]
    public async Task JoiningAnUnknownUnitFails()
    {
        await using var server = new OpsHubServer(await postgres.CreateDatabaseAsync("hub", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        server.StartServer();
        await using var hub = Connect(server);
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var error = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<UnitSnapshot>(nameof(KpiHub.JoinUnit), "NO-SUCH-UNIT", TestContext.Current.CancellationToken));

        error.Message.ShouldContain("NO-SUCH-UNIT");
    }

    [Fact]
    public async Task QueueClientReceivesTheCalledTicketWhenACounterCallsIt()
    {
        await using var server = new OpsHubServer(await postgres.CreateDatabaseAsync("hub", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-24T08:00:30+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        await using var hub = Connect(server);
        var pushed = new TaskCompletionSource<QueueSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<QueueSnapshot>(KpiHub.QueueChanged, s =>
        {
            if (s.Counters.Any(c => c.Ticket == "1001"))
            {
                pushed.TrySetResult(s);
            }
        });
        await hub.StartAsync(TestContext.Current.CancellationToken);
        (await Events.PostAsync(client, new { type = "ticket.issued", unitCode = "LD-PVHCC", occurredAt = "2026-11-24T08:00:00+07:00", ticketNumber = "1001", fieldCode = "HT" })).EnsureSuccessStatusCode();

        var before = await hub.InvokeAsync<QueueSnapshot>(nameof(KpiHub.JoinQueue), "LD-PVHCC", TestContext.Current.CancellationToken);
        (await Events.PostAsync(client, new { type = "ticket.called", unitCode = "LD-PVHCC", occurredAt = "2026-11-24T08:00:20+07:00", ticketNumber = "1001", counterCode = "Q01" })).EnsureSuccessStatusCode();
        var after = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        before.Waiting.ShouldBe(1);
        after.Waiting.ShouldBe(0);
        after.Counters.Single(c => c.Counter == "Q01").ShouldSatisfyAllConditions(c => c.Open.ShouldBeTrue(), c => c.Ticket.ShouldBe("1001"));
        after.Version.ShouldBeGreaterThan(before.Version);
    }

    [Fact]
    public async Task DistrictClientReceivesRolledUpKpisWhenACommuneReceivesADossier()
    {
        await using var server = new OpsHubServer(await postgres.CreateDatabaseAsync("hub", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        await using var hub = Connect(server);
        var pushed = new TaskCompletionSource<UnitKpis>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<UnitKpis>(KpiHub.KpisChanged, k =>
        {
            if (k.Today.Received == 1)
            {
                pushed.TrySetResult(k);
            }
        });
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var before = await hub.InvokeAsync<UnitKpis>(nameof(KpiHub.JoinKpis), "LD", TestContext.Current.CancellationToken);
        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        var after = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        before.Today.Received.ShouldBe(0);
        after.UnitCode.ShouldBe("LD");
        after.Today.InProgress.ShouldBe(1);
        after.Children.Single(c => c.Code == Events.Unit).Figures.Received.ShouldBe(1);
        after.Version.ShouldBeGreaterThan(before.Version);
    }

    private static HubConnection Connect(OpsHubServer server) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "hubs/kpi"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = server.CookieHeader(TestUsers.Everything);
            })
            .Build();
}
