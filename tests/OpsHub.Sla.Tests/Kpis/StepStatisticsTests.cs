using OpsHub.Sla.Calendar;
using OpsHub.Sla.Kpis;
using static OpsHub.Sla.Tests.Kpis.ForecastFixture;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class StepStatisticsTests
{
    private static readonly OpsHub.Sla.Procedures.Procedure Capphep = Catalogue.Get(Procedure);

    [Fact]
    public void ThroughputIsCompletionsPerWorkingHourWhenEnoughSamples() =>
        History(Appraisals(1, 1, 1, 1, 1)).PerHour(Procedure, "THAMDINH").ShouldBe(5 / 34.0, 1e-9);

    [Fact]
    public void ThroughputIsZeroWhenFewerThanTheMinimumSamples() =>
        History(Appraisals(1, 1, 1, 1)).PerHour(Procedure, "THAMDINH").ShouldBe(0);

    [Fact]
    public void StepsFinishedBeforeTheWindowAreLeftOutWhenMeasuring()
    {
        var old = new StepSample(Procedure, "THAMDINH", Iso.Instant("2026-11-16T07:00:00+07:00"), Iso.Instant("2026-11-16T08:00:00+07:00"));

        History([.. Appraisals(2, 2, 2, 2), old]).DurationOf(Capphep, Capphep.Steps[0]).Samples.ShouldBe(0);
    }

    [Fact]
    public void DurationIsTheMedianWhenMeasured()
    {
        var duration = History(Appraisals(1, 1, 1, 2, 9)).DurationOf(Capphep, Capphep.Steps[0]);

        duration.Typical.ShouldBe(TimeSpan.FromHours(1));
        duration.Samples.ShouldBe(5);
    }

    [Fact]
    public void DurationIsTheShrunkBudgetWhenNotMeasured()
    {
        var duration = History([]).DurationOf(Capphep, Capphep.Steps[0], budgetScale: 0.5);

        duration.ShouldBe(new StepDuration(TimeSpan.FromHours(2), TimeSpan.FromHours(1), 0));
    }

    [Fact]
    public void DurationIsAShareOfTheAllowedTimeWhenSamplesCarryTheirs()
    {
        // Each took 2 h of a dossier allowed 8 h: a dossier allowed 4 h is expected to take 1 h.
        var samples = Appraisals(2, 2, 2, 2, 2).Select(s => s with { Allowed = TimeSpan.FromHours(8) });

        History(samples).DurationOf(Capphep, Capphep.Steps[0], allowed: TimeSpan.FromHours(4)).Typical.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void WorkCalendarDefaultIsUsedForTheWindowWhenMeasuring() =>
        WorkCalendar.Default.WorkingTimeBetween(Iso.Instant("2026-11-17T07:00:00+07:00"), Now).ShouldBe(TimeSpan.FromHours(34));
}
