using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// What the wall watches of one open dossier: its due instant, the internal step it is in or waiting for, and its SLA
/// state. The overdue and due-soon lists and the breach forecast are read from these.
/// </summary>
/// <param name="Code">The dossier code.</param>
/// <param name="UnitCode">The unit that handles it.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="ReceivedAt">Receipt.</param>
/// <param name="DueAt">The due instant that applies now (moved by pauses; not an apology's new date).</param>
/// <param name="StepCode">The step it is in or waiting for; <c>null</c> when only completion is left.</param>
/// <param name="StepEnteredAt">When it became ready for that step: the previous step's finish, or receipt.</param>
/// <param name="Paused">Whether its clock is stopped now.</param>
/// <param name="DueSoon">An early warning is raised and it is not yet overdue.</param>
/// <param name="Overdue">Past its due instant.</param>
public sealed record DossierWatch(
    string Code,
    string UnitCode,
    string ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string? StepCode,
    DateTimeOffset StepEnteredAt,
    bool Paused,
    bool DueSoon,
    bool Overdue)
{
    /// <summary>The watch of an open dossier; <c>null</c> once it is closed (nothing left to watch).</summary>
    public static DossierWatch? Of(string code, string unitCode, DossierClock clock, Procedure? procedure, bool dueSoon, bool overdue)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (clock.IsClosed)
        {
            return null;
        }

        var (step, entered) = CurrentStep(clock, procedure);
        return new DossierWatch(code, unitCode, clock.Terms.ProcedureCode, clock.ReceivedAt, clock.DueAt, step, entered, clock.IsPaused, dueSoon, overdue);
    }

    /// <summary>The steps finished in <paramref name="clock"/>, each from when the dossier became ready for it.</summary>
    public static IEnumerable<(StepRun Run, StepSample Sample)> FinishedSteps(DossierClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        foreach (var run in clock.Steps)
        {
            if (run.FinishedAt is { } finished)
            {
                yield return (run, new StepSample(clock.Terms.ProcedureCode, run.Code, ReadyAt(clock, run.StartedAt), finished));
            }
        }
    }

    /// <summary>As the breach forecast sees it.</summary>
    public ForecastDossier ToForecast() => new(Code, ProcedureCode, ReceivedAt, DueAt, StepCode, StepEnteredAt, Paused);

    private static (string? Step, DateTimeOffset Entered) CurrentStep(DossierClock clock, Procedure? procedure)
    {
        var running = clock.Steps.LastOrDefault(s => s.FinishedAt is null);
        if (running is not null)
        {
            return (running.Code, ReadyAt(clock, running.StartedAt));
        }

        var lastFinished = clock.Steps.LastOrDefault();
        var entered = lastFinished?.FinishedAt ?? clock.ReceivedAt;
        if (procedure is null || procedure.Steps.IsEmpty)
        {
            return (null, entered);
        }

        // Waiting for the step after the last one finished, in the procedure's order; a step the procedure does not
        // list leaves the rest unknown, so only completion is assumed left.
        if (lastFinished is null)
        {
            return (procedure.Steps[0].Code, entered);
        }

        var finished = procedure.FindStep(lastFinished.Code) is { } known ? procedure.Steps.IndexOf(known) : procedure.Steps.Length;
        return (finished + 1 < procedure.Steps.Length ? procedure.Steps[finished + 1].Code : null, entered);
    }

    // The dossier became ready for a step when the last step before it finished, or at receipt.
    private static DateTimeOffset ReadyAt(DossierClock clock, DateTimeOffset startedAt) =>
        clock.Steps.Where(s => s.FinishedAt <= startedAt).Select(s => s.FinishedAt!.Value).DefaultIfEmpty(clock.ReceivedAt).Max();
}
