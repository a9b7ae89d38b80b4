using System.Collections.Immutable;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Clock;

/// <summary>
/// The SLA rules one dossier was received under, copied from its procedure and channel at receipt so that a later
/// change of the catalogue leaves open dossiers alone.
/// </summary>
/// <param name="ProcedureCode">The procedure (mã TTHC).</param>
/// <param name="Channel">How the dossier was lodged.</param>
/// <param name="ProcessingTime">The processing time for that channel.</param>
/// <param name="SameDayCutoff">The procedure's same-day cut-off, if any.</param>
/// <param name="PauseMode">What the end of a pause does.</param>
/// <param name="Steps">The internal steps.</param>
/// <param name="Alerts">When alerts fire.</param>
public sealed record SlaTerms(
    string ProcedureCode,
    SubmissionChannel Channel,
    ProcessingTime ProcessingTime,
    TimeOnly? SameDayCutoff,
    PauseMode PauseMode,
    ImmutableArray<ProcedureStep> Steps,
    AlertPolicy Alerts)
{
    /// <summary>The terms of a dossier of <paramref name="procedure"/> lodged through <paramref name="channel"/>.</summary>
    public static SlaTerms For(Procedure procedure, SubmissionChannel channel, AlertPolicy? alerts = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return new SlaTerms(
            procedure.Code,
            channel,
            procedure.ProcessingTimeFor(channel),
            procedure.SameDayCutoff,
            procedure.PauseMode,
            procedure.Steps,
            alerts ?? AlertPolicy.Default);
    }

    /// <summary>The step with <paramref name="code"/>, or <c>null</c>.</summary>
    public ProcedureStep? FindStep(string code) => Steps.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>Value equality, step by step (an immutable array alone compares by reference).</summary>
    public bool Equals(SlaTerms? other) =>
        other is not null
        && ProcedureCode == other.ProcedureCode
        && Channel == other.Channel
        && ProcessingTime == other.ProcessingTime
        && SameDayCutoff == other.SameDayCutoff
        && PauseMode == other.PauseMode
        && Steps.SequenceEqual(other.Steps)
        && Alerts.Equals(other.Alerts);

    public override int GetHashCode() => HashCode.Combine(ProcedureCode, Channel, ProcessingTime, SameDayCutoff, PauseMode, Steps.Length, Alerts);
}
