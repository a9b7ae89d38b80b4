using System.Globalization;

namespace OpsHub.Storage.Embedded;

/// <summary>The PostgreSQL tools run against one cluster: initdb, the settings OpsHub owns, pg_ctl start and stop.</summary>
internal sealed class ClusterControl(PostgresBinaries binaries, ClusterLayout layout)
{
    private static readonly TimeSpan _stopTimeout = TimeSpan.FromSeconds(30);

    public PostgresBinaries Binaries => binaries;

    /// <summary>
    /// Creates the cluster: UTF8, C locale, superuser <see cref="EmbeddedPostgres.SuperUser"/> with the password from
    /// the password file (created owner-only if missing); passwords over TCP, the OS account over the Unix socket.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(layout.ClusterDirectory))
        {
            // No PG_VERSION: an initdb that never finished. Nothing in it is data.
            Directory.Delete(layout.ClusterDirectory, recursive: true);
        }

        layout.ReadOrCreatePassword();
        await binaries.GrantAsync([layout.Root], cancellationToken).ConfigureAwait(false);
        var result = await binaries.RunAsync(
            "initdb",
            [
                "--pgdata", layout.ClusterDirectory,
                "--username", EmbeddedPostgres.SuperUser,
                "--pwfile", layout.PasswordFile,
                "--encoding", "UTF8",
                "--locale", "C",
                "--auth-host", "scram-sha-256",
                "--auth-local", "peer",
            ],
            cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"initdb failed with exit code {result.ExitCode} for {layout.ClusterDirectory}:{Environment.NewLine}{result.Output}");
        }

        await File.AppendAllTextAsync(
            Path.Combine(layout.ClusterDirectory, "postgresql.conf"),
            $"{Environment.NewLine}# OpsHub: its own settings (listen address, port, socket folder, sizing), rewritten at every start.{Environment.NewLine}"
            + $"include_if_exists = '{ClusterLayout.SettingsFileName}'{Environment.NewLine}",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the settings OpsHub owns, at every start: loopback only, the port, the connection limit, the socket
    /// folder, and the cache and WAL sizes. Durability is untouched: every commit waits for its WAL flush.
    /// </summary>
    public async Task WriteSettingsAsync(PostgresOptions options, CancellationToken cancellationToken)
    {
        var port = options.Port;
        var socketDirectory = layout.SocketDirectory(port);
        var owned = new List<string> { layout.SettingsFile };
        if (socketDirectory.StartsWith(layout.Root, StringComparison.Ordinal))
        {
            Directory.CreateDirectory(socketDirectory);
            owned.Add(socketDirectory);
        }

        var settings = string.Join(
            Environment.NewLine,
            "# Written by OpsHub at every start of the embedded server; edits are overwritten.",
            "listen_addresses = '127.0.0.1'",
            string.Create(CultureInfo.InvariantCulture, $"port = {port}"),
            string.Create(CultureInfo.InvariantCulture, $"max_connections = {options.MaxConnections}"),
            $"unix_socket_directories = '{socketDirectory.Replace("'", "''", StringComparison.Ordinal)}'",
            "# Sizing (PostgresOptions).",
            string.Create(CultureInfo.InvariantCulture, $"shared_buffers = {options.SharedBuffersMegabytes}MB"),
            string.Create(CultureInfo.InvariantCulture, $"max_wal_size = {options.MaxWalSizeMegabytes}MB"),
            string.Empty);
        await File.WriteAllTextAsync(layout.SettingsFile, settings, cancellationToken).ConfigureAwait(false);
        await binaries.GrantAsync(owned, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the server and waits until it accepts connections; returns the postmaster's process id.</summary>
    public async Task<int?> StartAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waitSeconds = (int)Math.Ceiling(timeout.TotalSeconds);
        var result = await binaries.RunAsync(
            "pg_ctl",
            [
                "start", "--silent", "--wait",
                "--timeout", waitSeconds.ToString(CultureInfo.InvariantCulture),
                "--pgdata", layout.ClusterDirectory,
                "--log", layout.LogFile,
            ],
            cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"pg_ctl could not start PostgreSQL on 127.0.0.1:{port} (exit code {result.ExitCode}): {result.Output.Trim()}"
                + $"{Environment.NewLine}Last lines of {layout.LogFile}:{Environment.NewLine}{layout.LogTail()}");
        }

        return PostmasterLock.Read(layout.PidFile)?.Pid;
    }

    /// <summary>
    /// Stops the server if one is running: fast (open transactions are rolled back, a shutdown checkpoint is
    /// written); when that does not finish in time (a long checkpoint on a busy disk), immediate, leaving crash
    /// recovery from the WAL to the next start, which loses nothing committed.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(layout.PidFile))
        {
            return;
        }

        var result = await StopAsync("fast", cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded && File.Exists(layout.PidFile))
        {
            result = await StopAsync("immediate", cancellationToken).ConfigureAwait(false);
        }

        if (!result.Succeeded && File.Exists(layout.PidFile))
        {
            throw new InvalidOperationException(
                $"pg_ctl could not stop PostgreSQL in {layout.ClusterDirectory} (exit code {result.ExitCode}): {result.Output.Trim()}");
        }
    }

    private Task<CommandResult> StopAsync(string mode, CancellationToken cancellationToken) =>
        binaries.RunAsync(
            "pg_ctl",
            [
                "stop", "--silent", "--wait",
                "--mode", mode,
                "--timeout", ((int)_stopTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                "--pgdata", layout.ClusterDirectory,
            ],
            cancellationToken);
}
