namespace OpsHub.Sla.Tests.Calendar.Holidays;

/// <summary>Small valid year files for tests.</summary>
internal static class HolidayJson
{
    /// <summary>A declared year with one holiday and, optionally, one swapped working day.</summary>
    public static string Year(int year, string holiday, string? workingDay = null) => $$"""
        {
          "year": {{year}},
          "status": "declared",
          "source": "test",
          "holidays": [ { "date": "{{holiday}}", "nameVi": "Ngày nghỉ", "nameEn": "Day off" } ],
          "workingDays": [{{(workingDay is null ? string.Empty : $$"""{ "date": "{{workingDay}}", "nameVi": "Làm bù", "nameEn": "Make-up day" }""")}}]
        }
        """;
}
