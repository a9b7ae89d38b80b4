namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier moved to a new portal status: processing, a pause, completion, withdrawal, ...</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="Status">The new status.</param>
/// <param name="At">When it moved.</param>
/// <param name="JournalSeq">The ingest journal's sequence number of the event; an event applied before is a duplicate. 0 when not journaled.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-status-change")]
public sealed record DossierStatusChange(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] DossierStatus Status,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] long JournalSeq = 0);
