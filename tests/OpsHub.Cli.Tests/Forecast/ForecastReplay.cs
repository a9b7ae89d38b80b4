using OpsHub.Cli.Simulation;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>
/// Replays simulated dossiers: at each instant, per unit, forecasts the open dossiers from what was known then (their
/// state and the steps finished before), and scores the forecast against which of them were completed late.
/// </summary>
internal sealed class ForecastReplay(Province province, ProcedureCatalogue catalogue, BreachForecastOptions options)
{
    private const double BaselineElapsed = 0.75;

    public ForecastEvaluation Evaluate(IEnumerable<DossierStory> stories, IReadOnlyList<DateTimeOffset> instants, Action<BreachForecast, bool>? observe = null)
    {
        var calendars = province.Units.ToDictionary(u => u.Code, UnitCalendars.For, StringComparer.Ordinal);
        var byUnit = stories
            .Select(s => new ReplayedDossier(s, catalogue.Get(s.Plan.ProcedureCode), calendars[s.Plan.UnitCode]))
            .GroupBy(d => d.UnitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var (open, paused) = (0, 0);
        var scored = new List<ScoredDossier>();
        foreach (var at in instants)
        {
            foreach (var (unit, dossiers) in byUnit)
            {
                var calendar = calendars[unit];
                var history = StepStatistics.Measure(dossiers.SelectMany(d => d.Samples()).Where(s => s.FinishedAt < at), at, calendar, options);
                var now = dossiers.Where(d => d.IsOpenAt(at)).ToDictionary(d => d.Code, StringComparer.Ordinal);
                var forecast = new BreachForecaster(calendar, catalogue, options).Forecast(at, [.. now.Values.Select(d => d.At(at))], history);
                foreach (var f in forecast.Dossiers)
                {
                    open++;
                    if (f.MissProbability is null)
                    {
                        paused++;
                        continue;
                    }

                    var dossier = now[f.Code];
                    observe?.Invoke(f, dossier.IsLate);
                    scored.Add(new ScoredDossier(f.MissProbability.Value, Elapsed(dossier, at, calendar) >= BaselineElapsed, dossier.IsLate));
                }
            }
        }

        return new ForecastEvaluation(instants.Count, open, paused, options.Threshold, scored);
    }

    /// <summary>Two instants (09:00 and 15:00) on each working day from <paramref name="first"/> for <paramref name="days"/> working days.</summary>
    public static IReadOnlyList<DateTimeOffset> Instants(DateOnly first, int days)
    {
        var calendar = UnitCalendars.Default;
        var result = new List<DateTimeOffset>();
        for (var day = calendar.NextWorkingDay(first); result.Count < 2 * days; day = calendar.NextWorkingDay(day.AddDays(1)))
        {
            result.Add(calendar.At(day, new TimeOnly(9, 0)));
            result.Add(calendar.At(day, new TimeOnly(15, 0)));
        }

        return result;
    }

    private static double Elapsed(ReplayedDossier dossier, DateTimeOffset at, WorkCalendar calendar)
    {
        var allowed = calendar.WorkingTimeBetween(dossier.ReceivedAt, dossier.DueAt(at));
        return allowed <= TimeSpan.Zero ? 1 : calendar.WorkingTimeBetween(dossier.ReceivedAt, at) / allowed;
    }
}
