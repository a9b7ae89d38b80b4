using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Alerts;

/// <summary>The working-time arithmetic of escalation and of holding notifications for opening time.</summary>
public static class Escalation
{
    /// <summary>
    /// When an alert at <paramref name="level"/> (reached at <paramref name="since"/>) escalates if nobody
    /// acknowledges it: <paramref name="within"/> of working time later; <c>null</c> at the last level.
    /// An alert raised at night starts counting at the next opening.
    /// </summary>
    public static DateTimeOffset? NextAt(WorkCalendar calendar, DateTimeOffset since, TimeSpan within, int level, int maxLevel) =>
        level >= maxLevel ? null : calendar.AddWorkingTime(since, within);

    /// <summary>When a notification of <paramref name="at"/> may reach people: at once in working hours, else at the next opening.</summary>
    public static DateTimeOffset DeliverAt(WorkCalendar calendar, DateTimeOffset at) => calendar.ClockStart(at);
}
