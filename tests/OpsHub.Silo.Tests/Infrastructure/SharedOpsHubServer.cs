using Microsoft.Extensions.Time.Testing;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>One OpsHub server (and database) for a whole test class whose tests do not move the clock.</summary>
public sealed class SharedOpsHubServer(PostgresServerFixture postgres) : IAsyncLifetime
{
    private OpsHubServer? _server;

    public HttpClient CreateClient() => _server!.CreateClient();

    public IServiceProvider Services => _server!.Services;

    public void Reconfigure(string key, string value) => _server!.Reconfigure(key, value);

    public async ValueTask InitializeAsync()
    {
        _server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("shared", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
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
