using OpsHub.Sla.Kpis;

namespace OpsHub.Cli.Tests.Forecast;

public sealed class ForecastEvaluationTests
{
    private const int Seed = 20261123;

    [Fact]
    public void PrecisionAndRecallComeFromRealCountsWhenReplayingSimulatedDays()
    {
        var evaluation = Evaluate(Seed);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report());

        evaluation.Open.ShouldBeGreaterThan(1_000);
        evaluation.Model.Total.ShouldBe(evaluation.Open - evaluation.Paused);
        evaluation.Baseline.Total.ShouldBe(evaluation.Model.Total);
        evaluation.Model.ActuallyLate.ShouldBe(evaluation.Baseline.ActuallyLate);
        evaluation.Model.ActuallyLate.ShouldBeGreaterThan(0);
        evaluation.Model.Recall.ShouldNotBeNull();
    }

    internal static ForecastEvaluation Evaluate(int seed, int weeks = 2, BreachForecastOptions? options = null)
    {
        // A week of warm-up so step histories are measured on a full queue; then every working day is scored.
        var model = TestData.Model(seed);
        var first = DateOnly.FromDateTime(TestData.Monday.DateTime);
        var stories = Enumerable.Range(0, 7 * weeks).SelectMany(d => model.Dossiers(first.AddDays(d))).ToList();
        var instants = ForecastReplay.Instants(first.AddDays(7), 5 * (weeks - 1));
        return new ForecastReplay(TestData.LongDien, TestData.Catalogue, options ?? new BreachForecastOptions()).Evaluate(stories, instants);
    }
}
