namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier's result is ready (status 9) or handed back (status 10): its SLA clock stops.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="CompletedAt">The instant the result was ready.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-completion")]
public sealed record DossierCompletion(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] DateTimeOffset CompletedAt);
