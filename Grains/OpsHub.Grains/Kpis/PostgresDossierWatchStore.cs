using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsHub.Grains.Storage;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>Open dossiers in <c>opshub_dossier_watch</c>, finished steps in <c>opshub_step_samples</c>.</summary>
internal sealed class PostgresDossierWatchStore([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, DerivedWrites writes) : IDossierWatchStore
{
    private const string Columns = "dossier_code, unit_code, procedure_code, received_at, due_at, step_code, step_entered_at, paused, due_soon, overdue";

    public async Task SaveAsync(DossierWatch watch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var cmd = new NpgsqlBatchCommand(
            $"""
            insert into opshub_dossier_watch ({Columns})
            values (@code, @unit, @procedure, @received, @due, @step, @entered, @paused, @dueSoon, @overdue)
            on conflict (dossier_code) do update set
                unit_code = excluded.unit_code, procedure_code = excluded.procedure_code, received_at = excluded.received_at,
                due_at = excluded.due_at, step_code = excluded.step_code, step_entered_at = excluded.step_entered_at,
                paused = excluded.paused, due_soon = excluded.due_soon, overdue = excluded.overdue
            """);
        cmd.Parameters.AddWithValue("code", watch.Code);
        cmd.Parameters.AddWithValue("unit", watch.UnitCode);
        cmd.Parameters.AddWithValue("procedure", watch.ProcedureCode);
        cmd.Parameters.AddWithValue("received", watch.ReceivedAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("due", watch.DueAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("step", (object?)watch.StepCode ?? DBNull.Value);
        cmd.Parameters.AddWithValue("entered", watch.StepEnteredAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("paused", watch.Paused);
        cmd.Parameters.AddWithValue("dueSoon", watch.DueSoon);
        cmd.Parameters.AddWithValue("overdue", watch.Overdue);
        await writes.ExecuteAsync(cmd, watch.Code, cancellationToken);
    }

    public async Task RemoveAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand("delete from opshub_dossier_watch where dossier_code = @code");
        cmd.Parameters.AddWithValue("code", dossierCode);
        await writes.ExecuteAsync(cmd, dossierCode, cancellationToken);
    }

    public async Task RecordStepsAsync(IReadOnlyList<FinishedStep> steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            return;
        }

        await using var cmd = db.CreateCommand(
            """
            insert into opshub_step_samples (dossier_code, run_no, unit_code, procedure_code, step_code, entered_at, finished_at, received_at, due_at)
            select * from unnest(@codes, @runs, @units, @procedures, @steps, @entered, @finished, @received, @due)
            on conflict (dossier_code, run_no) do nothing
            """);
        cmd.Parameters.AddWithValue("codes", steps.Select(s => s.DossierCode).ToArray());
        cmd.Parameters.AddWithValue("runs", steps.Select(s => s.RunNo).ToArray());
        cmd.Parameters.AddWithValue("units", steps.Select(s => s.UnitCode).ToArray());
        cmd.Parameters.AddWithValue("procedures", steps.Select(s => s.Sample.ProcedureCode).ToArray());
        cmd.Parameters.AddWithValue("steps", steps.Select(s => s.Sample.StepCode).ToArray());
        cmd.Parameters.AddWithValue("entered", steps.Select(s => s.Sample.EnteredAt.UtcDateTime).ToArray());
        cmd.Parameters.AddWithValue("finished", steps.Select(s => s.Sample.FinishedAt.UtcDateTime).ToArray());
        cmd.Parameters.AddWithValue("received", steps.Select(s => s.ReceivedAt.UtcDateTime).ToArray());
        cmd.Parameters.AddWithValue("due", steps.Select(s => s.DueAt.UtcDateTime).ToArray());
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<DossierWatch>> OverdueAsync(IReadOnlyCollection<string> units, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync($"select {Columns} from opshub_dossier_watch where unit_code = any(@units) and overdue order by due_at, dossier_code limit @limit", units, limit, cancellationToken);

    public Task<IReadOnlyList<DossierWatch>> DueSoonAsync(IReadOnlyCollection<string> units, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync($"select {Columns} from opshub_dossier_watch where unit_code = any(@units) and due_soon and not overdue order by due_at, dossier_code limit @limit", units, limit, cancellationToken);

    public Task<IReadOnlyList<DossierWatch>> OpenAsync(IReadOnlyCollection<string> units, CancellationToken cancellationToken = default) =>
        ReadAsync($"select {Columns} from opshub_dossier_watch where unit_code = any(@units) order by dossier_code", units, null, cancellationToken);

    public async Task<IReadOnlyList<FinishedStep>> FinishedStepsAsync(IReadOnlyCollection<string> units, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            """
            select dossier_code, run_no, unit_code, procedure_code, step_code, entered_at, finished_at, received_at, due_at
            from opshub_step_samples where unit_code = any(@units) and finished_at >= @since
            """);
        cmd.Parameters.AddWithValue("units", units.ToArray());
        cmd.Parameters.AddWithValue("since", since.ToUniversalTime());
        var steps = new List<FinishedStep>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sample = new StepSample(reader.GetString(3), reader.GetString(4), Instant(reader, 5), Instant(reader, 6));
            steps.Add(new FinishedStep(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), sample, Instant(reader, 7), Instant(reader, 8)));
        }

        return steps;
    }

    private async Task<IReadOnlyList<DossierWatch>> ReadAsync(string sql, IReadOnlyCollection<string> units, int? limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue("units", units.ToArray());
        if (limit is { } n)
        {
            cmd.Parameters.AddWithValue("limit", n);
        }

        var watches = new List<DossierWatch>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            watches.Add(new DossierWatch(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Instant(reader, 3), Instant(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetString(5), Instant(reader, 6), reader.GetBoolean(7), reader.GetBoolean(8), reader.GetBoolean(9)));
        }

        return watches;
    }

    private static DateTimeOffset Instant(NpgsqlDataReader reader, int i) => new(reader.GetDateTime(i), TimeSpan.Zero);
}
