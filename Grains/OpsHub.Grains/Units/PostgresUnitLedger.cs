using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsHub.Grains.Storage;

namespace OpsHub.Grains.Units;

/// <summary>
/// The ledger in <c>opshub_unit_ledger</c>, rolled up into <c>opshub_unit_totals</c>; figures are read from
/// <c>opshub_unit_figures</c>, the totals plus the rows not yet rolled up (migration 0210).
/// </summary>
internal sealed class PostgresUnitLedger([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, DerivedWrites writes) : IUnitLedger
{
    // One roll-up at a time across the cluster: two would each wait on rows the other marks. Any other silo skips its turn.
    private const long RollUpLock = 7_310_245_889_016_437_121;

    // The rows to fold are found through the partial index of those not rolled up, then updated by their row address
    // (a TID scan). Joining them back by key let the planner pick a nested loop over that same index whenever its
    // statistics were older than the backlog (they say "none unrolled" after a quiet spell): a pass over every unrolled
    // row for each one picked, measured at over three minutes for one roll-up of 20,000 among 78,000 (BENCHMARKS.md,
    // run 13); by address it is 0.2 s. Only the roll-up changes a ledger row, one at a time (the advisory lock below).
    internal const string RollUp =
        """
        with moved as (
            update opshub_unit_ledger l set rolled_up = true
             where l.ctid = any (array(select ctid from opshub_unit_ledger where not rolled_up limit @limit))
               and l.rolled_up is not true
            returning l.unit_code, coalesce(l.field_code, '') as field_code, coalesce(l.procedure_code, '') as procedure_code,
                      l.d_open, l.d_overdue, l.d_paused, l.d_due_soon, l.at),
        summed as (
            select unit_code, field_code, procedure_code, sum(d_open) as d_open, sum(d_overdue) as d_overdue,
                   sum(d_paused) as d_paused, sum(d_due_soon) as d_due_soon, count(*) as changes, max(at) as last_at
              from moved group by unit_code, field_code, procedure_code),
        added as (
            insert into opshub_unit_totals as t (unit_code, field_code, procedure_code, d_open, d_overdue, d_paused, d_due_soon, changes, last_at)
            select unit_code, field_code, procedure_code, d_open, d_overdue, d_paused, d_due_soon, changes, last_at from summed
            on conflict (unit_code, field_code, procedure_code) do update
               set d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue,
                   d_paused = t.d_paused + excluded.d_paused, d_due_soon = t.d_due_soon + excluded.d_due_soon,
                   changes = t.changes + excluded.changes, last_at = greatest(t.last_at, excluded.last_at)
            returning 1)
        select coalesce(sum(changes), 0)::bigint from summed
        """;

    public async Task RecordAsync(string dossierCode, int changeNo, LedgerChange change, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand(
            """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, field_code, procedure_code, d_open, d_overdue, d_paused, d_due_soon, at)
            values (@dossier, @no, @unit, @field, @procedure, @open, @overdue, @paused, @dueSoon, @at)
            on conflict (dossier_code, change_no) do nothing
            """);
        cmd.Parameters.AddWithValue("dossier", dossierCode);
        cmd.Parameters.AddWithValue("no", changeNo);
        cmd.Parameters.AddWithValue("unit", change.UnitCode);
        cmd.Parameters.Add(new NpgsqlParameter<string?>("field", change.FieldCode));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("procedure", change.ProcedureCode));
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
            select coalesce(sum(d_open), 0)::int, coalesce(sum(d_overdue), 0)::int, coalesce(sum(changes), 0)::bigint, max(at)
            from opshub_unit_figures where unit_code = @unit
            """);
        cmd.Parameters.AddWithValue("unit", unitCode);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new UnitTotals(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }

    public async Task<IReadOnlyList<FieldCounts>> CountsByFieldAsync(CancellationToken cancellationToken = default)
    {
        // A dossier counts at most once in each state, so a unit and field with none in any state has every sum at zero.
        await using var cmd = db.CreateCommand(
            """
            select unit_code, coalesce(field_code, 'unknown'), sum(d_open)::int, sum(d_paused)::int, sum(d_due_soon)::int, sum(d_overdue)::int
            from opshub_unit_figures
            group by 1, 2
            having sum(d_open) <> 0 or sum(d_paused) <> 0 or sum(d_due_soon) <> 0 or sum(d_overdue) <> 0
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

    public async Task<long> RollUpAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var locked = new NpgsqlCommand($"select pg_try_advisory_xact_lock({RollUpLock})", connection, transaction))
        {
            if (!(bool)(await locked.ExecuteScalarAsync(cancellationToken))!)
            {
                return 0;
            }
        }

        await using var rollUp = new NpgsqlCommand(RollUp, connection, transaction);
        rollUp.Parameters.AddWithValue("limit", limit);
        var moved = (long)(await rollUp.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }
}
