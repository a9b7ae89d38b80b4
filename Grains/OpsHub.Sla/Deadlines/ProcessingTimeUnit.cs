namespace OpsHub.Sla.Deadlines;

/// <summary>The unit a procedure's legal processing time is stated in.</summary>
public enum ProcessingTimeUnit
{
    /// <summary>Working days (ngày làm việc); one working day is a full day of the unit's working hours.</summary>
    WorkingDays = 1,

    /// <summary>Calendar days; a due date landing on a day off moves to the next working day.</summary>
    CalendarDays = 2,

    /// <summary>Working hours.</summary>
    WorkingHours = 3,
}
