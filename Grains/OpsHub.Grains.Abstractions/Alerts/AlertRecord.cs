namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>A raised alert.</summary>
/// <param name="Id">Its identity, stable across restarts: subject and threshold key (which holds the SLA cycle).</param>
/// <param name="Kind">What it is about.</param>
/// <param name="UnitCode">The unit responsible.</param>
/// <param name="Subject">The dossier (or other subject) code.</param>
/// <param name="Cycle">The subject's SLA cycle; an alert fires at most once per cycle.</param>
/// <param name="DueAt">The instant whose passing raised it.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="ResolvedAt">When it was resolved, if it was.</param>
/// <param name="Detail">What exactly: the share of time elapsed, or the step and who owns it.</param>
/// <param name="Field">The procedure field (lĩnh vực) concerned, when known; routes the alert to that field's heads.</param>
/// <param name="Counter">The counter (quầy) concerned, for queue alerts.</param>
/// <param name="Department">The department (phòng ban) answerable, for a step alert.</param>
/// <param name="AcknowledgedAt">When a counter head acknowledged it.</param>
/// <param name="AcknowledgedBy">Who acknowledged it (a user name).</param>
/// <param name="AcknowledgementNote">What they wrote when acknowledging.</param>
/// <param name="EscalationLevel">0 at the counter heads, 1 at the unit leaders, 2 at the district.</param>
[GenerateSerializer, Immutable, Alias("opshub.alert")]
public sealed record AlertRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] string Subject,
    [property: Id(4)] int Cycle,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] DateTimeOffset RaisedAt,
    [property: Id(7)] DateTimeOffset? ResolvedAt,
    [property: Id(8)] string? Detail = null,
    [property: Id(9)] string? Field = null,
    [property: Id(10)] string? Counter = null,
    [property: Id(11)] string? Department = null,
    [property: Id(12)] DateTimeOffset? AcknowledgedAt = null,
    [property: Id(13)] string? AcknowledgedBy = null,
    [property: Id(14)] string? AcknowledgementNote = null,
    [property: Id(15)] int EscalationLevel = 0)
{
    /// <summary>How urgent it is, from its kind.</summary>
    public AlertSeverity Severity => AlertSeverities.Of(Kind);

    /// <summary>Where it stands: open, acknowledged or resolved.</summary>
    public AlertState State => ResolvedAt is not null ? AlertState.Resolved : AcknowledgedAt is not null ? AlertState.Acknowledged : AlertState.Open;

    /// <summary>The stable id of the alert for threshold <paramref name="key"/> of <paramref name="subject"/>.</summary>
    public static string IdFor(string subject, string key) => $"{subject}/{key}";
}
