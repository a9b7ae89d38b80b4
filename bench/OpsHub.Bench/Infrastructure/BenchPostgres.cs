using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Storage;
using OpsHub.Storage.Embedded;

namespace OpsHub.Bench.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 on a free loopback port in a temporary folder, deleted afterwards (or moved to
/// <see cref="BenchOptions.KeepDatabase"/>); it starts empty, or as a copy of <see cref="BenchOptions.FromDatabase"/>.
/// </summary>
internal sealed class BenchPostgres(string directory, BenchOptions bench, Action<string> log) : IAsyncDisposable
{
    private EmbeddedPostgres? _server;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The postmaster's process id (the first line of <c>postmaster.pid</c>), for CPU time.</summary>
    public int ServerPid => int.Parse(
        File.ReadLines(Path.Combine(_server?.ClusterDirectory ?? throw new InvalidOperationException("Not started."), "postmaster.pid")).First(),
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts the server; with <paramref name="statements"/>, restarts it once with pg_stat_statements loaded.</summary>
    public async Task StartAsync(bool statements, CancellationToken cancellationToken)
    {
        // Not a private temp folder: when run as root the server runs as 'postgres', which must reach it.
        Directory.CreateDirectory(directory);
        if (bench.FromDatabase is { } from)
        {
            log($"postgres: copying {from}");
            await RunAsync("cp", ["-a", "--", $"{from}/.", directory], cancellationToken);
        }

        var options = new PostgresOptions { DataDirectory = directory, Port = FreePort.Next(), StartTimeout = TimeSpan.FromSeconds(120) };
        if (bench.SharedBuffersMegabytes is { } sharedBuffers)
        {
            options.SharedBuffersMegabytes = sharedBuffers;
        }

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

        if (!Directory.Exists(directory))
        {
            return;
        }

        ReportServerLog();
        if (bench.KeepDatabase is { } keep)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(keep)!);
            await RunAsync("mv", ["--", directory, keep], CancellationToken.None);
            log($"postgres: its folder is kept in {keep}");
            return;
        }

        Directory.Delete(directory, recursive: true);
    }

    // What PostgreSQL's log says went wrong, before its folder goes: errors, crashes and restarts of the server (the
    // restart scenario's killed silo leaves only LOG lines about lost clients). The benchmark's own shutdown of the
    // server, which ends autovacuum's workers with a FATAL line each, is not counted.
    private void ReportServerLog()
    {
        var path = Path.Combine(directory, "postgres.log");
        if (!File.Exists(path))
        {
            return;
        }

        string[] marks = ["PANIC:", "FATAL:", "ERROR:", "WARNING:", "terminated by signal", "was terminated", "crash", "not properly shut down", "automatic recovery"];
        var lines = File.ReadLines(path)
            .TakeWhile(line => !line.Contains("received fast shutdown request", StringComparison.Ordinal))
            .Where(line => marks.Any(mark => line.Contains(mark, StringComparison.Ordinal)))
            .ToList();
        log(lines.Count == 0
            ? "postgres: its log has no error, warning, crash or recovery"
            : $"postgres: its log has {lines.Count:N0} lines of errors, warnings, crashes or recovery; the first 40:\n  {string.Join("\n  ", lines.Take(40))}");
    }

    // cp -a and mv keep the folder's owner (postgres, when run as root) and are as fast as the disk.
    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}
