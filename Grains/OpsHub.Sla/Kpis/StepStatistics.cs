using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// A unit's recent step history: how long each procedure's step took (median and spread, in working time or as a share of the dossier's allowed time) and how many
/// dossiers each step finished per working hour, over the last working days before an instant.
/// </summary>
public sealed class StepStatistics
{
    private readonly Dictionary<(string Procedure, string Step), double[]> _hours;
    private readonly Dictionary<(string Procedure, string Step), double[]> _shares;
    private readonly Dictionary<(string Procedure, string Step), double> _perHour;
    private readonly WorkCalendar _calendar;
    private readonly int _minimumSamples;

    private StepStatistics(
        Dictionary<(string, string), double[]> hours, Dictionary<(string, string), double[]> shares, Dictionary<(string, string), double> perHour, WorkCalendar calendar, int minimumSamples)
    {
        _hours = hours;
        _shares = shares;
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
        var groups = recent.GroupBy(s => (s.ProcedureCode, s.StepCode)).ToList();
        var durations = groups.ToDictionary(g => g.Key, g => g.Select(s => calendar.WorkingTimeBetween(s.EnteredAt, s.FinishedAt).TotalHours).Order().ToArray());
        var shares = groups
            .Where(g => g.All(s => s.Allowed > TimeSpan.Zero))
            .ToDictionary(g => g.Key, g => g.Select(s => calendar.WorkingTimeBetween(s.EnteredAt, s.FinishedAt) / s.Allowed!.Value).Order().ToArray());
        var perHour = groups.Where(g => g.Count() >= options.MinimumSamples).ToDictionary(g => g.Key, g => hours > 0 ? g.Count() / hours : 0);
        return new StepStatistics(durations, shares, perHour, calendar, options.MinimumSamples);
    }

    /// <summary>Dossiers of <paramref name="procedureCode"/> the unit finished per working hour in <paramref name="stepCode"/>; 0 when fewer than the minimum samples.</summary>
    public double PerHour(string procedureCode, string stepCode) => _perHour.GetValueOrDefault((procedureCode, stepCode));

    /// <summary>
    /// How long <paramref name="step"/> of <paramref name="procedure"/> takes: measured with enough samples, else its
    /// budget times <paramref name="budgetScale"/> (spread half of it).
    /// </summary>
    public StepDuration DurationOf(Procedure procedure, ProcedureStep step, double budgetScale = 1, TimeSpan? allowed = null) =>
        RestOf(procedure, step, TimeSpan.Zero, budgetScale, allowed);

    /// <summary>
    /// How much longer <paramref name="step"/> takes for a dossier already <paramref name="elapsed"/> in it: the median
    /// rest of the recent steps that took longer than that (the empirical conditional distribution). A dossier slower
    /// than every recent one is given one more typical duration. Without enough samples, the rest of the budget times
    /// <paramref name="budgetScale"/> (the steps' budgets shrunk to fit a shorter promised time), or half of it when overrun.
    /// Given the dossier's <paramref name="allowed"/> working time, and samples that carry theirs, it is reasoned in
    /// shares of the allowed time: a dossier promised in less time is worked faster.
    /// </summary>
    public StepDuration RestOf(Procedure procedure, ProcedureStep step, TimeSpan elapsed, double budgetScale = 1, TimeSpan? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(step);
        if (!_hours.TryGetValue((procedure.Code, step.Code), out var hours) || hours.Length < _minimumSamples)
        {
            var budget = BudgetOf(step.Budget) * budgetScale;
            var rest = budget > elapsed ? budget - elapsed : budget / 2;
            return new StepDuration(rest, budget / 2, 0);
        }

        if (allowed is { } a && a > TimeSpan.Zero && _shares.TryGetValue((procedure.Code, step.Code), out var shares))
        {
            var rest = Rest(shares, elapsed / a);
            return new StepDuration(a * rest.Typical.TotalHours, a * rest.Spread.TotalHours, rest.Samples);
        }

        return Rest(hours, elapsed.TotalHours);
    }

    private static StepDuration Rest(double[] values, double elapsed)
    {
        var longer = values.Where(h => h > elapsed).Select(h => h - elapsed).ToArray();
        return longer.Length > 0 ? Describe(longer) : Describe(values);
    }

    /// <summary>A step budget as working time; calendar days count as working days, 5 in 7.</summary>
    public TimeSpan BudgetOf(ProcessingTime budget)
    {
        var day = _calendar.Hours.DayLength;
        return budget.Unit switch
        {
            ProcessingTimeUnit.WorkingHours => TimeSpan.FromHours((double)budget.Amount),
            ProcessingTimeUnit.CalendarDays => day * ((double)budget.Amount * 5 / 7),
            _ => day * (double)budget.Amount,
        };
    }

    // The median and half the 16th–84th percentile range: a few stretched (late) steps must not make every dossier look late.
    private static StepDuration Describe(double[] hours)
    {
        var sorted = hours.Order().ToArray();
        var spread = (Percentile(sorted, 0.84) - Percentile(sorted, 0.16)) / 2;
        return new StepDuration(TimeSpan.FromHours(Percentile(sorted, 0.5)), TimeSpan.FromHours(spread), sorted.Length);
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
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
