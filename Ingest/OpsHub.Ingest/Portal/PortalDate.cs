using System.Globalization;

namespace OpsHub.Ingest.Portal;

/// <summary>The portal's dates: <c>yyyyMMddHHmmss</c>, local time in Asia/Ho_Chi_Minh, which has been UTC+7 without daylight saving since 1975.</summary>
public static class PortalDate
{
    /// <summary>The format, for messages and for formatting ids.</summary>
    public const string Format = "yyyyMMddHHmmss";

    /// <summary>Vietnam's offset.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Parses <paramref name="text"/> as a portal date, or returns <c>null</c>.</summary>
    public static DateTimeOffset? TryParse(string text)
    {
        if (text.Length != Format.Length
            || !DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year < 2000 || local.Year > 2099)
        {
            return null;
        }

        return new DateTimeOffset(local, Offset);
    }

    /// <summary>Formats <paramref name="instant"/> as the portal would, in UTC+7.</summary>
    public static string ToText(DateTimeOffset instant) => instant.ToOffset(Offset).ToString(Format, CultureInfo.InvariantCulture);
}
