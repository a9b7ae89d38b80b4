namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>An internal processing step started or finished.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="StepCode">The step's code in the procedure's internal process.</param>
/// <param name="At">When it started or finished.</param>
/// <param name="Officer">The officer it was assigned to, when named.</param>
/// <param name="JournalSeq">The ingest journal's sequence number of the event; an event applied before is a duplicate. 0 when not journaled.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-step-change")]
public sealed record DossierStepChange(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] string StepCode,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Officer = null,
    [property: Id(4)] long JournalSeq = 0);
