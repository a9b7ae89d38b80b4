using Npgsql;

namespace OpsHub.Storage.Embedded;

/// <summary>Talking to a freshly started server: waiting until it accepts connections and creating the database.</summary>
internal static class ServerConnection
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(100);

    public static string Build(int port, string password, string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = EmbeddedPostgres.SuperUser,
            Password = password,
            Database = database,
            Pooling = pooling,
        }.ConnectionString;

    /// <summary>Connects until the server answers; a wrong password or any other hard failure is thrown at once.</summary>
    public static async Task WaitUntilReadyAsync(string connectionString, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var connection = new NpgsqlConnection(connectionString);
                await using (connection.ConfigureAwait(false))
                {
                    await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            catch (NpgsqlException ex) when (IsStillStarting(ex) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(_pollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Creates <paramref name="database"/> unless it exists; true when this call created it.</summary>
    public static async Task<bool> EnsureDatabaseAsync(string connectionString, string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new NpgsqlParameter { Value = database } },
            };
            await using (exists.ConfigureAwait(false))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    return false;
                }
            }

            var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var create = new NpgsqlCommand($"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0", connection);
            await using (create.ConfigureAwait(false))
            {
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another process sharing this data folder created it first.
                    return false;
                }
            }
        }
    }

    // A server in startup or recovery refuses with 57P03; before it listens the socket connect fails.
    private static bool IsStillStarting(NpgsqlException ex) =>
        ex is PostgresException postgres ? postgres.SqlState == PostgresErrorCodes.CannotConnectNow : ex.IsTransient;
}
