using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>The breach forecast of a unit and the units below it.</summary>
/// <param name="At">When it was computed.</param>
/// <param name="Open">Open dossiers considered.</param>
/// <param name="Paused">Of those, paused (their due dates will move, so they are not forecast).</param>
/// <param name="PredictedLate">How many are predicted to miss their due date.</param>
/// <param name="Likeliest">The likeliest misses, most probable first (at most a screenful).</param>
[GenerateSerializer, Immutable, Alias("opshub.breach-forecast")]
public sealed record BreachForecastView(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Open,
    [property: Id(2)] int Paused,
    [property: Id(3)] int PredictedLate,
    [property: Id(4)] ImmutableArray<PredictedBreach> Likeliest)
{
    public static BreachForecastView None(DateTimeOffset at) => new(at, 0, 0, 0, []);
}
