using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Clock;

/// <summary>Internal steps: each run has its owner, its deadline (start plus budget in working time) and its alert.</summary>
internal static class ClockSteps
{
    public static ClockTransition Start(DossierClock clock, string stepCode, DateTimeOffset at, string? officer, WorkCalendar calendar)
    {
        var running = clock.Steps.FirstOrDefault(s => s.Code == stepCode && s.FinishedAt is null);
        if (running is not null)
        {
            return running.StartedAt == at
                ? ClockTransition.Unchanged(clock)
                : ClockTransition.Refused(clock, $"Step {stepCode} is already running since {running.StartedAt:O}.");
        }

        if (Refusal(clock, at, "started") is { } refusal)
        {
            return ClockTransition.Refused(clock, refusal);
        }

        if (clock.IsPaused)
        {
            return ClockTransition.Refused(clock, $"The clock is paused since {clock.Pauses[^1].StartedAt:O}; no step can start until processing resumes.");
        }

        if (clock.Terms.FindStep(stepCode) is not { } step)
        {
            return ClockTransition.Refused(clock, $"Procedure {clock.Terms.ProcedureCode} has no step {stepCode}.");
        }

        var draft = new ClockDraft(clock);
        draft.FireDue(at);
        var deadline = new DeadlineCalculator(calendar).DueAt(at, step.Budget);
        var run = new StepRun(clock.Steps.Length + 1, step.Code, step.Name, step.Department, officer, step.Budget, clock.Cycle, at, deadline, null);
        draft.Clock = clock with { Steps = clock.Steps.Add(run), LastEventAt = at };
        draft.Add([ThresholdPlanner.ForStep(run)]);
        draft.FireDue(at);
        return draft.Applied();
    }

    public static ClockTransition Finish(DossierClock clock, string stepCode, DateTimeOffset at)
    {
        var index = RunningIndex(clock, stepCode);
        if (index < 0)
        {
            var last = clock.Steps.LastOrDefault(s => s.Code == stepCode);
            return last?.FinishedAt == at
                ? ClockTransition.Unchanged(clock)
                : ClockTransition.Refused(clock, $"Step {stepCode} is not running.");
        }

        if (Refusal(clock, at, "finished") is { } refusal)
        {
            return ClockTransition.Refused(clock, refusal);
        }

        var draft = new ClockDraft(clock);
        draft.FireDue(at);
        var run = clock.Steps[index];
        draft.Resolve(t => t.StepRun == run.Number, at);
        draft.Cancel(t => t.StepRun == run.Number, at);
        draft.Clock = clock with { Steps = clock.Steps.SetItem(index, run with { FinishedAt = at }), LastEventAt = at };
        draft.FireDue(at);
        return draft.Applied();
    }

    private static int RunningIndex(DossierClock clock, string stepCode)
    {
        for (var i = 0; i < clock.Steps.Length; i++)
        {
            if (clock.Steps[i].Code == stepCode && clock.Steps[i].FinishedAt is null)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Refusal(DossierClock clock, DateTimeOffset at, string verb) =>
        clock.IsClosed ? $"The dossier was closed at {clock.ClosedAt:O}; no step can be {verb}." : clock.OutOfOrder(at);
}
