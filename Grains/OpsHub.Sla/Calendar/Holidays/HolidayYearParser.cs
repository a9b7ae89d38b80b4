using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>Reads and checks one year's data file; any fault becomes a <see cref="HolidayDataException"/> naming the file.</summary>
internal static class HolidayYearParser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static HolidayYear Parse(string json, string fileName, int? expectedYear)
    {
        HolidayYearDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<HolidayYearDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw Fault(fileName, $"is not valid holiday JSON: {e.Message}", e);
        }

        if (document is null)
        {
            throw Fault(fileName, "is empty.");
        }

        var year = document.Year ?? throw Fault(fileName, "has no \"year\".");
        if (expectedYear is { } expected && expected != year)
        {
            throw Fault(fileName, $"says year {year} but its name says {expected}.");
        }

        var status = ParseStatus(document.Status, fileName);
        if (string.IsNullOrWhiteSpace(document.Source))
        {
            throw Fault(fileName, "has no \"source\": say where the dates come from.");
        }

        if (document.Holidays is not { Length: > 0 })
        {
            throw Fault(fileName, "lists no holidays.");
        }

        var days = new List<DeclaredDay>();
        days.AddRange(document.Holidays.Select((d, i) => Day(d, DayOverride.Holiday, $"holidays[{i}]", year, fileName)));
        days.AddRange((document.WorkingDays ?? []).Select((d, i) => Day(d, DayOverride.WorkingDay, $"workingDays[{i}]", year, fileName)));

        var twice = days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Fault(fileName, $"lists {twice.Key:yyyy-MM-dd} more than once.");
        }

        return new HolidayYear(year, status, document.Source.Trim(), document.Note?.Trim(), [.. days.OrderBy(d => d.Date)]);
    }

    private static HolidayYearStatus ParseStatus(string? status, string fileName) => status?.Trim().ToUpperInvariant() switch
    {
        "DECLARED" => HolidayYearStatus.Declared,
        "PROVISIONAL" => HolidayYearStatus.Provisional,
        _ => throw Fault(fileName, $"has status \"{status}\"; expected \"declared\" or \"provisional\"."),
    };

    private static DeclaredDay Day(DeclaredDayDocument entry, DayOverride kind, string where, int year, string fileName)
    {
        var date = entry.Date ?? throw Fault(fileName, $"{where} has no date.");
        if (date.Year != year)
        {
            throw Fault(fileName, $"{where} {date:yyyy-MM-dd} is not in {year}.");
        }

        if (string.IsNullOrWhiteSpace(entry.NameVi) || string.IsNullOrWhiteSpace(entry.NameEn))
        {
            throw Fault(fileName, $"{where} {date:yyyy-MM-dd} needs both nameVi and nameEn.");
        }

        if (kind == DayOverride.WorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw Fault(fileName, $"{where} {date:yyyy-MM-dd} is a {date.DayOfWeek}; a swapped working day is a weekend day.");
        }

        return new DeclaredDay(date, kind, entry.NameVi.Trim(), entry.NameEn.Trim());
    }

    private static HolidayDataException Fault(string fileName, string problem, Exception? inner = null)
    {
        var message = $"Holiday file '{fileName}' {problem}";
        return inner is null
            ? new HolidayDataException(message) { FileName = fileName }
            : new HolidayDataException(message, inner) { FileName = fileName };
    }
}
