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

    internal static ForecastEvaluation Evaluate(int seed)
    {
        var stories = TestData.TenDays(seed);
        var firstDay = DateOnly.FromDateTime(TestData.Monday.DateTime).AddDays(7);
        return new ForecastReplay(TestData.LongDien, TestData.Catalogue, new BreachForecastOptions()).Evaluate(stories, ForecastReplay.Instants(firstDay, 5));
    }
}
