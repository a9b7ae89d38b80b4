namespace OpsHub.Grains.Alerts;

/// <summary>Which alerts to list.</summary>
/// <param name="UnitCode">Only this unit's, when given.</param>
/// <param name="OpenOnly">Only those not resolved.</param>
/// <param name="Limit">At most this many, newest first.</param>
/// <param name="Units">Only these units' alerts, when given.</param>
/// <param name="State">Only alerts in this state, when given.</param>
public sealed record AlertQuery(
    string? UnitCode = null,
    bool OpenOnly = false,
    int Limit = 200,
    IReadOnlyCollection<string>? Units = null,
    Abstractions.Alerts.AlertState? State = null);
