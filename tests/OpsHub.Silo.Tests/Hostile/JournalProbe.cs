using Npgsql;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>Reads the ingest journal straight from PostgreSQL: what a door committed, and what became of it.</summary>
internal sealed class JournalProbe(string connectionString)
{
    /// <summary>The highest sequence number journaled so far (0 when empty).</summary>
    public Task<long> LastSeqAsync() => ScalarAsync<long>("select coalesce(max(seq), 0) from opshub_ingest_journal", null);

    /// <summary>How many events were journaled after <paramref name="seq"/>.</summary>
    public async Task<int> CountAfterAsync(long seq) =>
        (int)await ScalarAsync<long>("select count(*) from opshub_ingest_journal where seq > @seq", seq);

    /// <summary>
    /// Waits until every event after <paramref name="seq"/> has been dealt with; returns those that were not applied
    /// (held or dead), as "seq state reason".
    /// </summary>
    public async Task<IReadOnlyList<string>> NotAppliedAfterAsync(long seq)
    {
        await Eventually.GetAsync(
            () => ScalarAsync<long>("select count(*) from opshub_ingest_events where seq > @seq and state = 0", seq),
            pending => pending == 0,
            TimeSpan.FromSeconds(30),
            $"journal events after {seq} applied");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand("select seq, state, coalesce(reason, '') from opshub_ingest_events where seq > @seq and state <> 1 order by seq", connection);
        cmd.Parameters.AddWithValue("seq", seq);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add($"{reader.GetInt64(0)} state {reader.GetInt16(1)} {reader.GetString(2)}");
        }

        return rows;
    }

    private async Task<T> ScalarAsync<T>(string sql, long? seq)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand(sql, connection);
        if (seq is { } value)
        {
            cmd.Parameters.AddWithValue("seq", value);
        }

        return (T)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
