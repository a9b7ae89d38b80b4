namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>Which day joins 2 September as the second National Day holiday (Labour Code 2019, Art. 112).</summary>
public enum NationalDayAdjacentDay
{
    /// <summary>1 September.</summary>
    DayBefore = 1,

    /// <summary>3 September.</summary>
    DayAfter = 2,
}
