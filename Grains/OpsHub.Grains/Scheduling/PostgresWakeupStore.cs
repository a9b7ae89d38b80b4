using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsHub.Grains.Storage;

namespace OpsHub.Grains.Scheduling;

/// <summary>Wake-ups in <c>opshub_dossier_wakeups</c>, indexed by instant.</summary>
internal sealed class PostgresWakeupStore([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, DerivedWrites writes) : IWakeupStore
{
    public async Task UpsertAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand(
            """
            insert into opshub_dossier_wakeups (dossier_code, wake_at) values (@code, @at)
            on conflict (dossier_code) do update set wake_at = excluded.wake_at
            """);
        cmd.Parameters.AddWithValue("code", dossierCode);
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await writes.ExecuteAsync(cmd, dossierCode, cancellationToken);
    }

    public async Task DeleteAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand("delete from opshub_dossier_wakeups where dossier_code = @code");
        cmd.Parameters.AddWithValue("code", dossierCode);
        await writes.ExecuteAsync(cmd, dossierCode, cancellationToken);
    }

    public async Task DeleteIfAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand("delete from opshub_dossier_wakeups where dossier_code = @code and wake_at = @at");
        cmd.Parameters.AddWithValue("code", dossierCode);
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await writes.ExecuteAsync(cmd, dossierCode, cancellationToken);
    }

    public async Task<IReadOnlyList<Wakeup>> LoadDueAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            "select dossier_code, wake_at from opshub_dossier_wakeups where wake_at <= @until order by wake_at limit @limit");
        cmd.Parameters.AddWithValue("until", until.ToUniversalTime());
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<Wakeup>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Wakeup(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return result;
    }
}
