namespace OpsHub.Sla.Deadlines;

/// <summary>A procedure's processing time: an amount and its unit.</summary>
public readonly record struct ProcessingTime
{
    public ProcessingTime(decimal amount, ProcessingTimeUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown processing time unit.");
        }

        Amount = amount;
        Unit = unit;
    }

    public decimal Amount { get; }

    public ProcessingTimeUnit Unit { get; }

    public static ProcessingTime WorkingDays(decimal days) => new(days, ProcessingTimeUnit.WorkingDays);

    public static ProcessingTime WorkingHours(decimal hours) => new(hours, ProcessingTimeUnit.WorkingHours);

    public static ProcessingTime CalendarDays(decimal days) => new(days, ProcessingTimeUnit.CalendarDays);
}
