using Npgsql;
using OpsHub.Bench.Infrastructure;

namespace OpsHub.Bench.Scenarios;

/// <summary>What the benchmark reads straight from OpsHub's PostgreSQL: journal backlog and alert rows.</summary>
internal sealed class BenchDatabase(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    public async Task<long> PendingAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand("select coalesce(sum(events), 0)::bigint from opshub_ingest_pending_sets");
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<long> OverdueAlertsAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand("select count(*) from opshub_alerts where unit_code like @units and kind = 'DossierOverdue'");
        cmd.Parameters.AddWithValue("units", BenchUnits.AlertsPrefix + "%");
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Raised minus due, in milliseconds, of every overdue alert of the alert units.</summary>
    public async Task<List<double>> OverdueLatenessAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            "select extract(epoch from raised_at - due_at) * 1000 from opshub_alerts where unit_code like @units and kind = 'DossierOverdue'");
        cmd.Parameters.AddWithValue("units", BenchUnits.AlertsPrefix + "%");
        var result = new List<double>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((double)reader.GetDecimal(0));
        }

        return result;
    }

    /// <summary>
    /// Overdue alerts by 10-second window of their due instants: how many, the p50, p99 and max of their lateness in
    /// ms, and how many alerts of any kind the alert units raised in that window.
    /// </summary>
    public async Task<List<string>> LatenessByWindowAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            """
            select to_char(w at time zone 'UTC', 'HH24:MI:SS'), n, p50, p99, worst,
                   (select count(*) from opshub_alerts b where b.unit_code like @units and b.raised_at >= w and b.raised_at < w + interval '10 s')
            from (select to_timestamp(floor(extract(epoch from due_at) / 10) * 10) as w, count(*) as n,
                         percentile_cont(0.5) within group (order by raised_at - due_at) as p50,
                         percentile_cont(0.99) within group (order by raised_at - due_at) as p99, max(raised_at - due_at) as worst
                  from opshub_alerts where unit_code like @units and kind = 'DossierOverdue' group by 1) windows
            order by w
            """);
        cmd.Parameters.AddWithValue("units", BenchUnits.AlertsPrefix + "%");
        var result = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            result.Add($"{reader.GetString(0)} {reader.GetInt64(1),6:N0} p50 {Ms(reader.GetTimeSpan(2)),6} p99 {Ms(reader.GetTimeSpan(3)),6} max {Ms(reader.GetTimeSpan(4)),6}; {reader.GetInt64(5),6:N0} alerts of any kind raised");
        }

        return result;
    }

    /// <summary>Alert-unit dossiers whose receipt was applied before their due instant.</summary>
    public async Task<int> AppliedBeforeDueAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            """
            select count(*) from opshub_alerts a
            join opshub_ingest_journal j on j.subject = a.subject
            join opshub_ingest_applied p on p.seq = j.seq
            where a.unit_code like @units and a.kind = 'DossierOverdue' and p.applied_at < a.due_at
            """);
        cmd.Parameters.AddWithValue("units", BenchUnits.AlertsPrefix + "%");
        return (int)(long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
