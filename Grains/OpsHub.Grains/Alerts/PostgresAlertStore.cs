using Npgsql;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Alerts;

/// <summary>Alerts in the <c>opshub_alerts</c> table; the primary key on the alert id makes raising idempotent.</summary>
internal sealed class PostgresAlertStore(NpgsqlDataSource db, AlertMetrics metrics) : IAlertStore
{
    private const string Columns = "id, kind, unit_code, subject, cycle, due_at, raised_at, resolved_at";

    public async Task<AlertRecord> RaiseAsync(AlertRecord alert, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            $"""
            with inserted as (
                insert into opshub_alerts ({Columns})
                values (@id, @kind, @unit, @subject, @cycle, @due, @raised, null)
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
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Alert {alert.Id} was neither inserted nor found.");
        }

        // Counted only by the call that stored it, so a raise repeated after a crash is not counted twice.
        var stored = Read(reader);
        if (reader.GetBoolean(8))
        {
            metrics.Raised(stored.UnitCode, stored.Kind);
        }

        return stored;
    }

    public async Task ResolveAsync(string alertId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand("update opshub_alerts set resolved_at = @at where id = @id and resolved_at is null");
        cmd.Parameters.AddWithValue("id", alertId);
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        await using var cmd = db.CreateCommand(
            $"""
            select {Columns} from opshub_alerts
            where (@unit::text is null or unit_code = @unit) and (not @open or resolved_at is null)
            order by raised_at desc, id
            limit @limit
            """);
        cmd.Parameters.Add(new NpgsqlParameter<string?>("unit", query.UnitCode));
        cmd.Parameters.AddWithValue("open", query.OpenOnly);
        cmd.Parameters.AddWithValue("limit", query.Limit);
        var result = new List<AlertRecord>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private static AlertRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        Enum.Parse<AlertKind>(r.GetString(1)),
        r.GetString(2),
        r.GetString(3),
        r.GetInt32(4),
        Local(r.GetFieldValue<DateTimeOffset>(5)),
        Local(r.GetFieldValue<DateTimeOffset>(6)),
        r.IsDBNull(7) ? null : Local(r.GetFieldValue<DateTimeOffset>(7)));

    // PostgreSQL keeps instants in UTC; alerts are read by people in Vietnam.
    private static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, VietnamTime.Zone);
}
