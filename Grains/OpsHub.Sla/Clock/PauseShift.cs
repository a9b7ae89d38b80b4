using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Clock;

/// <summary>Where an instant measured by a running clock lands once a pause of that clock has ended (resume mode).</summary>
internal static class PauseShift
{
    /// <summary>
    /// The working time still to run at the pause start runs again from the resumption. An instant the clock had
    /// already reached stays; a pause without working time moves nothing; nothing moves earlier.
    /// </summary>
    public static DateTimeOffset Apply(WorkCalendar calendar, DateTimeOffset instant, DateTimeOffset pausedAt, DateTimeOffset resumedAt)
    {
        if (instant <= pausedAt || calendar.WorkingTimeBetween(pausedAt, resumedAt) == TimeSpan.Zero)
        {
            return instant;
        }

        var remaining = calendar.WorkingTimeBetween(pausedAt, instant);
        var moved = calendar.AddWorkingTime(resumedAt, remaining);
        return moved > instant ? moved : instant;
    }
}
