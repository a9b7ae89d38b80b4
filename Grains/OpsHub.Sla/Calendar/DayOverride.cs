namespace OpsHub.Sla.Calendar;

/// <summary>How a declared date departs from the weekly working pattern.</summary>
public enum DayOverride
{
    /// <summary>A day off on what would be a working day (public holiday, bridge day).</summary>
    Holiday = 1,

    /// <summary>A working day on what would be a weekend (a swapped day, "làm bù").</summary>
    WorkingDay = 2,
}
