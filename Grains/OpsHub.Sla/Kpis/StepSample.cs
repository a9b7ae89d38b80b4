namespace OpsHub.Sla.Kpis;

/// <summary>One finished step of a dossier of the unit: from when it became ready for the step to when the step finished.</summary>
/// <param name="ProcedureCode">The dossier's procedure.</param>
/// <param name="StepCode">The step.</param>
/// <param name="EnteredAt">The previous step's finish, or receipt.</param>
/// <param name="FinishedAt">The step's finish.</param>
/// <param name="Allowed">The dossier's allowed working time (receipt to due), when known: step times are then also learned as shares of it.</param>
public sealed record StepSample(string ProcedureCode, string StepCode, DateTimeOffset EnteredAt, DateTimeOffset FinishedAt, TimeSpan? Allowed = null);
