namespace OpsHub.Bench.Infrastructure;

/// <summary>
/// Units added to the silo's organisation for the run. They work every day from 00:00 to 23:59 (Asia/Ho_Chi_Minh), so
/// working-time deadlines fall when the benchmark chooses, whatever the hour it runs at.
/// </summary>
internal static class BenchUnits
{
    /// <summary>Prefix of the units of dossiers whose deadlines fall during the run (alerts, memory, restart).</summary>
    public const string AlertsPrefix = "BENCH-A";

    /// <summary>The unit a SignalR client watches in the freshness scenario.</summary>
    public const string Live = "BENCH-LIVE";

    /// <summary>Prefix of the units of dossiers sent by the ingest scenarios.</summary>
    public const string LoadPrefix = "BENCH-L";

    /// <summary>Units of each kind: dossiers are spread over units and procedures as a province's are.</summary>
    public const int UnitsPerKind = 10;

    /// <summary>The procedures of the default catalogue (Grains/OpsHub.Sla/Data/procedures.json).</summary>
    private static readonly string[] _procedures =
    [
        "HT-KHAISINH", "HT-KETHON", "HT-KHAITU", "HT-NHANCHAMECON", "HT-KHAISINH-NHANCMC", "HT-GIAMHO", "HT-CHAMDUTGIAMHO",
        "HT-THAYDOI", "HT-TRICHLUC", "HT-XNTTHN", "HT-KHAISINH-LAI", "HT-KETHON-LAI", "CT-BANSAO", "CT-CHUKY", "CT-CHUKY-DICH",
        "CT-HOPDONG", "CT-DISAN", "CT-SUADOIHD", "DD-CAPGCN", "DD-CHUYENNHUONG", "DD-CAPDOI", "DD-CAPLAI", "DD-CHUYENMDSD",
        "DD-HOAGIAI", "KD-HOKINHDOANH", "KD-HKD-THAYDOI", "KD-HKD-TAMNGUNG", "KD-HKD-CHAMDUT", "KD-RUOU", "TP-LYLICH",
        "TP-THULAOHGV", "TP-CONGNHANTTV", "XD-GIAYPHEP", "XD-GIAHAN", "XD-CAPLAI", "LDXH-TROCAP", "LDXH-MAITANG",
        "LDXH-NGUOICOCONG", "CU-THUONGTRU", "CU-TAMTRU",
    ];

    /// <summary>The length of the benchmark units' working day (00:00-23:59).</summary>
    public static readonly TimeSpan WorkingDay = TimeSpan.FromMinutes(1439);

    public static string AlertUnit(long dossier) => Unit(AlertsPrefix, dossier);

    public static string LoadUnit(long dossier) => Unit(LoadPrefix, dossier);

    /// <summary>Dossier n's procedure: with its unit, one of 400 (unit, procedure) pairs.</summary>
    public static string Procedure(long dossier) => _procedures[dossier / UnitsPerKind % _procedures.Length];

    /// <summary>The benchmark's units, appended after the <paramref name="firstIndex"/> units appsettings.json lists, and its log levels.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(int firstIndex)
    {
        string[] codes = [Live, .. Enumerable.Range(0, UnitsPerKind).SelectMany(i => new[] { Unit(AlertsPrefix, i), Unit(LoadPrefix, i) })];
        for (var i = 0; i < codes.Length; i++)
        {
            var prefix = $"OpsHub:Organisation:Units:{firstIndex + i}:";
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

    /// <summary>How many units the silo's appsettings.json lists, so the benchmark's are added after them, not over them.</summary>
    public static int ConfiguredUnits(string appSettingsFile)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(appSettingsFile), new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.GetProperty("OpsHub").GetProperty("Organisation").GetProperty("Units").GetArrayLength();
    }

    private static string Unit(string prefix, long dossier) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{dossier % UnitsPerKind:D2}");
}
