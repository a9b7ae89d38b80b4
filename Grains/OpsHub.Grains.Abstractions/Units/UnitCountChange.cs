namespace OpsHub.Grains.Abstractions.Units;

/// <summary>The change a dossier transition makes to its unit's counts.</summary>
/// <param name="Open">Change to the dossiers in progress (+1 received, −1 completed).</param>
/// <param name="Overdue">Change to the dossiers in progress past their due instant.</param>
/// <param name="At">When the transition happened.</param>
[GenerateSerializer, Immutable, Alias("opshub.unit-count-change")]
public sealed record UnitCountChange(
    [property: Id(0)] int Open,
    [property: Id(1)] int Overdue,
    [property: Id(2)] DateTimeOffset At);
