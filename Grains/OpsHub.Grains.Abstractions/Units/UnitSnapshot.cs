namespace OpsHub.Grains.Abstractions.Units;

/// <summary>A unit's live figures.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="Open">Dossiers in progress.</param>
/// <param name="Overdue">Dossiers in progress past their due instant.</param>
/// <param name="Version">Increases with every change; lets observers drop stale snapshots.</param>
/// <param name="UpdatedAt">When the figures last changed; <c>null</c> if never.</param>
[GenerateSerializer, Immutable, Alias("opshub.unit-snapshot")]
public sealed record UnitSnapshot(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] int Open,
    [property: Id(2)] int Overdue,
    [property: Id(3)] long Version,
    [property: Id(4)] DateTimeOffset? UpdatedAt);
