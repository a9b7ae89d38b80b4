namespace OpsHub.Ingest.Events;

/// <summary>An internal processing step started or finished.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="StepCode">The step's code in the procedure's internal process.</param>
/// <param name="Finished">Whether it finished (else it started).</param>
/// <param name="Officer">The officer it was assigned to, when named.</param>
public sealed record DossierStepChanged(string DossierCode, DateTimeOffset OccurredAt, string StepCode, bool Finished, string? Officer)
    : IngestEvent(DossierCode, OccurredAt);
