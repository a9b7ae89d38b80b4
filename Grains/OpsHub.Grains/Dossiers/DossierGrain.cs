using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Scheduling;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Grains.Dossiers;

/// <summary>
/// The SLA clock of one dossier. Order of writes: the wake-up before the state that needs it (a crash between
/// leaves a harmless extra wake-up), the alert row before the state that records it (the alert id makes the
/// second raise a no-op), the state before the unit's counts.
/// </summary>
internal sealed partial class DossierGrain(
    [PersistentState(StorageNames.DossierState, StorageNames.Default)] IPersistentState<DossierState> state,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    IWorkCalendarProvider calendars,
    IWakeupScheduler scheduler,
    IAlertStore alerts,
    ILogger<DossierGrain> logger) : Grain, IDossierGrain
{
    private string Code => this.GetPrimaryKeyString();

    public async Task<EventOutcome> ReceiveAsync(DossierReceipt receipt)
    {
        var s = state.State;
        if (!string.Equals(receipt.DossierCode, Code, StringComparison.Ordinal))
        {
            return EventOutcome.Refused($"The receipt is for dossier '{receipt.DossierCode}', not '{Code}'.");
        }

        if (s.IsReceived)
        {
            return IsSameReceipt(s, receipt)
                ? EventOutcome.Duplicate
                : EventOutcome.Refused($"Dossier '{Code}' was already received at {s.ReceivedAt:O} with different details.");
        }

        var deadlines = new DeadlineCalculator(calendars.For(receipt.UnitCode));
        s.ProcedureCode = receipt.ProcedureCode;
        s.UnitCode = receipt.UnitCode;
        s.ReceivedAt = receipt.ReceivedAt;
        s.ProcessingWorkingDays = receipt.ProcessingWorkingDays;
        s.ClockStartedAt = deadlines.Calendar.ClockStart(receipt.ReceivedAt);
        s.DueAt = deadlines.DueAt(receipt.ReceivedAt, ProcessingTime.WorkingDays(receipt.ProcessingWorkingDays));
        s.Status = DossierStatus.Received;

        await scheduler.ScheduleAsync(Code, s.DueAt);
        await state.WriteStateAsync();
        await Unit(s).ApplyAsync(new UnitCountChange(+1, 0, clock.GetUtcNow()));
        LogReceived(Code, s.DueAt);
        return EventOutcome.Applied;
    }

    public async Task<EventOutcome> CompleteAsync(DossierCompletion completion)
    {
        var s = state.State;
        if (!s.IsReceived)
        {
            return EventOutcome.Refused($"Dossier '{Code}' has no recorded receipt; it cannot be completed.");
        }

        if (s.IsClosed)
        {
            return s.CompletedAt == completion.CompletedAt
                ? EventOutcome.Duplicate
                : EventOutcome.Refused($"Dossier '{Code}' was already completed at {s.CompletedAt:O}.");
        }

        if (completion.CompletedAt < s.ReceivedAt)
        {
            return EventOutcome.Refused($"Dossier '{Code}' cannot be completed at {completion.CompletedAt:O}, before its receipt at {s.ReceivedAt:O}.");
        }

        var calendar = calendars.For(s.UnitCode!);
        var wasOverdue = s.OverdueAlertRaisedAt is not null;
        s.Status = DossierStatus.ResultReady;
        s.CompletedAt = completion.CompletedAt;
        s.Timeliness = Classify(calendar.DateOf(completion.CompletedAt), calendar.DateOf(s.DueAt));

        await state.WriteStateAsync();
        await scheduler.CancelAsync(Code);
        if (wasOverdue)
        {
            await alerts.ResolveAsync(AlertRecord.IdFor(AlertKind.DossierOverdue, Code, s.Cycle), clock.GetUtcNow());
        }

        await Unit(s).ApplyAsync(new UnitCountChange(-1, wasOverdue ? -1 : 0, clock.GetUtcNow()));
        LogCompleted(Code, s.Timeliness.Value);
        return EventOutcome.Applied;
    }

    public Task<DossierSnapshot?> GetAsync()
    {
        var s = state.State;
        return Task.FromResult(s.IsReceived
            ? new DossierSnapshot(Code, s.ProcedureCode!, s.UnitCode!, s.Status, s.ReceivedAt, s.ClockStartedAt, s.DueAt, s.CompletedAt, s.Timeliness, s.OverdueAlertRaisedAt)
            : null);
    }

    public async Task WakeAsync()
    {
        var s = state.State;
        if (!s.IsReceived || s.IsClosed || s.OverdueAlertRaisedAt is not null)
        {
            await scheduler.CancelAsync(Code);
            return;
        }

        var now = clock.GetUtcNow();
        if (now < s.DueAt)
        {
            // Woken early (a clock moved, a stale entry): keep the real wake-up.
            await scheduler.ScheduleAsync(Code, s.DueAt);
            return;
        }

        var alert = await alerts.RaiseAsync(new AlertRecord(
            AlertRecord.IdFor(AlertKind.DossierOverdue, Code, s.Cycle), AlertKind.DossierOverdue, s.UnitCode!, Code, s.Cycle, s.DueAt, now, null));
        s.OverdueAlertRaisedAt = alert.RaisedAt;
        await state.WriteStateAsync();
        await scheduler.CancelAsync(Code);
        await Unit(s).ApplyAsync(new UnitCountChange(0, +1, now));
        LogOverdue(Code, s.DueAt);
    }

    private static bool IsSameReceipt(DossierState s, DossierReceipt r) =>
        s.ReceivedAt == r.ReceivedAt
        && s.ProcessingWorkingDays == r.ProcessingWorkingDays
        && string.Equals(s.UnitCode, r.UnitCode, StringComparison.Ordinal)
        && string.Equals(s.ProcedureCode, r.ProcedureCode, StringComparison.Ordinal);

    private static Timeliness Classify(DateOnly completed, DateOnly due) =>
        completed < due ? Timeliness.Early : completed == due ? Timeliness.OnTime : Timeliness.Late;

    private IUnitGrain Unit(DossierState s) => GrainFactory.GetGrain<IUnitGrain>(s.UnitCode!);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Dossier {DossierCode} received; due {DueAt}")]
    private partial void LogReceived(string dossierCode, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Dossier {DossierCode} completed {Timeliness}")]
    private partial void LogCompleted(string dossierCode, Timeliness timeliness);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Dossier {DossierCode} overdue since {DueAt}")]
    private partial void LogOverdue(string dossierCode, DateTimeOffset dueAt);
}
