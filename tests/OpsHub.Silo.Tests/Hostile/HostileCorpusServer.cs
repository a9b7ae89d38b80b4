using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>An OpsHub server on its own database, with the journal readable straight from PostgreSQL.</summary>
public sealed class HostileCorpusServer(PostgresServerFixture postgres) : IAsyncLifetime
{
    /// <summary>Tuesday 24 November 2026, 10:00 in Vietnam: the corpus' dossiers (received the Friday before) are open, none overdue.</summary>
    public static readonly DateTimeOffset Now = Events.At("2026-11-24T10:00:05+07:00");

    private OpsHubServer? _server;

    internal JournalProbe Journal { get; private set; } = null!;

    public HttpClient CreateClient() => _server!.CreateClient();

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync("hostile", TestContext.Current.CancellationToken);
        _server = new OpsHubServer(connectionString, new FakeTimeProvider(Now));
        _server.StartServer();
        Journal = new JournalProbe(connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
