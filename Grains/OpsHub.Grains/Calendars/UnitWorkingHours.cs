using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Calendars;

/// <summary>Reads a unit's configured working hours.</summary>
public static class UnitWorkingHours
{
    /// <summary>The working hours configured for <paramref name="unit"/>, or <c>null</c> for the default.</summary>
    /// <exception cref="FormatException">A period is not <c>HH:mm-HH:mm</c>.</exception>
    /// <exception cref="ArgumentException">Periods overlap or end before they start.</exception>
    public static WorkingHours? Of(UnitInfo unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.WorkingPeriods.Count == 0 && unit.WorkingDays.Count == 0)
        {
            return null;
        }

        var periods = unit.WorkingPeriods.Count == 0 ? WorkingHours.Default.Periods : [.. unit.WorkingPeriods.Select(TimeRange.Parse)];
        var days = unit.WorkingDays.Count == 0 ? WorkingHours.Default.Days : [.. unit.WorkingDays];
        return new WorkingHours(periods, days);
    }
}
