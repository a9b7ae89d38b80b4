using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Queues;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Metrics;
using OpsHub.Grains.Scheduling;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Queues;
using Orleans.Utilities;

namespace OpsHub.Grains.Queues;

/// <summary>
/// A one-stop shop's queue: applies its events to a <see cref="WaitingRoom"/> (pure arithmetic) and carries out the
/// rest. Order of writes for every change: facts to the counters (each ignores a fact it has seen), alert rows
/// (stable ids: raising again stores once), the wake-up for the next threshold, then the state that records all of
/// it; a crash anywhere in between repeats harmless steps only.
/// </summary>
internal sealed partial class QueueGrain(
    [PersistentState(StorageNames.QueueState, StorageNames.Default)] IPersistentState<QueueState> state,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    QueueSettings settings,
    IWakeupScheduler scheduler,
    IAlertStore alerts,
    Kpis.KpiNotifier kpis,
    QueueMetrics metrics,
    ILogger<QueueGrain> logger) : Grain, IQueueGrain
{
    /// <summary>Wake-up rows of queues carry this prefix before the unit code.</summary>
    public const string WakeupPrefix = "queue:";

    private const int AppliedSeqsKept = 256;

    private readonly ObserverManager<IQueueObserver> _observers = new(TimeSpan.FromMinutes(5), logger);

    private string UnitCode => this.GetPrimaryKeyString();

    public async Task<EventOutcome> ApplyAsync(QueueEntry entry)
    {
        if (entry.JournalSeq > 0 && state.State.AppliedSeqs.Contains(entry.JournalSeq))
        {
            return EventOutcome.Duplicate;
        }

        var room = state.State.ReadRoom();
        var layout = settings.LayoutOf(UnitCode);
        var policy = settings.Policy;
        if (VietnamTime.DateOf(entry.At) < room.Day)
        {
            return EventOutcome.Refused($"The queue of {UnitCode} has moved on to {room.Day:dd/MM/yyyy}; an event of {entry.At:dd/MM/yyyy} can no longer be applied.");
        }

        // Thresholds crossed before the event are raised first, at their own instants, whenever the event arrives.
        var before = room.Evaluate(entry.At, layout, policy);
        var step = room.Apply(QueueViews.Input(entry), layout, policy);
        var after = step.Refusal is null ? room.Evaluate(entry.At, layout, policy) : null;
        var now = clock.GetUtcNow();
        var caughtUp = now > entry.At && VietnamTime.DateOf(now) == room.Day ? room.Evaluate(now, layout, policy) : null;

        await TellCountersAsync(step.Facts, entry.JournalSeq);
        await RecordAlertsAsync([before, after, caughtUp], now);
        await ScheduleAsync(room, policy);
        if (step.Refusal is null && entry.JournalSeq > 0)
        {
            var seqs = state.State.AppliedSeqs.Add(entry.JournalSeq);
            state.State.AppliedSeqs = seqs.Count > AppliedSeqsKept ? seqs.RemoveAt(0) : seqs;
        }

        await SaveAndNotifyAsync(room, now);
        Report(room, step.Facts, layout);
        if (step.Refusal is not null)
        {
            LogRefused(UnitCode, entry.Kind, entry.Ticket);
            return EventOutcome.Refused(step.Refusal);
        }

        return EventOutcome.Applied;
    }

    public Task<QueueSnapshot> GetAsync() =>
        Task.FromResult(QueueViews.Snapshot(UnitCode, state.State.ReadRoom(), settings, state.State.ReadRoom().ViewInstant(clock.GetUtcNow()), state.State.Version));

    public async Task WakeAsync()
    {
        var room = state.State.ReadRoom();
        var policy = settings.Policy;
        var now = clock.GetUtcNow();

        // A new day begins with its first event (a history import may still be feeding the old one): the clock
        // only completes the queue's own day.
        var changes = room.Evaluate(now < room.DayEnd ? now : room.DayEnd, settings.LayoutOf(UnitCode), policy);
        await RecordAlertsAsync([changes], now);
        await ScheduleAsync(room, policy);
        if (!changes.IsEmpty)
        {
            await SaveAndNotifyAsync(room, now);
        }
    }

    public Task SubscribeAsync(IQueueObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IQueueObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task TellCountersAsync(IReadOnlyList<DeskFact> facts, long journalSeq)
    {
        var index = 0;
        foreach (var group in facts.GroupBy(f => f.Counter, StringComparer.Ordinal))
        {
            var messages = group.Select(f => QueueViews.Fact(f, journalSeq, index++)).ToList();
            await GrainFactory.GetGrain<ICounterGrain>(ICounterGrain.KeyOf(UnitCode, group.Key)).ApplyAsync(messages);
        }
    }

    private async Task RecordAlertsAsync(IEnumerable<QueueAlertChanges?> changes, DateTimeOffset now)
    {
        var moved = false;
        foreach (var change in changes.OfType<QueueAlertChanges>())
        {
            moved |= !change.IsEmpty;
            foreach (var raised in change.Raised)
            {
                await alerts.RaiseAsync(QueueViews.Alert(UnitCode, raised, now));
                LogAlertRaised(UnitCode, raised.Key);
            }

            foreach (var (key, at) in change.Resolved)
            {
                await alerts.ResolveAsync(Abstractions.Alerts.AlertRecord.IdFor(QueueViews.SubjectOf(UnitCode), key), at);
            }
        }

        if (moved)
        {
            // The wall's alert ticker of this shop and every unit above it.
            await kpis.ChangedAsync(UnitCode);
        }
    }

    // Waits are observed once per call as it is applied; waiting counts are set for every field the shop serves.
    private void Report(WaitingRoom room, IReadOnlyList<DeskFact> facts, QueueLayout layout)
    {
        foreach (var called in facts.Where(f => f.Kind == DeskFactKind.Called))
        {
            metrics.ObserveWait(UnitCode, called.Field ?? QueueMetrics.NoField, called.Duration.GetValueOrDefault().TotalSeconds);
        }

        var waiting = room.Waiting.GroupBy(t => t.Field ?? QueueMetrics.NoField).ToDictionary(g => g.Key, g => g.Count());
        foreach (var field in layout.Counters.Values.SelectMany(f => f).Concat(waiting.Keys).Distinct(StringComparer.Ordinal))
        {
            metrics.SetWaiting(UnitCode, field, waiting.GetValueOrDefault(field));
        }
    }

    private Task ScheduleAsync(WaitingRoom room, QueuePolicy policy) =>
        room.NextThreshold(policy) is { } next
            ? scheduler.ScheduleAsync(QueueViews.SubjectOf(UnitCode), next)
            : scheduler.CancelAsync(QueueViews.SubjectOf(UnitCode));

    private async Task SaveAndNotifyAsync(WaitingRoom room, DateTimeOffset now)
    {
        state.State.WriteRoom(room);
        state.State.Version++;
        await state.WriteStateAsync();
        if (_observers.Count > 0)
        {
            var snapshot = QueueViews.Snapshot(UnitCode, room, settings, room.ViewInstant(now), state.State.Version);
            await _observers.Notify(o => o.OnQueueChangedAsync(snapshot));
        }
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Queue of {UnitCode} raised alert {Key}")]
    private partial void LogAlertRaised(string unitCode, string key);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Queue of {UnitCode} refused {Kind} of ticket {Ticket}")]
    private partial void LogRefused(string unitCode, QueueEntryKind kind, string? ticket);
}
