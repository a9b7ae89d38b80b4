namespace OpsHub.Ingest.Events;

/// <summary>A dossier moved to a portal status (TrangThaiHoSo 1–10).</summary>
public sealed record DossierStatusChanged(string DossierCode, DateTimeOffset OccurredAt, int Status) : IngestEvent(DossierCode, OccurredAt);
