using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsHub.Grains.Storage;

namespace OpsHub.Grains.Units;

/// <summary>The ledger in <c>opshub_unit_ledger</c>.</summary>
internal sealed class PostgresUnitLedger([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, DerivedWrites writes) : IUnitLedger
{
    public async Task RecordAsync(string dossierCode, int changeNo, LedgerChange change, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand(
            """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, field_code, d_open, d_overdue, d_paused, d_due_soon, at)
            values (@dossier, @no, @unit, @field, @open, @overdue, @paused, @dueSoon, @at)
            on conflict (dossier_code, change_no) do nothing
            """);
        cmd.Parameters.AddWithValue("dossier", dossierCode);
        cmd.Parameters.AddWithValue("no", changeNo);
        cmd.Parameters.AddWithValue("unit", change.UnitCode);
        cmd.Parameters.Add(new NpgsqlParameter<string?>("field", change.FieldCode));
        cmd.Parameters.AddWithValue("open", change.Open);
        cmd.Parameters.AddWithValue("overdue", change.Overdue);
        cmd.Parameters.AddWithValue("paused", change.Paused);
        cmd.Parameters.AddWithValue("dueSoon", change.DueSoon);
        cmd.Parameters.AddWithValue("at", change.At.ToUniversalTime());
        await writes.ExecuteAsync(cmd, dossierCode, cancellationToken);
    }

    public async Task<UnitTotals> TotalsAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            """
            select coalesce(sum(d_open), 0)::int, coalesce(sum(d_overdue), 0)::int, count(*), max(at)
            from opshub_unit_ledger where unit_code = @unit
            """);
        cmd.Parameters.AddWithValue("unit", unitCode);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new UnitTotals(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }

    public async Task<IReadOnlyList<FieldCounts>> CountsByFieldAsync(CancellationToken cancellationToken = default)
    {
        // Per dossier first: rows written before fields were recorded have none, and a dossier's later rows name it.
        await using var cmd = db.CreateCommand(
            """
            select unit_code, coalesce(field, 'unknown'), sum(open)::int, sum(paused)::int, sum(due_soon)::int, sum(overdue)::int
            from (
                select unit_code, max(field_code) as field, sum(d_open) as open, sum(d_paused) as paused,
                       sum(d_due_soon) as due_soon, sum(d_overdue) as overdue
                from opshub_unit_ledger
                group by dossier_code, unit_code
                having sum(d_open) <> 0 or sum(d_paused) <> 0 or sum(d_due_soon) <> 0 or sum(d_overdue) <> 0) per_dossier
            group by 1, 2
            order by 1, 2
            """);
        var result = new List<FieldCounts>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new FieldCounts(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }

        return result;
    }
}
