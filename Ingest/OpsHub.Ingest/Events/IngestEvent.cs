namespace OpsHub.Ingest.Events;

/// <summary>A validated, normalised event about one dossier.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="OccurredAt">When it happened at the source, with its offset.</param>
public abstract record IngestEvent(string DossierCode, DateTimeOffset OccurredAt) : IngestRecord(OccurredAt)
{
    public override string Subject => DossierCode;
}
