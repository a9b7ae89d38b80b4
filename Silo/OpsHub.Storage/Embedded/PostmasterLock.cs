using System.Globalization;

namespace OpsHub.Storage.Embedded;

/// <summary>
/// Reads a cluster's <c>postmaster.pid</c> and tells a live server from a stale lock left by a killed one.
/// Relies on Linux's /proc: every process of a PostgreSQL server works with the cluster folder as its current directory.
/// </summary>
internal static class PostmasterLock
{
    /// <summary>The process id and port recorded in the lock file, or <see langword="null"/> when there is none.</summary>
    public static (int Pid, int? Port)? Read(string pidFile)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return (0, null);
        }

        int? port = lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return (pid, port);
    }

    /// <summary>Whether /proc can be used to find the cluster's processes.</summary>
    public static bool CanInspectProcesses => OperatingSystem.IsLinux() && Directory.Exists("/proc/self");

    /// <summary>Whether <paramref name="pid"/> is a live process working in <paramref name="clusterDirectory"/>.</summary>
    public static bool IsServerProcess(int pid, string clusterDirectory) =>
        pid > 0 && string.Equals(WorkingDirectoryOf(pid), clusterDirectory, StringComparison.Ordinal);

    /// <summary>
    /// Processes still working in the cluster folder: after the postmaster is killed its backends linger for a
    /// moment and still hold the shared memory, so a new server must wait for them.
    /// </summary>
    public static IReadOnlyList<int> ProcessesIn(string clusterDirectory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && IsServerProcess(pid, clusterDirectory))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    /// <summary>The path with every symbolic link resolved, as /proc reports working directories.</summary>
    public static string RealPath(string path) => RealPath(Path.GetFullPath(path), depth: 0);

    private static string RealPath(string fullPath, int depth)
    {
        const int MaxLinkDepth = 32;
        var resolved = Path.GetPathRoot(fullPath) ?? "/";
        foreach (var part in fullPath[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null && depth < MaxLinkDepth)
            {
                next = RealPath(Path.GetFullPath(target, resolved), depth + 1);
            }

            resolved = next;
        }

        return resolved;
    }

    private static string? WorkingDirectoryOf(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
