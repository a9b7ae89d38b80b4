using Microsoft.Extensions.Options;
using OpsHub.Grains;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Metrics;
using OpsHub.Sla.Alerts;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// The alert loop of each silo, every <see cref="AlertDeliveryOptions.PollInterval"/>: escalate what nobody
/// acknowledged in time, turn alert changes into outbox rows (one per channel), deliver the rows that are due,
/// and re-send firing alerts to Alertmanager. Everything it knows is in PostgreSQL, so a restart loses nothing:
/// an undelivered row is claimed again when its lease runs out.
/// </summary>
internal sealed class AlertPump(
    AlertOutbox outbox,
    IAlertStore store,
    IEnumerable<IAlertChannel> channels,
    IWorkCalendarProvider calendars,
    IOptionsMonitor<AlertOptions> routing,
    IOptionsMonitor<AlertDeliveryOptions> delivery,
    AlertMetrics metrics,
    [FromKeyedServices(SlaClock.Key)] TimeProvider slaClock,
    TimeProvider wallClock,
    ILogger<AlertPump> logger) : BackgroundService
{
    private const int Batch = 200;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly IAlertChannel[] _channels = [.. channels];
    private DateTimeOffset _lastResend = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LoopFailed(e);
            }

            try
            {
                await Task.Delay(delivery.CurrentValue.PollInterval, wallClock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: escalate, queue, deliver, re-send.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await EscalateAsync(cancellationToken);
        await EnqueueAsync(cancellationToken);
        await DeliverAsync(cancellationToken);
        await ResendAsync(cancellationToken);
    }

    private async Task EscalateAsync(CancellationToken cancellationToken)
    {
        var o = routing.CurrentValue;
        foreach (var due in await outbox.EscalationsDueAsync(slaClock.GetUtcNow(), Batch, cancellationToken))
        {
            // The next level counts from this one's instant, so escalation times do not depend on when the loop ran.
            var next = Escalation.NextAt(calendars.For(due.UnitCode), due.EscalateAt, o.AcknowledgeWithin, due.Level + 1, o.MaxEscalationLevel);
            if (await outbox.EscalateAsync(due.Id, due.Level, next, cancellationToken))
            {
                metrics.Escalated(due.UnitCode, Enum.Parse<AlertKind>(due.Kind));
                logger.Escalated(due.Id, due.Level + 1);
            }
        }
    }

    private async Task EnqueueAsync(CancellationToken cancellationToken)
    {
        var o = routing.CurrentValue;
        var enabled = _channels.Where(c => c.Options.Enabled).ToArray();
        var now = slaClock.GetUtcNow();
        foreach (var alert in await outbox.UnnotifiedAsync(Batch, cancellationToken))
        {
            var calendar = calendars.For(alert.UnitCode);
            var transitions = new List<(string Transition, int Level, DateTimeOffset At)> { (AlertTransitions.Firing, 0, alert.RaisedAt) };
            for (var level = 1; level <= alert.EscalationLevel; level++)
            {
                transitions.Add((AlertTransitions.Escalated, level, now));
            }

            if (alert.AcknowledgedAt is { } acknowledged)
            {
                transitions.Add((AlertTransitions.Acknowledged, 0, acknowledged));
            }

            if (alert.ResolvedAt is { } resolved)
            {
                transitions.Add((AlertTransitions.Resolved, 0, resolved));
            }

            var entries = (
                from c in enabled
                from t in transitions
                where c.Announces(t.Transition)
                select new OutboxEntry(c.Name, t.Transition, t.Level, c.Options.HoldOutsideWorkingHours ? Escalation.DeliverAt(calendar, t.At) : t.At)).ToList();
            var escalateAt = alert.Notified == 0
                ? Escalation.NextAt(calendar, alert.RaisedAt, o.AcknowledgeWithin, 0, o.MaxEscalationLevel)
                : null;
            await outbox.EnqueueAsync(alert, entries, escalateAt, now, cancellationToken);
        }
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var enabled = _channels.Where(c => c.Options.Enabled).ToDictionary(c => c.Name);
        if (enabled.Count == 0)
        {
            return;
        }

        var items = await outbox.ClaimAsync(enabled.Keys, slaClock.GetUtcNow(), wallClock.GetUtcNow(), Lease, Batch, cancellationToken);
        foreach (var item in items)
        {
            var alert = await store.GetAsync(item.AlertId, cancellationToken);
            if (alert is null)
            {
                logger.AlertMissing(item.AlertId, item.Id);
                await outbox.RecordAsync(item, DeliveryResult.Failed("alert missing"), wallClock.GetUtcNow(), null, cancellationToken);
                continue;
            }

            var channel = enabled[item.Channel];
            DeliveryResult result;
            try
            {
                result = await channel.SendAsync(item, alert, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                result = DeliveryResult.Failed(e.GetType().Name);
            }

            await RecordAsync(item, result, cancellationToken);
        }
    }

    private async Task RecordAsync(OutboxItem item, DeliveryResult result, CancellationToken cancellationToken)
    {
        var o = delivery.CurrentValue;
        var now = wallClock.GetUtcNow();
        var attempt = item.Attempts + 1;
        if (result.Succeeded)
        {
            await outbox.RecordAsync(item, result, now, null, cancellationToken);
            metrics.Delivered(item.Channel);
            logger.Delivered(item.AlertId, item.Transition, item.Channel);
            return;
        }

        metrics.DeliveryFailed(item.Channel);
        if (attempt >= o.MaxAttempts)
        {
            await outbox.RecordAsync(item, result, now, null, cancellationToken);
            logger.DeliveryAbandoned(item.AlertId, item.Transition, item.Channel, attempt, result.Error);
            return;
        }

        var retryAt = now + o.RetryDelay(attempt);
        await outbox.RecordAsync(item, result, now, retryAt, cancellationToken);
        logger.DeliveryFailed(item.AlertId, item.Transition, item.Channel, attempt, result.Error, retryAt);
    }

    private async Task ResendAsync(CancellationToken cancellationToken)
    {
        var am = _channels.OfType<AlertmanagerChannel>().FirstOrDefault();
        var now = wallClock.GetUtcNow();
        if (am is null || !am.Options.Enabled || now - _lastResend < delivery.CurrentValue.AlertmanagerResendInterval)
        {
            return;
        }

        _lastResend = now;
        var ids = await outbox.FiringAtAlertmanagerAsync(am.Name, 1000, cancellationToken);
        var alerts = new List<AlertRecord>();
        foreach (var id in ids)
        {
            if (await store.GetAsync(id, cancellationToken) is { ResolvedAt: null } alert)
            {
                alerts.Add(alert);
            }
        }

        if (alerts.Count > 0 && await am.PostAsync(alerts, cancellationToken) is { Succeeded: false } failed)
        {
            logger.ResendFailed(alerts.Count, failed.Error);
        }
    }
}
