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

    /// <summary>
    /// The due instant for a procedure with a same-day cut-off (for example copy certification: same day when
    /// received before 15:00, else the next working day). <paramref name="time"/> counts whole working days that
    /// end at closing: the day the clock starts counts as the first when the clock starts before
    /// <paramref name="sameDayCutoff"/>, otherwise counting begins with the next working day. Without a cut-off
    /// this is <see cref="DueAt(DateTimeOffset, ProcessingTime)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A cut-off is given and the time is not a whole number (at least 1) of working days.</exception>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, ProcessingTime time, TimeOnly? sameDayCutoff)
    {
        if (sameDayCutoff is not { } cutoff)
        {
            return DueAt(receivedAt, time);
        }

        if (time.Unit != ProcessingTimeUnit.WorkingDays || time.Amount < 1 || time.Amount != decimal.Truncate(time.Amount))
        {
            throw new ArgumentException("A same-day cut-off needs a processing time of whole working days (at least 1).", nameof(time));
        }

        var start = calendar.ClockStart(receivedAt);
        var day = calendar.DateOf(start);
        if (TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, calendar.Zone).DateTime) >= cutoff)
        {
            day = calendar.NextWorkingDay(day.AddDays(1));
        }

        for (var counted = 1; counted < time.Amount; counted++)
        {
            day = calendar.NextWorkingDay(day.AddDays(1));
        }

        return calendar.At(day, calendar.Hours.Closing);
    }

    /// <summary>Working time a dossier is allowed between its clock start and its due instant.</summary>
    public TimeSpan AllowedWorkingTime(DateTimeOffset receivedAt, DateTimeOffset dueAt) =>
        calendar.WorkingTimeBetween(calendar.ClockStart(receivedAt), dueAt);

    private DateTimeOffset CalendarDaysDue(DateTimeOffset start, decimal days)
    {
        // Every day counts; the count lands on a date, moved to the next working day when that is a day off, and the
        // promise is that day's closing. Keeping the clock start's time of day on a working date (as this once did)
        // made a longer time give an earlier promise: from Friday 10:00, 1 day landed on Saturday and moved to
        // Monday 17:00, while 3 days landed on Monday 10:00.
        var landed = calendar.DateOf(start.AddDays((double)days));
        return calendar.At(calendar.NextWorkingDay(landed), calendar.Hours.Closing);
    }
}
