using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Dossiers.Timeline;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Kpis;
using OpsHub.Grains.Metrics;
using OpsHub.Grains.Procedures;
using OpsHub.Grains.Scheduling;
using OpsHub.Grains.Units;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Lifecycle;

namespace OpsHub.Grains.Dossiers;

/// <summary>
/// Applies a dossier's events to its SLA clock (<see cref="DossierClock"/>, pure arithmetic) and carries out what
/// the clock decides. Order of writes for every change: the wake-up before the state that needs it (a crash
/// between leaves a harmless extra wake-up) but its cancellation or postponement after the state, alert rows before the state that records them (alert ids are stable,
/// so raising again stores once), the unit-ledger row before the state that counts it (the row's key is the
/// dossier's change number, so recording it again stores once).
/// </summary>
internal sealed partial class DossierGrain(
    [PersistentState(StorageNames.DossierState, StorageNames.Default)] IPersistentState<DossierState> state,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    IWorkCalendarProvider calendars,
    IProcedureTerms terms,
    IWakeupScheduler scheduler,
    IAlertStore alerts,
    IUnitLedger ledger,
    IKpiStore kpis,
    KpiNotifier kpiNotifier,
    DossierWatcher watcher,
    SlaMetrics metrics,
    IOptions<DossierActivationOptions> activation,
    ILogger<DossierGrain> logger) : Grain, IDossierGrain
{
    /// <summary>How long a held dossier stays after its wake-up time, so that the wake-up still finds it in memory.</summary>
    private static readonly TimeSpan _holdGrace = TimeSpan.FromSeconds(30);

    private const int MaxRefusalsKept = 50;
    private const int AppliedSeqsKept = 64;

    private string Code => this.GetPrimaryKeyString();

    public async Task<EventOutcome> ReceiveAsync(DossierReceipt receipt)
    {
        var s = state.State;
        if (!string.Equals(receipt.DossierCode, Code, StringComparison.Ordinal))
        {
            return EventOutcome.Refused($"The receipt is for dossier '{receipt.DossierCode}', not '{Code}'.");
        }

        if (IsReplay(receipt.JournalSeq))
        {
            return EventOutcome.Duplicate;
        }

        if (s.ReadClock() is { } existing)
        {
            return IsSameReceipt(s, existing, receipt)
                ? EventOutcome.Duplicate
                : await RefuseAsync("receipt", receipt.ReceivedAt, $"Dossier '{Code}' was already received at {existing.ReceivedAt:O} with different details.");
        }

        if (terms.For(receipt) is not { } slaTerms)
        {
            return EventOutcome.Refused($"Procedure '{receipt.ProcedureCode}' is not in the procedure catalogue.");
        }

        var calendar = calendars.For(receipt.UnitCode);
        s.UnitCode = receipt.UnitCode;
        s.Channel = receipt.Channel;
        s.DeclaredWorkingDays = receipt.ProcessingWorkingDays;
        var started = DossierClock.Start(slaTerms, receipt.ReceivedAt, calendar);

        // A receipt that reaches OpsHub late fires at once what is already due.
        var now = clock.GetUtcNow();
        var caughtUp = now > receipt.ReceivedAt ? started.Evaluate(now) : new ClockTransition(started, TransitionOutcome.Applied, null, [], []);
        await ApplyAsync(caughtUp, receipt.JournalSeq);
        LogReceived(Code, started.DueAt);
        return EventOutcome.Applied;
    }

    public Task<EventOutcome> ChangeStatusAsync(DossierStatusChange change) =>
        DriveAsync($"status {(int)change.Status}", change.At, change.JournalSeq, (c, calendar) => c.MoveTo((PortalStatus)(int)change.Status, change.At, calendar));

    public Task<EventOutcome> IssueApologyAsync(DossierApology apology) =>
        DriveAsync("apology", apology.IssuedAt, apology.JournalSeq, (c, calendar) => c.IssueApology(apology.IssuedAt, apology.PromisedAt, calendar));

    public Task<EventOutcome> StartStepAsync(DossierStepChange step) =>
        DriveAsync($"step {step.StepCode} started", step.At, step.JournalSeq, (c, calendar) => c.StartStep(step.StepCode, step.At, step.Officer, calendar));

    public Task<EventOutcome> FinishStepAsync(DossierStepChange step) =>
        DriveAsync($"step {step.StepCode} finished", step.At, step.JournalSeq, (c, _) => c.FinishStep(step.StepCode, step.At));

    public async Task<EventOutcome> RateAsync(DossierRating rating)
    {
        var s = state.State;
        if (IsReplay(rating.JournalSeq))
        {
            return EventOutcome.Duplicate;
        }

        if (s.ReadClock() is null)
        {
            return EventOutcome.AwaitingReceipt($"Dossier '{Code}' has no recorded receipt; its rating cannot be applied before it.");
        }

        if (s.RatedAt is { } earlier && earlier > rating.RatedAt)
        {
            return EventOutcome.Duplicate;
        }

        await kpis.RecordAsync(KpiFactOf(s.ReadClock()!, KpiFact.Rated, rating.RatedAt, rating.Rating));
        s.Rating = rating.Rating;
        s.RatedAt = rating.RatedAt;
        s.AppliedSeqs = s.AppliedSeqs.Add(rating.JournalSeq);
        if (s.AppliedSeqs.Count > AppliedSeqsKept)
        {
            s.AppliedSeqs = s.AppliedSeqs.RemoveAt(0);
        }

        await state.WriteStateAsync();
        await kpiNotifier.ChangedAsync(s.UnitCode!);
        return EventOutcome.Applied;
    }

    public Task<DossierSnapshot?> GetAsync()
    {
        var s = state.State;
        return Task.FromResult(s.ReadClock() is { } c ? DossierViews.Snapshot(Code, s, c, Calendar(s)) : null);
    }

    public Task<DossierTimeline?> GetTimelineAsync()
    {
        var s = state.State;
        return Task.FromResult(s.ReadClock() is { } c ? DossierViews.Timeline(Code, s, c, Calendar(s)) : null);
    }

    public async Task WakeAsync()
    {
        var s = state.State;
        if (s.ReadClock() is not { } c)
        {
            await scheduler.CancelAsync(Code);
            return;
        }

        var transition = c.Evaluate(clock.GetUtcNow());
        if (transition.Raised.IsEmpty && transition.Resolved.IsEmpty && ReferenceEquals(transition.Clock, c))
        {
            // Woken early or twice: keep the real wake-up and change nothing else.
            await ScheduleAsync(c);
            HoldForNextWakeUp(c);
            return;
        }

        await ApplyAsync(transition);
    }

    private async Task<EventOutcome> DriveAsync(string what, DateTimeOffset at, long journalSeq, Func<DossierClock, WorkCalendar, ClockTransition> drive)
    {
        var s = state.State;
        if (IsReplay(journalSeq))
        {
            return EventOutcome.Duplicate;
        }

        if (s.ReadClock() is not { } c)
        {
            return EventOutcome.AwaitingReceipt($"Dossier '{Code}' has no recorded receipt; {what} cannot be applied before it.");
        }

        // Thresholds reached before the event fire first, so alerts never depend on when the event arrived.
        var transition = drive(c, Calendar(s));
        switch (transition.Outcome)
        {
            case TransitionOutcome.Refused:
                return await RefuseAsync(what, at, transition.Reason ?? "Refused.");
            case TransitionOutcome.Unchanged:
                return EventOutcome.Duplicate;
            default:
                await ApplyAsync(transition, journalSeq);
                return EventOutcome.Applied;
        }
    }

    private async Task ApplyAsync(ClockTransition transition, long journalSeq = 0)
    {
        var s = state.State;
        var next = transition.Clock;
        var previous = s.ReadClock();
        var completedNow = previous?.Timing is null ? next.Timing : null;
        var ledgerChange = new LedgerChange(
            s.UnitCode!,
            terms.Catalogue.Find(next.Terms.ProcedureCode)?.FieldCode,
            next.Terms.ProcedureCode,
            Delta(s.CountedOpen, !next.IsClosed),
            Delta(s.CountedOverdue, DossierViews.IsOverdue(next)),
            Delta(s.CountedPaused, next.IsPaused),
            Delta(s.CountedDueSoon, DossierViews.IsDueSoon(next)),
            clock.GetUtcNow());
        var change = new UnitCountChange(ledgerChange.Open, ledgerChange.Overdue, ledgerChange.At);
        var countsChanged = ledgerChange.MovesUnitFigures;

        // The writes that precede the state (wake-up, KPI facts, alerts, ledger row, the watched row behind the wall's
        // lists and forecast) are each idempotent and independent of one another, so they go to
        // PostgreSQL together rather than one commit after another (the benchmark's apply path waited on each commit's
        // fsync in turn). Resolutions follow the raises, as a transition may raise and resolve the same alert.
        var wakesNoLater = WakesNoLater(previous, next);
        var beforeState = new List<Task>
        {
            RecordKpiFactsAsync(previous, next),
            watcher.UpdateAsync(Code, s.UnitCode!, previous, s.CountedDueSoon, s.CountedOverdue, next, DossierViews.IsDueSoon(next), DossierViews.IsOverdue(next)),
        };
        if (wakesNoLater)
        {
            beforeState.Add(ScheduleAsync(next));
        }

        beforeState.AddRange(transition.Raised.Select(raised => RaiseAsync(raised, next)));
        if (!ledgerChange.IsEmpty)
        {
            // Recorded again after a crash the ledger row stores nothing, since the state below still has the old number.
            beforeState.Add(ledger.RecordAsync(Code, s.UnitChangeNo + 1, ledgerChange));
        }

        await Task.WhenAll(beforeState);
        await Task.WhenAll(transition.Resolved.Select(resolved =>
            alerts.ResolveAsync(Abstractions.Alerts.AlertRecord.IdFor(Code, resolved.Key), resolved.ResolvedAt ?? clock.GetUtcNow())));

        if (!ledgerChange.IsEmpty)
        {
            s.UnitChangeNo++;
        }

        s.WriteClock(next);
        s.CountedOpen = !next.IsClosed;
        s.CountedOverdue = DossierViews.IsOverdue(next);
        s.CountedPaused = next.IsPaused;
        s.CountedDueSoon = DossierViews.IsDueSoon(next);
        if (journalSeq > 0)
        {
            var seqs = s.AppliedSeqs.Add(journalSeq);
            s.AppliedSeqs = seqs.Count > AppliedSeqsKept ? seqs.RemoveAt(0) : seqs;
        }

        await state.WriteStateAsync();
        if (!wakesNoLater)
        {
            await ScheduleAsync(next);
        }

        HoldForNextWakeUp(next);

        if (completedNow is { } timing)
        {
            metrics.Completed(s.UnitCode!, ledgerChange.FieldCode ?? "unknown", timing);
        }

        if (countsChanged)
        {
            await GrainFactory.GetGrain<IUnitGrain>(s.UnitCode!).ApplyAsync(change);
        }
        else if (!ledgerChange.IsEmpty || !transition.Raised.IsEmpty || !transition.Resolved.IsEmpty)
        {
            // Due soon, paused or an alert moved without the unit's open and overdue counts: the wall still shows it.
            await kpiNotifier.ChangedAsync(s.UnitCode!);
        }
    }

    private async Task RaiseAsync(SlaThreshold raised, DossierClock next)
    {
        var field = terms.Catalogue.Find(next.Terms.ProcedureCode)?.FieldCode;
        await alerts.RaiseAsync(DossierViews.Alert(Code, state.State.UnitCode!, raised, clock.GetUtcNow(), field, next));
        LogAlertRaised(Code, raised.Key);
    }

    // Facts before the state that moves past them: recorded again after a crash, they store nothing.
    private async Task RecordKpiFactsAsync(DossierClock? previous, DossierClock next)
    {
        KpiFact Fact(string fact, DateTimeOffset at, int value = 0) => KpiFactOf(next, fact, at, value);
        if (previous is null)
        {
            await kpis.RecordAsync(Fact(KpiFact.Received, next.ReceivedAt));
        }

        if (previous?.Timing is null && next is { Timing: { } timing, CompletedAt: { } completedAt })
        {
            await kpis.RecordAsync(Fact(KpiFact.Done, completedAt, (int)timing));
        }

        if (next.Status == PortalStatus.Withdrawn && previous?.Status != PortalStatus.Withdrawn)
        {
            await kpis.RecordAsync(Fact(KpiFact.Withdrawn, next.ClosedAt ?? next.LastEventAt));
        }
    }

    private KpiFact KpiFactOf(DossierClock c, string fact, DateTimeOffset at, int value = 0) => new(
        Code, fact, state.State.UnitCode!, c.Terms.ProcedureCode, terms.Catalogue.Find(c.Terms.ProcedureCode)?.FieldCode ?? "unknown",
        (int)state.State.Channel, at, value);

    // A wake-up no later than the one in force is written before the state that needs it. Cancelling or postponing
    // one waits until the state (and the alerts it records) no longer needs it: cancelled first, a crash before the
    // alert rows were stored left a due threshold that nothing would ever wake again.
    private static bool WakesNoLater(DossierClock? previous, DossierClock next) =>
        next.NextWakeUp is { } wake && (previous?.NextWakeUp is not { } current || wake <= current);

    /// <summary>
    /// Keeps this dossier in memory until just after its next wake-up when that is within
    /// <see cref="DossierActivationOptions.HoldBeforeWakeUp"/>; afterwards it is collected when idle as usual.
    /// </summary>
    private void HoldForNextWakeUp(DossierClock c)
    {
        if (c.NextWakeUp is not { } wake)
        {
            return;
        }

        var untilWake = wake - clock.GetUtcNow();
        if (untilWake > TimeSpan.Zero && untilWake <= activation.Value.HoldBeforeWakeUp)
        {
            DelayDeactivation(untilWake + _holdGrace);
        }
    }

    private Task ScheduleAsync(DossierClock c) =>
        c.NextWakeUp is { } wake ? scheduler.ScheduleAsync(Code, wake) : scheduler.CancelAsync(Code);

    private async Task<EventOutcome> RefuseAsync(string what, DateTimeOffset at, string reason)
    {
        var s = state.State;
        if (s.ReadClock() is not null)
        {
            var refusals = s.Refusals.Add(new TimelineRefusal(what, at, reason, clock.GetUtcNow()));
            s.Refusals = refusals.Count > MaxRefusalsKept ? refusals.RemoveRange(0, refusals.Count - MaxRefusalsKept) : refusals;
            await state.WriteStateAsync();
        }

        LogRefused(Code, what);
        return EventOutcome.Refused(reason);
    }

    private bool IsReplay(long journalSeq) => journalSeq > 0 && state.State.AppliedSeqs.Contains(journalSeq);

    private WorkCalendar Calendar(DossierState s) => calendars.For(s.UnitCode!);

    private static bool IsSameReceipt(DossierState s, DossierClock c, DossierReceipt r) =>
        c.ReceivedAt == r.ReceivedAt
        && s.Channel == r.Channel
        && s.DeclaredWorkingDays == r.ProcessingWorkingDays
        && string.Equals(s.UnitCode, r.UnitCode, StringComparison.Ordinal)
        && string.Equals(c.Terms.ProcedureCode, r.ProcedureCode, StringComparison.Ordinal);

    private static int Delta(bool before, bool after) => (after ? 1 : 0) - (before ? 1 : 0);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Dossier {DossierCode} received; due {DueAt}")]
    private partial void LogReceived(string dossierCode, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Dossier {DossierCode} raised alert {Key}")]
    private partial void LogAlertRaised(string dossierCode, string key);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Dossier {DossierCode} refused {Event}")]
    private partial void LogRefused(string dossierCode, string @event);
}
