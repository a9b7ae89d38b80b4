using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsHub.Storage;
using OpsHub.Storage.Embedded;

namespace OpsHub.Bench.Infrastructure;

/// <summary>A throwaway PostgreSQL 15 on a free loopback port in a temporary folder, deleted afterwards.</summary>
internal sealed class BenchPostgres(string directory) : IAsyncDisposable
{
    private EmbeddedPostgres? _server;

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Not a private temp folder: when run as root the server runs as 'postgres', which must reach it.
        Directory.CreateDirectory(directory);
        var options = new PostgresOptions { DataDirectory = directory, Port = FreePort.Next(), StartTimeout = TimeSpan.FromSeconds(120) };
        _server = new EmbeddedPostgres(Options.Create(options), NullLogger<EmbeddedPostgres>.Instance, TimeProvider.System);
        ConnectionString = await _server.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
