using Npgsql;
using OpsHub.Bench.Infrastructure;

namespace OpsHub.Bench.Scenarios;

/// <summary>What the benchmark reads straight from OpsHub's PostgreSQL: journal backlog and alert rows.</summary>
internal sealed class BenchDatabase(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    public async Task<long> PendingAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand("select count(*) from opshub_ingest_journal where state = 0");
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

    /// <summary>Alert-unit dossiers whose receipt was applied before their due instant.</summary>
    public async Task<int> AppliedBeforeDueAsync(CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            """
            select count(*) from opshub_alerts a join opshub_ingest_journal j on j.subject = a.subject
            where a.unit_code like @units and a.kind = 'DossierOverdue' and j.applied_at < a.due_at
            """);
        cmd.Parameters.AddWithValue("units", BenchUnits.AlertsPrefix + "%");
        return (int)(long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
