namespace OpsHub.Bench.Infrastructure;

/// <summary>
/// Units added to the silo's organisation for the run. They work every day from 00:00 to 23:59 (Asia/Ho_Chi_Minh), so
/// working-time deadlines fall when the benchmark chooses, whatever the hour it runs at.
/// </summary>
internal static class BenchUnits
{
    /// <summary>Dossiers whose deadlines fall during the run (alerts, memory, restart).</summary>
    public const string Alerts = "BENCH-ALERT";

    /// <summary>The unit a SignalR client watches in the freshness scenario.</summary>
    public const string Live = "BENCH-LIVE";

    /// <summary>Dossiers sent by the ingest scenarios.</summary>
    public const string Load = "BENCH-LOAD";

    /// <summary>A procedure of the default catalogue.</summary>
    public const string Procedure = "HT-KHAISINH";

    /// <summary>appsettings.json lists this many units; the benchmark's are appended after them.</summary>
    private const int FirstIndex = 9;

    /// <summary>The length of the benchmark units' working day (00:00-23:59).</summary>
    public static readonly TimeSpan WorkingDay = TimeSpan.FromMinutes(1439);

    public static IEnumerable<KeyValuePair<string, string>> Settings()
    {
        string[] codes = [Alerts, Live, Load];
        for (var i = 0; i < codes.Length; i++)
        {
            var prefix = $"OpsHub:Organisation:Units:{FirstIndex + i}:";
            yield return new(prefix + "Code", codes[i]);
            yield return new(prefix + "Name", $"Benchmark unit {codes[i]}");
            yield return new(prefix + "Parent", "LD");
            yield return new(prefix + "Level", "Commune");
            yield return new(prefix + "WorkingPeriods:0", "00:00-23:59");
            for (var day = 0; day < 7; day++)
            {
                yield return new(prefix + $"WorkingDays:{day}", ((DayOfWeek)day).ToString());
            }
        }

        // Logs at Warning: the alert scenario raises hundreds of thousands of alerts, each logged at Information.
        yield return new("Logging:LogLevel:Default", "Warning");
        yield return new("Logging:LogLevel:OpsHub", "Warning");
    }
}
