using Npgsql;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// The alert lifecycle's PostgreSQL side: escalations, the outbox of notifications and the delivery log. Every
/// write is conditional on what was read, so several silos running the loop never escalate or send twice.
/// </summary>
internal sealed class AlertOutbox(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<EscalationDue>> EscalationsDueAsync(DateTimeOffset slaNow, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            select id, unit_code, kind, escalation_level, escalate_at from opshub_alerts
            where escalate_at <= @now and acknowledged_at is null and resolved_at is null
            order by escalate_at limit @limit
            """);
        cmd.Parameters.AddWithValue("now", slaNow.ToUniversalTime());
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<EscalationDue>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            result.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetFieldValue<DateTimeOffset>(4)));
        }

        return result;
    }

    /// <summary>Moves the alert up one level if it is still at <paramref name="from"/> and unacknowledged; false if someone else did, or it was acknowledged.</summary>
    public async Task<bool> EscalateAsync(string id, int from, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            update opshub_alerts set escalation_level = @from + 1, escalate_at = @next, changes = changes + 1
            where id = @id and escalation_level = @from and acknowledged_at is null and resolved_at is null
            """);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("from", from);
        cmd.Parameters.Add(Instant("next", next));
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<PendingAlert>> UnnotifiedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            select id, unit_code, raised_at, acknowledged_at, resolved_at, escalation_level, changes, notified
            from opshub_alerts where changes > notified order by raised_at limit @limit
            """);
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<PendingAlert>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            result.Add(new(
                r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4),
                r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)));
        }

        return result;
    }

    /// <summary>
    /// Queues <paramref name="entries"/> (each at most once) and marks the alert's changes up to
    /// <see cref="PendingAlert.Changes"/> notified, in one transaction; the first time, also sets when it escalates.
    /// </summary>
    public async Task EnqueueAsync(PendingAlert alert, IReadOnlyList<OutboxEntry> entries, DateTimeOffset? escalateAt, DateTimeOffset slaNow, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var e in entries)
        {
            await using var insert = new NpgsqlCommand(
                """
                insert into opshub_alert_outbox (alert_id, channel, transition, level, created_at, deliver_after)
                values (@id, @channel, @transition, @level, @now, @after)
                on conflict (alert_id, channel, transition, level) do nothing
                """, connection, tx);
            insert.Parameters.AddWithValue("id", alert.Id);
            insert.Parameters.AddWithValue("channel", e.Channel);
            insert.Parameters.AddWithValue("transition", e.Transition);
            insert.Parameters.AddWithValue("level", e.Level);
            insert.Parameters.AddWithValue("now", slaNow.ToUniversalTime());
            insert.Parameters.AddWithValue("after", e.DeliverAfter.ToUniversalTime());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var mark = new NpgsqlCommand(
            """
            update opshub_alerts set notified = @changes,
                escalate_at = case when @first and acknowledged_at is null and resolved_at is null then @escalate else escalate_at end
            where id = @id and changes = @changes
            """, connection, tx);
        mark.Parameters.AddWithValue("id", alert.Id);
        mark.Parameters.AddWithValue("changes", alert.Changes);
        mark.Parameters.AddWithValue("first", alert.Notified == 0);
        mark.Parameters.Add(Instant("escalate", escalateAt));
        await mark.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> notifications that are due on <paramref name="channels"/>, oldest first,
    /// never one while an earlier one of the same alert and channel is undelivered.
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(
        IReadOnlyCollection<string> channels, DateTimeOffset slaNow, DateTimeOffset wallNow, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            update opshub_alert_outbox o set claimed_until = @lease
            where o.id in (
                select p.id from opshub_alert_outbox p
                where p.delivered_at is null and p.abandoned_at is null and p.deliver_after <= @sla
                  and (p.retry_at is null or p.retry_at <= @wall) and (p.claimed_until is null or p.claimed_until <= @wall)
                  and p.channel = any(@channels)
                  and not exists (
                      select 1 from opshub_alert_outbox e
                      where e.alert_id = p.alert_id and e.channel = p.channel and e.id < p.id
                        and e.delivered_at is null and e.abandoned_at is null)
                order by p.id limit @limit
                for update skip locked)
            returning o.id, o.alert_id, o.channel, o.transition, o.level, o.attempts
            """);
        cmd.Parameters.AddWithValue("sla", slaNow.ToUniversalTime());
        cmd.Parameters.AddWithValue("wall", wallNow.ToUniversalTime());
        cmd.Parameters.AddWithValue("lease", (wallNow + lease).ToUniversalTime());
        cmd.Parameters.AddWithValue("channels", channels.ToArray());
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<OutboxItem>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            result.Add(new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5)));
        }

        return result.OrderBy(i => i.Id).ToList();
    }

    /// <summary>
    /// Logs the attempt and records its outcome: delivered, to be retried at <paramref name="retryAt"/>, or
    /// abandoned when <paramref name="retryAt"/> is <c>null</c>.
    /// </summary>
    public async Task RecordAsync(OutboxItem item, DeliveryResult result, DateTimeOffset wallNow, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            with log as (
                insert into opshub_alert_deliveries (outbox_id, alert_id, channel, transition, attempt, at, succeeded, status_code, error)
                values (@id, @alert, @channel, @transition, @attempt, @now, @ok, @status, @error))
            update opshub_alert_outbox set attempts = @attempt, claimed_until = null, last_error = @error,
                delivered_at = case when @ok then @now end,
                retry_at = case when not @ok then @retry end,
                abandoned_at = case when not @ok and @retry::timestamptz is null then @now end
            where id = @id
            """);
        cmd.Parameters.AddWithValue("id", item.Id);
        cmd.Parameters.AddWithValue("alert", item.AlertId);
        cmd.Parameters.AddWithValue("channel", item.Channel);
        cmd.Parameters.AddWithValue("transition", item.Transition);
        cmd.Parameters.AddWithValue("attempt", item.Attempts + 1);
        cmd.Parameters.AddWithValue("now", wallNow.ToUniversalTime());
        cmd.Parameters.AddWithValue("ok", result.Succeeded);
        cmd.Parameters.Add(new NpgsqlParameter<int?>("status", result.StatusCode));
        cmd.Parameters.Add(new NpgsqlParameter<string?>("error", result.Error));
        cmd.Parameters.Add(Instant("retry", retryAt));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Open alerts that Alertmanager has already been told about, for re-sending.</summary>
    public async Task<IReadOnlyList<string>> FiringAtAlertmanagerAsync(string channel, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            select a.id from opshub_alerts a
            where a.resolved_at is null and exists (
                select 1 from opshub_alert_outbox o
                where o.alert_id = a.id and o.channel = @channel and o.transition = 'firing' and o.delivered_at is not null)
            order by a.raised_at desc limit @limit
            """);
        cmd.Parameters.AddWithValue("channel", channel);
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    /// <summary>The delivery log of one alert, oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryLogEntry>> DeliveriesAsync(string alertId, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            select channel, transition, attempt, at, succeeded, status_code, error
            from opshub_alert_deliveries where alert_id = @id order by id
            """);
        cmd.Parameters.AddWithValue("id", alertId);
        var result = new List<DeliveryLogEntry>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            result.Add(new(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<DateTimeOffset>(3), r.GetBoolean(4),
                r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6)));
        }

        return result;
    }

    private static NpgsqlParameter Instant(string name, DateTimeOffset? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = value is { } v ? v.ToUniversalTime() : DBNull.Value };
}
