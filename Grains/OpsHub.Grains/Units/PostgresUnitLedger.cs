using Npgsql;

namespace OpsHub.Grains.Units;

/// <summary>The ledger in <c>opshub_unit_ledger</c>.</summary>
internal sealed class PostgresUnitLedger(NpgsqlDataSource db) : IUnitLedger
{
    public async Task RecordAsync(string dossierCode, int changeNo, string unitCode, int openDelta, int overdueDelta, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, d_open, d_overdue, at)
            values (@dossier, @no, @unit, @open, @overdue, @at)
            on conflict (dossier_code, change_no) do nothing
            """);
        cmd.Parameters.AddWithValue("dossier", dossierCode);
        cmd.Parameters.AddWithValue("no", changeNo);
        cmd.Parameters.AddWithValue("unit", unitCode);
        cmd.Parameters.AddWithValue("open", openDelta);
        cmd.Parameters.AddWithValue("overdue", overdueDelta);
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await cmd.ExecuteNonQueryAsync(cancellationToken);
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
}
