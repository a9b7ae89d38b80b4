namespace OpsHub.Ingest.Events;

/// <summary>A dossier's result is ready; its SLA clock stops.</summary>
public sealed record DossierCompleted(string DossierCode, DateTimeOffset OccurredAt) : IngestEvent(DossierCode, OccurredAt);
