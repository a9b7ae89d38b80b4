using Microsoft.Extensions.Logging;

namespace OpsHub.Storage.Embedded;

/// <summary>Log messages of the embedded server; event ids 2100–2119.</summary>
internal static partial class EmbeddedPostgresLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Initialising a new PostgreSQL cluster in {ClusterDirectory} with {BinDirectory}")]
    public static partial void InitializingCluster(this ILogger logger, string clusterDirectory, string binDirectory);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Starting embedded PostgreSQL on 127.0.0.1:{Port}")]
    public static partial void StartingServer(this ILogger logger, int port);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Embedded PostgreSQL ready on 127.0.0.1:{Port} after {ElapsedMilliseconds} ms")]
    public static partial void ServerReady(this ILogger logger, int port, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Removed a stale postmaster.pid left by process {Pid}")]
    public static partial void RemovedStaleLock(this ILogger logger, int pid);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Embedded PostgreSQL already running as process {Pid} on port {Port}; adopting it (it stops with this process)")]
    public static partial void ReusingRunningServer(this ILogger logger, int pid, int port);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Embedded PostgreSQL process {Pid} listens on port {RunningPort}, not {Port}; restarting it")]
    public static partial void RestartingOnOtherPort(this ILogger logger, int pid, int? runningPort, int port);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Waiting for {Count} leftover PostgreSQL processes of a killed server to exit")]
    public static partial void WaitingForLeftovers(this ILogger logger, int count);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "Created database {Database}")]
    public static partial void CreatedDatabase(this ILogger logger, string database);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Information, Message = "Stopping embedded PostgreSQL on port {Port}")]
    public static partial void StoppingServer(this ILogger logger, int port);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Information, Message = "Leaving the embedded PostgreSQL on port {Port} running: another process started it")]
    public static partial void LeavingServerRunning(this ILogger logger, int port);
}
