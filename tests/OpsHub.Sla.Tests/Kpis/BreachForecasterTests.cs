using OpsHub.Sla.Kpis;
using static OpsHub.Sla.Tests.Kpis.ForecastFixture;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class BreachForecasterTests
{
    private const double Exact = 1e-9;

    [Fact]
    public void MissIsCertainWhenPastTheDueDate()
    {
        var forecast = Forecaster().Forecast(Now, [Dossier("A", due: "2026-11-20T15:00:00+07:00")], History([])).Dossiers.Single();

        forecast.MissProbability.ShouldBe(1);
        forecast.PredictedLate.ShouldBeTrue();
        forecast.TimeLeft.ShouldBe(TimeSpan.Zero);
        forecast.ReasonVi.ShouldBe("đã hết ngày hẹn trả");
    }

    [Fact]
    public void PausedDossierHasNoProbabilityWhenItsClockIsStopped()
    {
        var forecast = Forecaster().Forecast(Now, [Dossier("A", paused: true)], History([])).Dossiers.Single();

        forecast.MissProbability.ShouldBeNull();
        forecast.PredictedLate.ShouldBeFalse();
        forecast.ExpectedCompletion.ShouldBeNull();
    }

    [Fact]
    public void TimeLeftRunsToTheEndOfTheDueDateWhenTimelinessIsByDate()
    {
        // Due Monday 10:00: done by Monday's closing is still on time, so 09:00–11:30 and 13:30–17:00 are left.
        var forecast = Forecaster().Forecast(Now, [Dossier("A", due: "2026-11-23T10:00:00+07:00")], History([])).Dossiers.Single();

        forecast.TimeLeft.ShouldBe(TimeSpan.FromHours(6));
    }

    [Fact]
    public void SlowDossierCarriesItsPaceToLaterStepsWhenSlowerThanEveryRecentOne()
    {
        // Two hours in appraisal where every recent one took one: one more hour, then signature (budget 2 h) at twice the pace.
        var forecast = Forecaster().Forecast(Now, [Dossier("A")], History(Appraisals(1, 1, 1, 1, 1))).Dossiers.Single();

        forecast.ExpectedWork.ShouldBe(TimeSpan.FromHours(5));
        forecast.ExpectedCompletion.ShouldBe(Iso.Instant("2026-11-23T16:00:00+07:00"));

        // Spread: signature's half budget at twice the pace, 2 h; P = logistic(1.7 × (5 − 6) ÷ 2).
        forecast.MissProbability!.Value.ShouldBe(1 / (1 + Math.Exp(0.85)), Exact);
        forecast.PredictedLate.ShouldBeFalse();
        forecast.ReasonEn.ShouldBe("6 working hours left, about 5 needed; 0 dossiers ahead at step Thẩm định, capacity 0.1 dossiers/hour, 2 times slower than usual");
    }

    [Fact]
    public void RestOfStepComesFromRecentStepsThatTookLongerWhenSomeDid()
    {
        // Two hours in; the recent appraisals that took longer took three: one more hour, then signature's 2 h budget.
        var forecast = Forecaster().Forecast(Now, [Dossier("A")], History(Appraisals(1, 1, 1, 1, 1, 3, 3, 3, 3, 3))).Dossiers.Single();

        forecast.ExpectedWork.ShouldBe(TimeSpan.FromHours(3));
        forecast.PredictedLate.ShouldBeFalse();
    }

    [Fact]
    public void BacklogAheadMakesTheMissLikelyWhenTheQueueIsLong()
    {
        // Ten appraisals in the 34 working hours since Tuesday's opening; twenty dossiers entered appraisal before A.
        var ahead = Enumerable.Range(0, 20).Select(i => Dossier($"B{i:D2}", enteredAt: "2026-11-20T08:00:00+07:00"));
        var history = History(Appraisals(1, 1, 1, 1, 1, 3, 3, 3, 3, 3));

        var forecast = Forecaster().Forecast(Now, [Dossier("A"), .. ahead], history).Dossiers.Single(d => d.Code == "A");

        forecast.Ahead.ShouldBe(20);
        forecast.ExpectedWork.ShouldBe(TimeSpan.FromHours((20 / (10 / 34.0)) + 2), TimeSpan.FromSeconds(1));
        forecast.PredictedLate.ShouldBeTrue();
        forecast.ReasonVi.ShouldStartWith("còn 6 giờ làm việc, cần khoảng 70 giờ; 20 hồ sơ chờ trước ở bước Thẩm định, năng lực 0.3 hồ sơ/giờ");
    }

    [Fact]
    public void BacklogIsIgnoredWhenItsWeightIsZero()
    {
        var ahead = Enumerable.Range(0, 20).Select(i => Dossier($"B{i:D2}", enteredAt: "2026-11-20T08:00:00+07:00"));
        var forecaster = Forecaster(new BreachForecastOptions { BacklogWeight = 0 });

        var forecast = forecaster.Forecast(Now, [Dossier("A"), .. ahead], History(Appraisals(1, 1, 1, 1, 1, 3, 3, 3, 3, 3))).Dossiers.Single(d => d.Code == "A");

        forecast.ExpectedWork.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void LikeliestMissesComeFirstAndAreCountedWhenSeveral()
    {
        var unit = Forecaster().Forecast(
            Now,
            [Dossier("ONTIME", due: "2026-11-25T17:00:00+07:00"), Dossier("PAUSED", paused: true), Dossier("LATE", due: "2026-11-20T15:00:00+07:00")],
            History(Appraisals(1, 1, 1, 1, 1)));

        unit.Dossiers.Select(d => d.Code).ShouldBe(["LATE", "ONTIME", "PAUSED"]);
        unit.PredictedLateCount.ShouldBe(1);
        unit.PredictedLate.Single().Code.ShouldBe("LATE");
    }
}
