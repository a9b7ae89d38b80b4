using System.Globalization;

namespace OpsHub.Cli.Terminal;

/// <summary>Formats sizes, rates and durations for people.</summary>
internal static class Units
{
    /// <summary>A byte count as B, KB, MB or GB.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GB"),
    };

    /// <summary>A count per second of wall time.</summary>
    public static string Rate(long count, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{(elapsed > TimeSpan.Zero ? count / elapsed.TotalSeconds : 0):0.0}/s");

    /// <summary>A duration as h:mm:ss.</summary>
    public static string Duration(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours}:{value.Minutes:00}:{value.Seconds:00}");
}
