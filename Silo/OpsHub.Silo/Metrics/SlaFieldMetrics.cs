using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Grains.Units;
using Prometheus;

namespace OpsHub.Silo.Metrics;

/// <summary>
/// Dossiers open, paused, due soon and overdue by unit and procedure field, summed from the unit ledger every
/// <see cref="MetricsOptions.SlaInterval"/>. The figures are the whole cluster's (every silo reports the same), so
/// dashboards take <c>max by (unit, field)</c>. A pair that empties is reported as zero rather than dropped.
/// </summary>
internal sealed partial class SlaFieldMetrics(
    IUnitLedger ledger,
    TimeProvider time,
    IOptions<MetricsOptions> options,
    ILogger<SlaFieldMetrics> logger) : BackgroundService
{
    private static readonly Gauge Open = Create("opshub_sla_open_dossiers", "Dossiers in progress (including paused), by unit and field.");
    private static readonly Gauge Paused = Create("opshub_sla_paused_dossiers", "Dossiers whose clock is paused (supplement, payment, stopped), by unit and field.");
    private static readonly Gauge DueSoon = Create("opshub_sla_due_soon_dossiers", "Dossiers in progress with an early warning or due today raised and not overdue, by unit and field.");
    private static readonly Gauge Overdue = Create("opshub_sla_overdue_dossiers", "Dossiers in progress past their due instant, by unit and field.");

    private readonly HashSet<(string Unit, string Field)> _reported = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SlaInterval, time);
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
        IReadOnlyList<FieldCounts> counts;
        try
        {
            counts = await ledger.CountsByFieldAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            LogReadFailed(ex);
            return;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var c in counts)
        {
            Set(c.UnitCode, c.FieldCode, c.Open, c.Paused, c.DueSoon, c.Overdue);
            seen.Add((c.UnitCode, c.FieldCode));
        }

        foreach (var (unit, field) in _reported.Except(seen))
        {
            Set(unit, field, 0, 0, 0, 0);
        }

        _reported.UnionWith(seen);
    }

    private static void Set(string unit, string field, int open, int paused, int dueSoon, int overdue)
    {
        Open.WithLabels(unit, field).Set(open);
        Paused.WithLabels(unit, field).Set(paused);
        DueSoon.WithLabels(unit, field).Set(dueSoon);
        Overdue.WithLabels(unit, field).Set(overdue);
    }

    private static Gauge Create(string name, string help) => Prometheus.Metrics.CreateGauge(name, help, "unit", "field");

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Summing the SLA gauges from the unit ledger failed")]
    private partial void LogReadFailed(Exception exception);
}
