using System.Globalization;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// The crash harness's size, from the environment (<c>scripts/crash-harness.sh</c> sets it); without it, the short
/// version the test command runs: 3 kills, 300 dossiers, a fresh seed, bounded to 5 minutes of load.
/// </summary>
internal sealed record CrashHarnessSettings(int Kills, int Dossiers, int Seed, TimeSpan Bound, string? ReportFile)
{
    public static CrashHarnessSettings FromEnvironment() => new(
        Read("OPSHUB_CRASH_KILLS") ?? 3,
        Read("OPSHUB_CRASH_DOSSIERS") ?? 300,
        Read("OPSHUB_CRASH_SEED") ?? Random.Shared.Next(),
        TimeSpan.FromMinutes(Read("OPSHUB_CRASH_MINUTES") ?? 5),
        Environment.GetEnvironmentVariable("OPSHUB_CRASH_REPORT") is { Length: > 0 } file ? file : null);

    private static int? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
