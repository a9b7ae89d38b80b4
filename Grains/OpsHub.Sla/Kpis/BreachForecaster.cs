using System.Globalization;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// Predicts which of a unit's open dossiers will be completed after their due date. A queueing-style estimate: the
/// rest of the current step is the longer of its typical rest and the backlog ahead of the dossier in that step ÷ the
/// step's recent throughput; each later step adds its typical duration. The probability of a miss is a logistic on
/// (expected work − working time left to the end of the due date) ÷ the spread of that work.
/// </summary>
public sealed class BreachForecaster(WorkCalendar calendar, ProcedureCatalogue catalogue, BreachForecastOptions options)
{
    // A dossier is not assumed to be more than ten times slower than usual.
    private const double MaxPace = 10;

    /// <summary>Forecasts every dossier in <paramref name="open"/> (one unit's open dossiers) at <paramref name="at"/>.</summary>
    public UnitBreachForecast Forecast(DateTimeOffset at, IReadOnlyList<ForecastDossier> open, StepStatistics history)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(history);
        var waiting = open
            .Where(d => !d.Paused && d.StepCode is not null)
            .GroupBy(d => (d.ProcedureCode, d.StepCode!))
            .ToDictionary(g => g.Key, g => g.Select(d => d.StepEnteredAt).Order().ToArray());
        var forecasts = open.Select(d => One(at, d, history, waiting)).OrderByDescending(f => f.MissProbability ?? -1).ThenBy(f => f.Code, StringComparer.Ordinal);
        return new UnitBreachForecast(at, [.. forecasts]);
    }

    private BreachForecast One(DateTimeOffset at, ForecastDossier d, StepStatistics history, Dictionary<(string, string), DateTimeOffset[]> waiting)
    {
        var endOfDueDate = calendar.At(calendar.DateOf(d.DueAt), calendar.Hours.Closing);
        var left = calendar.WorkingTimeBetween(at, endOfDueDate > d.DueAt ? endOfDueDate : d.DueAt);
        var procedure = catalogue.Find(d.ProcedureCode);
        var stepIndex = procedure is null || d.StepCode is null ? -1 : procedure.Steps.IndexOf(procedure.FindStep(d.StepCode)!);
        var stepName = stepIndex >= 0 ? procedure!.Steps[stepIndex].Name : d.StepCode ?? "hoàn thành";
        if (d.Paused)
        {
            return new(d.Code, null, false, null, left, TimeSpan.Zero, d.StepCode, 0,
                "đang tạm dừng (bổ sung, nghĩa vụ tài chính): hạn sẽ dời", "paused (supplement, payment): its due date will move");
        }

        var ahead = d.StepCode is not null && waiting.TryGetValue((d.ProcedureCode, d.StepCode), out var entered) ? LowerBound(entered, d.StepEnteredAt) : 0;
        var perHour = d.StepCode is null ? 0 : history.PerHour(d.ProcedureCode, d.StepCode);
        var (work, variance, pace) = stepIndex >= 0 ? Estimate(at, d, procedure!, stepIndex, history, ahead, perHour) : (TimeSpan.Zero, 0, 1);
        var spread = Math.Max(Math.Sqrt(variance), options.MinimumSpread.TotalHours);
        var probability = left <= TimeSpan.Zero ? 1 : 1 / (1 + Math.Exp(-options.Steepness * (work - left).TotalHours / spread));
        var (vi, en) = Reason(left, work, ahead, stepName, d.StepCode, perHour, pace);
        return new(d.Code, probability, probability >= options.Threshold, calendar.AddWorkingTime(at, work), left, work, d.StepCode, ahead, vi, en);
    }

    // Expected working time to completion, its variance (hours²) and the pace carried to later steps.
    private (TimeSpan Work, double Variance, double Pace) Estimate(DateTimeOffset at, ForecastDossier d, Procedure procedure, int stepIndex, StepStatistics history, int ahead, double perHour)
    {
        // Budgets that add up to more than the promised time (an online dossier's shorter one) are shrunk to fit it.
        var budgets = procedure.Steps.Sum(s => history.BudgetOf(s.Budget).TotalHours);
        var allowed = calendar.WorkingTimeBetween(d.ReceivedAt, d.DueAt);
        var scale = budgets > 0 ? Math.Min(1, allowed.TotalHours / budgets) : 1;
        var inStep = calendar.WorkingTimeBetween(d.StepEnteredAt, at);
        var current = history.RestOf(procedure, procedure.Steps[stepIndex], inStep, scale, allowed);
        var typical = history.DurationOf(procedure, procedure.Steps[stepIndex], scale, allowed);

        // A dossier clearly slower than usual in its step is expected to stay as slow in the later ones.
        var pace = inStep > typical.Typical + typical.Spread && typical.Typical > TimeSpan.Zero ? Math.Min(MaxPace, inStep / typical.Typical) : 1;
        var backlog = perHour > 0 ? TimeSpan.FromHours(options.BacklogWeight * ahead / perHour) : TimeSpan.Zero;
        var work = Max(Max(current.Typical, backlog), TimeSpan.Zero);
        var variance = current.Spread.TotalHours * current.Spread.TotalHours;
        foreach (var later in procedure.Steps.Skip(stepIndex + 1))
        {
            var duration = history.DurationOf(procedure, later, scale, allowed);
            work += duration.Typical * pace;
            variance += Math.Pow(duration.Spread.TotalHours * pace, 2);
        }

        return (work, variance, pace);
    }

    private static (string Vi, string En) Reason(TimeSpan left, TimeSpan work, int ahead, string stepName, string? stepCode, double perHour, double pace)
    {
        var c = CultureInfo.InvariantCulture;
        if (left <= TimeSpan.Zero)
        {
            return ("đã hết ngày hẹn trả", "past its due date");
        }

        var capacity = perHour > 0
            ? (string.Create(c, $", năng lực {perHour:0.#} hồ sơ/giờ"), string.Create(c, $", capacity {perHour:0.#} dossiers/hour"))
            : (", chưa đo được năng lực", ", no recent throughput");
        var slow = pace > 1
            ? (string.Create(c, $", đang chậm gấp {pace:0.#} lần thường lệ"), string.Create(c, $", {pace:0.#} times slower than usual"))
            : (string.Empty, string.Empty);
        return stepCode is null
            ? (string.Create(c, $"còn {left.TotalHours:0.#} giờ làm việc, chỉ còn bước hoàn thành"), string.Create(c, $"{left.TotalHours:0.#} working hours left, only completion left"))
            : (string.Create(c, $"còn {left.TotalHours:0.#} giờ làm việc, cần khoảng {work.TotalHours:0.#} giờ; {ahead} hồ sơ chờ trước ở bước {stepName}{capacity.Item1}{slow.Item1}"),
               string.Create(c, $"{left.TotalHours:0.#} working hours left, about {work.TotalHours:0.#} needed; {ahead} dossiers ahead at step {stepName}{capacity.Item2}{slow.Item2}"));
    }

    // How many entered the step strictly before `at` (the array is sorted).
    private static int LowerBound(DateTimeOffset[] sorted, DateTimeOffset at)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] < at ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
