using OpsHub.Grains.Abstractions.Alerts;
using Prometheus;

namespace OpsHub.Grains.Metrics;

/// <summary>
/// Alert figures for Prometheus. Raising is counted where alerts are stored; acknowledging, escalating and
/// delivering belong to the alerts feature, which calls the other methods. Labels are bounded: unit codes come
/// from the organisation, kinds from <see cref="AlertKind"/>, channels from <see cref="AlertChannels"/>.
/// </summary>
public sealed class AlertMetrics
{
    private readonly Counter _raised = Prometheus.Metrics.CreateCounter(
        "opshub_alerts_raised_total", "Alerts raised (each once per SLA cycle), by unit and kind.", "unit", "kind");

    private readonly Counter _acknowledged = Prometheus.Metrics.CreateCounter(
        "opshub_alerts_acknowledged_total", "Alerts acknowledged by a counter head, by unit and kind.", "unit", "kind");

    private readonly Counter _escalated = Prometheus.Metrics.CreateCounter(
        "opshub_alerts_escalated_total", "Alerts escalated because nobody acknowledged them in time, by unit and kind.", "unit", "kind");

    private readonly Counter _delivered = Prometheus.Metrics.CreateCounter(
        "opshub_alert_notifications_delivered_total", "Alert notifications delivered, by channel.", "channel");

    private readonly Counter _failed = Prometheus.Metrics.CreateCounter(
        "opshub_alert_notifications_failed_total", "Alert notifications that could not be delivered, by channel.", "channel");

    public AlertMetrics()
    {
        // The channels are a fixed set: their series exist at zero from the start, so a failure ratio is defined early.
        foreach (var channel in AlertChannels.All)
        {
            _delivered.WithLabels(channel);
            _failed.WithLabels(channel);
        }
    }

    public void Raised(string unitCode, AlertKind kind) => _raised.WithLabels(unitCode, Kind(kind)).Inc();

    public void Acknowledged(string unitCode, AlertKind kind) => _acknowledged.WithLabels(unitCode, Kind(kind)).Inc();

    public void Escalated(string unitCode, AlertKind kind) => _escalated.WithLabels(unitCode, Kind(kind)).Inc();

    public void Delivered(string channel) => _delivered.WithLabels(AlertChannels.Label(channel)).Inc();

    public void DeliveryFailed(string channel) => _failed.WithLabels(AlertChannels.Label(channel)).Inc();

    private static string Kind(AlertKind kind) => kind switch
    {
        AlertKind.DossierOverdue => "dossier_overdue",
        AlertKind.ElapsedWarning => "elapsed_warning",
        AlertKind.DueToday => "due_today",
        AlertKind.LateWithoutApology => "late_without_apology",
        AlertKind.StepOverdue => "step_overdue",
        AlertKind.WaitingWarning => "waiting_warning",
        AlertKind.WaitingCritical => "waiting_critical",
        AlertKind.CounterClosedWithQueue => "counter_closed_with_queue",
        _ => "other",
    };
}
