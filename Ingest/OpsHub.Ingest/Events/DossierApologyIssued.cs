namespace OpsHub.Ingest.Events;

/// <summary>An apology slip was issued with a new promised date.</summary>
public sealed record DossierApologyIssued(string DossierCode, DateTimeOffset OccurredAt, DateTimeOffset PromisedAt) : IngestEvent(DossierCode, OccurredAt);
