using System.Globalization;

namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>
/// Loads a holiday table from a folder of year files named <c>{yyyy}.json</c>; other files are ignored. All or
/// nothing: one bad file fails the whole load, so a half-edited folder never yields a half-right table.
/// </summary>
public static class HolidayTableLoader
{
    /// <summary>Reads every year file in <paramref name="folder"/>.</summary>
    /// <exception cref="HolidayDataException">The folder is missing or unreadable, or a file is invalid.</exception>
    public static HolidayTable LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new HolidayDataException($"Holiday folder '{folder}' does not exist.");
        }

        string[] paths;
        try
        {
            paths = Directory.GetFiles(folder, "*.json");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HolidayDataException($"Holiday folder '{folder}' cannot be listed: {e.Message}", e);
        }

        var years = new List<HolidayYear>();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (YearOf(path) is not { } year)
            {
                continue;
            }

            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new HolidayDataException($"Holiday file '{Path.GetFileName(path)}' cannot be read: {e.Message}", e) { FileName = Path.GetFileName(path) };
            }

            years.Add(HolidayYearParser.Parse(json, Path.GetFileName(path), year));
        }

        return new HolidayTable(years);
    }

    /// <summary>Reads one year file's text; <paramref name="fileName"/> is only used in error messages.</summary>
    /// <exception cref="HolidayDataException">The text is not a valid year file.</exception>
    public static HolidayYear ParseYear(string json, string fileName) => HolidayYearParser.Parse(json, fileName, expectedYear: null);

    private static int? YearOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length == 4 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }
}
