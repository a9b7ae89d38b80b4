namespace OpsHub.Sla.Calendar;

/// <summary>The Asia/Ho_Chi_Minh time zone. Vietnam has kept UTC+7 without daylight saving since 1975.</summary>
public static class VietnamTime
{
    /// <summary>The IANA id of the zone.</summary>
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The zone, from the system's tz database, or a fixed UTC+7 zone where that database is missing.</summary>
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>The local calendar date of <paramref name="instant"/> in Vietnam.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
