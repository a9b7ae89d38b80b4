using Npgsql;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Alerts;

/// <summary>Alerts in the <c>opshub_alerts</c> table; the primary key on the alert id makes raising idempotent.</summary>
/// <remarks>
/// Raising and resolving are a grain's writes beside its state, so they commit as the other derived writes do, without
/// waiting for the disk, in the shared round trips of <see cref="Storage.DerivedWrites"/> (docs/reliability.md). Nothing leaves OpsHub on an alert that could still be lost: the
/// alert pump claims it with a synchronous commit first, which flushes the log up to and past the alert's row.
/// Acknowledgements are people's decisions and commit synchronously (<paramref name="db"/>).
/// </remarks>
internal sealed class PostgresAlertStore(
    NpgsqlDataSource db,
    Storage.DerivedWrites writes,
    AlertMetrics metrics) : IAlertStore
{
    private const string Columns = "id, kind, unit_code, subject, cycle, due_at, raised_at, resolved_at, detail, field_code, counter_code, "
        + "department, acknowledged_at, acknowledged_by, acknowledgement_note, escalation_level";

    private const string InsertColumns = "id, kind, unit_code, subject, cycle, due_at, raised_at, detail, field_code, counter_code, department";

    public async Task<AlertRecord> RaiseAsync(AlertRecord alert, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand(
            $"""
            with inserted as (
                insert into opshub_alerts ({InsertColumns})
                values (@id, @kind, @unit, @subject, @cycle, @due, @raised, @detail, @field, @counter, @department)
                on conflict (id) do nothing
                returning {Columns})
            select {Columns}, true from inserted
            union all
            select {Columns}, false from opshub_alerts where id = @id and not exists (select 1 from inserted)
            """);
        cmd.Parameters.AddWithValue("id", alert.Id);
        cmd.Parameters.AddWithValue("kind", alert.Kind.ToString());
        cmd.Parameters.AddWithValue("unit", alert.UnitCode);
        cmd.Parameters.AddWithValue("subject", alert.Subject);
        cmd.Parameters.AddWithValue("cycle", alert.Cycle);
        cmd.Parameters.AddWithValue("due", alert.DueAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("raised", alert.RaisedAt.ToUniversalTime());
        cmd.Parameters.Add(new NpgsqlParameter<string?>("detail", alert.Detail));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("field", alert.Field));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("counter", alert.Counter));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("department", alert.Department));
        var (stored, inserted) = await writes.QueryAsync(
            cmd,
            alert.Id,
            async (reader, ct) => await reader.ReadAsync(ct) ? (Read(reader), reader.GetBoolean(16)) : ((AlertRecord?)null, false),
            cancellationToken);
        if (stored is null)
        {
            throw new InvalidOperationException($"Alert {alert.Id} was neither inserted nor found.");
        }

        // Counted only by the call that stored it, so a raise repeated after a crash is not counted twice.
        if (inserted)
        {
            metrics.Raised(stored.UnitCode, stored.Kind);
        }

        return stored;
    }

    public async Task ResolveAsync(string alertId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var cmd = new NpgsqlBatchCommand("""
            update opshub_alerts set resolved_at = @at, escalate_at = null, changes = changes + 1
            where id = @id and resolved_at is null
            """);
        cmd.Parameters.AddWithValue("id", alertId);
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await writes.ExecuteAsync(cmd, alertId, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            $"""
            select {Columns} from opshub_alerts
            where (@unit::text is null or unit_code = @unit) and (not @open or resolved_at is null)
              and (@units::text[] is null or unit_code = any(@units))
              and (@state::text is null
                   or (@state = 'Open' and resolved_at is null and acknowledged_at is null)
                   or (@state = 'Acknowledged' and resolved_at is null and acknowledged_at is not null)
                   or (@state = 'Resolved' and resolved_at is not null))
            order by raised_at desc, id
            limit @limit
            """);
        cmd.Parameters.Add(new NpgsqlParameter<string?>("unit", query.UnitCode));
        cmd.Parameters.AddWithValue("open", query.OpenOnly);
        cmd.Parameters.Add(new NpgsqlParameter<string[]?>("units", query.Units?.ToArray()));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("state", query.State?.ToString()));
        cmd.Parameters.AddWithValue("limit", query.Limit);
        var result = new List<AlertRecord>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    public async Task<AlertRecord?> GetAsync(string alertId, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand($"select {Columns} from opshub_alerts where id = @id");
        cmd.Parameters.AddWithValue("id", alertId);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<AlertRecord?> AcknowledgeAsync(string alertId, string userName, string? note, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        // Conditional on still being open, so two people acknowledging at once record one of them.
        await using var cmd = db.CreateCommand(
            $"""
            update opshub_alerts
            set acknowledged_at = @at, acknowledged_by = @user, acknowledgement_note = @note, escalate_at = null, changes = changes + 1
            where id = @id and acknowledged_at is null and resolved_at is null
            returning {Columns}
            """);
        cmd.Parameters.AddWithValue("id", alertId);
        cmd.Parameters.AddWithValue("user", userName);
        cmd.Parameters.Add(new NpgsqlParameter<string?>("note", note));
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = Read(reader);
        metrics.Acknowledged(stored.UnitCode, stored.Kind);
        return stored;
    }

    private static AlertRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        Enum.Parse<AlertKind>(r.GetString(1)),
        r.GetString(2),
        r.GetString(3),
        r.GetInt32(4),
        Local(r.GetFieldValue<DateTimeOffset>(5)),
        Local(r.GetFieldValue<DateTimeOffset>(6)),
        r.IsDBNull(7) ? null : Local(r.GetFieldValue<DateTimeOffset>(7)),
        Text(r, 8),
        Text(r, 9),
        Text(r, 10),
        Text(r, 11),
        r.IsDBNull(12) ? null : Local(r.GetFieldValue<DateTimeOffset>(12)),
        Text(r, 13),
        Text(r, 14),
        r.GetInt32(15));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // PostgreSQL keeps instants in UTC; alerts are read by people in Vietnam.
    private static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, VietnamTime.Zone);
}
