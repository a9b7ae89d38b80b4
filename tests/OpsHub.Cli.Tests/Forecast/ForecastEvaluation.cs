using System.Globalization;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>The breach forecast and the trivial baseline scored on the same dossiers.</summary>
/// <param name="Instants">Instants the forecast ran at.</param>
/// <param name="Open">Open dossiers seen over all instants (one dossier counts once per instant).</param>
/// <param name="Paused">Of those, paused (not forecast, left out of both scores).</param>
/// <param name="Model">The forecast: predicted late when P(miss) reaches the threshold.</param>
/// <param name="Baseline">"Late when 75% or more of the allowed working time has elapsed".</param>
internal sealed record ForecastEvaluation(int Instants, int Open, int Paused, ConfusionCounts Model, ConfusionCounts Baseline)
{
    public string Report() => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        instants {Instants}, open dossiers {Open} (paused, not forecast: {Paused}), actually late {Model.ActuallyLate}
        forecast: {Model}
        baseline (elapsed >= 75%): {Baseline}
        """);
}
