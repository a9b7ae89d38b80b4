using OpsHub.Grains.Abstractions.Units;
using OpsHub.Grains.Units;
using Prometheus;

namespace OpsHub.Silo.Metrics;

/// <summary>Unit figures as Prometheus gauges, labelled by unit code only (a bounded set).</summary>
internal sealed class PrometheusUnitMetrics : IUnitMetrics
{
    private static readonly Gauge Open = Prometheus.Metrics.CreateGauge(
        "opshub_dossiers_open", "Dossiers in progress, by unit.", new GaugeConfiguration { LabelNames = ["unit"] });

    private static readonly Gauge Overdue = Prometheus.Metrics.CreateGauge(
        "opshub_dossiers_overdue", "Dossiers in progress past their due instant, by unit.", new GaugeConfiguration { LabelNames = ["unit"] });

    public void Publish(UnitSnapshot snapshot)
    {
        Open.WithLabels(snapshot.UnitCode).Set(snapshot.Open);
        Overdue.WithLabels(snapshot.UnitCode).Set(snapshot.Overdue);
    }

    public void Withdraw(string unitCode)
    {
        Open.RemoveLabelled(unitCode);
        Overdue.RemoveLabelled(unitCode);
    }
}
