using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;

namespace OpsHub.Cli.Simulation;

/// <summary>Builds the working-time calendar of a simulated unit: its periods and the computed Vietnamese holidays.</summary>
internal static class UnitCalendars
{
    /// <summary>The calendar of <paramref name="unit"/>.</summary>
    public static WorkCalendar For(ProvinceUnit unit) =>
        new(HoursOf(unit), ComputedHolidayCalendar.Instance, VietnamTime.Zone);

    /// <summary>The working hours of <paramref name="unit"/>: its own periods, else the common default.</summary>
    public static WorkingHours HoursOf(ProvinceUnit unit) => unit.WorkingPeriods is { Count: > 0 } periods
        ? new WorkingHours(periods.Select(TimeRange.Parse), WorkingHours.Default.Days)
        : WorkingHours.Default;

    /// <summary>The default calendar, for pacing the whole province.</summary>
    public static WorkCalendar Default { get; } = new(WorkingHours.Default, ComputedHolidayCalendar.Instance, VietnamTime.Zone);

    private sealed class ComputedHolidayCalendar : IHolidayCalendar
    {
        public static ComputedHolidayCalendar Instance { get; } = new();

        // Lunar-computed public holidays; declared swaps and bridge days are not known to the simulator.
        public DayOverride? Find(DateOnly date) => ComputedHolidays.Default.Lookup(date)?.Kind;
    }
}
