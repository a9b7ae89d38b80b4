namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>Which of a user's alerts to list.</summary>
/// <param name="State">Only alerts in this state, when given.</param>
/// <param name="Severity">Only alerts of this severity, when given.</param>
/// <param name="UnitCode">Only this unit's, when given.</param>
/// <param name="Limit">At most this many, newest first.</param>
[GenerateSerializer, Immutable, Alias("opshub.alert-filter")]
public sealed record AlertFilter(
    [property: Id(0)] AlertState? State = null,
    [property: Id(1)] AlertSeverity? Severity = null,
    [property: Id(2)] string? UnitCode = null,
    [property: Id(3)] int Limit = 200);
