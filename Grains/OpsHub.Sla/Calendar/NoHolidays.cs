namespace OpsHub.Sla.Calendar;

/// <summary>A holiday calendar that declares nothing: only the weekly pattern applies.</summary>
public sealed class NoHolidays : IHolidayCalendar
{
    /// <summary>The shared instance.</summary>
    public static NoHolidays Instance { get; } = new();

    private NoHolidays()
    {
    }

    /// <inheritdoc />
    public DayOverride? Find(DateOnly date) => null;
}
