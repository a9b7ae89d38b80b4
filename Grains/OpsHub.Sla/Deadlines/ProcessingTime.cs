using System.Text.Json.Serialization;

namespace OpsHub.Sla.Deadlines;

/// <summary>A procedure's processing time: an amount and its unit.</summary>
public readonly record struct ProcessingTime
{
    // Without the attribute System.Text.Json builds a struct through its implicit parameterless constructor and,
    // the properties being get-only, silently reads every processing time back as 0 of unit 0.
    [JsonConstructor]
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
