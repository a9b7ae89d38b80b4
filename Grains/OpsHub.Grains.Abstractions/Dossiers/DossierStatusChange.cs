namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier moved to a new portal status: processing, a pause, completion, withdrawal, ...</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="Status">The new status.</param>
/// <param name="At">When it moved.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-status-change")]
public sealed record DossierStatusChange(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] DossierStatus Status,
    [property: Id(2)] DateTimeOffset At);
