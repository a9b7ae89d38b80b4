using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Dossiers.Timeline;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Grains.Dossiers;

/// <summary>Translates the pure clock into the contracts' snapshot, timeline and alert records.</summary>
internal static class DossierViews
{
    public static bool IsOverdue(DossierClock c) =>
        !c.IsClosed && c.Thresholds.Any(t => t.Kind == SlaAlertKind.Overdue && t.State == ThresholdState.Open);

    /// <summary>In progress, not overdue, with an early warning or "due today" raised and not resolved.</summary>
    public static bool IsDueSoon(DossierClock c) =>
        !c.IsClosed && !IsOverdue(c) && c.Thresholds.Any(t =>
            t.Kind is SlaAlertKind.ElapsedWarning or SlaAlertKind.DueToday && t.Subject == AlertSubject.Dossier && t.State == ThresholdState.Open);

    public static DossierSnapshot Snapshot(string code, DossierState s, DossierClock c, WorkCalendar calendar) => new(
        code,
        c.Terms.ProcedureCode,
        s.UnitCode!,
        (DossierStatus)(int)c.Status,
        c.ReceivedAt,
        c.ClockStartedAt,
        c.DueAt,
        c.CompletedAt,
        Timeliness(c),
        c.Thresholds.Where(t => t.Kind == SlaAlertKind.Overdue && t.FiredAt is not null).Select(t => t.FiredAt).FirstOrDefault(),
        c.InitialDueAt,
        c.CurrentDueAt,
        c.Cycle,
        c.IsPaused,
        s.Channel,
        s.Rating);

    public static DossierTimeline Timeline(string code, DossierState s, DossierClock c, WorkCalendar calendar)
    {
        var t = c.Timeline();
        return new DossierTimeline(
            code,
            c.Terms.ProcedureCode,
            s.UnitCode!,
            (DossierStatus)(int)t.Status,
            ProcessingTimeText.Format(c.Terms.ProcessingTime),
            c.Terms.PauseMode.ToString().ToLowerInvariant(),
            t.Cycle,
            t.ReceivedAt,
            t.ClockStartedAt,
            t.InitialDueAt,
            t.DueAt,
            t.CurrentDueAt,
            t.CompletedAt,
            t.ClosedAt,
            Timeliness(c),
            t.NextWakeUp,
            [.. t.Segments.Select(x => new TimelineSegment(x.Kind.ToString().ToLowerInvariant(), x.Cycle, x.From, x.To, x.Reason?.ToString().ToLowerInvariant()))],
            [.. t.Pauses.Select(x => new TimelinePause(x.Reason.ToString().ToLowerInvariant(), x.Cycle, x.Mode.ToString().ToLowerInvariant(), x.StartedAt, x.EndedAt, x.PausedWorkingTime))],
            [.. t.Apologies.Select(x => new TimelineApology(x.Cycle, x.Number, x.IssuedAt, x.PromisedAt))],
            [.. t.Thresholds.Select(x => new TimelineThreshold(x.Key, Kind(x.Kind), x.Cycle, x.Fraction, x.StepCode, x.Owner, x.At, x.State.ToString().ToLowerInvariant(), x.FiredAt, x.ResolvedAt))],
            [.. t.Steps.Select(x => new TimelineStep(x.Number, x.Code, x.Name, x.Department, x.Officer, ProcessingTimeText.Format(x.Budget), x.StartedAt, x.DeadlineAt, x.FinishedAt))],
            [.. s.Refusals]);
    }

    public static AlertRecord Alert(string code, string unitCode, SlaThreshold threshold, DateTimeOffset now, string? field = null, DossierClock? clock = null) => new(
        AlertRecord.IdFor(code, threshold.Key),
        Kind(threshold.Kind),
        unitCode,
        code,
        threshold.Cycle,
        threshold.At,
        threshold.FiredAt ?? now,
        null,
        Detail(threshold),
        field,
        Department: clock?.Steps.FirstOrDefault(r => r.Number == threshold.StepRun)?.Department);

    public static AlertKind Kind(SlaAlertKind kind) => kind switch
    {
        SlaAlertKind.ElapsedWarning => AlertKind.ElapsedWarning,
        SlaAlertKind.DueToday => AlertKind.DueToday,
        SlaAlertKind.Overdue => AlertKind.DossierOverdue,
        SlaAlertKind.LateWithoutApology => AlertKind.LateWithoutApology,
        SlaAlertKind.StepOverdue => AlertKind.StepOverdue,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown SLA alert kind."),
    };

    private static string? Detail(SlaThreshold t) => t.Kind switch
    {
        SlaAlertKind.ElapsedWarning when t.Fraction is { } f => $"{f * 100:0.#}%",
        SlaAlertKind.StepOverdue => $"{t.StepCode} · {t.Owner}",
        _ => null,
    };

    private static Timeliness? Timeliness(DossierClock c) => c.Timing is { } timing ? (Timeliness)(int)timing : null;
}
