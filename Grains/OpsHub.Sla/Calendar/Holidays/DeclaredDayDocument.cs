namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>One entry of a year's data file.</summary>
internal sealed class DeclaredDayDocument
{
    public DateOnly? Date { get; set; }

    public string? NameVi { get; set; }

    public string? NameEn { get; set; }
}
