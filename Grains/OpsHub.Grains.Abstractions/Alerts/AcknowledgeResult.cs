namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>The outcome of acknowledging an alert, with the alert as it now stands (when it exists).</summary>
[GenerateSerializer, Immutable, Alias("opshub.acknowledge-result")]
public sealed record AcknowledgeResult(
    [property: Id(0)] AcknowledgeOutcome Outcome,
    [property: Id(1)] AlertRecord? Alert);
