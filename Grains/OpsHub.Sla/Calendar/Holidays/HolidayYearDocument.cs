namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>The shape of one year's data file, as written by people; <see cref="HolidayYearParser"/> checks it.</summary>
internal sealed class HolidayYearDocument
{
    public int? Year { get; set; }

    public string? Status { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    public DeclaredDayDocument[]? Holidays { get; set; }

    public DeclaredDayDocument[]? WorkingDays { get; set; }
}
