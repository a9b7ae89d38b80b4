using System.Globalization;

namespace OpsHub.Storage.Embedded;

/// <summary>
/// The folder holding a PostgreSQL server installation (initdb, pg_ctl, postgres) and how to run its tools:
/// PostgreSQL refuses to run as root, so a root process runs them as the <c>postgres</c> account through runuser.
/// </summary>
internal sealed class PostgresBinaries
{
    public const string ServerAccount = "postgres";

    private static readonly string[] _requiredTools = ["initdb", "pg_ctl", "postgres"];

    private static readonly string[] _runUserLocations = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"];

    private readonly string? _runUser;

    private PostgresBinaries(string directory, string? runUser)
    {
        Directory = directory;
        _runUser = runUser;
    }

    /// <summary>The folder the tools are run from.</summary>
    public string Directory { get; }

    /// <summary>The account the tools run as when the current process is root; otherwise <see langword="null"/>.</summary>
    public string? RunUser => _runUser;

    /// <summary>
    /// Finds the newest usable installation: first the folders on PATH, then the distributions' versioned
    /// folders (Debian's <c>/usr/lib/postgresql/N/bin</c>, RHEL's <c>/usr/pgsql-N/bin</c>), highest version first.
    /// </summary>
    public static PostgresBinaries Locate() => Locate(CandidateDirectories());

    /// <summary>The first of <paramref name="candidates"/> holding all three tools.</summary>
    internal static PostgresBinaries Locate(IEnumerable<string> candidates)
    {
        var searched = new List<string>();
        foreach (var candidate in candidates)
        {
            searched.Add(candidate);
            if (_requiredTools.All(tool => File.Exists(Path.Combine(candidate, tool))))
            {
                // PostgreSQL refuses to run as root; elsewhere (Windows administrators included) it runs as the current user.
                var runUser = Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows() ? ServerAccount : null;
                return new PostgresBinaries(candidate, runUser);
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found. Install the PostgreSQL server "
            + "package (on Debian: apt-get install postgresql) or set OpsHub:Postgres:ConnectionString to an existing "
            + "server. Searched: " + (searched.Count == 0 ? "(nothing)" : string.Join(", ", searched)) + ".");
    }

    /// <summary>Runs one of the installation's tools and collects its output; kills it when cancelled.</summary>
    public Task<CommandResult> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(Directory, tool);
        return _runUser is null
            ? ProcessRunner.RunAsync(executable, arguments, cancellationToken)
            : ProcessRunner.RunAsync(RunUserExecutable(), ["-u", _runUser, "--", executable, .. arguments], cancellationToken);
    }

    /// <summary>Hands a file or folder (recursively) to the server account, when tools run under one.</summary>
    public async Task GrantAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (_runUser is null)
        {
            return;
        }

        var result = await ProcessRunner.RunAsync("chown", ["-R", _runUser, .. paths], cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not give {string.Join(", ", paths)} to the '{_runUser}' account (does it exist?): {result.Output.Trim()}");
        }
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }

        foreach (var directory in VersionedDirectories("/usr/lib/postgresql", "*", name => name, "bin"))
        {
            yield return directory;
        }

        foreach (var directory in VersionedDirectories("/usr", "pgsql-*", name => name["pgsql-".Length..], "bin"))
        {
            yield return directory;
        }
    }

    /// <summary>The <paramref name="leaf"/> folders of the versioned folders under <paramref name="root"/>, newest version first.</summary>
    internal static IEnumerable<string> VersionedDirectories(string root, string pattern, Func<string, string> version, string leaf)
    {
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(root, pattern)
            .Select(directory => (Directory: directory, Version: ParseVersion(version(Path.GetFileName(directory)))))
            .Where(candidate => candidate.Version is not null)
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => Path.Combine(candidate.Directory, leaf));
    }

    private static Version? ParseVersion(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? new Version(major, 0)
            : Version.TryParse(text, out var version) ? version : null;

    private static string RunUserExecutable() =>
        _runUserLocations.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "PostgreSQL cannot run as root and 'runuser' (util-linux) was not found to run it as the 'postgres' account.");
}
