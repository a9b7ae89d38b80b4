using OpsHub.Ingest.Events;
using OpsHub.Ingest.Events.Parsing;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// Writes one dossier's life as events: receipt, the procedure's internal steps (intake, then processing started,
/// an optional supplement pause, the remaining steps), completion and return. Every instant is in the unit's working
/// time, whole seconds, strictly increasing. An on-time dossier finishes within 90% of its allowed time; a late
/// one on a working day after its due date.
/// </summary>
internal static class DossierScript
{
    private const double OnTimeFill = 0.9;
    private const double MaxIntakeShare = 0.3;

    /// <summary>Writes the story of <paramref name="plan"/>.</summary>
    public static DossierStory Write(DossierPlan plan, Procedure procedure, WorkCalendar calendar, TrafficOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        var timeline = new ScriptTimeline(plan.Code, calendar);
        var time = procedure.ProcessingTimeFor((SubmissionChannel)plan.Channel);
        var deadlines = new DeadlineCalculator(calendar);
        var receivedAt = timeline.Emit(EventTypes.DossierReceived, plan.ReceivedAt, e => e with
        {
            ProcedureCode = plan.ProcedureCode,
            UnitCode = plan.UnitCode,
            Channel = plan.Channel,
            CounterCode = plan.CounterCode,
        });
        var dueAt = deadlines.DueAt(receivedAt, time, procedure.SameDayCutoff);
        var allowed = calendar.WorkingTimeBetween(receivedAt, dueAt);
        var steps = procedure.Steps;
        var next = 0;
        if (steps.Length > 0)
        {
            var intake = Min(Fraction(random, BudgetOf(steps[0].Budget, calendar)), allowed * MaxIntakeShare);
            var officer = plan.CounterCode is { } counter ? $"Quầy {counter}" : null;
            timeline.Step(steps[0].Code, Minutes(random, 0, 5), intake, officer);
            next = 1;
        }

        timeline.After("dossier.processing-started", Minutes(random, 1, 10));
        if (plan.Supplement)
        {
            var requested = timeline.After("dossier.supplement-requested", Minutes(random, 5, 60));
            var pause = Between(random, options.MinSupplementPause, options.MaxSupplementPause);
            var resumed = timeline.After("dossier.supplement-received", pause);
            dueAt = procedure.PauseMode == PauseMode.Restart
                ? deadlines.DueAt(resumed, time, procedure.SameDayCutoff)
                : calendar.AddWorkingTime(dueAt, calendar.WorkingTimeBetween(requested, resumed));
        }

        var rest = steps.Skip(next).Select(s => (s.Code, Work: Fraction(random, BudgetOf(s.Budget, calendar)), Gap: Minutes(random, 1, 20))).ToList();
        var closing = Minutes(random, 1, 15);
        var planned = rest.Sum(s => (s.Work + s.Gap).Ticks) + closing.Ticks;
        var available = plan.Late
            ? calendar.WorkingTimeBetween(timeline.Last, LateCompletion(random, calendar, dueAt))
            : calendar.WorkingTimeBetween(timeline.Last, dueAt) * OnTimeFill;
        var scale = planned <= 0 ? 1 : Math.Max(0, available.Ticks / (double)planned);
        if (!plan.Late)
        {
            scale = Math.Min(1, scale);
        }

        foreach (var (code, work, gap) in rest)
        {
            timeline.Step(code, gap * scale, work * scale, null);
        }

        var completedAt = timeline.After("dossier.completed", closing * scale);
        var collect = plan.Channel == 1 ? Between(random, TimeSpan.FromMinutes(30), TimeSpan.FromHours(16)) : Minutes(random, 5, 240);
        timeline.After("dossier.returned", collect);
        if (random.NextDouble() < options.RatedShare)
        {
            timeline.After(RecordTypes.DossierRated, Minutes(random, 1, 120));
            timeline.Shape(e => e with { Rating = Rating(random, plan.Late) });
        }

        return new DossierStory(plan, dueAt, completedAt, timeline.Events);
    }

    /// <summary>A step budget as working time; calendar days count as working days, 5 in 7.</summary>
    public static TimeSpan BudgetOf(ProcessingTime budget, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.Hours.DayLength;
        return budget.Unit switch
        {
            ProcessingTimeUnit.WorkingHours => TimeSpan.FromHours((double)budget.Amount),
            ProcessingTimeUnit.CalendarDays => day * ((double)budget.Amount * 5 / 7),
            _ => day * (double)budget.Amount,
        };
    }

    // Somewhere on the working day after the due date: that is what makes a dossier late by calendar date.
    private static DateTimeOffset LateCompletion(Random random, WorkCalendar calendar, DateTimeOffset dueAt)
    {
        var day = calendar.NextWorkingDay(calendar.DateOf(dueAt).AddDays(1));
        var opening = calendar.At(day, calendar.Hours.Opening);
        return calendar.AddWorkingTime(opening, Between(random, TimeSpan.FromMinutes(30), calendar.Hours.DayLength * 1.5));
    }

    // Mostly content; a late result makes discontent likelier.
    private static string Rating(Random random, bool late)
    {
        var pick = random.NextDouble();
        return pick < (late ? 0.3 : 0.04) ? "not-satisfied" : pick < 0.3 ? "satisfied" : "very-satisfied";
    }

    private static TimeSpan Fraction(Random random, TimeSpan budget) => budget * (0.15 + (0.65 * random.NextDouble()));

    private static TimeSpan Minutes(Random random, int min, int max) => TimeSpan.FromSeconds(random.Next(min * 60, (max * 60) + 1));

    private static TimeSpan Between(Random random, TimeSpan min, TimeSpan max) => min + ((max - min) * random.NextDouble());

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
