namespace OpsHub.Ingest.Events;

/// <summary>A dossier was received (tiếp nhận); its SLA clock starts.</summary>
public sealed record DossierReceived(
    string DossierCode,
    DateTimeOffset OccurredAt,
    string ProcedureCode,
    string UnitCode,
    decimal ProcessingWorkingDays) : IngestEvent(DossierCode, OccurredAt);
