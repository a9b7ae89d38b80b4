using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Storage;
using OpsHub.Storage.Embedded;

namespace OpsHub.Bench.Infrastructure;

/// <summary>A throwaway PostgreSQL 15 on a free loopback port in a temporary folder, deleted afterwards.</summary>
internal sealed class BenchPostgres(string directory) : IAsyncDisposable
{
    private EmbeddedPostgres? _server;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts the server; with <paramref name="statements"/>, restarts it once with pg_stat_statements loaded.</summary>
    public async Task StartAsync(bool statements, CancellationToken cancellationToken)
    {
        // Not a private temp folder: when run as root the server runs as 'postgres', which must reach it.
        Directory.CreateDirectory(directory);
        var options = new PostgresOptions { DataDirectory = directory, Port = FreePort.Next(), StartTimeout = TimeSpan.FromSeconds(120) };
        _server = new EmbeddedPostgres(Options.Create(options), NullLogger<EmbeddedPostgres>.Instance, TimeProvider.System);
        ConnectionString = await _server.StartAsync(cancellationToken);
        if (!statements)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var alter = new NpgsqlCommand("alter system set shared_preload_libraries = 'pg_stat_statements'", connection);
            await alter.ExecuteNonQueryAsync(cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        await _server.DisposeAsync();
        _server = new EmbeddedPostgres(Options.Create(options), NullLogger<EmbeddedPostgres>.Instance, TimeProvider.System);
        ConnectionString = await _server.StartAsync(cancellationToken);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand("create extension if not exists pg_stat_statements", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The busiest statements since the last call (by total execution time), then resets the counters.</summary>
    public async Task<string> TakeStatementsAsync(int top, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var lines = new List<string> { "    calls       total ms   mean ms   rows   statement" };
        await using (var cmd = new NpgsqlCommand(
            """
            select calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\s+', ' ', 'g')
            from pg_stat_statements order by total_exec_time desc limit @top
            """, connection))
        {
            cmd.Parameters.AddWithValue("top", top);
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var query = reader.GetString(4);
                lines.Add($"  {reader.GetInt64(0),9:N0} {reader.GetDouble(1),12:N0} {reader.GetDouble(2),9:N2} {reader.GetInt64(3),9:N0}   {(query.Length > 110 ? query[..110] + "..." : query)}");
            }
        }

        await using (var reset = new NpgsqlCommand("select pg_stat_statements_reset()", connection))
        {
            await reset.ExecuteNonQueryAsync(cancellationToken);
        }

        return string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
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
