using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Tests.Kpis;

/// <summary>A one-procedure catalogue (appraisal 4 h, signature 2 h) and helpers for breach forecast tests.</summary>
internal static class ForecastFixture
{
    public const string Procedure = "TEST-CAPPHEP";

    /// <summary>Monday 23/11/2026 09:00: two working hours into the day.</summary>
    public static readonly DateTimeOffset Now = Iso.Instant("2026-11-23T09:00:00+07:00");

    public static ProcedureCatalogue Catalogue { get; } = new(
        "test",
        [new ProcedureField("TEST", "Thử nghiệm")],
        [
            new Procedure
            {
                Code = Procedure,
                NameVi = "Cấp phép thử",
                FieldCode = "TEST",
                Level = AuthorityLevel.Commune,
                LegalBasis = "test",
                ProcessingTime = ProcessingTime.WorkingDays(2),
                PauseMode = PauseMode.Resume,
                Steps =
                [
                    new ProcedureStep("THAMDINH", "Thẩm định", ProcessingTime.WorkingHours(4), "Tư pháp"),
                    new ProcedureStep("KY", "Trình ký", ProcessingTime.WorkingHours(2), "Lãnh đạo"),
                ],
            },
        ]);

    public static BreachForecaster Forecaster(BreachForecastOptions? options = null) =>
        new(WorkCalendar.Default, Catalogue, options ?? new BreachForecastOptions());

    /// <summary>Received Friday 07:00, due Monday 17:00 (16 working hours), in appraisal since Monday 07:00.</summary>
    public static ForecastDossier Dossier(string code, string? step = "THAMDINH", string enteredAt = "2026-11-23T07:00:00+07:00", bool paused = false, string due = "2026-11-23T17:00:00+07:00") =>
        new(code, Procedure, Iso.Instant("2026-11-20T07:00:00+07:00"), Iso.Instant(due), step, Iso.Instant(enteredAt), paused);

    /// <summary>Appraisals finished on Wednesday 18/11 (inside the five-working-day window), each taking <paramref name="hours"/>.</summary>
    public static IEnumerable<StepSample> Appraisals(params double[] hours) => hours.Select(h =>
    {
        var entered = Iso.Instant("2026-11-18T07:00:00+07:00");
        return new StepSample(Procedure, "THAMDINH", entered, WorkCalendar.Default.AddWorkingTime(entered, TimeSpan.FromHours(h)));
    });

    public static StepStatistics History(IEnumerable<StepSample> samples) =>
        StepStatistics.Measure(samples, Now, WorkCalendar.Default, new BreachForecastOptions());
}
