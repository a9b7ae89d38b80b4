using System.Globalization;

namespace OpsHub.Bench.Infrastructure;

/// <summary>A process's resident memory as Linux reports it (<c>/proc/{pid}/status</c>, VmRSS).</summary>
internal static class ProcessMemory
{
    public static double ResidentMiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kib, CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {pid}.");
    }

    /// <summary>The 1, 5 and 15 minute load averages of the machine.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
