using Microsoft.Extensions.Time.Testing;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>One OpsHub listening on a loopback port, for a test class that drives it from another process (the CLI).</summary>
public sealed class ListeningOpsHubServer(PostgresServerFixture postgres) : IAsyncLifetime
{
    private OpsHubServer? _server;

    public HttpClient CreateClient() => _server!.CreateClient();

    public async ValueTask InitializeAsync()
    {
        _server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("listening", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")), kestrel: true);
        _server.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
