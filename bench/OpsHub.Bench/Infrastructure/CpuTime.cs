using System.Globalization;

namespace OpsHub.Bench.Infrastructure;

/// <summary>
/// CPU time as Linux counts it: one process's (<c>/proc/{pid}/stat</c>, user + system) and the whole machine's busy
/// time (<c>/proc/stat</c>: user, nice, system, irq and softirq; not idle, iowait, time stolen by the hypervisor, or
/// guest time, which user and nice already include), in seconds. Divided by the events of a run, they give its cost per
/// event, which varies less from run to run on a shared machine than its rate does.
/// </summary>
internal static class CpuTime
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the bench runs on

    public static double ProcessSeconds(int pid)
    {
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>
    /// A process and all its children, living (their own time) and exited (the time the kernel added to
    /// <paramref name="pid"/>'s cutime and cstime when it reaped them): for PostgreSQL's postmaster, the whole server.
    /// </summary>
    public static double TreeSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
        foreach (var child in Children(pid))
        {
            try
            {
                ticks += (long)Math.Round(ProcessSeconds(child) * TicksPerSecond);
            }
            catch (IOException)
            {
                // Exited meanwhile: its time is now the parent's cutime, read before; lost for this sample only.
            }
        }

        return ticks / TicksPerSecond;
    }

    private static IEnumerable<int> Children(int pid)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(task, "children"));
            }
            catch (IOException)
            {
                continue;
            }

            foreach (var child in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return int.Parse(child, CultureInfo.InvariantCulture);
            }
        }
    }

    public static double MachineBusySeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / TicksPerSecond;
    }
}
