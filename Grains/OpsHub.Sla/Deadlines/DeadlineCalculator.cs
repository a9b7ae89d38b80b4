using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Deadlines;

/// <summary>Turns a receipt instant and a processing time into the promised return instant (ngày hẹn trả).</summary>
public sealed class DeadlineCalculator(WorkCalendar calendar)
{
    public WorkCalendar Calendar => calendar;

    /// <summary>
    /// The due instant for a dossier whose clock starts at <paramref name="receivedAt"/> (moved to the next
    /// working instant when received outside working time).
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, ProcessingTime time)
    {
        var start = calendar.ClockStart(receivedAt);
        return time.Unit switch
        {
            ProcessingTimeUnit.WorkingDays => calendar.AddWorkingTime(start, calendar.Hours.DayLength * (double)time.Amount),
            ProcessingTimeUnit.WorkingHours => calendar.AddWorkingTime(start, TimeSpan.FromHours((double)time.Amount)),
            ProcessingTimeUnit.CalendarDays => CalendarDaysDue(start, time.Amount),
            _ => throw new ArgumentOutOfRangeException(nameof(time), time.Unit, "Unknown processing time unit."),
        };
    }

    /// <summary>Working time a dossier is allowed between its clock start and its due instant.</summary>
    public TimeSpan AllowedWorkingTime(DateTimeOffset receivedAt, DateTimeOffset dueAt) =>
        calendar.WorkingTimeBetween(calendar.ClockStart(receivedAt), dueAt);

    private DateTimeOffset CalendarDaysDue(DateTimeOffset start, decimal days)
    {
        // Every day counts; a due date on a day off moves to the next working day, whose closing is the promise.
        var landed = start.AddDays((double)days);
        var date = calendar.DateOf(landed);
        if (calendar.IsWorkingDay(date))
        {
            return landed;
        }

        return calendar.At(calendar.NextWorkingDay(date), calendar.Hours.Closing);
    }
}
