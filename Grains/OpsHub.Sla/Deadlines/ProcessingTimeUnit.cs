namespace OpsHub.Sla.Deadlines;

/// <summary>The unit a procedure's legal processing time is stated in.</summary>
public enum ProcessingTimeUnit
{
    /// <summary>Working days (ngày làm việc); one working day is a full day of the unit's working hours.</summary>
    WorkingDays = 1,

    /// <summary>Calendar days; the due date is the day the count lands on (the next working day when that is a day off), due at its closing.</summary>
    CalendarDays = 2,

    /// <summary>Working hours.</summary>
    WorkingHours = 3,
}
