using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Silo.Health;
using Prometheus;

namespace OpsHub.Silo.Metrics;

/// <summary>
/// Measures the journal backlog every <see cref="MetricsOptions.BacklogInterval"/> for the ingest-lag gauges. A
/// timer of the host rather than a scrape callback, so a slow database never stalls <c>/metrics</c>.
/// </summary>
internal sealed partial class JournalBacklogMetrics(
    JournalBacklogReader backlog,
    TimeProvider time,
    IOptions<MetricsOptions> options,
    ILogger<JournalBacklogMetrics> logger) : BackgroundService
{
    private static readonly Gauge Pending = Prometheus.Metrics.CreateGauge(
        "opshub_ingest_pending_events", "Journaled events waiting to be applied (not counting those held for a receipt).");

    private static readonly Gauge OldestAge = Prometheus.Metrics.CreateGauge(
        "opshub_ingest_oldest_pending_age_seconds", "Age of the oldest journaled event waiting to be applied; 0 when none waits.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.BacklogInterval, time);
        try
        {
            do
            {
                await MeasureAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task MeasureAsync(CancellationToken cancellationToken)
    {
        try
        {
            var current = await backlog.ReadAsync(cancellationToken);
            Pending.Set(current.Pending);
            OldestAge.Set(current.OldestReceivedAt is { } oldest ? Math.Max(0, (time.GetUtcNow() - oldest).TotalSeconds) : 0);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            LogReadFailed(ex);
        }
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Reading the ingest journal backlog failed")]
    private partial void LogReadFailed(Exception exception);
}
