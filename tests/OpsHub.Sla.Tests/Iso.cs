using System.Globalization;

namespace OpsHub.Sla.Tests;

/// <summary>ISO 8601 text to dates and instants, independent of the machine's culture.</summary>
internal static class Iso
{
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
