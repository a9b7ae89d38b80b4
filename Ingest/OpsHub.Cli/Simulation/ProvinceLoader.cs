using System.Text.Json;

namespace OpsHub.Cli.Simulation;

/// <summary>Reads and checks a province file; every error names the unit and the rule it breaks.</summary>
internal static class ProvinceLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the province file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing, malformed or breaks a rule.</exception>
    public static Province LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Province file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses a province file's text; <paramref name="fileName"/> is only used in messages.</summary>
    /// <exception cref="InvalidDataException">The text is malformed or breaks a rule.</exception>
    public static Province Parse(string json, string fileName)
    {
        Province? province;
        try
        {
            province = JsonSerializer.Deserialize<Province>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{fileName}: not a valid province file: {e.Message}", e);
        }

        if (province?.Units is not { Count: > 0 })
        {
            throw new InvalidDataException($"{fileName}: 'units' must list at least one unit.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in province.Units)
        {
            Check(unit, fileName, seen);
        }

        return province;
    }

    private static void Check(ProvinceUnit unit, string fileName, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(unit.Code) || !seen.Add(unit.Code))
        {
            throw new InvalidDataException($"{fileName}: unit code '{unit.Code}' is empty or listed twice.");
        }

        if (unit.Counters is not { Count: >= 1 and <= 100 })
        {
            throw new InvalidDataException($"{fileName}: unit {unit.Code}: 'counters' must list 1 to 100 counters (got {unit.Counters?.Count ?? 0}).");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var counter in unit.Counters)
        {
            if (string.IsNullOrWhiteSpace(counter.Code) || !codes.Add(counter.Code) || counter.Fields is not { Count: > 0 })
            {
                throw new InvalidDataException($"{fileName}: unit {unit.Code}: counter '{counter.Code}' is unnamed, listed twice or serves no field.");
            }
        }

        if (unit.DailyVolume is < 1 or > 10_000)
        {
            throw new InvalidDataException($"{fileName}: unit {unit.Code}: 'dailyVolume' must be from 1 to 10000 (got {unit.DailyVolume}).");
        }

        if (unit.OnlineShare is < 0 or > 1)
        {
            throw new InvalidDataException($"{fileName}: unit {unit.Code}: 'onlineShare' must be from 0 to 1 (got {unit.OnlineShare}).");
        }

        try
        {
            _ = UnitCalendars.HoursOf(unit);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{fileName}: unit {unit.Code}: 'workingPeriods' is invalid: {e.Message}", e);
        }
    }
}
