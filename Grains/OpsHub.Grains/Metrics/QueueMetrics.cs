using Prometheus;

namespace OpsHub.Grains.Metrics;

/// <summary>
/// Queue figures of one-stop shops, reported by the queue grains: people waiting and how long they waited
/// (called − issued or transferred). Labels: unit code and procedure field code (or <c>none</c>), both bounded by configuration.
/// </summary>
public sealed class QueueMetrics
{
    /// <summary>The field label of tickets issued for a counter rather than a field.</summary>
    public const string NoField = "none";

    private readonly Gauge _waiting = Prometheus.Metrics.CreateGauge(
        "opshub_queue_waiting_tickets", "Tickets issued and not yet called, by unit and field.", "unit", "field");

    private readonly Histogram _wait = Prometheus.Metrics.CreateHistogram(
        "opshub_queue_wait_seconds", "Time from a ticket's issue to its call at a counter, by unit and field.",
        new HistogramConfiguration { LabelNames = ["unit", "field"], Buckets = [60, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200] });

    public void SetWaiting(string unitCode, string fieldCode, int waiting) => _waiting.WithLabels(unitCode, fieldCode).Set(waiting);

    public void ObserveWait(string unitCode, string fieldCode, double seconds) => _wait.WithLabels(unitCode, fieldCode).Observe(seconds);
}
