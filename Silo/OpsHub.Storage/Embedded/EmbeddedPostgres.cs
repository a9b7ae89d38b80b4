using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsHub.Storage.Embedded;

/// <summary>
/// A private PostgreSQL server for OpsHub, run from the machine's PostgreSQL installation with its data in
/// <see cref="PostgresOptions.DataDirectory"/>, listening on 127.0.0.1 only. The first start creates the cluster
/// (initdb, UTF8, superuser <c>postgres</c> with a random password kept owner-only in the data folder) and the
/// <see cref="DatabaseName"/> database; later starts reuse the data, also after the server was killed.
/// Used when <see cref="PostgresOptions.ConnectionString"/> is not set. When the process runs as root, the
/// server runs as the <c>postgres</c> account, which then owns the data folder.
/// </summary>
public sealed class EmbeddedPostgres(IOptions<PostgresOptions> options, ILogger<EmbeddedPostgres> logger, TimeProvider timeProvider)
    : IAsyncDisposable
{
    /// <summary>The database OpsHub works in.</summary>
    public const string DatabaseName = "opshub";

    /// <summary>The server's superuser role.</summary>
    public const string SuperUser = "postgres";

    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan _disposeTimeout = TimeSpan.FromMinutes(2);

    private readonly PostgresOptions _options = Validated(options.Value);
    private readonly ClusterLayout _layout = new(options.Value.DataDirectory);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ClusterControl? _control;
    private int? _startedPid;

    /// <summary>The data folder, as a full path.</summary>
    public string DataDirectory => _layout.Root;

    /// <summary>The PostgreSQL cluster folder (PGDATA) inside <see cref="DataDirectory"/>.</summary>
    public string ClusterDirectory => _layout.ClusterDirectory;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port => _options.Port;

    /// <summary>The connection string to <see cref="DatabaseName"/> while the server is started; otherwise <see langword="null"/>.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>
    /// Starts the server (initialising it the first time) unless it already runs, waits until it accepts
    /// connections and returns the connection string to <see cref="DatabaseName"/>.
    /// </summary>
    /// <exception cref="TimeoutException">The server was not ready within <see cref="PostgresOptions.StartTimeout"/>.</exception>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or initdb or pg_ctl failed.</exception>
    public async Task<string> StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ConnectionString is not null)
            {
                return ConnectionString;
            }

            using var timeout = new CancellationTokenSource(_options.StartTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                ConnectionString = await StartCoreAsync(linked.Token).ConfigureAwait(false);
                return ConnectionString;
            }
            catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Embedded PostgreSQL was not ready on 127.0.0.1:{Port} within {_options.StartTimeout}. "
                    + $"Last lines of {_layout.LogFile}:{Environment.NewLine}{_layout.LogTail()}",
                    ex);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops the server this instance started (pg_ctl stop -m fast). A server found already running at start,
    /// or one started since by someone else, is left running.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ConnectionString is null)
            {
                return;
            }

            // Pooled connections die with the server; drop them so a restarted server is not met with dead ones.
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            ConnectionString = null;
            var running = PostmasterLock.Read(_layout.PidFile);
            if (_control is null || _startedPid is null || running?.Pid != _startedPid)
            {
                if (running is not null)
                {
                    logger.LeavingServerRunning(Port);
                }

                return;
            }

            _startedPid = null;
            logger.StoppingServer(Port);
            await _control.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server if this instance started it.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(_disposeTimeout, timeProvider);
        await StopAsync(timeout.Token).ConfigureAwait(false);
    }

    private async Task<string> StartCoreAsync(CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetTimestamp();
        _control ??= new ClusterControl(PostgresBinaries.Locate(), _layout);
        Directory.CreateDirectory(_layout.Root);
        if (!_layout.IsInitialized)
        {
            logger.InitializingCluster(_layout.ClusterDirectory, _control.Binaries.Directory);
            await _control.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!File.Exists(_layout.PasswordFile))
        {
            throw new InvalidOperationException(
                $"The cluster in {_layout.ClusterDirectory} exists but its password file {_layout.PasswordFile} is missing; "
                + "restore it or delete the data folder to start afresh.");
        }

        var password = _layout.ReadOrCreatePassword();
        await _control.WriteSettingsAsync(_options, cancellationToken).ConfigureAwait(false);
        if (!await ReuseOrClearLockAsync(_control, cancellationToken).ConfigureAwait(false))
        {
            logger.StartingServer(Port);
            _startedPid = await _control.StartAsync(Port, _options.StartTimeout, cancellationToken).ConfigureAwait(false);
        }

        var admin = ServerConnection.Build(Port, password, SuperUser, pooling: false);
        await ServerConnection.WaitUntilReadyAsync(admin, timeProvider, cancellationToken).ConfigureAwait(false);
        if (await ServerConnection.EnsureDatabaseAsync(admin, DatabaseName, cancellationToken).ConfigureAwait(false))
        {
            logger.CreatedDatabase(DatabaseName);
        }

        var elapsed = timeProvider.GetElapsedTime(startedAt);
        logger.ServerReady(Port, (long)elapsed.TotalMilliseconds);
        return ServerConnection.Build(Port, password, DatabaseName, pooling: true);
    }

    /// <summary>
    /// Deals with an existing postmaster.pid: true when a live server of this cluster already listens on the
    /// configured port; otherwise clears the way for a fresh start (a kill -9 leaves a stale lock behind).
    /// </summary>
    private async Task<bool> ReuseOrClearLockAsync(ClusterControl control, CancellationToken cancellationToken)
    {
        if (PostmasterLock.Read(_layout.PidFile) is not { } existing || !PostmasterLock.CanInspectProcesses)
        {
            // Without /proc, PostgreSQL judges its own lock file; it too removes one whose process is gone.
            return false;
        }

        var cluster = PostmasterLock.RealPath(_layout.ClusterDirectory);
        if (PostmasterLock.IsServerProcess(existing.Pid, cluster))
        {
            if (existing.Port == Port)
            {
                // A server left behind by an OpsHub that was killed: adopt it, so this process stops it at the end.
                // Two OpsHub processes sharing one embedded data folder is not supported; give the second one the
                // first's connection string instead.
                logger.ReusingRunningServer(existing.Pid, Port);
                _startedPid = existing.Pid;
                return true;
            }

            logger.RestartingOnOtherPort(existing.Pid, existing.Port, Port);
            await control.StopAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        // The postmaster is gone; its backends notice within moments and exit, releasing the shared memory.
        var leftovers = PostmasterLock.ProcessesIn(cluster);
        if (leftovers.Count > 0)
        {
            logger.WaitingForLeftovers(leftovers.Count);
            while (PostmasterLock.ProcessesIn(cluster).Count > 0)
            {
                await Task.Delay(_pollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        // No process works in the cluster any more, so the lock is stale even if its pid now names another process.
        File.Delete(_layout.PidFile);
        logger.RemovedStaleLock(existing.Pid);
        return false;
    }

    private static PostgresOptions Validated(PostgresOptions options)
    {
        var result = new PostgresOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(PostgresOptions), result.Failures) : options;
    }
}
