using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>One finished step run of a dossier, with what its duration is measured against.</summary>
/// <param name="DossierCode">The dossier.</param>
/// <param name="RunNo">The run's number among the dossier's step runs.</param>
/// <param name="UnitCode">The dossier's unit.</param>
/// <param name="Sample">The step, from when the dossier became ready for it to its finish.</param>
/// <param name="ReceivedAt">The dossier's receipt.</param>
/// <param name="DueAt">Its due instant when the step finished.</param>
public sealed record FinishedStep(string DossierCode, int RunNo, string UnitCode, StepSample Sample, DateTimeOffset ReceivedAt, DateTimeOffset DueAt);
