using System.Globalization;
using OpsHub.Cli.Simulation;
using OpsHub.Sla.Kpis;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>
/// The breach forecast replayed over simulated weeks of Long Điền. The report (precision, recall, the counts behind
/// them, the baseline) is written to the test output; docs/kpis.md says how to run it for longer.
/// </summary>
public sealed class ForecastEvaluationTests
{
    private const int Seed = 20261123;

    [Fact]
    public void PrecisionAndRecallComeFromRealCountsWhenReplayingSimulatedDays()
    {
        var evaluation = Evaluate(Seed, Weeks(), new BreachForecastOptions { BacklogWeight = BacklogWeight() });
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report());

        evaluation.Open.ShouldBeGreaterThan(1_000);
        evaluation.Model.Total.ShouldBe(evaluation.Open - evaluation.Paused);
        evaluation.Baseline.Total.ShouldBe(evaluation.Model.Total);
        evaluation.Model.ActuallyLate.ShouldBe(evaluation.Baseline.ActuallyLate);
        evaluation.Model.ActuallyLate.ShouldBeGreaterThan(0);
        evaluation.Model.PredictedLate.ShouldBeGreaterThan(0);

        // Better than picking dossiers at random: its precision is above the share of dossiers that are late.
        evaluation.Model.Precision!.Value.ShouldBeGreaterThan((double)evaluation.Model.ActuallyLate / evaluation.Model.Total);
    }

    [Fact]
    public void TruthReadFromEventsAgreesWithTheSimulatorsPlanWhenReplayed()
    {
        var calendars = TestData.LongDien.Units.ToDictionary(u => u.Code, UnitCalendars.For, StringComparer.Ordinal);

        var stories = TestData.TenDays(Seed);
        var replayed = stories.Select(s => (s.Plan.Late, new ReplayedDossier(s, TestData.Catalogue.Get(s.Plan.ProcedureCode), calendars[s.Plan.UnitCode]).IsLate)).ToList();

        replayed.Count(r => r.Item2).ShouldBeGreaterThan(0);
        replayed.ShouldAllBe(r => r.Late == r.Item2);
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

    // For longer runs by hand (docs/kpis.md); the suite runs two weeks with the defaults.
    private static int Weeks() => int.TryParse(Environment.GetEnvironmentVariable("OPSHUB_FORECAST_WEEKS"), out var w) && w >= 2 ? w : 2;

    private static double BacklogWeight() =>
        double.TryParse(Environment.GetEnvironmentVariable("OPSHUB_FORECAST_BACKLOG_WEIGHT"), NumberStyles.Float, CultureInfo.InvariantCulture, out var b) ? b : 1;
}
