using System.Globalization;
using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Clock;

/// <summary>Works out the thresholds of a cycle, of an apology's new date, and of a step run.</summary>
internal static class ThresholdPlanner
{
    /// <summary>
    /// The thresholds of a cycle that runs from <paramref name="start"/> to <paramref name="due"/>: the early
    /// warnings (when any working time is allowed) and those of target 0.
    /// </summary>
    public static IEnumerable<SlaThreshold> ForCycle(AlertPolicy policy, WorkCalendar calendar, int cycle, DateTimeOffset start, DateTimeOffset due)
    {
        var allowed = calendar.WorkingTimeBetween(start, due);
        if (allowed > TimeSpan.Zero)
        {
            foreach (var fraction in policy.WarningFractions)
            {
                var at = calendar.AddWorkingTime(start, TimeSpan.FromTicks((long)(allowed.Ticks * fraction)));
                var percent = (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture);
                yield return Dossier($"c{cycle}/t0/warning-{percent}", SlaAlertKind.ElapsedWarning, cycle, 0, fraction, at);
            }
        }

        foreach (var threshold in ForTarget(policy, calendar, cycle, 0, start, due))
        {
            yield return threshold;
        }
    }

    /// <summary>
    /// The thresholds that measure <paramref name="due"/>, set at <paramref name="anchor"/> (the cycle's clock start,
    /// or the issue of an apology): due today (only when the due day opens after the anchor and before the due
    /// instant), overdue, and late without apology.
    /// </summary>
    public static IEnumerable<SlaThreshold> ForTarget(AlertPolicy policy, WorkCalendar calendar, int cycle, int target, DateTimeOffset anchor, DateTimeOffset due)
    {
        var prefix = $"c{cycle}/t{target}";
        var dueToday = DueTodayAt(calendar, due);
        if (dueToday > anchor && dueToday < due)
        {
            yield return Dossier($"{prefix}/due-today", SlaAlertKind.DueToday, cycle, target, null, dueToday);
        }

        yield return Dossier($"{prefix}/overdue", SlaAlertKind.Overdue, cycle, target, null, due);
        yield return Dossier($"{prefix}/late-without-apology", SlaAlertKind.LateWithoutApology, cycle, target, null, LateAt(calendar, due, policy.LateWithoutApologyGrace));
    }

    /// <summary>The overdue threshold of a step run, in the run's cycle.</summary>
    public static SlaThreshold ForStep(StepRun run) => new(
        $"c{run.Cycle}/step-{run.Number}/{run.Code}/overdue",
        SlaAlertKind.StepOverdue,
        run.Cycle,
        0,
        null,
        run.Number,
        run.Code,
        run.Owner,
        run.DeadlineAt,
        ThresholdState.Pending,
        null,
        null);

    /// <summary>The opening of the due instant's day.</summary>
    public static DateTimeOffset DueTodayAt(WorkCalendar calendar, DateTimeOffset due) => calendar.At(calendar.DateOf(due), calendar.Hours.Opening);

    /// <summary>The due instant plus the grace in working time; exactly the due instant when there is no grace.</summary>
    public static DateTimeOffset LateAt(WorkCalendar calendar, DateTimeOffset due, TimeSpan grace) =>
        grace == TimeSpan.Zero ? due : calendar.AddWorkingTime(due, grace);

    private static SlaThreshold Dossier(string key, SlaAlertKind kind, int cycle, int target, decimal? fraction, DateTimeOffset at) =>
        new(key, kind, cycle, target, fraction, null, null, null, at, ThresholdState.Pending, null, null);
}
