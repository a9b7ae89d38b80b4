using Microsoft.Extensions.Logging;
using Npgsql;

namespace OpsHub.Storage.Migrations;

/// <summary>
/// Brings a database up to OpsHub's schema by applying the SQL scripts embedded from <c>Migrations/NNNN_name.sql</c>
/// in number order. Each script runs in its own transaction together with its record in
/// <c>opshub_schema_migrations</c>, so it applies entirely or not at all, and exactly once. Silos starting together
/// are serialised by a transaction-scoped PostgreSQL advisory lock. To change the schema, add a new script with
/// the next number; never edit one that has shipped.
/// </summary>
public sealed class SchemaMigrator(ILogger<SchemaMigrator> logger, TimeProvider timeProvider)
{
    /// <summary>The table recording applied scripts.</summary>
    public const string HistoryTable = "opshub_schema_migrations";

    // Any fixed 64-bit key works; this one is 0x4F70734875624D67, "OpsHubMg". Advisory locks are per database.
    private const string LockSql = "SELECT pg_advisory_xact_lock(5724201881432116583)";

    /// <summary>Ids of the scripts this build ships (e.g. <c>0001_orleans_query</c>), in the order they apply.</summary>
    public static IReadOnlyList<string> Migrations { get; } = [.. MigrationScript.Embedded.Select(script => script.Id)];

    /// <summary>Applies the scripts the database lacks.</summary>
    /// <returns>The ids applied by this call, in order; empty when the schema was already up to date.</returns>
    public Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default) =>
        MigrateAsync(connectionString, MigrationScript.Embedded, cancellationToken);

    internal async Task<IReadOnlyList<string>> MigrateAsync(
        string connectionString, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var appliedNow = new List<string>();
            foreach (var script in scripts.Where(script => !applied.Contains(script.Id)))
            {
                if (await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false))
                {
                    appliedNow.Add(script.Id);
                }
            }

            logger.UpToDate(applied.Count + appliedNow.Count);
            return appliedNow;
        }
    }

    private static async Task<HashSet<string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await LockAsync(connection, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken).ConfigureAwait(false);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            var select = new NpgsqlCommand($"SELECT id FROM {HistoryTable}", connection);
            await using (select.ConfigureAwait(false))
            {
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        applied.Add(reader.GetString(0));
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return applied;
        }
    }

    /// <summary>Runs one script and records it, under the lock; false when another process applied it first.</summary>
    private async Task<bool> ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetTimestamp();
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await LockAsync(connection, cancellationToken).ConfigureAwait(false);
            var record = new NpgsqlCommand(
                $"INSERT INTO {HistoryTable} (id) VALUES ($1) ON CONFLICT (id) DO NOTHING",
                connection)
            {
                Parameters = { new NpgsqlParameter { Value = script.Id } },
            };
            await using (record.ConfigureAwait(false))
            {
                if (await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    return false;
                }
            }

            try
            {
                await ExecuteAsync(connection, script.Sql, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                logger.Failed(ex, script.Id);
                throw;
            }
        }

        var elapsed = timeProvider.GetElapsedTime(startedAt);
        logger.Applied(script.Id, (long)elapsed.TotalMilliseconds);
        return true;
    }

    // Transaction-scoped: released at commit or rollback, so a pooled connection can never keep it.
    private static Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, LockSql, cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
