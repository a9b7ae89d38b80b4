using OpsHub.Sla.Clock;
using Prometheus;

namespace OpsHub.Grains.Metrics;

/// <summary>
/// Completed dossiers by timeliness, counted by the dossier grain when its clock first records a completion.
/// Labels: unit code, procedure field code, and timeliness (early, on_time, late).
/// </summary>
public sealed class SlaMetrics
{
    private readonly Counter _completed = Prometheus.Metrics.CreateCounter(
        "opshub_sla_completed_total", "Dossiers completed (decided or returned), by unit, field and timeliness against the original due date.",
        "unit", "field", "timeliness");

    public void Completed(string unitCode, string fieldCode, CompletionTiming timing) =>
        _completed.WithLabels(unitCode, fieldCode, Timeliness(timing)).Inc();

    private static string Timeliness(CompletionTiming timing) => timing switch
    {
        CompletionTiming.Early => "early",
        CompletionTiming.OnTime => "on_time",
        _ => "late",
    };
}
