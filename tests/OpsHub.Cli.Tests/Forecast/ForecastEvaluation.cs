using System.Globalization;
using System.Text;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>The breach forecast and the trivial baseline scored on the same dossiers.</summary>
/// <param name="Instants">Instants the forecast ran at.</param>
/// <param name="Open">Open dossiers seen over all instants (one dossier counts once per instant).</param>
/// <param name="Paused">Of those, paused (not forecast, left out of both scores).</param>
/// <param name="Threshold">The forecast's threshold: predicted late when P(miss) reaches it.</param>
/// <param name="Scored">Every forecast dossier.</param>
internal sealed record ForecastEvaluation(int Instants, int Open, int Paused, double Threshold, IReadOnlyList<ScoredDossier> Scored)
{
    /// <summary>The forecast at its threshold.</summary>
    public ConfusionCounts Model => At(Threshold);

    /// <summary>"Late when 75% or more of the allowed working time has elapsed".</summary>
    public ConfusionCounts Baseline => Scored.Aggregate(ConfusionCounts.Zero, (c, s) => c.Count(s.BaselineLate, s.IsLate));

    /// <summary>The forecast with another threshold.</summary>
    public ConfusionCounts At(double threshold) => Scored.Aggregate(ConfusionCounts.Zero, (c, s) => c.Count(s.MissProbability >= threshold, s.IsLate));

    public string Report()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder()
            .AppendLine(c, $"instants {Instants}, open dossiers {Open} (paused, not forecast: {Paused}), forecast {Scored.Count}, actually late {Model.ActuallyLate}")
            .AppendLine(c, $"forecast (P >= {Threshold}): {Model}")
            .AppendLine(c, $"baseline (elapsed >= 75%): {Baseline}");
        foreach (var t in new[] { 0.3, 0.7, 0.9 })
        {
            text.AppendLine(c, $"forecast (P >= {t}): {At(t)}");
        }

        return text.ToString();
    }
}
