using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Clock;

/// <summary>One run of an internal step: who owns it, when it started, its deadline and when it finished.</summary>
/// <param name="Number">Its position among the dossier's step runs (1 for the first); part of its alert keys.</param>
/// <param name="Code">The step's code in the procedure.</param>
/// <param name="Name">The step's name.</param>
/// <param name="Department">The responsible department.</param>
/// <param name="Officer">The officer it was assigned to, if named.</param>
/// <param name="Budget">The step's time budget.</param>
/// <param name="Cycle">The SLA cycle its current deadline belongs to.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="DeadlineAt">Its deadline: start plus budget in working time, moved by pauses like the dossier's.</param>
/// <param name="FinishedAt">When it finished; <c>null</c> while it runs.</param>
public sealed record StepRun(
    int Number,
    string Code,
    string Name,
    string Department,
    string? Officer,
    ProcessingTime Budget,
    int Cycle,
    DateTimeOffset StartedAt,
    DateTimeOffset DeadlineAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>Who is answerable: the officer when named, else the department.</summary>
    public string Owner => Officer ?? Department;
}
