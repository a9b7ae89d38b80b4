namespace OpsHub.Sla.Calendar;

/// <summary>
/// Working-time arithmetic for one unit: its weekly pattern, the declared holidays and its time zone.
/// All instants are absolute (<see cref="DateTimeOffset"/>); all day and hour reasoning is in local time.
/// </summary>
public sealed class WorkCalendar(WorkingHours hours, IHolidayCalendar holidays, TimeZoneInfo zone)
{
    // Ten years without a single working day means the configuration is broken, not that time is long.
    private const int MaxDaysSearched = 3660;

    /// <summary>Default pattern, no declared holidays, Asia/Ho_Chi_Minh.</summary>
    public static WorkCalendar Default { get; } = new(WorkingHours.Default, NoHolidays.Instance, VietnamTime.Zone);

    public WorkingHours Hours => hours;

    public TimeZoneInfo Zone => zone;

    /// <summary>Whether the unit works on <paramref name="date"/> (weekly pattern, then declared overrides).</summary>
    public bool IsWorkingDay(DateOnly date) => holidays.Find(date) switch
    {
        DayOverride.Holiday => false,
        DayOverride.WorkingDay => true,
        _ => hours.Days.Contains(date.DayOfWeek),
    };

    /// <summary>The first working day at or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 0; i < MaxDaysSearched; i++, date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException("The calendar has no working day within ten years; check the holiday table.");
    }

    /// <summary>
    /// The first working instant at or after <paramref name="instant"/>: the clock of a dossier received before
    /// opening starts at opening, in the lunch break at the afternoon opening, after closing or on a day off at
    /// the next opening.
    /// </summary>
    public DateTimeOffset ClockStart(DateTimeOffset instant) => AddWorkingTime(instant, TimeSpan.Zero);

    /// <summary>
    /// The instant at which <paramref name="workingTime"/> of working time has elapsed, counting from
    /// <paramref name="start"/>. An amount that ends exactly at a period's end ends there, not at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var remaining = workingTime;

        for (var i = 0; i < MaxDaysSearched; i++, date = date.AddDays(1), time = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var period in hours.Periods)
            {
                if (time >= period.End)
                {
                    continue;
                }

                var from = time < period.Start ? period.Start : time;
                var available = period.End - from;
                if (remaining <= available)
                {
                    return At(date, from.Add(remaining));
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("Working time runs past ten years of calendar; check the holiday table.");
    }

    /// <summary>Working time inside [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var startLocal = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var endLocal = TimeZoneInfo.ConvertTime(to, zone).DateTime;
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(startLocal); date <= DateOnly.FromDateTime(endLocal); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var period in hours.Periods)
            {
                var periodStart = date.ToDateTime(period.Start);
                var periodEnd = date.ToDateTime(period.End);
                var s = periodStart > startLocal ? periodStart : startLocal;
                var e = periodEnd < endLocal ? periodEnd : endLocal;
                if (e > s)
                {
                    total += e - s;
                }
            }
        }

        return total;
    }

    /// <summary>The local instant <paramref name="time"/> on <paramref name="date"/> as an absolute instant.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local calendar date of <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
