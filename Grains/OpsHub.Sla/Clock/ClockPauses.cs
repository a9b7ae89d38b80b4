using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Clock;

/// <summary>Stopping the clock, and starting it again in resume or restart mode.</summary>
internal static class ClockPauses
{
    /// <summary>Stops the clock for <paramref name="reason"/>; the alerts open so far are resolved (the dossier moved on).</summary>
    public static void Begin(ClockDraft draft, PauseReason reason, DateTimeOffset at)
    {
        var clock = draft.Clock;
        draft.Resolve(_ => true, at);
        var pause = new PauseInterval(reason, clock.Cycle, clock.Terms.PauseMode, at, null, TimeSpan.Zero);
        draft.Clock = clock with { Pauses = clock.Pauses.Add(pause) };
    }

    /// <summary>Ends the open pause at <paramref name="at"/> and records its working time; the clock does not run yet.</summary>
    public static PauseInterval End(ClockDraft draft, DateTimeOffset at, WorkCalendar calendar)
    {
        var clock = draft.Clock;
        var open = clock.Pauses[^1];
        var ended = open with { EndedAt = at, PausedWorkingTime = calendar.WorkingTimeBetween(open.StartedAt, at) };
        draft.Clock = clock with { Pauses = clock.Pauses.SetItem(clock.Pauses.Length - 1, ended) };
        return ended;
    }

    /// <summary>
    /// Ends the open pause because processing resumes: in resume mode the due instants move by the paused working
    /// time, in restart mode a new cycle begins.
    /// </summary>
    public static void EndAndRun(ClockDraft draft, DateTimeOffset at, WorkCalendar calendar)
    {
        var ended = End(draft, at, calendar);
        if (ended.Mode == PauseMode.Restart)
        {
            Restart(draft, at, calendar);
        }
        else
        {
            Resume(draft, ended, calendar);
        }
    }

    /// <summary>
    /// Ends the open pause because another begins at once (5 or 6 followed by 8). In resume mode the instants move
    /// now, as if processing had resumed and paused again in the same instant, so the next resumption moves them by
    /// its own pause only; in restart mode nothing moves until processing resumes.
    /// </summary>
    public static void EndAndChain(ClockDraft draft, DateTimeOffset at, WorkCalendar calendar)
    {
        var ended = End(draft, at, calendar);
        if (ended.Mode == PauseMode.Resume)
        {
            Resume(draft, ended, calendar);
        }
    }

    private static void Resume(ClockDraft draft, PauseInterval pause, WorkCalendar calendar)
    {
        var resumedAt = pause.EndedAt!.Value;
        DateTimeOffset Shift(DateTimeOffset instant) => PauseShift.Apply(calendar, instant, pause.StartedAt, resumedAt);

        var clock = draft.Clock;
        var due = Shift(clock.DueAt);
        var promised = clock.PromisedAt is { } p ? Shift(p) : (DateTimeOffset?)null;
        var steps = clock.Steps.Select(s => s.FinishedAt is null ? s with { DeadlineAt = Shift(s.DeadlineAt) } : s).ToList();
        draft.Clock = clock with { DueAt = due, PromisedAt = promised, Steps = [.. steps] };

        var target = promised ?? due;
        var grace = clock.Terms.Alerts.LateWithoutApologyGrace;
        draft.Retime(
            t => t.Kind switch
            {
                SlaAlertKind.ElapsedWarning => Shift(t.At),
                SlaAlertKind.DueToday => pause.PausedWorkingTime == TimeSpan.Zero ? t.At : DueToday(calendar, target, resumedAt),
                SlaAlertKind.Overdue => target,
                SlaAlertKind.LateWithoutApology => ThresholdPlanner.LateAt(calendar, target, grace),
                SlaAlertKind.StepOverdue => steps.First(s => s.Number == t.StepRun).DeadlineAt,
                _ => t.At,
            },
            resumedAt);
    }

    private static DateTimeOffset? DueToday(WorkCalendar calendar, DateTimeOffset due, DateTimeOffset resumedAt)
    {
        var opening = ThresholdPlanner.DueTodayAt(calendar, due);
        var at = opening > resumedAt ? opening : resumedAt;
        return at < due ? at : null;
    }

    private static void Restart(ClockDraft draft, DateTimeOffset at, WorkCalendar calendar)
    {
        var clock = draft.Clock;
        var deadlines = new DeadlineCalculator(calendar);
        var cycle = clock.Cycle + 1;
        var start = calendar.ClockStart(at);
        var due = deadlines.DueAt(at, clock.Terms.ProcessingTime, clock.Terms.SameDayCutoff);
        var steps = clock.Steps
            .Select(s => s.FinishedAt is null ? s with { Cycle = cycle, DeadlineAt = deadlines.DueAt(at, s.Budget) } : s)
            .ToList();

        draft.Cancel(_ => true, at);
        draft.Clock = clock with { Cycle = cycle, CycleStartedAt = start, DueAt = due, PromisedAt = null, Steps = [.. steps] };
        draft.Add(ThresholdPlanner.ForCycle(clock.Terms.Alerts, calendar, cycle, start, due));
        draft.Add(steps.Where(s => s.FinishedAt is null).Select(ThresholdPlanner.ForStep));
    }
}
