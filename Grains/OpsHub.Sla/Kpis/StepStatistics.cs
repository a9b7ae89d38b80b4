using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// A unit's recent step history: how long each procedure's step took (mean and spread, in working time) and how many
/// dossiers each step finished per working hour, over the last working days before an instant.
/// </summary>
public sealed class StepStatistics
{
    private readonly Dictionary<(string Procedure, string Step), StepDuration> _durations;
    private readonly Dictionary<string, double> _perHour;
    private readonly WorkCalendar _calendar;
    private readonly int _minimumSamples;

    private StepStatistics(Dictionary<(string, string), StepDuration> durations, Dictionary<string, double> perHour, WorkCalendar calendar, int minimumSamples)
    {
        _durations = durations;
        _perHour = perHour;
        _calendar = calendar;
        _minimumSamples = minimumSamples;
    }

    /// <summary>Measures the steps finished in the <see cref="BreachForecastOptions.HistoryWorkingDays"/> working days before <paramref name="at"/>.</summary>
    public static StepStatistics Measure(IEnumerable<StepSample> samples, DateTimeOffset at, WorkCalendar calendar, BreachForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var from = WindowStart(at, calendar, options.HistoryWorkingDays);
        var recent = samples.Where(s => s.FinishedAt >= from && s.FinishedAt < at).ToList();
        var hours = calendar.WorkingTimeBetween(from, at).TotalHours;
        var durations = recent
            .GroupBy(s => (s.ProcedureCode, s.StepCode))
            .ToDictionary(g => g.Key, g => Describe([.. g.Select(s => calendar.WorkingTimeBetween(s.EnteredAt, s.FinishedAt).TotalHours)]));
        var perHour = recent
            .GroupBy(s => s.StepCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => hours > 0 ? g.Count() / hours : 0, StringComparer.Ordinal);
        return new StepStatistics(durations, perHour, calendar, options.MinimumSamples);
    }

    /// <summary>Dossiers the unit finished per working hour in <paramref name="stepCode"/>, over all procedures; 0 when none.</summary>
    public double PerHour(string stepCode) => _perHour.GetValueOrDefault(stepCode);

    /// <summary>How long <paramref name="step"/> of <paramref name="procedure"/> takes: measured with enough samples, else its budget (spread half of it).</summary>
    public StepDuration DurationOf(Procedure procedure, ProcedureStep step)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(step);
        if (_durations.TryGetValue((procedure.Code, step.Code), out var measured) && measured.Samples >= _minimumSamples)
        {
            return measured;
        }

        var budget = BudgetOf(step.Budget);
        return new StepDuration(budget, budget / 2, 0);
    }

    private TimeSpan BudgetOf(ProcessingTime budget)
    {
        var day = _calendar.Hours.DayLength;
        return budget.Unit switch
        {
            ProcessingTimeUnit.WorkingHours => TimeSpan.FromHours((double)budget.Amount),
            ProcessingTimeUnit.CalendarDays => day * ((double)budget.Amount * 5 / 7),
            _ => day * (double)budget.Amount,
        };
    }

    private static StepDuration Describe(double[] hours)
    {
        var mean = hours.Average();
        var variance = hours.Sum(h => (h - mean) * (h - mean)) / hours.Length;
        return new StepDuration(TimeSpan.FromHours(mean), TimeSpan.FromHours(Math.Sqrt(variance)), hours.Length);
    }

    // The opening of the working day that is `days` working days back, counting the day of `at` when it works.
    private static DateTimeOffset WindowStart(DateTimeOffset at, WorkCalendar calendar, int days)
    {
        var date = calendar.DateOf(at);
        var counted = 0;
        for (var i = 0; i < 3660; i++, date = date.AddDays(-1))
        {
            if (calendar.IsWorkingDay(date) && ++counted == days)
            {
                break;
            }
        }

        return calendar.At(date, calendar.Hours.Opening);
    }
}
