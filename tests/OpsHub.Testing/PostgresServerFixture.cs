using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Storage;
using OpsHub.Storage.Embedded;
using OpsHub.Storage.Migrations;

namespace OpsHub.Testing;

/// <summary>
/// A throwaway PostgreSQL server for a test assembly: started once (register it with
/// <c>[assembly: AssemblyFixture(typeof(PostgresServerFixture))]</c>) from <see cref="EmbeddedPostgres"/> in a temporary
/// folder on a free loopback port, and stopped and deleted afterwards. Each test class asks for its own database.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private const int MaxDatabaseNameLength = 63;

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"opshub-pg-{Guid.NewGuid():N}");
    private EmbeddedPostgres? _server;
    private string? _adminConnectionString;
    private int _databaseCount;

    /// <summary>The connection string of the server's own <c>opshub</c> database.</summary>
    public string ConnectionString => Server.ConnectionString ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>The running server.</summary>
    public EmbeddedPostgres Server => _server ?? throw new InvalidOperationException("The server is not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        // Made here, not as a private temp folder: when tests run as root the server runs as 'postgres',
        // which must be able to reach it.
        Directory.CreateDirectory(_dataDirectory);
        var options = new PostgresOptions
        {
            DataDirectory = _dataDirectory,
            Port = FreePort.Next(),
            StartTimeout = TimeSpan.FromSeconds(60),
            // Test classes run in parallel, each with whole OpsHub servers (several connection pools each).
            MaxConnections = 1000,
        };
        _server = new EmbeddedPostgres(Options.Create(options), NullLogger<EmbeddedPostgres>.Instance, TimeProvider.System);
        var connectionString = await _server.StartAsync();
        _adminConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    }

    /// <summary>
    /// Creates a fresh, uniquely named database with the project's migrations applied and returns its connection string.
    /// </summary>
    /// <param name="prefix">Start of the database name, to tell databases apart (e.g. the test class); letters and digits are kept.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    public async Task<string> CreateDatabaseAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        var connectionString = await CreateEmptyDatabaseAsync(prefix, cancellationToken);
        var migrator = new SchemaMigrator(NullLogger<SchemaMigrator>.Instance, TimeProvider.System);
        await migrator.MigrateAsync(connectionString, cancellationToken);
        return connectionString;
    }

    /// <summary>Creates a fresh, uniquely named database without any migration and returns its connection string.</summary>
    public async Task<string> CreateEmptyDatabaseAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        var admin = _adminConnectionString ?? throw new InvalidOperationException("The server is not started.");
        var name = DatabaseName(prefix, Interlocked.Increment(ref _databaseCount));
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static string DatabaseName(string? prefix, int sequence)
    {
        var name = new StringBuilder();
        foreach (var character in prefix ?? "test")
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                name.Append(char.ToLowerInvariant(character));
            }
        }

        var suffix = $"_{sequence}_{Guid.NewGuid():N}"[..12];
        var head = name.Length == 0 ? "test" : name.ToString();
        return head[..Math.Min(head.Length, MaxDatabaseNameLength - suffix.Length)] + suffix;
    }
}
