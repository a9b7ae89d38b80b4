namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>A holiday data file that cannot be read or breaks a rule; the message says which file and why.</summary>
public sealed class HolidayDataException : Exception
{
    public HolidayDataException()
    {
    }

    public HolidayDataException(string message)
        : base(message)
    {
    }

    public HolidayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file at fault, when one is known.</summary>
    public string? FileName { get; init; }
}
