using System.Globalization;

namespace OpsHub.Dashboard.Components.Wall;

/// <summary>How the wall writes numbers, shares and instants: vi-VN, dd/MM/yyyy, Vietnam time.</summary>
internal static class WallFormat
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(long? value) => value?.ToString("N0", Vietnamese) ?? "—";

    public static string Decimal(double value) => value.ToString("0.#", Vietnamese);

    public static string Percent(double? rate, bool english) => rate is { } r ? r.ToString("P1", Vietnamese) : WallText.Get("not-measured", english);

    /// <summary>"24/11 15:00", or "24/11/2027 15:00" outside the current year.</summary>
    public static string Instant(DateTimeOffset at, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(at, VietnamZone.Zone);
        return local.ToString(local.Year == TimeZoneInfo.ConvertTime(now, VietnamZone.Zone).Year ? "dd/MM HH:mm" : "dd/MM/yyyy HH:mm", Vietnamese);
    }

    public static string Minutes(TimeSpan span, bool english) => string.Format(Vietnamese, WallText.Get("minutes", english), (int)span.TotalMinutes);
}
