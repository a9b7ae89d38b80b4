namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>An open dossier the breach forecast predicts will be completed after its due date.</summary>
/// <param name="Dossier">The dossier.</param>
/// <param name="Probability">The predicted probability of the miss, in [0, 1].</param>
/// <param name="ExpectedCompletion">When it is expected to be completed.</param>
/// <param name="Ahead">Dossiers of its unit waiting longer in the same step.</param>
/// <param name="ReasonVi">Why, in Vietnamese.</param>
/// <param name="ReasonEn">Why, in English.</param>
[GenerateSerializer, Immutable, Alias("opshub.predicted-breach")]
public sealed record PredictedBreach(
    [property: Id(0)] WatchedDossier Dossier,
    [property: Id(1)] double Probability,
    [property: Id(2)] DateTimeOffset? ExpectedCompletion,
    [property: Id(3)] int Ahead,
    [property: Id(4)] string ReasonVi,
    [property: Id(5)] string ReasonEn);
